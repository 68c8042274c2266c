import { describe, expect, it } from 'vitest';
import { rankDescending, shareFen } from '../../../src/engine/month/ranking.js';

describe('rankDescending', () => {
  it('equal values share the better rank and the next rank skips', () => {
    const rows = rankDescending([['b', 90], ['a', 100], ['c', 90], ['d', 80]] as const, (r) => r[1], (r) => r[0]);
    expect(rows.map((r) => [r.item[0], r.rank])).toEqual([['a', 1], ['b', 2], ['c', 2], ['d', 4]]);
  });
});

describe('shareFen', () => {
  it.each([
    [5000, 2, [2500, 2500]],
    [5000, 3, [1667, 1667, 1666]],
    [10000, 1, [10000]],
  ])('%i fen among %i winners', (amount, n, expected) => {
    expect(shareFen(amount, n)).toEqual(expected);
  });
});
