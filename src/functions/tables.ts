// Small lookup tables passed to custom functions as ranges: tiers (threshold | amount) and bands (score | grade).
import { parseNumber } from '../engine/read/cells.js';
import type { Band, Tier } from '../engine/rules/formulas.js';
import { fail, isBlank, toGrid } from './grid.js';
import { readFen, readNumber } from './values.js';

const isNumeric = (value: unknown): boolean =>
  (typeof value === 'number' || typeof value === 'string') && typeof parseNumber(value) === 'number';

const describe = (row: unknown[]): string => row.map((v) => (isBlank(v) ? '' : String(v))).join(' | ');

/** Non-blank rows of a range, without a first row of text only (a header). */
function bodyRows(range: unknown): unknown[][] {
  const rows = toGrid(range).filter((row) => row.some((v) => !isBlank(v)));
  if (rows.length > 0 && rows[0].every((v) => isBlank(v) || !isNumeric(v))) rows.shift();
  return rows;
}

/** A-BON-2 tiers from two columns threshold | amount (元); an empty or malformed table fails the function. */
export function readTiers(range: unknown): Tier[] {
  const rows = bodyRows(range);
  if (rows.length === 0) return fail('table', describe(toGrid(range)[0] ?? []));
  return rows.map((row) => {
    const cells = row.filter((v) => !isBlank(v));
    if (cells.length !== 2 || !cells.every(isNumeric)) return fail('table', describe(row));
    return { min: readNumber(cells[0]), amountFen: readFen(cells[1]) };
  });
}

/** C-GRD-1 style bands from two columns, one lowest score and one label, in either order. */
export function readBands(range: unknown): Band[] {
  const rows = bodyRows(range);
  if (rows.length === 0) return fail('table', describe(toGrid(range)[0] ?? []));
  return rows.map((row) => {
    const cells = row.filter((v) => !isBlank(v));
    const numbers = cells.filter(isNumeric);
    const labels = cells.filter((v) => !isNumeric(v));
    if (cells.length !== 2 || numbers.length !== 1 || labels.length !== 1) return fail('table', describe(row));
    return { min: readNumber(numbers[0]), label: String(labels[0]).trim() };
  });
}
