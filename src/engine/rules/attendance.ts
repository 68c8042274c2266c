// The attendance rule kind (A-ATT-1…5, B-ATT-1) over one agent's days of one month: lateness, early leave, leave, absence.
import { earlyMinutes, lateMinutes } from './attendance-minutes.js';
import type { IsWorkday } from '../month/calendar.js';
import { fieldLabel } from '../read/aliases.js';
import { hhmmSeconds } from '../read/dates.js';
import { roundHalfUp } from './formulas.js';
import { clock, line } from '../month/lines.js';
import { makeIssue } from '../messages.js';
import type { AttendanceRule } from './policy.js';
import type { AttendanceDay, Employee, Issue, LeaveType, Line } from '../types.js';

type Rules = AttendanceRule;

/** What the rule's parameters come to, worked out once per rule object rather than once per agent. */
interface RuleConstants {
  /** the schedule's segments, seconds after midnight */
  segments: { start: number; end: number }[];
  counted: Set<LeaveType>;
  /** B-ATT-1 point steps, highest minimum first */
  ladder: Rules['latePoints'];
}

const CONSTANTS = new WeakMap<Rules, RuleConstants>();
const PAID = new WeakMap<readonly LeaveType[], Set<LeaveType>>();
const NO_LEAVE: Set<LeaveType> = new Set();

function constantsOf(rules: Rules): RuleConstants {
  let c = CONSTANTS.get(rules);
  if (c === undefined) {
    c = { segments: rules.segments.map((s) => ({ start: hhmmSeconds(s.start), end: hhmmSeconds(s.end) })),
      counted: new Set(rules.countedLeave), ladder: [...rules.latePoints].sort((a, b) => b.minMinutes - a.minMinutes) };
    CONSTANTS.set(rules, c);
  }
  return c;
}

function paidSet(leave: readonly LeaveType[] | undefined): Set<LeaveType> {
  if (leave === undefined) return NO_LEAVE;
  let set = PAID.get(leave);
  if (set === undefined) PAID.set(leave, set = new Set(leave));
  return set;
}

/** An arrival punch and its due time (seconds after midnight), with whole minutes late (0 when on time). */
/** A punch measured against the schedule; `cell` names its field in the day's cells, whose address a line cites. */
type Punch = 'clockIn' | 'clockOut' | 'noonOut' | 'noonIn';
interface Arrival { at: number; start: number; cell: Punch; minutes: number }

export interface AttendanceInput {
  employee: Employee;
  /** the agent's rows of the month, any order */
  days: AttendanceDay[];
  rules: Rules;
  isWorkday: IsWorkday;
  /** workdays of the month the Attendance sheet covers (a missing row there is an absence); [] without the sheet */
  coveredWorkdays: string[];
  sheet: string;
  /** the Attendance column a field was read from, as written (for issues) */
  column: (field: string) => string;
  /** leave types that count as days attended (B-PAY-1 proration) */
  paidLeave?: readonly LeaveType[];
}

export interface AttendanceResult {
  lines: Line[];
  issues: Issue[];
  /** dates with at least one punch and no full-day leave */
  workedDates: string[];
  /** A-ATT-5 occurrences (including late → absence and missing days) */
  absences: number;
  lateCount: number;
  earlyCount: number;
  /** days of counted leave (rest/personal) taken, and beyond the allowance */
  leaveDays: number;
  excessLeaveDays: number;
  /** no lateness, no early leave, no absence, no more counted leave than the full-attendance limit */
  fullAttendance: boolean;
  /** workdays attended: worked days (a half-day of unpaid leave is 0.5) plus paid leave days (B-PAY-1) */
  attendedDays: number;
}

/**
 * A-ATT-1 fine per minute late or early (whole minutes, seconds dropped) and B-ATT-1 points by minutes (15–29 −1,
 * ≥30 −2); A-ATT-2 late by more than the threshold is an absence instead; A-ATT-3 unreported leave, fen and points per
 * row; A-ATT-4 counted leave beyond the allowance, fen per day (half-days pro rata); A-ATT-5 absence fen per day and
 * points per occurrence. Outbound-center: 1 元/min, 60 min, 20 元 −5, 4 days 50 元, 100 元 −15.
 */
export function assessAttendance(input: AttendanceInput): AttendanceResult {
  const { employee, rules, isWorkday } = input;
  const days = [...input.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  const { segments, counted, ladder } = constantsOf(rules);
  const out: AttendanceResult = {
    lines: [], issues: [], workedDates: [], absences: 0, lateCount: 0, earlyCount: 0,
    leaveDays: 0, excessLeaveDays: 0, fullAttendance: true, attendedDays: 0,
  };
  const paid = paidSet(input.paidLeave);
  const kindOf = (fen: number) => (fen < 0 ? 'fine' : fen > 0 ? 'bonus' : 'points');
  const ladderPoints = (minutes: number) => ladder.find((s) => minutes >= s.minMinutes)?.points ?? 0;
  const seen = new Set<string>();

  const absence = (date: string, source: string, days: number, zh: string, en: string) => {
    out.absences += 1;
    const fen = -roundHalfUp(rules.absenceFineFen * days);
    if (fen === 0 && rules.absencePoints === 0) return;
    out.lines.push(line(rules.absenceRule, date, kindOf(fen), fen, rules.absencePoints,
      source, `旷工：${zh}`, `unauthorized absence: ${en}`));
  };

  // A sheet day's cells are built when read: the row's own cell only when a leave line cites it.
  const rowRef = (c: AttendanceDay['cells']) => c.date ?? c.id ?? input.sheet;
  for (const day of days) {
    seen.add(day.date);
    const c = day.cells;
    if (day.leaveType === 'absent') {
      absence(day.date, c.leaveType ?? rowRef(c), day.leaveDays, `${day.leaveDays} 天`, `${day.leaveDays} ${day.leaveDays === 1 ? 'day' : 'days'}`);
      continue;
    }
    if (day.leaveType !== null) {
      if (!day.reported && (rules.unreportedFineFen !== 0 || rules.unreportedPoints !== 0)) {
        // A-ATT-3: leave must be reported a day ahead (临时请假).
        out.lines.push(line(rules.unreportedRule, day.date, kindOf(-rules.unreportedFineFen), -rules.unreportedFineFen, rules.unreportedPoints,
          c.reported ?? c.leaveType ?? rowRef(c), '请假未提前报备', 'leave not reported a day ahead'));
      }
      if (counted.has(day.leaveType)) {
        const before = out.leaveDays;
        out.leaveDays += day.leaveDays;
        const excess = Math.max(0, out.leaveDays - rules.restAllowanceDays) - Math.max(0, before - rules.restAllowanceDays);
        if (excess > 0) out.excessLeaveDays += excess;
        if (excess > 0 && rules.excessLeaveFinePerDayFen !== 0) {
          out.lines.push(line(rules.excessLeaveRule, day.date, 'fine', -roundHalfUp(rules.excessLeaveFinePerDayFen * excess), 0,
            c.leaveDays ?? c.leaveType ?? rowRef(c),
            `公休/事假超出每月 ${rules.restAllowanceDays} 天：超出 ${excess} 天`,
            `rest/personal leave beyond ${rules.restAllowanceDays} days a month: ${excess} ${excess === 1 ? 'day' : 'days'} over`));
        }
      }
      if (paid.has(day.leaveType) && isWorkday(day.date)) out.attendedDays += day.leaveDays;
      if (day.leaveDays >= 1) continue;
    }
    punches(day, day.leaveDays > 0);
  }

  // A-ATT-5 (default): a covered workday with no row at all is an absence, from the hire date on.
  for (const date of input.coveredWorkdays) {
    if (seen.has(date) || (employee.hireDate !== null && date < employee.hireDate)) continue;
    absence(date, input.sheet, 1, `${date} 无打卡、无请假记录`, `no punch and no leave record on ${date}`);
    out.issues.push(makeIssue('absence-assumed', {
      sheet: input.sheet, row: null, column: input.column('date'), value: date, cell: null,
    }, { id: employee.id, date }));
  }

  out.fullAttendance = out.lateCount === 0 && out.earlyCount === 0 && out.absences === 0
    && out.leaveDays <= rules.fullAttendanceMaxLeaveDays;
  return out;

  function punches(day: AttendanceDay, halfDayLeave: boolean): void {
    const c = day.cells;
    const hasAny = day.clockIn !== null || day.clockOut !== null || day.noonOut !== null || day.noonIn !== null;
    const workday = isWorkday(day.date);
    if (!hasAny) {
      if (workday && !halfDayLeave && rules.missingDayIsAbsence) absence(day.date, c.clockIn ?? c.date ?? input.sheet, 1, '无打卡记录', 'no punch');
      return;
    }
    out.workedDates.push(day.date);
    const fourPunch = day.noonOut !== null || day.noonIn !== null;
    const complete = day.clockIn !== null && day.clockOut !== null && (!fourPunch || (day.noonOut !== null && day.noonIn !== null));
    if (!complete) missingPunches(day, fourPunch);
    if (!workday) return; // work on a day off is not measured against the schedule
    out.attendedDays += halfDayLeave ? 1 - day.leaveDays : 1;

    const first = segments[0];
    const last = segments[segments.length - 1];
    const arrivals: Arrival[] = [];
    const departures: { at: number; end: number; cell: Punch }[] = [];
    if (halfDayLeave && segments.length > 1) {
      // Half-day leave: measure against the half the punches fall in.
      if (day.clockIn !== null) arrivals.push(arrival(day.clockIn, day.clockIn < first.end ? first.start : last.start, 'clockIn'));
      if (day.clockOut !== null) departures.push({ at: day.clockOut, end: day.clockOut > last.start ? last.end : first.end, cell: 'clockOut' });
    } else {
      if (day.clockIn !== null) arrivals.push(arrival(day.clockIn, first.start, 'clockIn'));
      if (day.clockOut !== null) departures.push({ at: day.clockOut, end: last.end, cell: 'clockOut' });
      if (fourPunch && segments.length > 1) {
        if (day.noonOut !== null) departures.push({ at: day.noonOut, end: first.end, cell: 'noonOut' });
        if (day.noonIn !== null) arrivals.push(arrival(day.noonIn, segments[1].start, 'noonIn'));
      }
    }
    const limit = rules.lateToAbsenceMinutes;
    const tooLate = limit === null ? undefined : arrivals.find((a) => a.minutes > limit);
    if (tooLate) {
      // A-ATT-2: late by more than the threshold is an absence for the day instead of the per-minute fine.
      absence(day.date, c[tooLate.cell]!, 1, `迟到 ${tooLate.minutes} 分钟（${clock(tooLate.at)}），超过 ${limit} 分钟`,
        `late ${tooLate.minutes} minutes (${clock(tooLate.at)}), more than ${limit}`);
      return;
    }
    for (const a of arrivals) {
      if (a.minutes === 0) continue;
      out.lateCount += 1;
      const fen = -a.minutes * rules.finePerMinuteFen;
      const pts = ladderPoints(a.minutes);
      if (fen === 0 && pts === 0) continue;
      out.lines.push(line(rules.rule, day.date, kindOf(fen), fen, pts, c[a.cell]!,
        `迟到 ${a.minutes} 分钟（${clock(a.at)} 打卡，应于 ${clock(a.start)} 到岗）`, `late ${a.minutes} min (in at ${clock(a.at)}, due at ${clock(a.start)})`));
    }
    for (const d of departures) {
      const minutes = earlyMinutes(d.at, d.end, rules.graceMinutes);
      if (minutes === 0) continue;
      out.earlyCount += 1;
      const fen = -minutes * rules.finePerMinuteFen;
      const pts = ladderPoints(minutes);
      if (fen === 0 && pts === 0) continue;
      out.lines.push(line(rules.rule, day.date, kindOf(fen), fen, pts, c[d.cell]!,
        `早退 ${minutes} 分钟（${clock(d.at)} 打卡，应于 ${clock(d.end)} 下班）`, `left ${minutes} min early (out at ${clock(d.at)}, due to stay until ${clock(d.end)})`));
    }
  }

  function arrival(at: number, start: number, cell: Punch): Arrival {
    return { at, start, cell, minutes: lateMinutes(at, start, rules.graceMinutes) };
  }

  /** A-ATT-5 (default): a missing punch (缺卡) is listed for HR review, not fined. */
  function missingPunches(day: AttendanceDay, fourPunch: boolean): void {
    const c = day.cells;
    const missing: string[] = [];
    if (day.clockIn === null) missing.push('clockIn');
    if (day.clockOut === null) missing.push('clockOut');
    if (fourPunch && day.noonOut === null) missing.push('noonOut');
    if (fourPunch && day.noonIn === null) missing.push('noonIn');
    for (const field of missing) {
      out.issues.push(makeIssue('missing-punch', {
        sheet: day.sheet ?? input.sheet, row: day.row, column: input.column(field), value: '',
        cell: c[field as keyof typeof c] ?? null,
      }, { id: day.id, date: day.date, field: fieldLabel(field) }));
    }
  }
}
