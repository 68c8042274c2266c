// One cell of the fake grid, and how Sheets turns a written value into a stored one.

export type Stored = string | number | boolean | Date;

export interface Cell {
  value?: Stored;
  formula?: string;
  format?: string;
  background?: string | null;
  bold?: boolean;
  link?: string | null;
  note?: string;
}

export const DEFAULT_FORMAT = 'General';
export const TEXT_FORMAT = '@';
/** What the fake shows for a formula: it does not evaluate them. */
export const FORMULA_RESULT = '#NAME?';

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

export function signatureError(method: string, got: unknown): Error {
  const kind = got === null ? 'null' : Array.isArray(got) ? 'Object[]' : typeof got;
  return new Error(`Exception: The parameters (${kind}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
}

/**
 * Stores a value as Sheets' setValues does: under a text ('@') format a string stays as written;
 * otherwise '=…' becomes a formula, numeric text a number and TRUE/FALSE a boolean (so '007' → 7).
 */
export function writeValue(cell: Cell, v: unknown, method: string): void {
  delete cell.formula;
  delete cell.link;
  // Strict: undefined is a bug in the caller (a ragged or sparse row), not an empty cell.
  if (v === undefined) throw signatureError(method, v);
  if (v === null || v === '') {
    delete cell.value;
    return;
  }
  if (isDate(v)) {
    if (Number.isNaN(v.getTime())) throw signatureError(method, v);
    cell.value = new Date(v.getTime());
    return;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw signatureError(method, v);
    cell.value = v;
    return;
  }
  if (typeof v === 'boolean') {
    cell.value = v;
    return;
  }
  if (typeof v !== 'string') throw signatureError(method, v);
  if (cell.format === TEXT_FORMAT) {
    cell.value = v;
  } else if (v.length > 1 && v.startsWith('=')) {
    cell.formula = v;
    delete cell.value;
  } else if (NUMERIC.test(v.trim())) {
    cell.value = Number(v.trim());
  } else if (/^(true|false)$/i.test(v.trim())) {
    cell.value = v.trim().toLowerCase() === 'true';
  } else {
    cell.value = v;
  }
}

/** What getValues returns for a cell: '' when empty, a fresh Date (of the caller's realm) for dates. */
export function readValue(cell: Cell | undefined, DateClass: DateConstructor = Date): Stored {
  if (!cell) return '';
  if (cell.formula !== undefined) return FORMULA_RESULT;
  if (cell.value === undefined) return '';
  return isDate(cell.value) ? new DateClass(cell.value.getTime()) : cell.value;
}

/** A Date from any realm (a node:vm context has its own Date). */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

export function hasContent(cell: Cell | undefined): boolean {
  return !!cell && (cell.value !== undefined || cell.formula !== undefined);
}
