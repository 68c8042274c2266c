import { describe, expect, it } from 'vitest';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';
import { buildReport } from '../../../src/engine/report/report.js';
import type { AttendanceDay, CallRow, Employee, EventRow } from '../../../src/engine/types.js';
import { call, day, emp, event, leave, sources } from '../builders.js';

const OCT = '2026-10';
const report = (employees: Employee[], attendance: AttendanceDay[], calls: CallRow[] = [], events: EventRow[] = []) =>
  buildReport(sources({ employees, attendance, calls, events }), { month: OCT, policy: outboundCenter });
const one = (r: ReturnType<typeof report>, id = 'A1') => r.employees.find((e) => e.id === id)!;

/** A worked day that meets every target, so only the rule under test moves the score. */
const goodDay = (id: string, date: string) => [day(id, date, '09:00', '18:00'), call(id, date, 45, 100, 100)] as const;

describe('A-SCORE-1/2 score and pass mark', () => {
  const [d10, c10] = goodDay('A1', '2026-10-10');
  it('100 − 40 points = 60 passes', () => {
    const r = report([emp('A1')], [leave('A1', '2026-10-08', 'absent'), leave('A1', '2026-10-09', 'absent'), d10,
      leave('A1', '2026-10-12', 'personal', 1, false), leave('A1', '2026-10-13', 'personal', 1, false)], [c10]);
    expect([one(r).score, one(r).flags]).toEqual([60, []]);
  });

  it('100 − 41 points = 59 fails: first failed month is a warning', () => {
    const r = report([emp('A1')], [leave('A1', '2026-10-08', 'absent'), leave('A1', '2026-10-09', 'absent'), d10,
      leave('A1', '2026-10-12', 'personal', 1, false)], [c10], [event('A1', '2026-10-10', 'A-ATT-6', 3)]);
    expect([one(r).score, one(r).flags]).toEqual([59, ['warning']]);
  });

  it('a second failed month in a row recommends dismissal', () => {
    const [s1, sc1] = goodDay('A1', '2026-09-15');
    const [o1, oc1] = goodDay('A1', '2026-10-15');
    const r = report([emp('A1')], [s1, o1], [sc1, oc1],
      [event('A1', '2026-09-15', 'A-ATT-6', 21), event('A1', '2026-10-15', 'A-ATT-6', 21)]);
    expect([one(r).score, one(r).flags]).toEqual([58, ['dismissal-recommended']]);
  });
});

describe('pay: base salary + seniority + bonuses − fines, never below 0', () => {
  it('lines add up to the totals', () => {
    const [d, c] = goodDay('A1', '2026-10-08');
    const late = day('A1', '2026-10-09', '09:07', '18:00');
    const r = report([emp('A1', { baseSalaryFen: 300000, seniorityFen: 20000 })], [d, late],
      [c, call('A1', '2026-10-09', 45, 100)], [event('A1', '2026-10-09', 'A-BON-4')]);
    const e = one(r);
    // Alone on the board: first to 50 (50 元), weekly successes top 10 (10 元) and dials top 3 (20 元).
    expect(e.lines.map((l) => [l.rule, l.kind, l.amountFen])).toEqual([
      ['A-PAY', 'base', 300000], ['A-PAY', 'base', 20000], ['A-ATT-1', 'fine', -700], ['A-BON-4', 'bonus', 2000],
      ['A-BON-1', 'bonus', 5000], ['A-BON-4', 'bonus', 1000], ['A-BON-4', 'bonus', 2000],
    ]);
    expect([e.finesFen, e.bonusesFen, e.payoutFen]).toEqual([700, 10000, 329300]);
  });

  it('fines beyond the pay floor at 0 with an adjustment line', () => {
    const r = report([emp('A1', { baseSalaryFen: 5000 })], [leave('A1', '2026-10-08', 'absent')]);
    const e = one(r);
    expect([e.finesFen, e.payoutFen]).toEqual([10000, 0]);
    expect(e.lines.at(-1)).toMatchObject({ rule: 'A-PAY', kind: 'adjustment', amountFen: 5000 });
  });
});

describe('ranking, excellent and new hires', () => {
  it('ties share a rank; the top 60% with a clean month are excellent', () => {
    const ids = ['A', 'B', 'C', 'D', 'E'];
    const calls = [call('A', '2026-10-08', 100), call('B', '2026-10-08', 100), call('C', '2026-10-08', 80),
      call('D', '2026-10-08', 70), call('E', '2026-10-08', 60)];
    const r = report(ids.map((id) => emp(id)), [], calls, [event('B', '2026-10-08', 'COMPLAINT')]);
    expect(r.ranking.map((x) => [x.rank, x.id, x.value])).toEqual([[1, 'A', 100], [1, 'B', 100], [3, 'C', 80], [4, 'D', 70], [5, 'E', 60]]);
    expect(ids.filter((id) => one(r, id).flags.includes('excellent'))).toEqual(['A', 'C']);
  });

  it.each([
    [1599, ['dismissal-recommended']],
    [1600, []],
  ])('a new hire with %i dials in the first week', (dials, flags) => {
    const r = report([emp('N1', { hireDate: '2026-10-12' })], [],
      [call('N1', '2026-10-12', 0, 0, dials - 100), call('N1', '2026-10-18', 0, 0, 100), call('N1', '2026-10-19', 0, 0, 900)]);
    expect(one(r, 'N1').flags).toEqual(flags);
  });

  it('three absences within 12 months recommend dismissal', () => {
    const r = report([emp('A1')], [leave('A1', '2026-08-03', 'absent'), leave('A1', '2026-09-01', 'absent'),
      leave('A1', '2026-10-08', 'absent'), day('A1', '2026-10-09', '09:00', '18:00')],
    [call('A1', '2026-10-09', 45, 100)]);
    expect(one(r).flags).toContain('dismissal-recommended');
    expect(one(r).score).toBe(85);
  });
});

describe('issues', () => {
  it('an unknown event code is a blocking issue naming the cell', () => {
    const e = event('A1', '2026-10-08', 'X-99');
    const r = report([emp('A1')], [], [], [e]);
    expect(r.blocking).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.row, i.value, i.cell])).toEqual([
      ['no-call-data', 'warning', null, '2026-10', null], ['unknown-event-code', 'error', e.row, 'X-99', e.cells.code]]);
  });
});

describe('events counted by week and absences as violations', () => {
  it('a best-service pick on Wednesday 30 September is paid in October, the month of its week\'s Sunday', () => {
    const pick = event('A1', '2026-09-30', 'A-BON-4');
    const oct = report([emp('A1')], [], [], [pick]);
    const sep = buildReport(sources({ employees: [emp('A1')], events: [pick] }), { month: '2026-09', policy: outboundCenter });
    expect(one(oct).lines.map((l) => [l.rule, l.date, l.amountFen])).toEqual([['A-BON-4', '2026-09-30', 2000]]);
    expect(one(sep).lines).toEqual([]);
  });

  it('an absence bars the excellent flag', () => {
    const r = report([emp('A'), emp('B')], [leave('A', '2026-10-08', 'absent'), day('A', '2026-10-09', '09:00', '18:00'),
      day('B', '2026-10-08', '09:00', '18:00'), day('B', '2026-10-09', '09:00', '18:00')],
    [call('A', '2026-10-09', 100), call('B', '2026-10-09', 50)]);
    expect([one(r, 'A').flags, one(r, 'B').flags]).toEqual([[], []]);
    expect(r.ranking.map((x) => x.id)).toEqual(['A', 'B']);
  });
});

describe('policy faults are thrown with cause code bad-policy, never guessed', () => {
  const broken = (rules: typeof outboundCenter.rules) => () =>
    buildReport(sources({ employees: [emp('A1')] }), { month: OCT, policy: { ...outboundCenter, rules } });
  it.each([
    ['a target on an unknown metric', [{ ...outboundCenter.rules[2], metrics: [{ metric: 'nope', value: 1, byLevel: null }] }]],
    ['a status rule on a target the policy lacks', outboundCenter.rules.filter((r) => r.kind === 'status').slice(-1).map((r) => (r.kind === 'status'
      ? { ...r, when: [{ ...r.when[0], measure: 'target:B-TGT-9' }] } : r))],
  ])('%s', (_n, rules) => {
    expect(broken(rules as typeof outboundCenter.rules)).toThrowError(expect.objectContaining({ cause: expect.objectContaining({ code: 'bad-policy' }) }));
  });
});

describe('a month without any call rows', () => {
  it('does not assess the call targets (no data is not zero calls) and says so once', () => {
    const r = report([emp('A1'), emp('A2')], [day('A1', '2026-10-08', '09:07', '18:00'), day('A2', '2026-10-08', '09:00', '18:00')]);
    expect(r.employees.map((e) => [e.id, e.score, e.finesFen, e.lines.map((l) => l.rule)])).toEqual([
      ['A1', 100, 700, ['A-ATT-1', 'A-PAY']], ['A2', 100, 0, []]]); // A-PAY: no base salary, pay floored at 0
    expect(r.issues.map((i) => [i.code, i.severity, i.sheet, i.value])).toEqual([['no-call-data', 'warning', 'Calls', '2026-10']]);
  });

  it('one agent without calls while others have some still misses the targets', () => {
    const r = report([emp('A1'), emp('A2')], [day('A1', '2026-10-08', '09:00', '18:00'), day('A2', '2026-10-08', '09:00', '18:00')],
      [call('A2', '2026-10-08', 45, 100)]);
    expect(one(r, 'A1').lines.map((l) => [l.rule, l.points])).toEqual([['A-TGT-2', -2], ['A-TGT-1', -10]]);
    expect(r.issues).toEqual([]);
  });
});
