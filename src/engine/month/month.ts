// One month under a policy: each agent's rule lines in policy order, score, grade, level and flags, with history memoised.
import { type AgentActivity, activityOf, groupActivity, isCallMetric, totalsBetween } from './activity.js';
import { columnName } from '../read/aliases.js';
import { aggregatedActivity } from './call-groups.js';
import { type AttendanceResult, assessAttendance } from '../rules/attendance.js';
import { type IsWorkday, makeCalendar } from './calendar.js';
import { agentCommission } from '../rules/commissions.js';
import { addDays, isoWeekday, monthBounds, monthDays, shiftMonth } from '../read/dates.js';
import { assessEvents, catalogue, policyEvents, unknownEventCodes } from '../rules/events.js';
import { checkMetric, KpiIndex, metricLabel, metricOf } from '../rules/metrics.js';
import { agentSetLines } from './month-prizes.js';
import { fixedPayFen } from './payout.js';
import { type Policy, type PolicyEvent, ruleOf, rulesOf } from '../rules/policy.js';
import { streakBefore } from '../rules/rank-prizes.js';
import { bandOf, monthScore, type MonthStanding, statusFlags, weightedScore } from './standing.js';
import { MonthPeriods } from './periods.js';
import { assessTargets, type TargetMonth } from '../rules/targets.js';
import { line, sumPoints } from './lines.js';
import { makeIssue } from '../messages.js';
import type { AdjustmentRow, AttendanceDay, Employee, EventRow, Flag, Issue, Line, SourceData, TeamRow } from '../types.js';

/** Metrics computed by the engine rather than read from a sheet. */
export const DERIVED_METRICS = ['score', 'fullAttendance', 'daysWorked', 'absences'] as const;

/** The workbook indexed once for every month computed from it. */
export interface Prepared {
  src: SourceData;
  policy: Policy;
  isWorkday: IsWorkday;
  codes: Map<string, PolicyEvent>;
  activity: Map<string, AgentActivity>;
  attendance: Map<string, AttendanceDay[]>;
  events: Map<string, EventRow[]>;
  adjustments: Map<string, AdjustmentRow[]>;
  kpi: KpiIndex;
  /** months already computed (history for streaks and status rules) */
  memo: Map<string, MonthResult | null>;
  /** yyyy-mm of every month with attendance, call or KPI rows */
  dataMonths: Set<string>;
  /** yyyy-mm of every month with call rows */
  callMonths: Set<string>;
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

/** Indexes the sources; a rule naming an unknown metric is a configuration fault ({ code: 'bad-policy' }). */
export function prepare(src: SourceData, policy: Policy): Prepared {
  const kpi = new KpiIndex(src.kpi, policy.kpiColumns);
  const targetIds = new Set(rulesOf(policy, 'target').map((t) => t.rule));
  const fault = (rule: string, what: string) => {
    throw new Error(`rule ${rule}: ${what}`, { cause: { code: 'bad-policy', rule } });
  };
  for (const r of policy.rules) {
    const metrics = r.kind === 'target' ? r.metrics.map((m) => m.metric) : 'metric' in r ? [r.metric] : [];
    for (const m of metrics) checkMetric(m, kpi, DERIVED_METRICS, r.rule);
    if ((r.kind === 'first' || (r.kind === 'rank' && r.period === 'week')) && !isCallMetric(r.metric)) {
      fault(r.rule, `"${r.metric}" is not a Calls sheet metric, which this rule needs`);
    }
    // Per-item caps look at every call record; aggregated records (src/calls) only carry day totals.
    if (src.callAggregates && r.kind === 'commission' && r.basis === 'percent' && r.capPer === 'item' && isCallMetric(r.metric)) {
      throw new Error(`rule ${r.rule}: a cap per item needs the call records one by one, not aggregated call records`,
        { cause: { code: 'calls-aggregated', rule: r.rule } });
    }
    if (r.kind === 'team' && r.requireTarget !== null && !targetIds.has(r.requireTarget)) fault(r.rule, `no target rule ${r.requireTarget}`);
    for (const c of r.kind === 'status' ? r.when : []) {
      const ok = c.measure === 'score' || c.measure === 'absences'
        || (c.measure.startsWith('target:') && targetIds.has(c.measure.slice('target:'.length)));
      if (!ok) fault(r.rule, `unknown measure "${c.measure}" (score, absences or target:<rule id>)`);
    }
  }
  const activity = src.callAggregates ? aggregatedActivity(src.callAggregates) : groupActivity(src.calls);
  return {
    src, policy, kpi, memo: new Map(), dataMonths: monthsWithData(src, activity), callMonths: monthsWithCalls(activity),
    isWorkday: makeCalendar(policy.calendar, src.calendar),
    codes: catalogue(policyEvents(policy)),
    activity,
    attendance: groupBy(src.attendance),
    events: groupBy(src.events),
    adjustments: groupBy(src.adjustments ?? []),
  };
}

export interface MonthAgent extends MonthStanding {
  employee: Employee;
  /** rule lines in policy order (the pay formula's lines are added by the report) */
  lines: Line[];
  weighted: number | null;
  grade: string | null;
  level: string | null;
  flags: Set<Flag>;
  fullAttendance: boolean;
  metMonthly: boolean;
  monthlyTarget: number;
  successes: number;
  dials: number;
  connected: number;
  daysWorked: number;
  attendedDays: number;
  expectedDays: number;
  violations: number;
  complaints: number;
  qualityIssues: number;
  successSource: string;
  fixedPayFen: number;
  /** rule indexes (in policy.rules) whose month condition held: rank and tier streaks */
  won: Set<number>;
  /** lines per rule index, before flattening */
  byRule: Line[][];
  /** Adjustments sheet lines (rule ADJ), after the rule lines */
  adjusted: Line[];
}

export interface MonthResult {
  month: string;
  agents: MonthAgent[];
  /** the same agents by ID */
  byId: Map<string, MonthAgent>;
  teams: TeamRow[];
  issues: Issue[];
}

/** A target month not assessed (no call data): no figures, not counted as a miss. */
const UNASSESSED: TargetMonth = { actual: [], target: [], combine: 'all', percent: null, met: true };

const inMonth = (date: string, b: { first: string; last: string }) => date >= b.first && date <= b.last;

/** True when the workbook has attendance, call or KPI rows in the month. */
export function hasData(p: Prepared, month: string): boolean {
  return p.dataMonths.has(month);
}

/** Calls are read through their agent-days (a month has a call row exactly when it has such a day). */
function monthsWithData(src: SourceData, activity: Map<string, AgentActivity>): Set<string> {
  const out = new Set<string>();
  for (const d of src.attendance) out.add(d.date.slice(0, 7));
  for (const a of activity.values()) for (const date of a.days.keys()) out.add(date.slice(0, 7));
  for (const k of src.kpi) out.add(k.month);
  return out;
}

function monthsWithCalls(activity: Map<string, AgentActivity>): Set<string> {
  const out = new Set<string>();
  for (const a of activity.values()) for (const date of a.days.keys()) out.add(date.slice(0, 7));
  return out;
}

/** A month's result from the memo, computed once; null when the month has no data. */
export function monthFacts(p: Prepared, month: string): MonthResult | null {
  if (!p.memo.has(month)) p.memo.set(month, hasData(p, month) ? computeMonth(p, month) : null);
  return p.memo.get(month)!;
}

/** Every rule of the month for every agent on the roster hired by the month's end. */
export function computeMonth(p: Prepared, month: string): MonthResult {
  const { src, policy } = p;
  const bounds = monthBounds(month);
  const attRule = ruleOf(policy, 'attendance');
  const attSheet = src.sheetNames.attendance ?? 'Attendance';
  const monthAttendance = src.attendance.filter((d) => inMonth(d.date, bounds));
  const covered = attRule?.missingDayIsAbsence ? coveredWorkdays(monthAttendance, month, p.isWorkday) : [];
  // An agent hired after the month who has rows in it is kept (the hire date is suspect and reported), not dropped.
  const activeIn = (id: string) => (p.attendance.get(id) ?? []).some((d) => inMonth(d.date, bounds))
    || [...activityOf(p.activity, id).days.keys()].some((d) => inMonth(d, bounds));
  const employees = src.employees.filter((e) => e.hireDate === null || e.hireDate <= bounds.last || activeIn(e.id));
  const eventInMonth = (e: EventRow) => inMonth(countedOn(e, p.codes), bounds);
  const issuesBefore: Issue[] = [];
  const callsKnown = p.callMonths.has(month);
  const unmeasured = new Set(src.unmeasured?.[month] ?? []);
  if (!callsKnown && rulesOf(policy, 'target').some((r) => r.metrics.every((m) => isCallMetric(m.metric)))) {
    issuesBefore.push(makeIssue('no-call-data', { sheet: src.sheetNames.calls ?? 'Calls', row: null, column: null, value: month, cell: null }, { month }));
  }
  const issues: Issue[] = [...issuesBefore, ...unknownEventCodes(src.events.filter(eventInMonth), p.codes, src.sheetNames.events ?? 'Events', columnName(src, 'events', 'code'))];
  const before = (k: number) => monthFacts(p, shiftMonth(month, -k));
  const agentBefore = (id: string, k: number) => before(k)?.byId.get(id) ?? null;

  const periods = new MonthPeriods(bounds.last, p.isWorkday);
  const attIndex = policy.rules.findIndex((r) => r.kind === 'attendance');
  const weightedRule = ruleOf(policy, 'weighted-score');
  const agents: MonthAgent[] = employees.map((employee) => {
    const id = employee.id;
    const activity = activityOf(p.activity, id);
    const byRule: Line[][] = policy.rules.map(() => []);
    const days = (p.attendance.get(id) ?? []).filter((d) => inMonth(d.date, bounds));
    let att: AttendanceResult | null = null;
    if (attRule) {
      att = assessAttendance({ employee, days, rules: attRule, isWorkday: p.isWorkday, coveredWorkdays: covered,
        sheet: attSheet, column: (field) => columnName(src, 'attendance', field), paidLeave: policy.pay.paidLeave });
      issues.push(...att.issues);
      byRule[attIndex].push(...att.lines);
    }
    // Without an Attendance sheet, a day with dials is a day worked.
    const workedDates = att && src.sheetNames.attendance !== null ? att.workedDates
      : [...activity.days.values()].filter((d) => inMonth(d.date, bounds) && d.dials > 0).map((d) => d.date);
    const start = employee.hireDate !== null && employee.hireDate > bounds.first ? employee.hireDate : bounds.first;
    const expectedDays = periods.workdaysBetween(start, bounds.last);
    const fixed = fixedPayFen(employee, policy.pay);
    const rows = (p.events.get(id) ?? []).filter(eventInMonth);
    const ev = { violations: 0, complaints: 0, qualityIssues: 0, flags: new Set<Flag>(), scorePercent: 0 };
    policy.rules.forEach((r, i) => {
      if (r.kind !== 'catalogue') return;
      const one = assessEvents(rows, catalogue(r.events), { fixedPayFen: fixed, monthsBefore: (code) => eventMonthsBefore(p, id, code, month) });
      byRule[i].push(...one.lines);
      ev.violations += one.violations;
      ev.complaints += one.complaints;
      ev.qualityIssues += one.qualityIssues;
      ev.scorePercent += one.scorePercent;
      for (const f of one.flags) ev.flags.add(f);
    });
    const cellOf = (date: string) => days.find((d) => d.date === date)?.cells.clockIn ?? employee.cells.id ?? '';
    // Each target on its own, keyed by rule id (the first of a repeated id) and by `#index` for its own streak.
    const tgt = { months: new Map<string, TargetMonth>(), flags: new Set<Flag>(), metMonthly: true, monthlyTarget: 0 };
    let firstMonthly = true;
    policy.rules.forEach((r, i) => {
      if (r.kind !== 'target') return;
      // No call rows at all this month means call results were not entered, not that nobody called: not assessed.
      // A dialer export without successes (src/engine/imports/): rules on successes are not assessed, like no call data.
      if ((!callsKnown && r.metrics.every((m) => isCallMetric(m.metric))) || r.metrics.some((m) => unmeasured.has(m.metric))) {
        tgt.months.set(`#${i}`, UNASSESSED);
        if (!tgt.months.has(r.rule)) tgt.months.set(r.rule, UNASSESSED);
        return;
      }
      const one = assessTargets(employee, activity, workedDates, bounds, [r], cellOf, {
        kpi: p.kpi, kpiColumns: policy.kpiColumns, month, isWorkday: p.isWorkday, fixedPayFen: fixed, periods,
        missedBefore: () => streakBefore((k) => agentBefore(id, k)?.targets.get(`#${i}`)?.met === false) });
      byRule[i].push(...one.lines);
      const m = one.months.get(r.rule)!;
      tgt.months.set(`#${i}`, m);
      if (!tgt.months.has(r.rule)) tgt.months.set(r.rule, m);
      for (const f of one.flags) tgt.flags.add(f);
      if (r.period === 'month' && firstMonthly) {
        firstMonthly = false;
        tgt.metMonthly = one.metMonthly;
        tgt.monthlyTarget = one.monthlyTarget;
      }
    });
    policy.rules.forEach((r, i) => {
      if (r.kind === 'commission' && r.basis !== 'pool') {
        const value = metricOf(activity, p.kpi, id, month, r.metric, bounds.first, bounds.last);
        const l = agentCommission(r, activity, bounds, value, metricLabel(r.metric, policy.kpiColumns), employee.cells.id ?? '');
        if (l) byRule[i].push(l);
      }
    });
    const totals = totalsBetween(activity, bounds.first, bounds.last);
    const absences = att?.absences ?? 0;
    const flags = new Set<Flag>([...ev.flags, ...tgt.flags]);
    const weighted = weightedRule ? weightedScore(weightedRule, p.kpi, employee, month) : null;
    if (weighted && weightedRule) byRule[policy.rules.indexOf(weightedRule)].push(weighted.line);
    const adjusted = adjustmentLines(p.adjustments.get(id) ?? [], id, month);
    const points = sumPoints([...byRule, adjusted]);
    const base = weightedRule ? weighted?.score ?? null : policy.score.base;
    return {
      employee, lines: [], byRule, adjusted, flags, score: monthScore(base, points, ev.scorePercent), weighted: weighted?.score ?? null,
      grade: null, level: null, targets: tgt.months, won: new Set(),
      fullAttendance: att?.fullAttendance ?? true, metMonthly: tgt.metMonthly, monthlyTarget: tgt.monthlyTarget,
      successes: totals.successes, dials: totals.dials, connected: totals.connected, daysWorked: workedDates.length,
      attendedDays: att?.attendedDays ?? workedDates.length, expectedDays, absences,
      violations: ev.violations + (attRule?.absenceIsViolation ? absences : 0), complaints: ev.complaints,
      qualityIssues: ev.qualityIssues, successSource: totals.source, fixedPayFen: fixed,
    };
  });

  const teams = agentSetLines(p, month, agents, (id, k) => agentBefore(id, k));
  for (const a of agents) {
    const id = a.employee.id;
    const history = (k: number): MonthStanding | null => (k === 0 ? a : agentBefore(id, k));
    for (const r of rulesOf(policy, 'bands')) {
      const label = bandOf(r, history);
      if (r.output === 'grade') a.grade = label;
      else a.level = label;
    }
    const status = statusFlags(rulesOf(policy, 'status'), a.employee, month, history);
    // A-ATT-5: the absences within the window recommend dismissal.
    const limit = attRule?.absenceLimit;
    if (limit) {
      let total = a.absences;
      for (let k = 1; k < limit.windowMonths; k++) total += agentBefore(id, k)?.absences ?? 0;
      if (total >= limit.count) a.flags.add('dismissal-recommended');
    }
    for (const r of rulesOf(policy, 'new-hire')) if (newHireFailed(p, a.employee, month, r)) a.flags.add(r.flag);
    a.flags = new Set([...status, ...a.flags]);
    a.lines = [...a.byRule.flat(), ...a.adjusted];
  }
  return { month, agents, byId: new Map(agents.map((a) => [a.employee.id, a])), teams, issues };
}

/** Consecutive months before `month` in which the agent has an Events row with the code. */
function eventMonthsBefore(p: Prepared, id: string, code: string, month: string): number {
  const months = new Set((p.events.get(id) ?? []).filter((e) => e.code.toUpperCase() === code).map((e) => countedOn(e, p.codes).slice(0, 7)));
  return streakBefore((k) => months.has(shiftMonth(month, -k)));
}

/** The agent's Adjustments rows of the month as lines with rule ADJ, kind 'adjustment', in sheet order. */
export function adjustmentLines(rows: readonly AdjustmentRow[], id: string, month: string): Line[] {
  return rows.filter((r) => r.id === id && r.month === month).map((r) => line('ADJ', null, 'adjustment', r.amountFen ?? 0,
    r.points ?? 0, r.cells.amount ?? r.cells.points ?? r.cells.reason ?? '',
    r.approvedBy ? `${r.reason}（审批：${r.approvedBy}）` : r.reason, r.approvedBy ? `${r.reason} (approved by ${r.approvedBy})` : r.reason));
}

/** A-FLAG-1: a new hire whose first days (ending this month) have less of the metric than the minimum. */
function newHireFailed(p: Prepared, employee: Employee, month: string, rule: Extract<Policy['rules'][number], { kind: 'new-hire' }>): boolean {
  const hire = employee.hireDate;
  if (hire === null) return false;
  const end = addDays(hire, rule.days - 1);
  const { first, last } = monthBounds(month);
  if (end < first || end > last) return false;
  return metricOf(activityOf(p.activity, employee.id), p.kpi, employee.id, month, rule.metric, hire, end).value < rule.min;
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

export type { TargetMonth };
