import { describe, expect, it } from 'vitest';
import { rulesOf } from '../../../src/engine/rules/policy.js';
import { serviceKpi } from '../../../src/engine/presets/service-kpi.js';
import { monthWinners, streakBefore, streakPays } from '../../../src/engine/rules/rank-prizes.js';

const [RANK1_THREE, BEST] = rulesOf(serviceKpi, 'rank');

describe('C-BON-1 rank 1 three months running', () => {
  it.each([[1, false], [2, false], [3, true], [4, false], [6, true]])('a run of %i months pays: %s', (run, pays) => {
    expect(streakPays(run, RANK1_THREE.streakMonths)).toBe(pays);
  });

  it('counts the months in a row before this one', () => {
    const won = [true, true, false, true];
    expect(streakBefore((k) => won[k - 1] ?? false)).toBe(2);
  });
});

describe('month winners', () => {
  const c = (id: string, value: number | null, clean = true) => ({ id, value, clean, source: '' });
  it('equal top scores both win the best-agent prize', () => {
    expect(monthWinners(BEST, [c('A', 98), c('B', 98), c('C', 97)]).map((w) => [w.id, w.rank])).toEqual([['A', 1], ['B', 1]]);
  });

  it('no value or 0 never wins', () => {
    expect(monthWinners(BEST, [c('A', null), c('B', 0)])).toEqual([]);
  });

  it('top 60% of 5 agents is ranks 1–3; an unclean agent keeps its rank but does not win', () => {
    const rule = { ...BEST, topN: 0, topPercent: 60, requireClean: true };
    expect(monthWinners(rule, [c('A', 100), c('B', 100, false), c('C', 80), c('D', 70), c('E', 60)]).map((w) => w.id)).toEqual(['A', 'C']);
  });
});
