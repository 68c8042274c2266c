// Merged cells in a source sheet's data: each range's value applied to every cell it covers, and one warning per sheet.
import { colLetter, colPrefix } from '../a1.js';
import type { SheetDef } from '../aliases.js';
import { isBlank } from '../cells.js';
import { makeIssue } from '../../messages.js';
import type { CellValue, Issue, MergedRange, SheetData } from '../../types.js';
import { findHeader } from './sheet.js';

/** Ranges named in the warning; the rest are counted. */
const NAMED = 5;

/** 'A' → 0, 'AB' → 27 (letters only, any case). */
function columnIndex(letters: string): number {
  let c = 0;
  for (const ch of letters.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return c - 1;
}

/**
 * A range as both readers hand it over ('A2:A5', '$B$2:$C$3', 'D4'; an .xlsx <mergeCell ref>, Apps Script's
 * getA1Notation()) as 0-based indexes, corners in any order; null when it is no cell range.
 */
export function rangeOfA1(ref: string): MergedRange | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const r1 = Number(m[2]) - 1;
  const r2 = m[4] === undefined ? r1 : Number(m[4]) - 1;
  const c1 = columnIndex(m[1]);
  const c2 = m[3] === undefined ? c1 : columnIndex(m[3]);
  if (r1 < 0 || r2 < 0) return null;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** 'A2:A5' (no sheet part) for a merged range. */
export function rangeA1(m: MergedRange): string {
  return `${colLetter(m.left)}${m.top + 1}:${colLetter(m.right)}${m.bottom + 1}`;
}

/**
 * The sheet as HR sees it on screen: a merged range below the header row (an ID or a date merged down over an agent's
 * rows) gives every cell it covers its top-left value, where the file or Sheets hands over that value and blanks.
 * Ranges in or above the header row (a title, a two-row header) are left as they are; a range whose top-left cell is
 * blank changes nothing. When any range was applied, one 'merged-cells' warning names the first ones and the count.
 * The sheet given is not changed: rows that receive a value are copies.
 */
export function applyMerges(sheet: SheetData, def: SheetDef, issues: Issue[]): SheetData {
  const merges = sheet.merges;
  if (!merges || merges.length === 0) return sheet;
  const header = findHeader(sheet.values, def);
  const values = sheet.values;
  const applied: MergedRange[] = [];
  let out: CellValue[][] | null = null;
  const copied = new Set<number>();
  const sorted = [...merges].sort((a, b) => a.top - b.top || a.left - b.left);
  for (const m of sorted) {
    if (m.top <= header || m.top >= values.length) continue;
    const value = values[m.top]?.[m.left] ?? null;
    if (isBlank(value)) continue;
    out ??= values.slice();
    const last = Math.min(m.bottom, values.length - 1);
    for (let r = m.top; r <= last; r++) {
      if (!copied.has(r)) {
        out[r] = (out[r] ?? []).slice();
        copied.add(r);
      }
      const row = out[r];
      while (row.length < m.left) row.push(null);
      for (let c = m.left; c <= m.right; c++) row[c] = value;
    }
    applied.push(m);
  }
  if (out === null) return sheet;
  const first = applied[0];
  const head = values[header]?.[first.left];
  const more = applied.length > NAMED ? ` … (+${applied.length - NAMED})` : '';
  issues.push(makeIssue('merged-cells', {
    sheet: sheet.name, row: first.top + 1, column: isBlank(head) ? null : String(head).trim(), value: rangeA1(first),
    cell: colPrefix(sheet.name, first.left) + (first.top + 1),
  }, { count: applied.length, ranges: applied.slice(0, NAMED).map(rangeA1).join(', ') + more }));
  return { ...sheet, values: out };
}
