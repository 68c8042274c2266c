// A1 notation helpers for the fakes: column letters and 'B2:D9' ranges, 1-based like Sheets.

/** 1 → 'A', 27 → 'AA' */
export function columnLetter(col: number): string {
  let s = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 'A' → 1, 'AA' → 27 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** 'C5' or 'B2:D9' (no sheet part) → a box; throws the Sheets message for anything else. */
export function parseA1(a1: string, maxRows: number, maxCols: number): Box {
  const m = /^\$?([A-Z]+)?\$?(\d+)?(?::\$?([A-Z]+)?\$?(\d+)?)?$/i.exec(a1.trim());
  if (!m || (!m[1] && !m[2])) throw new Error('Range not found');
  const [, c1, r1, c2, r2] = m;
  const single = a1.indexOf(':') < 0;
  const col = c1 ? columnNumber(c1) : 1;
  const row = r1 ? Number(r1) : 1;
  const endCol = single ? col : c2 ? columnNumber(c2) : maxCols;
  const endRow = single ? row : r2 ? Number(r2) : maxRows;
  const top = Math.min(row, endRow);
  const left = Math.min(col, endCol);
  return { row: top, col: left, rows: Math.abs(endRow - row) + 1, cols: Math.abs(endCol - col) + 1 };
}

export function boxA1(b: Box): string {
  const start = `${columnLetter(b.col)}${b.row}`;
  if (b.rows === 1 && b.cols === 1) return start;
  return `${start}:${columnLetter(b.col + b.cols - 1)}${b.row + b.rows - 1}`;
}
