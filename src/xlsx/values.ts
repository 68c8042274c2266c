// How a stored .xlsx cell becomes a CellValue, in one place for the streaming reader and the exceljs adapter.
import type ExcelJS from 'exceljs';
import type { CellValue } from '../engine/types.js';
import { NO_CACHED_VALUE } from '../engine/read/cells.js';

/**
 * A formula cell saved without its result (a file written by a tool that does not calculate): the engine's marker,
 * so the cell is an issue with its address ('formula-no-value') instead of a blank read as 0.
 */
export function formulaWithoutValue(): CellValue {
  return NO_CACHED_VALUE;
}

/** Serial day number → Date holding the workbook's wall clock as UTC (exceljs's semantics: ms rounded). */
export function serialToDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
}

/** Built-in number formats that show a date or time (ECMA-376 18.8.30; 27–36 and 50–58 are the CJK date formats). */
const BUILTIN_DATE_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47,
  50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** True when a custom format code shows a date or time: y m d h s outside quotes and [brackets] (exceljs's test). */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]+/.test(bare);
}

export function isDateFormatId(id: number, custom: ReadonlyMap<number, string>): boolean {
  const code = custom.get(id);
  return code !== undefined ? isDateFormatCode(code) : BUILTIN_DATE_IDS.has(id);
}

/** A number as stored: non-finite gives blank. */
export function numberValue(n: number): CellValue {
  return Number.isFinite(n) ? n : null;
}

/** Text as stored: the empty string is blank. */
export function textValue(s: string): CellValue {
  return s === '' ? null : s;
}

/**
 * One exceljs cell value as a plain CellValue: rich text → its text, formula → its cached result (none: see
 * formulaWithoutValue), hyperlink → its text, error → its text ('#N/A'); empty strings become null.
 */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return textValue(v);
  if (typeof v === 'number') return numberValue(v);
  if (typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return plainValue((o.richText as { text: string }[]).map((p) => p.text).join(''));
  if ('formula' in o || 'sharedFormula' in o) {
    return o.result === undefined || o.result === null ? formulaWithoutValue() : plainValue(o.result as ExcelJS.CellValue);
  }
  if ('error' in o) return String(o.error);
  if ('hyperlink' in o) return plainValue(o.text as ExcelJS.CellValue);
  if ('text' in o) return plainValue(o.text as ExcelJS.CellValue);
  return null;
}
