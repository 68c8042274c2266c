// Fingerprints of the input rows a month was computed from: a stable hash per sheet row, and what changed between two sets.
import { fieldOf, sheetDefOf } from '../read/aliases.js';
import { POLICY_SHEET_ALIASES } from '../read/policy-sheet/resolve.js';
import type { CellValue, SheetData, WorkbookData } from '../types.js';

/** Per input sheet (name as written), the hash of each row: index r is sheet row r + 1, '' a blank row. */
export type RowHashes = Record<string, string[]>;

/** FNV-1a 32-bit over UTF-16 code units, as 8 hex digits. */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function cellText(v: CellValue): string {
  if (v === null) return '';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'Invalid' : v.toISOString();
  return `${typeof v}:${String(v)}`;
}

/** A row's hash: 8 hex digits over its values (trailing blanks ignored, so a wider sheet does not change it); '' when blank. */
export function rowHash(values: readonly CellValue[]): string {
  const cells = values.map(cellText);
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells.length === 0 ? '' : fnv(JSON.stringify(cells));
}

const POLICY_NAMES = new Set(POLICY_SHEET_ALIASES.map((n) => n.trim().toLowerCase()));

/** True for a sheet a run reads: a source sheet of the contract, the Policy sheet, or one of `extra` (imports read as sources). */
export function isInputSheet(name: string, extra: readonly string[] = []): boolean {
  return sheetDefOf(name) !== null || POLICY_NAMES.has(name.trim().toLowerCase()) || extra.includes(name);
}

/** The hashes of every row of every input sheet. */
export function fingerprintRows(wb: WorkbookData, extra: readonly string[] = []): RowHashes {
  const out: RowHashes = {};
  for (const sheet of wb.sheets) if (isInputSheet(sheet.name, extra)) out[sheet.name] = sheet.values.map(rowHash);
  return out;
}

/** One hash over all the rows: equal exactly when no input row changed. */
export function fingerprintOf(rows: RowHashes): string {
  return fnv(JSON.stringify(Object.keys(rows).sort().map((k) => [k, rows[k]])));
}

export interface RowChange {
  sheet: string;
  /** 1-based row: in the new workbook, or (removed) in the approved one */
  row: number;
  change: 'changed' | 'added' | 'removed';
}

/**
 * The rows that differ. A row whose content is still somewhere in its sheet (rows inserted or sorted above it)
 * is not a change; the rest is 'changed' where both have a row at that place, else 'added' or 'removed'.
 */
export function changedRows(before: RowHashes, after: RowHashes): RowChange[] {
  const out: RowChange[] = [];
  for (const sheet of [...new Set([...Object.keys(before), ...Object.keys(after)])]) {
    const old = before[sheet] ?? [];
    const now = after[sheet] ?? [];
    const left = counts(old);
    const kept = counts(now);
    now.forEach((h, i) => {
      if (h !== '' && h === old[i]) {
        take(left, h);
        take(kept, h);
      }
    });
    const added: number[] = [];
    now.forEach((h, i) => {
      if (h === '' || h === old[i]) return;
      if ((left.get(h) ?? 0) > 0) take(left, h);
      else added.push(i);
    });
    for (const i of added) take(kept, now[i]);
    const removed: number[] = [];
    old.forEach((h, i) => {
      if (h === '' || h === now[i]) return;
      if ((kept.get(h) ?? 0) > 0) take(kept, h);
      else removed.push(i);
    });
    const removedAt = new Set(removed);
    for (const i of added) out.push({ sheet, row: i + 1, change: removedAt.delete(i) ? 'changed' : 'added' });
    for (const i of removedAt) out.push({ sheet, row: i + 1, change: 'removed' });
  }
  return out.sort((a, b) => a.sheet.localeCompare(b.sheet) || a.row - b.row);
}

function counts(hashes: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const h of hashes) if (h !== '') m.set(h, (m.get(h) ?? 0) + 1);
  return m;
}

function take(m: Map<string, number>, h: string): void {
  const n = m.get(h);
  if (n) m.set(h, n - 1);
}

/** The agent ID a row of a contract sheet belongs to (its ID / 工号 column), or null (header, Policy sheet, no ID). */
export function rowOwner(wb: WorkbookData): (sheet: string, row: number) => string | null {
  const idColumn = new Map<string, { header: number; col: number } | null>();
  const find = (sheet: SheetData) => {
    const def = sheetDefOf(sheet.name);
    if (!def) return null;
    for (let r = 0; r < Math.min(sheet.values.length, 10); r++) {
      const c = sheet.values[r].findIndex((v) => typeof v === 'string' && fieldOf(def.role, v)?.key === 'id');
      if (c >= 0) return { header: r, col: c };
    }
    return null;
  };
  return (name, row) => {
    const sheet = wb.sheets.find((s) => s.name === name);
    if (!sheet) return null;
    if (!idColumn.has(name)) idColumn.set(name, find(sheet));
    const at = idColumn.get(name);
    if (!at || row - 1 <= at.header) return null;
    const v = sheet.values[row - 1]?.[at.col];
    return v === null || v === undefined ? null : String(v).trim();
  };
}
