// A plain description of an example workbook and the one place that writes it with exceljs.
import ExcelJS from 'exceljs';

/** A cell to write: text stays text (never a formula), dates and times become real Excel serials. */
export type BookCell = string | number | null | { date: string } | { time: string };

export interface BookSheet {
  name: string;
  /** header text and column width in characters */
  columns: { header: string; width: number }[];
  rows: BookCell[][];
}

export interface ExampleBook {
  sheets: BookSheet[];
}

/** Fixed metadata so two runs differ in nothing but the zip's own timestamps. */
const STAMP = new Date(Date.UTC(2026, 10, 1));

/** yyyy-mm-dd as a UTC-midnight Date: exceljs turns it into the plain date serial. */
export function dateValue(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/** HH:MM as a time-of-day Date on Excel's day zero (1899-12-30 UTC), so the serial is a fraction. */
export function timeValue(hhmm: string): Date {
  const [h, m] = hhmm.split(':').map(Number);
  return new Date(Date.UTC(1899, 11, 30, h, m));
}

function setCell(cell: ExcelJS.Cell, value: BookCell): void {
  if (value === null) return;
  if (typeof value === 'string') {
    // A plain string value is stored as a string even when it starts with '='; '@' keeps it text on edit too.
    cell.value = value;
    cell.numFmt = '@';
  } else if (typeof value === 'number') {
    cell.value = value;
  } else if ('date' in value) {
    cell.value = dateValue(value.date);
    cell.numFmt = 'yyyy-mm-dd';
  } else {
    cell.value = timeValue(value.time);
    cell.numFmt = 'hh:mm';
  }
}

/** Builds the exceljs workbook for a book description (header row bold and frozen). */
export function toWorkbook(book: ExampleBook): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Callboard examples';
  wb.created = STAMP;
  wb.modified = STAMP;
  for (const sheet of book.sheets) {
    const ws = wb.addWorksheet(sheet.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = sheet.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    sheet.rows.forEach((values, r) => {
      const row = ws.getRow(r + 2);
      values.forEach((v, c) => setCell(row.getCell(c + 1), v));
    });
  }
  return wb;
}

/** Writes the book to an .xlsx file. */
export async function writeBook(book: ExampleBook, file: string): Promise<void> {
  await toWorkbook(book).xlsx.writeFile(file);
}
