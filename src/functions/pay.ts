// Money and score cell functions: TIER_BONUS, COMMISSION, PRORATE, KPI_SCORE, GRADE (amounts in 元, fen inside).
import {
  bandFor, commissionFen, DEFAULT_GRADE_BANDS, fenToYuan, kpiScore, prorateFen, tierAmountFen,
  type KpiItem,
} from '../engine/rules/formulas.js';
import { elementwise, fail, guard, guardAll, isBlank, toGrid, type Out } from './grid.js';
import { readTiers, readBands } from './tables.js';
import { readFen, readFenOr, readNonNegative, readNumber } from './values.js';

/** TIER_BONUS(value, tiers): 元 of the highest tier the value reaches (A-BON-2). */
export function tierBonus(value: unknown, tiers: unknown): Out | Out[][] {
  return guardAll(() => {
    const table = readTiers(tiers);
    return elementwise([value], ([v]) => fenToYuan(tierAmountFen(readNumber(v), table)));
  });
}

/** COMMISSION(units_or_amount, rate_or_per_unit, [cap]): base × rate in 元, rounded to the fen, capped (B-COM-1). */
export function commission(base: unknown, rate: unknown, cap?: unknown): Out | Out[][] {
  return elementwise([base, rate, cap], ([b, r, c]) => {
    const capFen = isBlank(c) ? null : readFenOr(c, 0);
    if (capFen !== null && capFen < 0) fail('number', c);
    // Per unit (units × 元) and percent (元 × fraction) are the same product; × 100 turns 元 into fen.
    return fenToYuan(commissionFen(readNumber(b), readNumber(r) * 100, capFen));
  });
}

/** PRORATE(amount, days_attended, days_expected): 元 × attended ÷ expected, rounded to the fen (B-PAY-1). */
export function prorate(amount: unknown, attended: unknown, expected: unknown): Out | Out[][] {
  return elementwise([amount, attended, expected], ([a, d, e]) => {
    const days = readNonNegative(d);
    const of = readNumber(e);
    if (!(of > 0)) fail('number', e);
    return fenToYuan(prorateFen(readFen(a), days, of));
  });
}

/** A target cell: a number, or text like '<=40' / '≤40' for lower-is-better items (C-KPI-1 response time). */
function readTarget(value: unknown): { target: number; lowerIsBetter: boolean } {
  const m = typeof value === 'string' ? /^\s*(<=|≤)\s*(.+)$/.exec(value) : null;
  const target = readNumber(m ? m[2] : value);
  if (!(target > 0)) fail('number', value);
  return { target, lowerIsBetter: m !== null };
}

/** The row of a per-row table: the only row when it has one, else row r; rows must match the values. */
function rowOf(grid: unknown[][], r: number, rows: number): unknown[] {
  if (grid.length === 1) return grid[0];
  if (grid.length !== rows) return fail('shape');
  return grid[r];
}

/** KPI_SCORE(values, targets, weights): one weighted score per row of values (C-KPI-1), 0.01 point precision. */
export function kpiScoreRows(values: unknown, targets: unknown, weights: unknown): Out | Out[][] {
  return guardAll(() => {
    const valueGrid = toGrid(values);
    const targetGrid = toGrid(targets);
    const weightGrid = toGrid(weights);
    const rows = valueGrid.length;
    const scores = valueGrid.map((row, r): Out => {
      if (row.every(isBlank)) return '';
      return guard(() => {
        const targetRow = rowOf(targetGrid, r, rows);
        const weightRow = rowOf(weightGrid, r, rows);
        if (targetRow.length !== row.length || weightRow.length !== row.length) fail('shape');
        const items: KpiItem[] = row.map((v, k) => {
          if (isBlank(v)) fail('missing', `#${k + 1}`);
          return { value: readNumber(v), weight: readNonNegative(weightRow[k]), ...readTarget(targetRow[k]) };
        });
        return kpiScore(items);
      });
    });
    return Array.isArray(values) && rows > 1 ? scores.map((s) => [s]) : scores[0];
  });
}

/** GRADE(score, [bands]): the band label of each score; default bands A/B/C/D/E of C-GRD-1. */
export function grade(score: unknown, bands?: unknown): Out | Out[][] {
  return guardAll(() => {
    const table = isBlank(bands) ? DEFAULT_GRADE_BANDS : readBands(bands);
    return elementwise([score], ([s]) => bandFor(readNumber(s), table) ?? '');
  });
}
