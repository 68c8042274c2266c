// Pure formula cores: tier lookup, commission cap, proration, weighted KPI score, grade bands, late fine.
import { describe, expect, it } from 'vitest';
import {
  bandFor, commissionFen, fenToYuan, kpiScore, lateFineFen, meetsAnyTarget, prorateFen, roundHalfUp,
  tierAmountFen, yuanToFen, type KpiItem,
} from '../../../src/engine/rules/formulas.js';

describe('roundHalfUp and yuan/fen', () => {
  it.each([
    ['2.5 rounds up to 3', 2.5, 3],
    ['2.4999 rounds down to 2', 2.4999, 2],
    ['-2.5 rounds away from zero to -3', -2.5, -3],
    ['127272.7272 rounds to 127273', 127272.7272, 127273],
  ])('%s', (_name, value, expected) => {
    expect(roundHalfUp(value)).toBe(expected);
  });

  it.each([
    ['1.005 元 is 101 fen despite binary noise', 1.005, 101],
    ['1272.73 元 is 127273 fen', 1272.73, 127273],
    ['0.1 + 0.2 元 is 30 fen', 0.1 + 0.2, 30],
  ])('%s', (_name, yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });

  it('fen back to yuan keeps 2 decimals', () => {
    expect(fenToYuan(127273)).toBe(1272.73);
  });
});

describe('lateFineFen (A-ATT-1, A-ATT-2)', () => {
  it.each([
    ['on time costs nothing', 0, 0],
    ['late 7 minutes at 1 元 a minute is 7 元', 7, 700],
    ['late exactly 60 minutes is still the per-minute fine', 60, 6000],
    ['late by 61 minutes counts as absence, not a per-minute fine', 61, 10000],
  ])('%s', (_name, minutes, fen) => {
    expect(lateFineFen(minutes, 100, 60, 10000)).toBe(fen);
  });
  it('a fraction of a minute is dropped, so the fine stays whole fen: 7.5 minutes at 0.33 元 is 2.31 元', () => {
    expect(lateFineFen(7.5, 33, 60, 10000)).toBe(231);
  });
});

describe('meetsAnyTarget (A-TGT-2 any-of)', () => {
  it.each([
    ['45 successes meet the day even with 0 connected', [45, 0], true],
    ['100 connected meet the day even with 0 successes', [0, 100], true],
    ['44 successes and 99 connected meet neither', [44, 99], false],
  ])('%s', (_name, values, met) => {
    expect(meetsAnyTarget(values as number[], [45, 100])).toBe(met);
  });
});

describe('tierAmountFen (A-BON-2 highest tier only)', () => {
  const tiers = [{ min: 1300, amountFen: 3000 }, { min: 2000, amountFen: 30000 }, { min: 1500, amountFen: 6000 }];
  it.each([
    ['1299 successes reach no tier', 1299, 0],
    ['1300 successes reach the 30 元 tier', 1300, 3000],
    ['1499 successes stay on the 30 元 tier', 1499, 3000],
    ['1500 successes pay 60 元, not 60 + 30', 1500, 6000],
    ['1999 successes stay on the 60 元 tier', 1999, 6000],
    ['2000 successes pay only the 300 元 tier', 2000, 30000],
    ['5000 successes pay the top tier once', 5000, 30000],
  ])('%s', (_name, value, fen) => {
    expect(tierAmountFen(value, tiers)).toBe(fen);
  });

  it('an empty table pays nothing', () => {
    expect(tierAmountFen(9999, [])).toBe(0);
  });
});

describe('commissionFen (B-COM-1)', () => {
  it.each([
    ['3 appointments at 10 元 each is 30 元', 3, 1000, null, 3000],
    ['2 opportunities at 100 元 each is 200 元', 2, 10000, null, 20000],
    ['1% of 99,999 元 is 999.99 元, under the cap', 9_999_900, 0.01, 100_000, 99_999],
    ['1% of 100,000 元 is exactly the 1000 元 cap', 10_000_000, 0.01, 100_000, 100_000],
    ['1% of 150,000 元 is capped at 1000 元', 15_000_000, 0.01, 100_000, 100_000],
    ['1% of 123.45 元 rounds 123.45 fen to 123 fen', 12_345, 0.01, null, 123],
    ['1% of 123.50 元 rounds 123.5 fen up to 124 fen', 12_350, 0.01, null, 124],
  ])('%s', (_name, base, rate, cap, fen) => {
    expect(commissionFen(base, rate, cap)).toBe(fen);
  });
});

describe('prorateFen (B-PAY-1)', () => {
  it.each([
    ['1400 元 × 20/22 is 1272.73 元', 140_000, 20, 22, 127_273],
    ['1400 元 × 21.5/22 is 1368.18 元', 140_000, 21.5, 22, 136_818],
    ['a full month pays the whole amount', 140_000, 22, 22, 140_000],
    ['no day attended pays nothing', 140_000, 0, 22, 0],
  ])('%s', (_name, amount, attended, expected, fen) => {
    expect(prorateFen(amount, attended, expected)).toBe(fen);
  });

  it('0 expected days is a configuration fault with code bad-argument', () => {
    expect(() => prorateFen(140_000, 20, 0)).toThrowError(expect.objectContaining({ cause: { code: 'bad-argument' } }));
  });
});

describe('kpiScore (C-KPI-1)', () => {
  const item = (value: number, target: number, weight: number, lowerIsBetter = false): KpiItem =>
    ({ value, target, weight, lowerIsBetter });
  it.each([
    ['every item exactly on target scores 100', [item(100, 100, 30), item(30, 30, 30), item(10, 10, 40)], 100],
    ['over target is capped at the weight', [item(150, 100, 30), item(5, 10, 70)], 65],
    ['87% of a 30-point item scores 26.1', [item(87, 100, 30)], 26.1],
    ['2 of 3 on a 10-point item scores 6.67', [item(2, 3, 10)], 6.67],
    ['response 40 s against 40 s scores full', [item(40, 40, 5, true)], 5],
    ['response 50 s against 40 s scores 3.75 of 5', [item(50, 40, 5, true)], 3.75],
    ['response 80 s (twice the target) scores 0', [item(80, 40, 5, true)], 0],
    ['a negative value scores 0, not below', [item(-5, 10, 10)], 0],
  ])('%s', (_name, items, score) => {
    expect(kpiScore(items)).toBe(score);
  });

  it('a zero target is a configuration fault', () => {
    expect(() => kpiScore([item(1, 0, 10)])).toThrowError(expect.objectContaining({ cause: { code: 'bad-argument' } }));
  });
});

describe('bandFor (C-GRD-1 default bands)', () => {
  it.each([
    ['100 is A', 100, 'A'],
    ['95 is A', 95, 'A'],
    ['94 is B', 94, 'B'],
    ['94.99 is still B', 94.99, 'B'],
    ['80 is B', 80, 'B'],
    ['79 is C', 79, 'C'],
    ['65 is C', 65, 'C'],
    ['64 is D', 64, 'D'],
    ['60 is D', 60, 'D'],
    ['59 is E', 59, 'E'],
    ['0 is E', 0, 'E'],
  ])('%s', (_name, score, grade) => {
    expect(bandFor(score)).toBe(grade);
  });

  it('custom bands without a floor give null below the lowest band', () => {
    expect(bandFor(69, [{ min: 90, label: 'senior' }, { min: 70, label: 'junior' }])).toBeNull();
    expect(bandFor(70, [{ min: 90, label: 'senior' }, { min: 70, label: 'junior' }])).toBe('junior');
  });
});
