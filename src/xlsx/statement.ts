// A pay statement as a one-sheet .xlsx set to print on one A4 page, portrait: the engine's statement grid, styled.
import ExcelJS from 'exceljs';
import { type Statement, statementGrid, type StatementRowKind } from '../engine/workflow/statement.js';

const WIDTHS = [13, 11, 44, 18, 13, 7];
const MONEY = '#,##0.00';
const LINE = { style: 'thin', color: { argb: 'FFBFBFBF' } } as const;
const FILL: Partial<Record<StatementRowKind, string>> = { section: 'FFD9E1F2', head: 'FFF2F2F2', subtotal: 'FFF2F2F2', payout: 'FFFFF2CC' };

/** Display width of text: CJK characters count double. */
function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

/** Row height (points) for text wrapped in a column `width` characters wide: 15 a line; viewers do not fit merged or wrapped rows by themselves. */
function wrappedHeight(text: string, width: number): number {
  return 15 * Math.max(1, Math.ceil(textWidth(text) / (width - 1)));
}

/** The sheet a statement file holds ('工资条' / 'Statement'). */
export function statementSheetName(s: Statement): string {
  return s.lang === 'zh' ? '工资条' : 'Statement';
}

/** A file name for an agent's statement: '2026-10 001 王芳.xlsx', with characters no file system takes replaced by '_'. */
export function statementFileName(s: Statement): string {
  // eslint-disable-next-line no-control-regex
  return `${s.month} ${s.id} ${s.name}`.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').slice(0, 120) + '.xlsx';
}

/** Builds the statement's workbook: text stays text (a name starting with '=' is never a formula). */
export function statementWorkbook(s: Statement): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(statementSheetName(s), {
    pageSetup: {
      paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 1, horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    views: [{ showGridLines: false }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));
  const grid = statementGrid(s);
  grid.rows.forEach(({ kind, cells }, i) => {
    const r = ws.getRow(i + 1);
    cells.forEach((v, c) => {
      if (v === null) return;
      const cell = r.getCell(c + 1);
      cell.value = typeof v === 'number' ? v : String(v);
      if (typeof v === 'number' && c === grid.moneyColumn) cell.numFmt = MONEY;
      if (typeof v === 'string') cell.numFmt = '@';
    });
    const n = i + 1;
    if (kind === 'title') {
      ws.mergeCells(n, 1, n, 6);
      r.font = { bold: true, size: 16 };
      r.height = 28;
      r.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    } else if (kind === 'meta') {
      ws.mergeCells(n, 2, n, 3);
      ws.mergeCells(n, 5, n, 6);
      for (const c of [1, 4]) r.getCell(c).font = { bold: true };
      for (const c of [2, 5]) r.getCell(c).alignment = { horizontal: 'left', wrapText: true };
    } else if (kind === 'info') {
      ws.mergeCells(n, 2, n, 6);
      r.getCell(1).font = { bold: true };
      r.getCell(2).alignment = { horizontal: 'left', wrapText: true };
      r.height = wrappedHeight(String(cells[1] ?? ''), WIDTHS.slice(1).reduce((a, b) => a + b, 0));
    } else if (kind === 'section') {
      ws.mergeCells(n, 1, n, 6);
      r.font = { bold: true, size: 12 };
    } else if (kind === 'head' || kind === 'subtotal' || kind === 'payout') {
      r.font = { bold: true, size: kind === 'payout' ? 13 : 11 };
    } else if (kind === 'line') {
      r.getCell(3).alignment = { wrapText: true, vertical: 'top' };
      r.height = wrappedHeight(String(cells[2] ?? ''), WIDTHS[2]);
      for (const c of [1, 2, 4, 5, 6]) r.getCell(c).alignment = { vertical: 'top', horizontal: c >= 5 ? 'right' : 'left' };
      r.getCell(4).font = { color: { argb: 'FF595959' }, size: 9 };
    } else if (kind === 'note') {
      ws.mergeCells(n, 1, n, 6);
      r.getCell(1).alignment = { wrapText: true, vertical: 'top' };
      r.getCell(1).font = { italic: true, size: 9, color: { argb: 'FF595959' } };
      r.height = 30;
    }
    const fill = FILL[kind];
    if (fill) for (let c = 1; c <= 6; c++) r.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    if (kind === 'line' || kind === 'head' || kind === 'subtotal' || kind === 'payout') {
      for (let c = 1; c <= 6; c++) r.getCell(c).border = { bottom: LINE };
    }
  });
  ws.pageSetup.printArea = `A1:F${grid.rows.length}`;
  return wb;
}

/** Writes the statement's .xlsx to `file`; a write fault throws { code: 'write-failed' }. */
export async function writeStatementFile(s: Statement, file: string): Promise<void> {
  try {
    await statementWorkbook(s).xlsx.writeFile(file);
  } catch (err) {
    throw new Error(`cannot write ${file}: ${(err as Error).message}`, { cause: { code: 'write-failed' } });
  }
}
