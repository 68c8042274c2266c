// The import examples by name: one workbook per export kind (a Roster in the contract's form + the export as its system lays it out).
import type { BookCell, ExampleBook } from '../book.js';
import { dateValue, timeValue } from '../book.js';
import type { CellValue, WorkbookData } from '../../../src/engine/types.js';
import { dingtalkDaily, dingtalkGrid, dingtalkRaw, feishuMonthly, wecomDaily } from './attendance-books.js';
import { clinkOutbound, moorCdr, vicidialCalls, zktecoRaw, zktecoUsb } from './other-books.js';
import { contractAttendance, contractCalls, roster } from './scenario.js';

/** The same week typed into the contract's sheets (花名册, 考勤, 外呼): the figures every export example must give. */
export function contractTwin(withSuccess = true): ExampleBook {
  return { sheets: [roster(), contractAttendance(), contractCalls(withSuccess)] };
}

/** Example name → its book (each deterministic). */
export const IMPORT_EXAMPLES: Record<string, () => ExampleBook> = {
  'dingtalk-raw': dingtalkRaw,
  'dingtalk-daily': dingtalkDaily,
  'dingtalk-grid': dingtalkGrid,
  'wecom-daily': wecomDaily,
  'feishu-monthly': feishuMonthly,
  'zkteco-raw': zktecoRaw,
  'zkteco-usb': zktecoUsb,
  'clink-outbound': clinkOutbound,
  'vicidial-calls': vicidialCalls,
  '7moor-cdr': moorCdr,
  'imports-contract': () => contractTwin(),
};

function cellOf(v: BookCell): CellValue {
  if (v === null || typeof v === 'string' || typeof v === 'number') return v === '' ? null : v;
  return 'date' in v ? dateValue(v.date) : timeValue(v.time);
}

/** A book as the engine receives it from an .xlsx (time zone UTC), without writing the file: for tests. */
export function bookData(book: ExampleBook): WorkbookData {
  return {
    timeZone: 'UTC',
    sheets: book.sheets.map((s) => ({
      name: s.name,
      values: [s.columns.map((c) => (c.header === '' ? null : c.header)), ...s.rows.map((r) => r.map(cellOf))],
    })),
  };
}
