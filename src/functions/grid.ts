// Shapes and per-cell error text for custom functions: one value or a 2D range in, the same shape out.

/** What a custom function may put in one cell: a number, text (including error text), a boolean or blank. */
export type Out = number | string | boolean;

/** The short bilingual error codes shown in a cell instead of a result. */
export const CELL_ERRORS = {
  time: '#BAD TIME 时间无效',
  number: '#BAD NUMBER 数字无效',
  table: '#BAD TABLE 表格无效',
  shape: '#SHAPE 区域大小不一致',
  month: '#BAD MONTH 月份无效',
  id: '#UNKNOWN ID 工号不存在',
  data: '#DATA ERROR 数据错误',
  missing: '#MISSING 缺少参数',
  option: '#BAD OPTION 选项无效',
  fault: '#ERROR 出错',
} as const;
export type CellErrorKind = keyof typeof CELL_ERRORS;

/** Per-cell error text such as `#BAD TIME 时间无效: "25:00"`; the offending value is quoted, cut at 40 chars. */
export function cellError(kind: CellErrorKind, value?: unknown): string {
  if (value === undefined) return CELL_ERRORS[kind];
  const shown = value instanceof Date ? value.toISOString() : String(value);
  const cut = shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
  return `${CELL_ERRORS[kind]}: "${cut}"`;
}

/** A cell error raised while computing one cell; caught by `elementwise` and turned into the cell's text. */
export class CellFailure extends Error {
  constructor(readonly text: string) {
    super(text);
  }
}

/** Throws the per-cell error for a bad value (caught per cell, never reaches the user as an exception). */
export function fail(kind: CellErrorKind, value?: unknown): never {
  throw new CellFailure(cellError(kind, value));
}

export function isGrid(value: unknown): value is unknown[][] {
  return Array.isArray(value) && value.every(Array.isArray);
}

/** A blank cell or an argument left out: undefined, null or text of spaces only. */
export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Any argument as a grid: a 2D range as is, a flat list as one column, a single value as 1×1. */
export function toGrid(value: unknown): unknown[][] {
  if (isGrid(value)) return value;
  if (Array.isArray(value)) return value.map((v) => [v]);
  return [[value]];
}

function shapeOf(grid: unknown[][]): [number, number] {
  return [grid.length, grid.reduce((w, row) => Math.max(w, row.length), 0)];
}

/**
 * Applies `cell` to each position of the arguments marked elementwise, broadcasting single values.
 * Ranges must all have the same size (or be 1×1); a blank primary (first) value gives a blank cell.
 * The result is a single value when every elementwise argument was a single value, else a grid.
 * A `CellFailure` thrown for one cell becomes that cell's text; the other cells are still computed.
 */
export function elementwise(args: readonly unknown[], cell: (values: unknown[]) => Out): Out | Out[][] {
  const grids = args.map((a) => (Array.isArray(a) ? toGrid(a) : null));
  let shape: [number, number] = [1, 1];
  for (const grid of grids) {
    if (grid === null) continue;
    const s = shapeOf(grid);
    if (s[0] * s[1] === 1) continue;
    if (shape[0] * shape[1] !== 1 && (s[0] !== shape[0] || s[1] !== shape[1])) return cellError('shape');
    shape = s;
  }
  const one = (r: number, c: number): Out => {
    const values = args.map((a, i) => {
      const grid = grids[i];
      if (grid === null) return a;
      return grid.length === 1 && grid[0].length === 1 ? grid[0][0] : grid[r]?.[c];
    });
    if (isBlank(values[0])) return '';
    return guard(() => cell(values));
  };
  if (grids.every((g) => g === null)) return one(0, 0);
  const out: Out[][] = [];
  for (let r = 0; r < shape[0]; r++) {
    const row: Out[] = [];
    for (let c = 0; c < shape[1]; c++) row.push(one(r, c));
    out.push(row);
  }
  return out;
}

/** Runs one cell's computation; a CellFailure becomes its text, anything else is a programming fault. */
export function guard(compute: () => Out): Out {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CellFailure) return error.text;
    throw error;
  }
}

/** Runs a whole function; a CellFailure (bad table, bad month …) becomes the single cell's text. */
export function guardAll(compute: () => Out | Out[][]): Out | Out[][] {
  try {
    return compute();
  } catch (error) {
    if (error instanceof CellFailure) return error.text;
    throw error;
  }
}
