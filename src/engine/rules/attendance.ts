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

/** A punch measured against the schedule; `cell` names its field in the day's cells, whose address a line cites. */
type Punch = 'clockIn' | 'clockOut' | 'noonOut' | 'noonIn';

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
  return new MonthAttendance(input).assess();
}

const byDateThenRow = (a: AttendanceDay, b: AttendanceDay) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row);

/** The days by date, then sheet row: the rows themselves when they already are (a sheet's usual order), else a sorted copy. */
function inDateOrder(days: readonly AttendanceDay[]): readonly AttendanceDay[] {
  for (let i = 1; i < days.length; i++) if (byDateThenRow(days[i - 1], days[i]) > 0) return [...days].sort(byDateThenRow);
  return days;
}

const kindOf = (fen: number) => (fen < 0 ? 'fine' : fen > 0 ? 'bonus' : 'points');

/** B-ATT-1 points of a lateness or early leave: the highest step reached. */
function ladderPoints(ladder: Rules['latePoints'], minutes: number): number {
  return ladder.find((s) => minutes >= s.minMinutes)?.points ?? 0;
}

/** A sheet day's cells are built when read: the row's own cell only when a leave line cites it. */
const rowRef = (c: AttendanceDay['cells'], sheet: string) => c.date ?? c.id ?? sheet;

/**
 * One agent's month of attendance. A class rather than helpers closed over the agent: 2,000 agents × 40,000 days made
 * a closure (and, under tsx, a `__name` call) per helper per agent, and two arrays and their punch objects per day
 * (≈ 23 MB of the engine's ≈ 200 MB at 1M call rows).
 */
class MonthAttendance {
  private readonly rules: Rules;
  private readonly out: AttendanceResult = {
    lines: [], issues: [], workedDates: [], absences: 0, lateCount: 0, earlyCount: 0,
    leaveDays: 0, excessLeaveDays: 0, fullAttendance: true, attendedDays: 0,
  };
  private readonly constants: RuleConstants;

  constructor(private readonly input: AttendanceInput) {
    this.rules = input.rules;
    this.constants = constantsOf(input.rules);
  }

  assess(): AttendanceResult {
    const { input, rules, out } = this;
    const { employee, isWorkday } = input;
    const days = inDateOrder(input.days);
    const { counted } = this.constants;
    const paid = paidSet(input.paidLeave);
    const seen = new Set<string>();

    for (const day of days) {
      seen.add(day.date);
      const c = day.cells;
      if (day.leaveType === 'absent') {
        this.absence(day.date, c.leaveType ?? rowRef(c, input.sheet), day.leaveDays, `${day.leaveDays} 天`,
          `${day.leaveDays} ${day.leaveDays === 1 ? 'day' : 'days'}`);
        continue;
      }
      if (day.leaveType !== null) {
        if (!day.reported && (rules.unreportedFineFen !== 0 || rules.unreportedPoints !== 0)) {
          // A-ATT-3: leave must be reported a day ahead (临时请假).
          out.lines.push(line(rules.unreportedRule, day.date, kindOf(-rules.unreportedFineFen), -rules.unreportedFineFen, rules.unreportedPoints,
            c.reported ?? c.leaveType ?? rowRef(c, input.sheet), '请假未提前报备', 'leave not reported a day ahead'));
        }
        if (counted.has(day.leaveType)) {
          const before = out.leaveDays;
          out.leaveDays += day.leaveDays;
          const excess = Math.max(0, out.leaveDays - rules.restAllowanceDays) - Math.max(0, before - rules.restAllowanceDays);
          if (excess > 0) out.excessLeaveDays += excess;
          if (excess > 0 && rules.excessLeaveFinePerDayFen !== 0) {
            out.lines.push(line(rules.excessLeaveRule, day.date, 'fine', -roundHalfUp(rules.excessLeaveFinePerDayFen * excess), 0,
              c.leaveDays ?? c.leaveType ?? rowRef(c, input.sheet),
              `公休/事假超出每月 ${rules.restAllowanceDays} 天：超出 ${excess} 天`,
              `rest/personal leave beyond ${rules.restAllowanceDays} days a month: ${excess} ${excess === 1 ? 'day' : 'days'} over`));
          }
        }
        if (paid.has(day.leaveType) && isWorkday(day.date)) out.attendedDays += day.leaveDays;
        if (day.leaveDays >= 1) continue;
      }
      this.punches(day, day.leaveDays > 0);
    }

    // A-ATT-5 (default): a covered workday with no row at all is an absence, from the hire date on.
    for (const date of input.coveredWorkdays) {
      if (seen.has(date) || (employee.hireDate !== null && date < employee.hireDate)) continue;
      this.absence(date, input.sheet, 1, `${date} 无打卡、无请假记录`, `no punch and no leave record on ${date}`);
      out.issues.push(makeIssue('absence-assumed', {
        sheet: input.sheet, row: null, column: input.column('date'), value: date, cell: null,
      }, { id: employee.id, date }));
    }

    out.fullAttendance = out.lateCount === 0 && out.earlyCount === 0 && out.absences === 0
      && out.leaveDays <= rules.fullAttendanceMaxLeaveDays;
    return out;
  }

  private absence(date: string, source: string, days: number, zh: string, en: string): void {
    const { rules, out } = this;
    out.absences += 1;
    const fen = -roundHalfUp(rules.absenceFineFen * days);
    if (fen === 0 && rules.absencePoints === 0) return;
    out.lines.push(line(rules.absenceRule, date, kindOf(fen), fen, rules.absencePoints,
      source, `旷工：${zh}`, `unauthorized absence: ${en}`));
  }

  /**
   * A worked day's punches against the schedule. Arrivals are the clock-in and, on a four-punch day, the return from
   * lunch; departures the clock-out and the lunch break's start: each is measured where it stands (no list per day).
   */
  private punches(day: AttendanceDay, halfDayLeave: boolean): void {
    const { rules, out, input } = this;
    const c = day.cells;
    const hasAny = day.clockIn !== null || day.clockOut !== null || day.noonOut !== null || day.noonIn !== null;
    const workday = input.isWorkday(day.date);
    if (!hasAny) {
      if (workday && !halfDayLeave && rules.missingDayIsAbsence) this.absence(day.date, c.clockIn ?? c.date ?? input.sheet, 1, '无打卡记录', 'no punch');
      return;
    }
    out.workedDates.push(day.date);
    const fourPunch = day.noonOut !== null || day.noonIn !== null;
    const complete = day.clockIn !== null && day.clockOut !== null && (!fourPunch || (day.noonOut !== null && day.noonIn !== null));
    if (!complete) this.missingPunches(day, fourPunch);
    if (!workday) return; // work on a day off is not measured against the schedule
    out.attendedDays += halfDayLeave ? 1 - day.leaveDays : 1;

    const { segments } = this.constants;
    const first = segments[0];
    const last = segments[segments.length - 1];
    // Half-day leave: measure against the half the punches fall in; else the lunch punches count on a four-punch day.
    const half = halfDayLeave && segments.length > 1;
    const noon = !halfDayLeave && fourPunch && segments.length > 1;
    const inAt = day.clockIn;
    const inStart = inAt !== null && half && inAt >= first.end ? last.start : first.start;
    const noonInAt = noon ? day.noonIn : null;
    const noonStart = noon ? segments[1].start : 0;
    const grace = rules.graceMinutes;
    // Whole minutes late of each arrival, -1 for a punch not measured.
    const inLate = inAt === null ? -1 : lateMinutes(inAt, inStart, grace);
    const noonLate = noonInAt === null ? -1 : lateMinutes(noonInAt, noonStart, grace);
    const limit = rules.lateToAbsenceMinutes;
    if (limit !== null && (inLate > limit || noonLate > limit)) {
      // A-ATT-2: late by more than the threshold is an absence for the day instead of the per-minute fine (the first
      // arrival that is).
      const cell: Punch = inLate > limit ? 'clockIn' : 'noonIn';
      const minutes = inLate > limit ? inLate : noonLate;
      const at = inLate > limit ? inAt! : noonInAt!;
      this.absence(day.date, c[cell]!, 1, `迟到 ${minutes} 分钟（${clock(at)}），超过 ${limit} 分钟`,
        `late ${minutes} minutes (${clock(at)}), more than ${limit}`);
      return;
    }
    if (inLate > 0) this.late(day, 'clockIn', inAt!, inStart, inLate);
    if (noonLate > 0) this.late(day, 'noonIn', noonInAt!, noonStart, noonLate);
    const outAt = day.clockOut;
    if (outAt !== null) this.early(day, 'clockOut', outAt, half && !(outAt > last.start) ? first.end : last.end);
    if (noon && day.noonOut !== null) this.early(day, 'noonOut', day.noonOut, first.end);
  }

  /** A-ATT-1 / B-ATT-1: an arrival `minutes` (> 0) late. */
  private late(day: AttendanceDay, cell: Punch, at: number, start: number, minutes: number): void {
    const { rules, out } = this;
    out.lateCount += 1;
    const fen = -minutes * rules.finePerMinuteFen;
    const pts = ladderPoints(this.constants.ladder, minutes);
    if (fen === 0 && pts === 0) return;
    out.lines.push(line(rules.rule, day.date, kindOf(fen), fen, pts, day.cells[cell]!,
      `迟到 ${minutes} 分钟（${clock(at)} 打卡，应于 ${clock(start)} 到岗）`, `late ${minutes} min (in at ${clock(at)}, due at ${clock(start)})`));
  }

  /** A-ATT-1 / B-ATT-1: a departure before `end`, beyond the grace minutes. */
  private early(day: AttendanceDay, cell: Punch, at: number, end: number): void {
    const { rules, out } = this;
    const minutes = earlyMinutes(at, end, rules.graceMinutes);
    if (minutes === 0) return;
    out.earlyCount += 1;
    const fen = -minutes * rules.finePerMinuteFen;
    const pts = ladderPoints(this.constants.ladder, minutes);
    if (fen === 0 && pts === 0) return;
    out.lines.push(line(rules.rule, day.date, kindOf(fen), fen, pts, day.cells[cell]!,
      `早退 ${minutes} 分钟（${clock(at)} 打卡，应于 ${clock(end)} 下班）`, `left ${minutes} min early (out at ${clock(at)}, due to stay until ${clock(end)})`));
  }

  /** A-ATT-5 (default): a missing punch (缺卡) is listed for HR review, not fined. */
  private missingPunches(day: AttendanceDay, fourPunch: boolean): void {
    const { out, input } = this;
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
