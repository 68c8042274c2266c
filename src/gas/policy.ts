// "Insert policy sheet": a policy written as the Policy / 规则 sheet HR reads and edits, swapped in whole.
import { colLetter } from '../engine/read/a1.js';
import type { Policy } from '../engine/rules/policy.js';
import { isPolicySheet } from '../engine/read/policy-sheet/resolve.js';
import { POLICY_SHEET_NAMES, type PolicyCell, policySheetLayout, sheetToPolicy, sheetVersion } from '../engine/read/policy-sheet/index.js';
import type { Lang } from '../engine/types.js';
import { swapIn, TEMP_PREFIX } from './write.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface PolicySheetResult {
  /** the sheet written: 规则 or Policy */
  sheet: string;
  /** the preset it was written from (the policy id when written from a policy) */
  preset: string;
  /** the version the sheet reports once read back ('1#a1b2c3'), as getSidebarState will show it */
  version: string;
}

/** Number formats by cell: text for strings (so '=…', '-5', '007' stay as written), 0.00 for 元, General otherwise. */
export const POLICY_FORMATS = { text: '@', money: '0.00', other: 'General' } as const;

/** Column widths in pixels: key, label, value, note; the table columns after them. */
export const POLICY_WIDTHS = { fixed: [220, 280, 200, 300], rest: 120 } as const;

/** True for a sheet name the engine reads as the Policy sheet (`Policy (2026)`, full-width letters … as the engine matches it). */
export function isPolicySheetName(name: string): boolean {
  return isPolicySheet({ name });
}

/** Each cell's number format: '@' for strings, '0.00' for the 元 cells, 'General' for numbers and blanks. */
export function policyFormats(values: readonly PolicyCell[][], moneyCells: readonly string[]): string[][] {
  const formats: string[][] = values.map((row) => row.map((v) => (typeof v === 'string' ? POLICY_FORMATS.text : POLICY_FORMATS.other)));
  for (const a1 of moneyCells) {
    const m = /^([A-Z]+)(\d+)$/.exec(a1);
    if (!m) throw new Error(`bad money cell ${a1}`, { cause: { code: 'bad-money-cell' } });
    // 'C' → 3, 'AA' → 27
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const line = formats[Number(m[2]) - 1];
    if (!line || col > line.length) throw new Error(`money cell ${a1} is outside the sheet`, { cause: { code: 'bad-money-cell' } });
    line[col - 1] = POLICY_FORMATS.money;
  }
  return formats;
}

const keyOf = (row: readonly PolicyCell[] | undefined) => (typeof row?.[0] === 'string' ? row[0] : '');

/**
 * The rows to set bold (1-based): the '#' title rows, and every row that heads others — a section, an item
 * block or a table whose rows follow it (the next row's key extends its key with '.' or '[').
 */
export function headingRows(values: readonly PolicyCell[][]): number[] {
  const rows: number[] = [];
  values.forEach((row, i) => {
    const key = keyOf(row);
    const next = keyOf(values[i + 1]);
    if (key === '#' || (key !== '' && (next.startsWith(`${key}.`) || next.startsWith(`${key}[`)))) rows.push(i + 1);
  });
  return rows;
}

/** Rows as A1 ranges spanning `width` columns, consecutive rows merged ('A1:P2', 'A10:P10'). */
export function rowRanges(rows: readonly number[], width: number): string[] {
  const last = colLetter(width - 1);
  const out: string[] = [];
  for (let i = 0; i < rows.length; i++) {
    let j = i;
    while (j + 1 < rows.length && rows[j + 1] === rows[j] + 1) j++;
    out.push(`A${rows[i]}:${last}${rows[j]}`);
    i = j;
  }
  return out;
}

/** Grows the sheet when the grid does not fit; spare rows and columns stay for HR's additions. */
function ensureSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

/**
 * Fills a fresh sheet with the layout. The number of calls is the same for any policy: one setNumberFormats
 * (text before values, so no label or user string becomes a formula), one setValues, one bold range list,
 * and the column widths. Nothing is frozen.
 */
function fillPolicySheet(sheet: Sheet, values: PolicyCell[][], moneyCells: readonly string[]): void {
  const rows = values.length;
  const cols = values[0].length;
  ensureSize(sheet, rows, cols);
  const all = sheet.getRange(1, 1, rows, cols);
  all.setNumberFormats(policyFormats(values, moneyCells));
  all.setValues(values.map((row) => row.map((v) => v ?? '')));
  const bold = headingRows(values);
  if (bold.length > 0) sheet.getRangeList(rowRanges(bold, cols)).setFontWeight('bold');
  POLICY_WIDTHS.fixed.forEach((width, c) => { if (c < cols) sheet.setColumnWidth(c + 1, width); });
  if (cols > POLICY_WIDTHS.fixed.length) sheet.setColumnWidths(POLICY_WIDTHS.fixed.length + 1, cols - POLICY_WIDTHS.fixed.length, POLICY_WIDTHS.rest);
}

/**
 * Writes `policy` as the Policy sheet in `lang` (规则 / Policy). A spreadsheet that already has a Policy sheet
 * (any of its names) throws { code: 'policy-exists' } unless `replace`: then every Policy sheet is swapped out
 * for the new one in one step, at the place of the first. The version returned is the one the sheet reads back as.
 */
export function writePolicySheet(ss: Spreadsheet, policy: Policy, lang: Lang, replace: boolean, preset: string = policy.id): PolicySheetResult {
  const name = POLICY_SHEET_NAMES[lang];
  const { values, moneyCells } = policySheetLayout(policy, lang);
  // The sheet must read back as this policy, or every later run would stop on its issues: check before writing.
  const read = sheetToPolicy(values, name, ss.getSpreadsheetTimeZone());
  if (!read.policy) {
    throw new Error(`the ${policy.id} Policy sheet does not read back: ${read.issues[0]?.message ?? '?'}`, { cause: { code: 'policy-roundtrip' } });
  }
  const names = ss.getSheets().map((s) => s.getName());
  const existing = names.filter(isPolicySheetName);
  if (existing.length > 0 && !replace) {
    throw new Error(`the spreadsheet already has a Policy sheet ("${existing[0]}")`, { cause: { code: 'policy-exists', sheet: existing[0] } });
  }
  const at = existing.length > 0 ? names.filter((n) => !n.startsWith(TEMP_PREFIX)).indexOf(existing[0]) : undefined;
  const [sheet] = swapIn(ss, [{ name, fill: (s) => fillPolicySheet(s, values, moneyCells) }], { retire: existing, at });
  return { sheet, preset, version: sheetVersion(read.policy) };
}
