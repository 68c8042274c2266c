import { describe, expect, it } from 'vitest';
import { rankDescending, shareFen, topRanked } from '../../../src/engine/month/ranking.js';

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

describe('topRanked', () => {
  const items = [['a', 5], ['b', 9], ['c', 7], ['d', 9], ['e', 7], ['f', 1], ['g', 7]] as const;
  const top = (n: number) => topRanked(items, (r) => r[1], (r) => r[0], n).map((r) => `${r.item[0]}${r.rank}`);

  it.each([
    [0, []],
    [1, ['b1', 'd1']],
    [2, ['b1', 'd1']],
    [3, ['b1', 'd1', 'c3', 'e3', 'g3']],
    [5, ['b1', 'd1', 'c3', 'e3', 'g3']],
    [6, ['b1', 'd1', 'c3', 'e3', 'g3', 'a6']],
    [7, ['b1', 'd1', 'c3', 'e3', 'g3', 'a6', 'f7']],
    [9, ['b1', 'd1', 'c3', 'e3', 'g3', 'a6', 'f7']],
  ])('top %i: every item ranked that well, ties at the cut-off included', (n, expected) => {
    expect(top(n)).toEqual(expected);
  });
});
