// One month under a policy: each agent's rule lines in policy order, score, grade, level and flags, with history memoised.
import { type AgentActivity, activityOf, groupActivity, totalsBetween } from './activity.js';
import { columnName } from '../read/aliases.js';
import { aggregatedActivity } from './call-groups.js';
import { type IsWorkday, makeCalendar } from './calendar.js';
import { monthBounds, shiftMonth } from '../read/dates.js';
import { catalogue, countedOn, policyEvents, unknownEventCodes } from '../rules/events.js';
import { KIND_LIST, kindOf, type Rule, type RuleKind } from '../rules/kinds/index.js';
import type { Indexed } from '../rules/kinds/kind.js';
import { checkMetric, KpiIndex } from '../rules/metrics.js';
import { agentSetLines } from './month-prizes.js';
import { fixedPayFen } from './payout.js';
import { type Policy, type PolicyEvent, ruleOf, rulesOf } from '../rules/policy.js';
import { monthScore, type MonthStanding } from './standing.js';
import type { AgentStep, CheckStep, MonthStep, StandingStep } from './steps.js';
import { MonthPeriods } from './periods.js';
import type { TargetMonth } from '../rules/targets.js';
import { line, sumPoints } from './lines.js';
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
  const fault = (rule: string, what: string): never => {
    throw new Error(`rule ${rule}: ${what}`, { cause: { code: 'bad-policy', rule } });
  };
  const check: CheckStep = { src, targetIds, fault, metric: (m, rule) => checkMetric(m, kpi, DERIVED_METRICS, rule) };
  for (const r of policy.rules) kindOf(r.kind).check?.(r, check);
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

/**
 * Every rule of the month for every agent on the roster hired by the month's end: each rule kind's steps in registry
 * order (rules/kinds/), per agent, then over the agents together, then each agent's standing.
 */
export function computeMonth(p: Prepared, month: string): MonthResult {
  const { src, policy } = p;
  const bounds = monthBounds(month);
  for (const k of KIND_LIST) if (k.once) ruleOf(policy, k.kind as RuleKind);
  // An agent hired after the month who has rows in it is kept (the hire date is suspect and reported), not dropped.
  const activeIn = (id: string) => (p.attendance.get(id) ?? []).some((d) => inMonth(d.date, bounds))
    || [...activityOf(p.activity, id).days.keys()].some((d) => inMonth(d, bounds));
  const employees = src.employees.filter((e) => e.hireDate === null || e.hireDate <= bounds.last || activeIn(e.id));
  const eventInMonth = (e: EventRow) => inMonth(countedOn(e, p.codes), bounds);
  const callsKnown = p.callMonths.has(month);
  const unmeasured = new Set(src.unmeasured?.[month] ?? []);
  const before = (k: number) => monthFacts(p, shiftMonth(month, -k));
  const agentBefore = (id: string, k: number) => before(k)?.byId.get(id) ?? null;

  const periods = new MonthPeriods(bounds.last, p.isWorkday);
  const memo = new Map<string, unknown>();
  const m: MonthStep = { p, month, bounds, periods, callsKnown, unmeasured, agentBefore,
    once: <T>(key: string, make: () => T) => (memo.has(key) ? memo.get(key) as T : (memo.set(key, make()), memo.get(key) as T)) };
  const byKind = KIND_LIST.map((k) => ({ k, rules: indexed(policy.rules, k.kind) }));
  const issuesBefore = byKind.flatMap(({ k, rules }) => (k.monthIssues && rules.length > 0 ? k.monthIssues(rules.map((r) => r.rule), m) : []));
  const issues: Issue[] = [...issuesBefore, ...unknownEventCodes(src.events.filter(eventInMonth), p.codes, src.sheetNames.events ?? 'Events', columnName(src, 'events', 'code'))];
  const perAgent = byKind.flatMap(({ k, rules }) => (k.agent ? rules.map((r) => ({ k, ...r })) : []));
  const agents: MonthAgent[] = employees.map((employee) => {
    const id = employee.id;
    const activity = activityOf(p.activity, id);
    const byRule: Line[][] = policy.rules.map(() => []);
    const days = (p.attendance.get(id) ?? []).filter((d) => inMonth(d.date, bounds));
    const start = employee.hireDate !== null && employee.hireDate > bounds.first ? employee.hireDate : bounds.first;
    const expectedDays = periods.workdaysBetween(start, bounds.last);
    const fixed = fixedPayFen(employee, policy.pay);
    let worked: string[] | null = null;
    const a: AgentStep = {
      m, employee, id, activity, days, events: (p.events.get(id) ?? []).filter(eventInMonth), byRule, issues, fixedPayFen: fixed,
      attendance: null, attendedDates: null,
      // Without an Attendance sheet, a day with dials is a day worked.
      workedDates: () => (worked ??= a.attendedDates
        ?? [...activity.days.values()].filter((d) => inMonth(d.date, bounds) && d.dials > 0).map((d) => d.date)),
      cellOf: (date) => days.find((d) => d.date === date)?.cells.clockIn ?? employee.cells.id ?? '',
      violations: 0, complaints: 0, qualityIssues: 0, scorePercent: 0, flags: new Set<Flag>(), targets: new Map(), monthly: null,
      base: policy.score.base, weighted: null,
    };
    for (const { k, rule, index } of perAgent) k.agent!(rule, index, a);
    const workedDates = a.workedDates();
    const totals = totalsBetween(activity, bounds.first, bounds.last);
    const att = a.attendance;
    const absences = att?.absences ?? 0;
    const adjusted = adjustmentLines(p.adjustments.get(id) ?? [], id, month);
    const points = sumPoints([...byRule, adjusted]);
    return {
      employee, lines: [], byRule, adjusted, flags: a.flags, score: monthScore(a.base, points, a.scorePercent), weighted: a.weighted,
      grade: null, level: null, targets: a.targets, won: new Set(),
      fullAttendance: att?.fullAttendance ?? true, metMonthly: a.monthly?.met ?? true, monthlyTarget: a.monthly?.target ?? 0,
      successes: totals.successes, dials: totals.dials, connected: totals.connected, daysWorked: workedDates.length,
      attendedDays: att?.attendedDays ?? workedDates.length, expectedDays, absences,
      violations: a.violations, complaints: a.complaints,
      qualityIssues: a.qualityIssues, successSource: totals.source, fixedPayFen: fixed,
    };
  });

  const teams = agentSetLines(p, m, agents, byKind);
  for (const a of agents) {
    const id = a.employee.id;
    const s: StandingStep = { m, history: (k: number): MonthAgent | null => (k === 0 ? a : agentBefore(id, k)) };
    for (const { k, rules } of byKind) if (k.standing && rules.length > 0) k.standing(rules.map((r) => r.rule), a, s);
    a.lines = [...a.byRule.flat(), ...a.adjusted];
  }
  return { month, agents, byId: new Map(agents.map((a) => [a.employee.id, a])), teams, issues };
}

/** The policy's rules of a kind with their indexes, in policy order. */
function indexed(rules: readonly Rule[], kind: string): Indexed<Rule>[] {
  const out: Indexed<Rule>[] = [];
  rules.forEach((rule, index) => {
    if (rule.kind === kind) out.push({ rule, index });
  });
  return out;
}

/** The agent's Adjustments rows of the month as lines with rule ADJ, kind 'adjustment', in sheet order. */
export function adjustmentLines(rows: readonly AdjustmentRow[], id: string, month: string): Line[] {
  return rows.filter((r) => r.id === id && r.month === month).map((r) => line('ADJ', null, 'adjustment', r.amountFen ?? 0,
    r.points ?? 0, r.cells.amount ?? r.cells.points ?? r.cells.reason ?? '',
    r.approvedBy ? `${r.reason}（审批：${r.approvedBy}）` : r.reason, r.approvedBy ? `${r.reason} (approved by ${r.approvedBy})` : r.reason));
}

export type { TargetMonth };
