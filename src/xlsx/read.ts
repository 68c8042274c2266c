// Reads an .xlsx into the engine's WorkbookData, streaming: shared strings, date styles, then each wanted sheet.
import type ExcelJS from 'exceljs';
import type { CellValue, MergedRange, SheetData, WorkbookData } from '../engine/types.js';
import type { SheetFilter } from './filter.js';
import { FIRST_ROWS } from './filter.js';
import { folderOf, openPackage, parseRels, resolveTarget, type XlsxPackage } from './package.js';
import { readSharedStrings, readSheetXml, type SheetContext } from './sheet-xml.js';
import { dateStyles } from './styles.js';
import { plainValue } from './values.js';
import { entryText } from './zip.js';

export { plainValue } from './values.js';

export interface ReadOptions {
  /** which tabs to read whole; the others come back as { name, values: [] } (default: every tab) */
  filter?: SheetFilter;
  /** called with the name of each tab the filter skipped */
  onSkip?: (name: string) => void;
}

/** The package's shared strings, date styles and date system. */
async function context(pkg: XlsxPackage): Promise<SheetContext> {
  const rels = parseRels(pkg.relsXml);
  const part = (type: string) => {
    const rel = rels.find((r) => r.type.endsWith(`/${type}`) && !r.external);
    return rel ? resolveTarget(pkg.workbookPath, rel.target) : `${folderOf(pkg.workbookPath)}${type}.xml`;
  };
  const strings = await readSharedStrings(pkg.zip, pkg.zip.byName.get(part('sharedStrings')));
  return { strings, dateStyles: dateStyles(entryText(pkg.zip, part('styles'))), date1904: pkg.date1904 };
}

/**
 * An opened package as WorkbookData (time zone 'UTC': Dates hold the workbook's wall clock as UTC, as exceljs
 * hands them over). Rows are as long as their last non-blank cell; tabs the filter skips have no values. A tab with
 * merged cells lists them in `merges` (read from the same stream as its rows).
 */
export async function readPackage(pkg: XlsxPackage, options: ReadOptions = {}): Promise<WorkbookData> {
  const ctx = await context(pkg);
  const sheets: SheetData[] = [];
  for (const part of pkg.sheets) {
    const entry = part.path ? pkg.zip.byName.get(part.path) : undefined;
    let values: CellValue[][] = [];
    const merges: MergedRange[] = [];
    if (entry) {
      const filter = options.filter;
      const keep = filter ? (rows: CellValue[][]) => filter(part.name, rows, entry.size) : () => true;
      const rows = await readSheetXml(pkg.zip, entry, ctx, FIRST_ROWS, keep, merges);
      if (rows === null) options.onSkip?.(part.name);
      values = rows ?? [];
    }
    sheets.push({ name: part.name, values, ...(merges.length > 0 ? { merges } : {}) });
  }
  return { sheets, timeZone: 'UTC' };
}

/** Reads a workbook file into WorkbookData; refusals (not a workbook, encrypted, too large…) throw with a cause code. */
export async function readWorkbook(file: string, options: ReadOptions = {}): Promise<WorkbookData> {
  return readPackage(openPackage(file), options);
}

/** Loads a workbook through exceljs (for --init-policy, which rewrites it); throws { code: 'unreadable-workbook' }. */
export async function loadWorkbook(file: string): Promise<ExcelJS.Workbook> {
  openPackage(file); // the same refusals as the report: encrypted, .xls, CSV, too large
  // exceljs is loaded only here: the report path never needs it (~0.3 s of every run's start-up).
  const { default: Excel } = await import('exceljs');
  const wb = new Excel.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (err) {
    throw new Error(`${file}: not a readable .xlsx workbook (${(err as Error).message})`, {
      cause: { code: 'unreadable-workbook', file },
    });
  }
  return wb;
}

/** Every worksheet of an exceljs workbook as rows of plain values, trailing blanks dropped. */
export function toWorkbookData(wb: ExcelJS.Workbook): WorkbookData {
  const sheets: SheetData[] = [];
  wb.eachSheet((ws) => sheets.push({ name: ws.name, values: sheetValues(ws) }));
  return { sheets, timeZone: 'UTC' };
}

function sheetValues(ws: ExcelJS.Worksheet): CellValue[][] {
  // getSheetValues(): sparse, 1-based rows of sparse, 1-based cells; one pass over the sheet.
  const raw = ws.getSheetValues() as unknown as (ExcelJS.CellValue[] | undefined)[];
  const grid: CellValue[][] = [];
  for (let r = 1; r < raw.length; r++) {
    const src = raw[r];
    const row: CellValue[] = [];
    if (src) {
      for (let c = 1; c < src.length; c++) {
        const v = plainValue(src[c]);
        if (v !== null) {
          while (row.length < c - 1) row.push(null);
          row[c - 1] = v;
        }
      }
    }
    grid.push(row);
  }
  while (grid.length > 0 && grid[grid.length - 1].length === 0) grid.pop();
  return grid;
}

