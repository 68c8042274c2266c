// Which tabs the offline runner reads in full: one decision per tab, from its name and its first rows.
export { isGeneratedTab } from '../engine/report/tabs.js';
import { fieldOf, SHEETS, sheetDefOf } from '../engine/read/aliases.js';
import { recognise } from '../engine/imports/index.js';
import { isPolicySheet } from '../engine/read/policy-sheet/resolve.js';
import { isGeneratedTab } from '../engine/report/tabs.js';
import { isApprovalsSheet } from '../engine/workflow/approval.js';
import type { CellValue } from '../engine/types.js';

/** Rows a tab is read before it is kept or skipped (the engine looks for a header within the first 10). */
export const FIRST_ROWS = 10;
/** An unrecognised tab whose part is at most this many bytes is read anyway, so issues can name its headers. */
export const SMALL_PART = 256 * 1024;

/** Decides from a tab's name and first rows whether to read it whole; `partBytes` is its uncompressed size. */
export type SheetFilter = (name: string, firstRows: readonly CellValue[][], partBytes: number) => boolean;

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
 * The default filter: contract sheets, the Policy sheet and the approvals record by name (as the engine matches names:
 * a month or bracket suffix, zero-width characters …), tabs whose first rows are an export's header (imports/) or a
 * contract header, and small unrecognised tabs; earlier generated tabs and large unrecognised tabs are skipped.
 */
export const isSourceSheet: SheetFilter = (name, firstRows, partBytes) => {
  if (sheetDefOf(name) || isPolicySheet({ name }) || isApprovalsSheet(name)) return true;
  if (isGeneratedTab(name)) return false;
  if (recognise({ name, values: firstRows as CellValue[][] }) !== null) return true;
  return hasContractHeader(firstRows) || partBytes <= SMALL_PART;
};
