// Which tabs the offline runner reads in full: one decision per tab, from its name and its first rows.
import { aliasKey, fieldOf, SHEETS, sheetDefOf } from '../engine/aliases.js';
import { POLICY_SHEET_ALIASES } from '../engine/policy-sheet/resolve.js';
import { allTabNames } from '../engine/tabs.js';
import type { CellValue } from '../engine/types.js';

/** Rows a tab is read before it is kept or skipped (the engine looks for a header within the first 10). */
export const FIRST_ROWS = 10;
/** An unrecognised tab whose part is at most this many bytes is read anyway, so issues can name its headers. */
export const SMALL_PART = 256 * 1024;

/** Decides from a tab's name and first rows whether to read it whole; `partBytes` is its uncompressed size. */
export type SheetFilter = (name: string, firstRows: readonly CellValue[][], partBytes: number) => boolean;

/** The name without zero-width characters, a month or bracket suffix ('Attendance 2026-10', 'Policy (2026)'). */
function looseKey(name: string): string {
  return aliasKey(name.normalize('NFKC').replace(/[\u200b-\u200f\u2060\ufeff]/g, '')
    .replace(/\s*[(（[【][^)）\]】]*[)）\]】]\s*$/, '')
    .replace(/[\s_-]*\d{4}[-/.年]?\d{0,2}月?$/, ''));
}

const POLICY_KEYS = new Set(POLICY_SHEET_ALIASES.map(looseKey));

/** A generated tab of any month, in either language ('Payout 2026-09', '明细 2026-10'). */
export function isGeneratedTab(name: string): boolean {
  const m = /^(.*) (\d{4}-\d{2})$/.exec(name.trim());
  return m !== null && allTabNames(m[2]).some((n) => n.toLowerCase() === name.trim().toLowerCase());
}

/** True when one of the first rows carries two or more column names of a contract sheet, one of them required. */
function hasContractHeader(rows: readonly CellValue[][]): boolean {
  for (const row of rows) {
    if (!row) continue;
    for (const def of SHEETS) {
      const keys = new Set<string>();
      let required = false;
      for (const cell of row) {
        if (typeof cell !== 'string') continue;
        const field = fieldOf(def.role, cell);
        if (!field) continue;
        keys.add(field.key);
        required ||= field.required;
      }
      if (keys.size >= 2 && required) return true;
    }
  }
  return false;
}

/**
 * The default filter: contract sheets and the Policy sheet by name (tolerating a month or bracket suffix and
 * zero-width characters), tabs whose first rows hold a contract header, and small unrecognised tabs; earlier
 * generated tabs and large unrecognised tabs are skipped. Extend here (importers' header recognition).
 */
export const isSourceSheet: SheetFilter = (name, firstRows, partBytes) => {
  if (sheetDefOf(name) || POLICY_KEYS.has(looseKey(name))) return true;
  if (isGeneratedTab(name)) return false;
  const key = looseKey(name);
  if (SHEETS.some((def) => def.names.some((n) => aliasKey(n) === key))) return true;
  return hasContractHeader(firstRows) || partBytes <= SMALL_PART;
};
