// Reads an .xlsx (through exceljs) into the engine's WorkbookData: plain cell values, one grid per sheet.
import ExcelJS from 'exceljs';
import type { CellValue, SheetData, WorkbookData } from '../engine/types.js';

/** Loads a workbook file; throws { code: 'unreadable-workbook' } when it is not a readable .xlsx. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new Error(`${file}: not a readable .xlsx workbook (${(err as Error).message})`, {
      cause: { code: 'unreadable-workbook', file },
    });
  }
  return wb;
}

/** Reads a workbook file into WorkbookData (time zone 'UTC': exceljs hands Dates over as UTC wall clock). */
export async function readWorkbook(file: string): Promise<WorkbookData> {
  return toWorkbookData(await loadWorkbook(file));
}

/** Every worksheet of an exceljs workbook as a rectangular grid, trailing empty rows dropped. */
export function toWorkbookData(wb: ExcelJS.Workbook): WorkbookData {
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => sheets.push({ name: ws.name, values: sheetValues(ws) }));
  return { sheets, timeZone: 'UTC' };
}

function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  // getSheetValues(): sparse, 1-based rows of sparse, 1-based cells; one pass over the sheet.
  const raw = ws.getSheetValues() as unknown as (ExcelJS.CellValue[] | undefined)[];
  const grid: CellValue[][] = [];
  let width = 0;
  let last = 0;
  for (let r = 1; r < raw.length; r++) {
    const src = raw[r];
    const row: CellValue[] = [];
    if (src) {
      for (let c = 1; c < src.length; c++) {
        const v = plainValue(src[c]);
        row[c - 1] = v;
        if (v !== null) {
          if (c > width) width = c;
          last = r;
        }
      }
    }
    grid.push(row);
  }
  grid.length = last;
  for (const row of grid) {
    for (let c = 0; c < width; c++) if (row[c] === undefined) row[c] = null;
    row.length = width;
  }
  return grid;
}

/**
 * One exceljs cell value as a plain CellValue: rich text → its text, formula → its cached result,
 * hyperlink → its text, error → its text ('#N/A'); empty strings become null.
 */
export function plainValue(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v === '' ? null : v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  const o = v as unknown as Record<string, unknown>;
  if (Array.isArray(o.richText)) return plainValue((o.richText as { text: string }[]).map((p) => p.text).join(''));
  if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result as ExcelJS.CellValue);
  if ('error' in o) return String(o.error);
  if ('hyperlink' in o) return plainValue(o.text as ExcelJS.CellValue);
  if ('text' in o) return plainValue(o.text as ExcelJS.CellValue);
  return null;
}
