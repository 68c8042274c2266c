import { describe, expect, it } from 'vitest';
import { ruleOf } from '../../../src/engine/rules/policy.js';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';

const TEAM = ruleOf(outboundCenter, 'team')!;
import { type TeamMember, teamPrize } from '../../../src/engine/rules/teams.js';
import { emp } from '../builders.js';

const m = (id: string, team: string, successes: number, over: Partial<TeamMember> = {}, leader = false): TeamMember =>
  ({ employee: emp(id, { team, leader }), successes, metMonthly: true, blemishes: 0, source: `Calls!E${id}`, ...over });

describe('A-BON-3 team prize', () => {
  it('the top team by successes per head pays the leader 100 元 and each member 50 元', () => {
    const r = teamPrize([m('L1', 'T1', 900, {}, true), m('M1', 'T1', 900), m('L2', 'T2', 1000, {}, true),
      m('M2', 'T2', 700), m('N2', 'T2', 700)], TEAM);
    expect(r.teams.map((t) => [t.team, t.headcount, t.successes, t.perHead, t.rank, t.prize])).toEqual([
      ['T1', 2, 1800, 900, 1, true], ['T2', 3, 2400, 800, 2, false]]);
    expect(Object.fromEntries([...r.lines].map(([id, ls]) => [id, ls[0].amountFen]))).toEqual({ L1: 10000, M1: 5000 });
  });

  it.each([
    ['a member missed the monthly target', { metMonthly: false }],
    ['a member had a violation or complaint', { blemishes: 1 }],
  ])('no prize when %s', (_case, over) => {
    const r = teamPrize([m('L1', 'T1', 900, {}, true), m('M1', 'T1', 900, over), m('L2', 'T2', 100, {}, true)], TEAM);
    expect(r.lines.size).toBe(0);
    expect(r.teams[0].prize).toBe(false);
  });
});
