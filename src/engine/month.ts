// One month under the outbound-center rules: every agent's lines, score and standing, before history flags.
import { type AgentActivity, activityOf, groupActivity, totalsBetween } from './activity.js';
import { assessAttendance } from './attendance.js';
import { type Agent, firstToReach, tierBonus, weeklyBoard } from './bonuses.js';
import { type IsWorkday, makeCalendar } from './calendar.js';
import { addDays, isoWeekday, monthBounds, monthDays } from './dates.js';
import { assessEvents, catalogue, unknownEventCodes } from './events.js';
import type { Policy, PolicyEvent } from './policy.js';
import { assessTargets } from './targets.js';
import { teamPrize } from './teams.js';
import type { AttendanceDay, Employee, EventRow, Issue, Line, SourceData, TeamRow } from './types.js';

/** The workbook indexed once for every month computed from it. */
export interface Prepared {
  src: SourceData;
  policy: Policy;
  isWorkday: IsWorkday;
  codes: Map<string, PolicyEvent>;
  activity: Map<string, AgentActivity>;
  attendance: Map<string, AttendanceDay[]>;
  events: Map<string, EventRow[]>;
}

function groupBy<T extends { id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.id);
    if (list) list.push(r);
    else out.set(r.id, [r]);
  }
  return out;
}

export function prepare(src: SourceData, policy: Policy): Prepared {
  return {
    src, policy,
    isWorkday: makeCalendar(policy.calendar, src.calendar),
    codes: catalogue(policy.events),
    activity: groupActivity(src.calls),
    attendance: groupBy(src.attendance),
    events: groupBy(src.events),
  };
}

export interface MonthAgent {
  employee: Employee;
  lines: Line[];
  score: number;
  fullAttendance: boolean;
  metMonthly: boolean;
  monthlyTarget: number;
  successes: number;
  dials: number;
  connected: number;
  daysWorked: number;
  absences: number;
  violations: number;
  complaints: number;
  qualityIssues: number;
  successSource: string;
}

export interface MonthResult {
  month: string;
  agents: MonthAgent[];
  teams: TeamRow[];
  issues: Issue[];
  /** the workbook has attendance or call rows in this month */
  hasData: boolean;
}

const inMonth = (date: string, b: { first: string; last: string }) => date >= b.first && date <= b.last;

/** Every rule of the month for every agent on the roster hired by the month's end. */
export function computeMonth(p: Prepared, month: string): MonthResult {
  const { src, policy } = p;
  const bounds = monthBounds(month);
  const attSheet = src.sheetNames.attendance ?? 'Attendance';
  const monthAttendance = src.attendance.filter((d) => inMonth(d.date, bounds));
  const covered = policy.attendance.missingDayIsAbsence ? coveredWorkdays(monthAttendance, month, p.isWorkday) : [];
  const employees = src.employees.filter((e) => e.hireDate === null || e.hireDate <= bounds.last);
  const eventInMonth = (e: EventRow) => inMonth(countedOn(e, p.codes), bounds);
  const issues: Issue[] = unknownEventCodes(src.events.filter(eventInMonth), p.codes, src.sheetNames.events ?? 'Events', src.language);
  const hasData = monthAttendance.length > 0 || src.calls.some((c) => inMonth(c.date, bounds));

  const agents: MonthAgent[] = employees.map((employee) => {
    const activity = activityOf(p.activity, employee.id);
    const days = (p.attendance.get(employee.id) ?? []).filter((d) => inMonth(d.date, bounds));
    const att = assessAttendance({ employee, days, rules: policy.attendance, isWorkday: p.isWorkday,
      coveredWorkdays: covered, sheet: attSheet, lang: src.language });
    issues.push(...att.issues);
    // Without an Attendance sheet, a day with dials is a day worked.
    const workedDates = src.sheetNames.attendance !== null ? att.workedDates
      : [...activity.days.values()].filter((d) => inMonth(d.date, bounds) && d.dials > 0).map((d) => d.date);
    const ev = assessEvents((p.events.get(employee.id) ?? []).filter(eventInMonth), p.codes);
    const cellOf = (date: string) => days.find((d) => d.date === date)?.cells.clockIn ?? employee.cells.id ?? '';
    const tgt = assessTargets(employee, activity, workedDates, bounds, policy.targets, cellOf);
    const totals = totalsBetween(activity, bounds.first, bounds.last);
    return {
      employee, lines: [...att.lines, ...ev.lines, ...tgt.lines], score: 0,
      fullAttendance: att.fullAttendance, metMonthly: tgt.metMonthly, monthlyTarget: tgt.monthlyTarget,
      successes: totals.successes, dials: totals.dials, connected: totals.connected, daysWorked: workedDates.length,
      absences: att.absences,
      violations: ev.violations + (policy.attendance.absenceIsViolation ? att.absences : 0), complaints: ev.complaints, qualityIssues: ev.qualityIssues,
      successSource: totals.source,
    };
  });

  const pool: Agent[] = agents.map((a) => ({ employee: a.employee, activity: activityOf(p.activity, a.employee.id) }));
  const firsts = firstToReach(pool, policy.firsts, bounds);
  const board = weeklyBoard(pool, month, policy.weeklyBoard);
  const team = teamPrize(agents.map((a) => ({ employee: a.employee, successes: a.successes, metMonthly: a.metMonthly,
    blemishes: a.violations + a.complaints, source: a.successSource })), policy.teamPrize);
  for (const a of agents) {
    const id = a.employee.id;
    const tier = tierBonus(a.successes, a.successSource || a.employee.cells.id || '', a.fullAttendance, policy.tiers);
    a.lines.push(...(firsts.get(id) ?? []), ...(tier ? [tier] : []), ...(team.lines.get(id) ?? []), ...(board.get(id) ?? []));
    a.score = policy.score.base + a.lines.reduce((s, l) => s + l.points, 0);
  }
  return { month, agents, teams: team.teams, issues, hasData };
}

/** The date an event counts on: a weekly event (A-BON-4 pick) counts on its week's Sunday. */
function countedOn(e: EventRow, codes: Map<string, PolicyEvent>): string {
  return codes.get(e.code.toUpperCase())?.weekly ? addDays(e.date, 7 - isoWeekday(e.date)) : e.date;
}

/** Workdays from the first to the last date the Attendance sheet has in the month: a missing row there is an absence. */
function coveredWorkdays(rows: readonly AttendanceDay[], month: string, isWorkday: IsWorkday): string[] {
  if (rows.length === 0) return [];
  let first = rows[0].date;
  let last = rows[0].date;
  for (const r of rows) {
    if (r.date < first) first = r.date;
    if (r.date > last) last = r.date;
  }
  return monthDays(month).filter((d) => d >= first && d <= last && isWorkday(d));
}
