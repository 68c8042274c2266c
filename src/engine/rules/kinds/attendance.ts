// The attendance kind (A-ATT-1…5, B-ATT-1): its schema, inputs, labels and month steps; the days are assessed in ../attendance.ts.
import { z } from 'zod';
import { columnName } from '../../read/aliases.js';
import { monthDays } from '../../read/dates.js';
import type { IsWorkday } from '../../month/calendar.js';
import { assessAttendance } from '../attendance.js';
import { fen, hhmm, leaveTypeSchema, points, ruleId } from '../schema.js';
import type { AttendanceDay } from '../../types.js';
import type { KindModule } from './kind.js';

/** attendance: schedule, lateness fines and point ladder, leave, absence, rest allowance, full attendance. */
export const attendanceSchema = z.object({
  kind: z.literal('attendance'),
  /** rule id of lateness and early-leave lines (A-ATT-1, B-ATT-1) */
  rule: ruleId,
  absenceRule: ruleId,
  unreportedRule: ruleId,
  excessLeaveRule: ruleId,
  /** first segment start is the morning clock-in, last segment end the clock-out */
  segments: z.array(z.object({ start: hhmm, end: hhmm })).min(1),
  graceMinutes: z.number().int().min(0),
  finePerMinuteFen: fen,
  /** B-ATT-1: points for one late arrival or early leave, by whole minutes (highest step reached) */
  latePoints: z.array(z.object({ minMinutes: z.number().int().min(1), points })),
  /** A-ATT-2: late by more than this many minutes counts as absence; null = never */
  lateToAbsenceMinutes: z.number().int().min(0).nullable(),
  absenceFineFen: fen,
  absencePoints: points,
  missingDayIsAbsence: z.boolean(),
  /** A-ATT-5: this many absences within the window recommend dismissal; null = no such rule */
  absenceLimit: z.object({ count: z.number().int().min(1), windowMonths: z.number().int().min(1) }).nullable(),
  /** an absence counts as a violation (bars clean-record prizes) */
  absenceIsViolation: z.boolean(),
  unreportedFineFen: fen,
  unreportedPoints: points,
  restAllowanceDays: z.number().min(0),
  countedLeave: z.array(leaveTypeSchema),
  excessLeaveFinePerDayFen: fen,
  exemptLeave: z.array(leaveTypeSchema),
  /** full attendance (全勤): no lateness, early leave, absence, and at most this many days of counted leave */
  fullAttendanceMaxLeaveDays: z.number().min(0),
});

export type AttendanceRule = z.infer<typeof attendanceSchema>;

export const attendance: KindModule<typeof attendanceSchema> = {
  kind: 'attendance',
  schema: attendanceSchema,
  title: ['考勤', 'attendance'],
  once: true,
  labels: {
    'rules[].absenceRule': ['旷工行规则编号', 'rule id of absence lines'],
    'rules[].unreportedRule': ['临时请假行规则编号', 'rule id of unreported leave lines'],
    'rules[].excessLeaveRule': ['超假行规则编号', 'rule id of excess leave lines'],
    'rules[].segments': ['上班时段', 'work segments'],
    'rules[].segments[].start': ['开始', 'start'],
    'rules[].segments[].end': ['结束', 'end'],
    'rules[].graceMinutes': ['迟到宽限分钟', 'grace minutes'],
    'rules[].finePerMinuteFen': ['迟到早退每分钟罚款', 'fine per minute late or early'],
    'rules[].latePoints': ['迟到早退扣分（按分钟）', 'lateness points by minutes'],
    'rules[].latePoints[].minMinutes': ['分钟不少于', 'minutes at least'],
    'rules[].latePoints[].points': ['分数', 'points'],
    'rules[].lateToAbsenceMinutes': ['迟到超过多少分钟按旷工（留空不按旷工）', 'late by more than this many minutes is absence (blank = never)'],
    'rules[].absenceFineFen': ['旷工每天罚款', 'absence fine per day'],
    'rules[].absencePoints': ['旷工每天扣分', 'absence points per day'],
    'rules[].missingDayIsAbsence': ['无打卡无请假按旷工', 'a workday without punches or leave is an absence'],
    'rules[].absenceLimit': ['旷工次数上限', 'absence limit'],
    'rules[].absenceLimit.count': ['旷工几次建议辞退', 'absences that recommend dismissal'],
    'rules[].absenceLimit.windowMonths': ['旷工累计月数', 'absence window in months'],
    'rules[].absenceIsViolation': ['旷工算违规', 'an absence counts as a violation'],
    'rules[].unreportedFineFen': ['临时请假每次罚款', 'unreported leave fine'],
    'rules[].unreportedPoints': ['临时请假每次扣分', 'unreported leave points'],
    'rules[].restAllowanceDays': ['每月公休天数', 'rest allowance days per month'],
    'rules[].countedLeave': ['计入公休的假别', 'leave counted against the allowance'],
    'rules[].excessLeaveFinePerDayFen': ['超出公休每天罚款', 'fine per day beyond the allowance'],
    'rules[].exemptLeave': ['不计入的法定假', 'statutory leave not counted'],
    'rules[].fullAttendanceMaxLeaveDays': ['全勤最多请假天数', 'full attendance: most leave days'],
  },
  // Lateness, early leave and absence need both punches; a sheet of leave alone cannot say who came late.
  inputs: (r) => [{ role: 'attendance', columns: [['clockIn'], ['clockOut']], rows: true, rules: [r.rule], strict: true }],
  agent(rule, index, a) {
    const { p, month, bounds } = a.m;
    const src = p.src;
    const covered = a.m.once('attendance.covered', () => (rule.missingDayIsAbsence
      ? coveredWorkdays(src.attendance, bounds, month, p.isWorkday) : []));
    // One column lookup for the month's agents (a closure made per agent cost a `__name` call each under tsx).
    const column = a.m.once('attendance.column', () => (field: string) => columnName(src, 'attendance', field));
    const att = assessAttendance({ employee: a.employee, days: a.days, rules: rule, isWorkday: p.isWorkday, coveredWorkdays: covered,
      sheet: src.sheetNames.attendance ?? 'Attendance', column, paidLeave: p.policy.pay.paidLeave });
    a.issues.push(...att.issues);
    a.byRule[index].push(...att.lines);
    a.attendance = att;
    if (src.sheetNames.attendance !== null) a.attendedDates = att.workedDates;
    if (rule.absenceIsViolation) a.violations += att.absences;
  },
  standing(rules, a, s) {
    // A-ATT-5: the absences within the window recommend dismissal.
    const limit = rules[0].absenceLimit;
    if (!limit) return;
    let total = a.absences;
    for (let k = 1; k < limit.windowMonths; k++) total += s.history(k)?.absences ?? 0;
    if (total >= limit.count) a.flags.add('dismissal-recommended');
  },
};

/** Workdays from the first to the last date the Attendance sheet has in the month: a missing row there is an absence. */
function coveredWorkdays(rows: readonly AttendanceDay[], bounds: { first: string; last: string }, month: string,
  isWorkday: IsWorkday): string[] {
  let first = '';
  let last = '';
  // Indexed, over the whole sheet once: a for…of that runs once runs unoptimised, an iterator result per row (42,000).
  for (let i = 0; i < rows.length; i++) {
    const date = rows[i].date;
    if (date < bounds.first || date > bounds.last) continue;
    if (first === '' || date < first) first = date;
    if (date > last) last = date;
  }
  if (first === '') return [];
  return monthDays(month).filter((d) => d >= first && d <= last && isWorkday(d));
}
