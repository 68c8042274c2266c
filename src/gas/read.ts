// Reads the source sheets through SpreadsheetApp: one getDataRange().getValues() per sheet, never per row.
import { sheetDefOf } from '../engine/aliases.js';
import { POLICY_SHEET_ALIASES } from '../engine/policy-sheet/index.js';
import type { CellValue, SheetData, WorkbookData } from '../engine/types.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A value from getValues as the engine's CellValue: '' (an empty cell) becomes null. */
export function toCell(v: unknown): CellValue {
  if (v === '' || v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  return String(v);
}

const POLICY_NAMES = new Set(POLICY_SHEET_ALIASES.map((n) => n.toLowerCase()));

/** True for the sheets the engine reads: the source sheets and a Policy / 规则 sheet. */
export function isInputSheet(name: string): boolean {
  return sheetDefOf(name) !== null || POLICY_NAMES.has(name.trim().toLowerCase());
}

/** Drops trailing all-empty rows, so an empty sheet (getValues → [['']]) is []. */
function trimRows(values: CellValue[][]): CellValue[][] {
  let last = values.length;
  while (last > 0 && values[last - 1].every((v) => v === null)) last--;
  return values.slice(0, last);
}

/**
 * The workbook as the engine reads it: every source sheet (matched by its English or 中文 name) and the Policy sheet,
 * Dates as Sheets hands them over (wall clock in the spreadsheet's zone), and the zone and locale.
 * Generated and unrelated sheets are not read. Cost: getSheets, getName per sheet, 2 calls per source sheet, and 2 more.
 */
export function readWorkbook(ss: Spreadsheet): WorkbookData {
  const sheets: SheetData[] = [];
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (!isInputSheet(name)) continue;
    const values = sheet.getDataRange().getValues().map((row) => row.map(toCell));
    sheets.push({ name, values: trimRows(values) });
  }
  return { sheets, timeZone: ss.getSpreadsheetTimeZone(), locale: ss.getSpreadsheetLocale() };
}
