import { describe, expect, it } from 'vitest';
import { groupActivity } from '../../../src/engine/month/activity.js';
import { callRowsOf } from '../../../src/engine/read/sources/call-store.js';
import { makeCalendar } from '../../../src/engine/month/calendar.js';
import { KpiIndex } from '../../../src/engine/rules/metrics.js';
import { rulesOf, type TargetRule } from '../../../src/engine/rules/policy.js';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';
import { serviceKpi } from '../../../src/engine/presets/service-kpi.js';
import { telesalesTeam } from '../../../src/engine/presets/telesales-team.js';

const TARGETS = rulesOf(outboundCenter, 'target');
import { assessTargets } from '../../../src/engine/rules/targets.js';
import type { CallRow } from '../../../src/engine/types.js';
import { call, emp } from '../builders.js';

const OCT = { first: '2026-10-01', last: '2026-10-31' };
const run = (calls: CallRow[], worked: string[], level: 'junior' | null = null, rules: TargetRule[] = TARGETS) =>
  assessTargets(emp('A1', { level }), groupActivity(callRowsOf(calls)).get('A1') ?? { days: new Map(), rows: [], timed: false },
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

describe('B-TGT-2 weekly target: 90% of daily × workdays, 100 元 off performance pay, 80% back when the month is met', () => {
  const base = rulesOf(telesalesTeam, 'target').find((t) => t.rule === 'B-TGT-2')!;
  // Junior contacts target raised to 200 a day so a 5-workday week is 1000 and 89.9% is a whole number (899).
  const rule: TargetRule = { ...base, metrics: [{ ...base.metrics[0], byLevel: { junior: 200, intermediate: 200, senior: 200 } },
    { ...base.metrics[1], byLevel: { junior: 200, intermediate: 200, senior: 200 } }] };
  const isWorkday = makeCalendar(telesalesTeam.calendar, null);
  const ctx = { kpi: new KpiIndex([], []), kpiColumns: [], month: '2026-10', isWorkday, fixedPayFen: 0, missedBefore: () => 0 };
  const contacts = (id: string, date: string, n: number) => ({ ...call(id, date, 0), contacts: n });
  const weekOf = (monday: string, total: number) => {
    const days = [0, 1, 2, 3, 4].map((k) => `${monday.slice(0, 8)}${String(+monday.slice(8) + k).padStart(2, '0')}`);
    return days.map((d, k) => contacts('A1', d, k === 0 ? total - 4 * Math.floor(total / 5) : Math.floor(total / 5)));
  };
  const run = (hire: string, calls: CallRow[]) => assessTargets(emp('A1', { level: 'junior', hireDate: hire }),
    groupActivity(callRowsOf(calls)).get('A1')!, [], OCT, [rule], () => '', ctx);
  const cash = (r: ReturnType<typeof run>) => r.lines.map((l) => [l.date, l.kind, l.amountFen]);

  it.each([
    ['899 of 1000 (89.9%) costs 100 元', 899, [['2026-10-31', 'fine', -10000]]],
    ['900 of 1000 (90%) meets the week', 900, []],
  ])('%s', (_n, total, expected) => {
    expect(cash(run('2026-10-26', weekOf('2026-10-26', total)))).toEqual(expected);
  });

  it('a missed week is 80% refunded when the month reaches its 2000 target', () => {
    const r = run('2026-10-19', [...weekOf('2026-10-19', 899), ...weekOf('2026-10-26', 1101)]);
    expect(cash(r)).toEqual([['2026-10-25', 'fine', -10000], [null, 'adjustment', 8000]]);
    expect(r.months.get('B-TGT-2')).toMatchObject({ actual: [2000, 0], target: [2000, 2000], percent: 100, met: true });
  });

  it('1999 of the month\'s 2000 refunds nothing', () => {
    const r = run('2026-10-19', [...weekOf('2026-10-19', 899), ...weekOf('2026-10-26', 1100)]);
    expect(cash(r)).toEqual([['2026-10-25', 'fine', -10000]]);
    expect(r.months.get('B-TGT-2')!.met).toBe(false);
  });
});

describe('C-PEN-1 consecutive-month ladder on a KPI metric', () => {
  const sat = rulesOf(serviceKpi, 'target').find((t) => t.rule === 'C-PEN-1' && t.metrics[0].metric === 'satisfaction')!;
  const kpiRow = { id: 'A1', month: '2026-10', metrics: { 满意度: 79.9 }, row: 2, cells: { 满意度: 'KPI!C2' } };
  const run = (before: number, satisfaction = 79.9) => assessTargets(emp('A1'), { days: new Map(), rows: [], timed: false }, [], OCT,
    [sat], () => '', { kpi: new KpiIndex([{ ...kpiRow, metrics: { 满意度: satisfaction } }], serviceKpi.kpiColumns),
      kpiColumns: serviceKpi.kpiColumns, month: '2026-10', isWorkday: () => true, fixedPayFen: 400000, missedBefore: () => before });

  it.each([
    ['first month under 80%: warning and 5% of 4000 元', 0, -20000, ['warning']],
    ['second month in a row: 10%', 1, -40000, []],
    ['third month in a row: 20% and reassign', 2, -80000, ['reassign']],
    ['fourth month stays on the last step', 3, -80000, ['reassign']],
  ])('%s', (_n, before, fen, flags) => {
    const r = run(before);
    expect([r.lines.map((l) => [l.amountFen, l.source]), [...r.flags]]).toEqual([[[fen, 'KPI!C2']], flags]);
  });

  it('80% exactly is not under 80%', () => {
    expect(run(2, 80).lines).toEqual([]);
  });
});
