// Reads the source sheets through SpreadsheetApp: one getDataRange().getValues() per sheet, never per row.
import { sheetDefOf } from '../engine/read/aliases.js';
import { recognise } from '../engine/imports/index.js';
import { isPolicySheet } from '../engine/read/policy-sheet/resolve.js';
import { rangeOfA1 } from '../engine/read/sources/merged.js';
import { isGeneratedTab } from '../engine/report/tabs.js';
import type { CellValue, MergedRange, SheetData, WorkbookData } from '../engine/types.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A value from getValues as the engine's CellValue: '' (an empty cell) becomes null. */
export function toCell(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return String(v);
}

/** True for the sheets the engine reads by name: the source sheets and a Policy / 规则 sheet (names as the engine matches them). */
export function isInputSheet(name: string): boolean {
  return sheetDefOf(name) !== null || isPolicySheet({ name });
}

/** Rows read from any other tab to tell an export (DingTalk, WeCom, a clock, a dialer) by its header: title rows, two header rows. */
const PROBE_ROWS = 12;
/** Another tab of at most this many cells is read whole (a draft Policy sheet for a what-if, a small export), as offline. */
const SMALL_CELLS = 20_000;

/** Drops trailing all-empty rows, so an empty sheet (getValues → [['']]) is []. */
function trimRows(values: CellValue[][]): CellValue[][] {
  let last = values.length;
  while (last > 0 && values[last - 1].every((v) => v === null)) last--;
  return values.slice(0, last);
}

/**
 * The merged ranges of a source sheet's data range: one getMergedRanges call, then one getA1Notation per merged range
 * (a getter on the range handed back, no read of the cells): the calls grow with the merges, never with the rows.
 */
function mergesOf(range: GoogleAppsScript.Spreadsheet.Range): MergedRange[] {
  const out: MergedRange[] = [];
  for (const m of range.getMergedRanges()) {
    const r = rangeOfA1(m.getA1Notation());
    if (r) out.push(r);
  }
  return out;
}

/**
 * The workbook as the engine reads it: every source sheet (matched by its English or 中文 name), the Policy sheet and
 * every tab whose header is a known export's (imported with File → Import, any name), Dates as Sheets hands them over
 * (wall clock in the spreadsheet's zone), and the zone and locale. Another tab is read whole when small (a draft Policy
 * sheet); a large one or a generated tab is passed by name only (no values), so the engine can still say "考情 looks
 * like 考勤". A source sheet's merged ranges come with it (`merges`). Cost: getSheets, getName per sheet, 3 calls per
 * source sheet and 1 per merged range in it, 2 for the Policy sheet, up to 5 per other tab (its size, its first rows,
 * then the whole), and 2 more; never per row.
 */
export function readWorkbook(ss: Spreadsheet): WorkbookData {
  const sheets: SheetData[] = [];
  const full = (sheet: GoogleAppsScript.Spreadsheet.Sheet) => trimRows(sheet.getDataRange().getValues().map((row) => row.map(toCell)));
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (sheetDefOf(name) !== null) {
      // A source sheet: its values and its merged ranges (a merged ID or date is applied to each row: read/sources/merged.ts).
      const range = sheet.getDataRange();
      const merges = mergesOf(range);
      sheets.push({ name, values: trimRows(range.getValues().map((row) => row.map(toCell))), ...(merges.length > 0 ? { merges } : {}) });
      continue;
    }
    if (isInputSheet(name)) {
      sheets.push({ name, values: full(sheet) });
      continue;
    }
    const last = sheet.getLastRow();
    const cols = sheet.getLastColumn();
    if (last === 0 || cols === 0 || isGeneratedTab(name)) {
      sheets.push({ name, values: [] });
      continue;
    }
    if (last * cols <= SMALL_CELLS) {
      sheets.push({ name, values: full(sheet) });
      continue;
    }
    const head = sheet.getRange(1, 1, Math.min(last, PROBE_ROWS), cols).getValues().map((row) => row.map(toCell));
    sheets.push({ name, values: recognise({ name, values: head }) !== null ? full(sheet) : [] });
  }
  return { sheets, timeZone: ss.getSpreadsheetTimeZone(), locale: ss.getSpreadsheetLocale() };
}
