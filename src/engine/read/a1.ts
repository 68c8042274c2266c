// A1 addresses for source cells ('Attendance!C5'), so every line and issue can point at its cell.

const letters: string[] = [];

/** Column letters for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function colLetter(index0: number): string {
  if (!Number.isInteger(index0) || index0 < 0) {
    throw new Error(`colLetter: bad column index ${index0}`, { cause: { code: 'bad-column-index' } });
  }
  const hit = letters[index0];
  if (hit !== undefined) return hit;
  let n = index0 + 1;
  let s = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = (n - 1 - rem) / 26;
  }
  if (index0 < 1024) letters[index0] = s;
  return s;
}

// Letters, digits, underscore and CJK ideographs need no quotes; anything else does.
const PLAIN_SHEET = /^[A-Za-z0-9_\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+$/;

/** Sheet name as it appears before '!': quoted with single quotes (inner quotes doubled) when needed. */
export function sheetRef(sheet: string): string {
  return PLAIN_SHEET.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** 'Sheet!C5' for a 1-based row and 0-based column index. */
export function a1(sheet: string, row: number, colIndex0: number): string {
  return `${sheetRef(sheet)}!${colLetter(colIndex0)}${row}`;
}

/** 'Sheet!E2:E40' for one column from rowFrom to rowTo (1-based); a single row gives 'Sheet!E2'. */
export function a1Range(sheet: string, colIndex0: number, rowFrom: number, rowTo: number): string {
  const col = colLetter(colIndex0);
  const from = Math.min(rowFrom, rowTo);
  const to = Math.max(rowFrom, rowTo);
  return from === to ? `${sheetRef(sheet)}!${col}${from}` : `${sheetRef(sheet)}!${col}${from}:${col}${to}`;
}

/** Address prefix for one column of a sheet ('Calls!E'); append a row number to get a cell. */
export function colPrefix(sheet: string, colIndex0: number): string {
  return `${sheetRef(sheet)}!${colLetter(colIndex0)}`;
}

/** Splits "Attendance!C5" or "'My sheet'!C5:C9" into sheet name and range; null when there is no sheet part. */
export function splitA1(a1: string): { sheet: string; range: string } | null {
  const bang = a1.lastIndexOf('!');
  if (bang <= 0 || bang === a1.length - 1) return null;
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = a1.slice(bang + 1);
  return /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(range) ? { sheet, range } : null;
}
