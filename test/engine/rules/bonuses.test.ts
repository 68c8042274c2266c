import { describe, expect, it } from 'vitest';
import { groupActivity } from '../../../src/engine/month/activity.js';
import { callRowsOf } from '../../../src/engine/read/sources/call-store.js';
import { type Agent, boardSundays, firstToReach, tierBonus, weeklyBoard } from '../../../src/engine/rules/bonuses.js';
import { ruleOf, rulesOf } from '../../../src/engine/rules/policy.js';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';

const FIRSTS = ruleOf(outboundCenter, 'first')!.thresholds;
const TIERS = ruleOf(outboundCenter, 'tiers')!;
const BOARDS = rulesOf(outboundCenter, 'rank').filter((r) => r.period === 'week');
/** The three A-BON-4 boards (successes, improvement, dials) with their top N overridden. */
const boards = (top: number, improvement: number, dials: number) =>
  BOARDS.map((b, i) => ({ ...b, topN: [top, improvement, dials][i] }));
import type { CallRow } from '../../../src/engine/types.js';
import { call, emp } from '../builders.js';

const OCT = { first: '2026-10-01', last: '2026-10-31' };
function agents(ids: string[], calls: CallRow[]): Agent[] {
  const activity = groupActivity(callRowsOf(calls));
  return ids.map((id) => ({ employee: emp(id), activity: activity.get(id) ?? { days: new Map(), rows: [], timed: false } }));
}
const amounts = (lines: ReturnType<typeof firstToReach>) =>
  Object.fromEntries([...lines.entries()].map(([id, ls]) => [id, ls.map((l) => l.amountFen)]));

describe('A-BON-1 first to reach 50 and 100 successes', () => {
  it('two agents reaching 50 on the same day share the 50 元 prize', () => {
    const calls = [call('A', '2026-10-08', 30), call('A', '2026-10-09', 20), call('B', '2026-10-09', 50),
      call('C', '2026-10-08', 49), call('C', '2026-10-12', 60)];
    expect(amounts(firstToReach(agents(['A', 'B', 'C'], calls), FIRSTS, OCT)))
      .toEqual({ A: [2500], B: [2500], C: [10000] });
  });

  it('three sharing 50 元: 16.67 + 16.67 + 16.66, lines add up to the prize', () => {
    const calls = ['A', 'B', 'C'].map((id) => call(id, '2026-10-08', 50));
    expect(amounts(firstToReach(agents(['A', 'B', 'C'], calls), [FIRSTS[0]], OCT)))
      .toEqual({ A: [1667], B: [1667], C: [1666] });
  });

  it('with timestamps the earlier crossing wins alone', () => {
    const calls = [call('A', '2026-10-08', 50, 50, 50, '10:05'), call('B', '2026-10-08', 30, 30, 30, '09:30'),
      call('B', '2026-10-08', 20, 20, 20, '10:00')];
    const lines = firstToReach(agents(['A', 'B'], calls), [FIRSTS[0]], OCT);
    expect(amounts(lines)).toEqual({ B: [5000] });
    expect(lines.get('B')![0].source).toBe(calls[2].cells.successes);
  });

  it('49 successes never wins', () => {
    expect(amounts(firstToReach(agents(['A'], [call('A', '2026-10-08', 49)]), FIRSTS, OCT))).toEqual({});
  });
});

describe('A-BON-2 monthly tiers, highest only, full attendance required', () => {
  it.each([
    [1299, true, null],
    [1300, true, 3000],
    [1499, true, 3000],
    [1500, true, 6000],
    [1999, true, 6000],
    [2000, true, 30000],
    [2000, false, null],
  ])('%i successes, full attendance %s → %s fen', (successes, full, fen) => {
    expect(tierBonus(successes, 'Calls!E2:E30', full, TIERS)?.amountFen ?? null).toBe(fen);
  });
});

describe('A-BON-4 weekly board', () => {
  it('October 2026 pays the weeks ending on its four Sundays', () => {
    expect(boardSundays('2026-10')).toEqual(['2026-10-04', '2026-10-11', '2026-10-18', '2026-10-25']);
  });

  it('top 3 by dials win 20 元; ties at the cut-off all win; improvement needs a previous week with data', () => {
    const rules = boards(0, 0, 3);
    const calls = [
      call('A', '2026-10-13', 10, 10, 500), call('B', '2026-10-13', 10, 10, 400),
      call('C', '2026-10-14', 10, 10, 300), call('D', '2026-10-14', 10, 10, 300), call('E', '2026-10-15', 10, 10, 200),
    ];
    const lines = weeklyBoard(agents(['A', 'B', 'C', 'D', 'E'], calls), '2026-10', rules);
    expect(amounts(lines)).toEqual({ A: [2000], B: [2000], C: [2000], D: [2000] });
    expect(lines.get('A')![0].date).toBe('2026-10-18');
  });

  it('improvement over the previous week wins 10 元; the first week with data has no improvement prize', () => {
    const rules = boards(0, 1, 0);
    const calls = [call('A', '2026-10-06', 20), call('B', '2026-10-06', 30), call('A', '2026-10-13', 50), call('B', '2026-10-13', 35)];
    const lines = weeklyBoard(agents(['A', 'B'], calls), '2026-10', rules);
    expect(amounts(lines)).toEqual({ A: [1000] });
    expect(lines.get('A')![0].date).toBe('2026-10-18');
  });
});
