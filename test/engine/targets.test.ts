import { describe, expect, it } from 'vitest';
import { groupActivity } from '../../src/engine/activity.js';
import { rulesOf, type TargetRule } from '../../src/engine/policy.js';
import { outboundCenter } from '../../src/engine/presets/outbound-center.js';

const TARGETS = rulesOf(outboundCenter, 'target');
import { assessTargets } from '../../src/engine/targets.js';
import type { CallRow } from '../../src/engine/types.js';
import { call, emp } from './builders.js';

const OCT = { first: '2026-10-01', last: '2026-10-31' };
const run = (calls: CallRow[], worked: string[], level: 'junior' | null = null, rules: TargetRule[] = TARGETS) =>
  assessTargets(emp('A1', { level }), groupActivity(calls).get('A1') ?? { days: new Map(), rows: [], timed: false },
    worked, OCT, rules, (d) => `Attendance!C${d}`);

describe('A-TGT-2 daily target: 45 successes or 100 connected', () => {
  it.each([
    ['45 successes meets it', 45, 0, 0],
    ['44 successes and 100 connected meets it', 44, 100, 0],
    ['44 successes and 99 connected misses it: −2 points', 44, 99, -2],
  ])('%s', (_n, successes, connected, points) => {
    const r = run([call('A1', '2026-10-08', successes, Math.max(connected, successes))], ['2026-10-08']);
    expect(r.lines.filter((l) => l.rule === 'A-TGT-2').reduce((s, l) => s + l.points, 0)).toBe(points);
  });

  it('a worked day without any call row misses it, sourced at the attendance row', () => {
    const r = run([], ['2026-10-09']);
    expect(r.lines.map((l) => [l.rule, l.points])).toEqual([['A-TGT-2', -2], ['A-TGT-1', -10]]);
    expect(r.lines[0].source).toBe('Attendance!C2026-10-09');
    expect(r.lines[1].source).toMatch(/^Roster!A\d+$/);
  });
});

describe('A-TGT-1 monthly target = 45 × days worked', () => {
  it.each([
    [89, -10, false],
    [90, 0, true],
  ])('%i successes over 2 days worked', (successes, points, met) => {
    const r = run([call('A1', '2026-10-08', 45, 100), call('A1', '2026-10-09', successes - 45, 100)], ['2026-10-08', '2026-10-09']);
    expect(r.monthlyTarget).toBe(90);
    expect(r.metMonthly).toBe(met);
    expect(r.lines.filter((l) => l.rule === 'A-TGT-1').reduce((s, l) => s + l.points, 0)).toBe(points);
  });

  it('the daily target per level overrides the default', () => {
    const rules = TARGETS.map((t) => (t.rule !== 'A-TGT-1' ? t
      : { ...t, metrics: [{ ...t.metrics[0], byLevel: { junior: 30, intermediate: 45, senior: 45 } }] }));
    const r = run([call('A1', '2026-10-08', 30, 100)], ['2026-10-08'], 'junior', rules);
    expect([r.monthlyTarget, r.metMonthly]).toEqual([30, true]);
  });
});
