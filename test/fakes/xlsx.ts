// Loads an .xlsx (through the offline reader) into fakeSpreadsheet options, Dates moved to the sheet's zone as Sheets shows them.
import { readWorkbook } from '../../src/xlsx/read.js';
import type { CellValue } from '../../src/engine/types.js';
import type { FakeOptions } from './index.js';
import { utcWallClockIn } from './zone.js';

/**
 * The workbook's sheets as seed data for fakeSpreadsheet. exceljs hands Dates over as UTC wall clock;
 * Sheets' getValues hands them over as the same wall clock in the spreadsheet's zone, so each Date is
 * moved to keep its wall clock (a 09:07 punch stays 09:07 in Asia/Shanghai).
 */
export async function xlsxFakeOptions(file: string, options: { timeZone?: string; locale?: string } = {}): Promise<FakeOptions> {
  const timeZone = options.timeZone ?? 'Asia/Shanghai';
  const wb = await readWorkbook(file);
  const sheets = wb.sheets.map((s) => ({
    name: s.name,
    values: s.values.map((row) => row.map((v): CellValue => (v instanceof Date ? utcWallClockIn(v, timeZone) : v))),
  }));
  return { sheets, timeZone, locale: options.locale ?? 'zh_CN' };
}
