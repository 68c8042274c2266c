import { describe, expect, it } from 'vitest';
import { assessAttendance } from '../../../src/engine/rules/attendance.js';
import { makeCalendar } from '../../../src/engine/month/calendar.js';
import { ruleOf } from '../../../src/engine/rules/policy.js';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';
import type { AttendanceDay } from '../../../src/engine/types.js';
import { day, emp, leave } from '../builders.js';

const isWorkday = makeCalendar(outboundCenter.calendar, null);
const RULES = ruleOf(outboundCenter, 'attendance')!;
const THU = '2026-10-08';
const SUN = '2026-10-11';

function run(days: AttendanceDay[], coveredWorkdays: string[] = [], hireDate: string | null = null) {
  return assessAttendance({ employee: emp('A1', { hireDate }), days, rules: RULES, isWorkday,
    coveredWorkdays, sheet: 'Attendance', column: (field) => ({ clockIn: 'Clock in', clockOut: 'Clock out', date: 'Date' })[field] ?? field });
}
const brief = (r: ReturnType<typeof run>) => r.lines.map((l) => [l.rule, l.amountFen, l.points, l.source]);

describe('A-ATT-1/2 lateness and early leave on a two-punch day', () => {
  it.each([
    ['09:00 exactly is on time', '09:00', '18:00', []],
    ['09:07 is 7 minutes late: 7 元', '09:07', '18:00', [['A-ATT-1', -700, 0, 'C']]],
    ['09:07:59 is still 7 whole minutes', '09:07:59', '18:00', [['A-ATT-1', -700, 0, 'C']]],
    ['late by 60 minutes is a 60 元 per-minute fine', '10:00', '18:00', [['A-ATT-1', -6000, 0, 'C']]],
    ['late by 61 minutes counts as absence, not a per-minute fine', '10:01', '18:00', [['A-ATT-5', -10000, -15, 'C']]],
    ['leaving at 17:45 is 15 minutes early: 15 元', '09:00', '17:45', [['A-ATT-1', -1500, 0, 'D']]],
    ['late and early on one day are two lines', '09:03', '17:58', [['A-ATT-1', -300, 0, 'C'], ['A-ATT-1', -200, 0, 'D']]],
    ['late by 61 minutes also drops that day\'s early-leave fine', '10:01', '17:00', [['A-ATT-5', -10000, -15, 'C']]],
  ])('%s', (_name, inAt, outAt, expected) => {
    const d = day('A1', THU, inAt, outAt);
    expect(brief(run([d]))).toEqual(expected.map(([rule, fen, pts, col]) => [rule, fen, pts, `Attendance!${col}${d.row}`]));
  });

  it('days given out of order are assessed by date (then sheet row), as are days in order', () => {
    const fri = day('A1', '2026-10-09', '09:05', '18:00');
    const thu = day('A1', THU, '09:02', '18:00');
    const expected = [['A-ATT-1', -200, 0, `Attendance!C${thu.row}`], ['A-ATT-1', -500, 0, `Attendance!C${fri.row}`]];
    expect(brief(run([fri, thu]))).toEqual(expected);
    expect(brief(run([thu, fri]))).toEqual(expected);
  });

  it('four punches are measured against 09:00, 12:00, 13:30 and 18:00', () => {
    const d = day('A1', THU, '09:00', '18:00', { noon: ['11:50', '13:40'] });
    expect(brief(run([d]))).toEqual([
      ['A-ATT-1', -1000, 0, `Attendance!F${d.row}`],
      ['A-ATT-1', -1000, 0, `Attendance!E${d.row}`],
    ]);
  });

  it('a punch on a day off is not measured against the schedule', () => {
    const r = run([day('A1', SUN, '10:30', '15:00')]);
    expect(r.lines).toEqual([]);
    expect(r.workedDates).toEqual([SUN]);
  });

  it('half-day leave: an afternoon arrival is measured against 13:30', () => {
    const d = day('A1', THU, '13:35', '18:00', { leaveType: 'personal', leaveDays: 0.5 });
    expect(brief(run([d]))).toEqual([['A-ATT-1', -500, 0, `Attendance!C${d.row}`]]);
  });
});

describe('A-ATT-3/4 leave', () => {
  it('unreported leave costs 20 元 and 5 points per occurrence', () => {
    const d = leave('A1', THU, 'personal', 1, false);
    expect(brief(run([d]))).toEqual([['A-ATT-3', -2000, -5, `Attendance!I${d.row}`]]);
  });

  const restDays = (n: number) => {
    const dates = ['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'];
    const rows: AttendanceDay[] = [];
    for (let left = n, i = 0; left > 0; left -= 1, i++) rows.push(leave('A1', dates[i], i % 2 ? 'personal' : 'rest', Math.min(1, left)));
    return rows;
  };
  it.each([
    [4, 0, true],
    [4.5, -2500, false],
    [5, -5000, false],
  ])('%s days of rest/personal leave: A-ATT-4 fines %i fen', (n, fen, full) => {
    const r = run(restDays(n));
    expect(r.lines.filter((l) => l.rule === 'A-ATT-4').reduce((s, l) => s + l.amountFen, 0)).toBe(fen);
    expect(r.fullAttendance).toBe(full);
  });

  it('statutory leave (婚假) does not count toward the allowance', () => {
    const rows = [leave('A1', '2026-10-19', 'marriage'), leave('A1', '2026-10-20', 'marriage'), ...restDays(4)];
    const r = run(rows);
    expect(r.lines).toEqual([]);
    expect(r.leaveDays).toBe(4);
  });
});

describe('A-ATT-5 absence', () => {
  it('an absence record costs 100 元 and 15 points', () => {
    const d = leave('A1', THU, 'absent');
    expect(brief(run([d]))).toEqual([['A-ATT-5', -10000, -15, `Attendance!G${d.row}`]]);
  });

  it('a workday row with no punch and no leave is an absence', () => {
    const d = day('A1', THU, null, null);
    const r = run([d]);
    expect(brief(r)).toEqual([['A-ATT-5', -10000, -15, `Attendance!C${d.row}`]]);
    expect(r.absences).toBe(1);
  });

  it('one missing punch is listed for HR review, not fined', () => {
    const d = day('A1', THU, '09:00', null);
    const r = run([d]);
    expect(r.lines).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.severity, i.row, i.column, i.cell])).toEqual([['missing-punch', 'warning', d.row, 'Clock out', `Attendance!D${d.row}`]]);
    expect(r.workedDates).toEqual([THU]);
  });

  it('a covered workday without any row is an absence from the hire date on', () => {
    const r = run([day('A1', THU, '09:00', '18:00')], [THU, '2026-10-09', '2026-10-10'], '2026-10-09');
    expect(r.lines.map((l) => [l.rule, l.date, l.amountFen])).toEqual([['A-ATT-5', '2026-10-09', -10000], ['A-ATT-5', '2026-10-10', -10000]]);
    expect(r.issues.map((i) => [i.code, i.row, i.column, i.value])).toEqual([
      ['absence-assumed', null, 'Date', '2026-10-09'], ['absence-assumed', null, 'Date', '2026-10-10']]);
    expect(r.fullAttendance).toBe(false);
  });
});
