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
import type { AttendanceResult } from '../rules/attendance.js';
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

/** Rows by ID in sheet order; indexed, as a for…of that runs once runs unoptimised (an iterator result per row). */
function groupBy<T extends { id: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
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
  const callMonths = monthsWithCalls(activity);
  return {
    src, policy, kpi, memo: new Map(), dataMonths: monthsWithData(src, callMonths), callMonths,
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

/** The months with call rows and those with attendance or KPI rows. */
function monthsWithData(src: SourceData, callMonths: ReadonlySet<string>): Set<string> {
  const out = new Set(callMonths);
  // As for calls, a month is cut only when a row leaves the month of the row before (rows run by agent and date).
  let month = '';
  for (let i = 0; i < src.attendance.length; i++) {
    const date = src.attendance[i].date;
    if (month !== '' && date.startsWith(month)) continue;
    month = date.slice(0, 7);
    out.add(month);
  }
  for (const k of src.kpi) out.add(k.month);
  return out;
}

/**
 * Calls are read through their agent-days (a month has a call row exactly when it has such a day). A month is cut
 * from a date only when the date is not in the month of the day before (days come in date order): 40,000 agent-days
 * made a string each.
 */
function monthsWithCalls(activity: Map<string, AgentActivity>): Set<string> {
  const out = new Set<string>();
  activity.forEach((a) => {
    let month = '';
    a.days.forEach((_, date) => {
      if (month !== '' && date.startsWith(month)) return;
      month = date.slice(0, 7);
      out.add(month);
    });
  });
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
  // Each month before is looked up once: streaks and status rules ask for it per agent and condition (10,000 times).
  const earlier: (MonthResult | null)[] = [];
  const before = (k: number) => (k in earlier ? earlier[k] : (earlier[k] = monthFacts(p, shiftMonth(month, -k))));
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
    const a = new AgentMonth(m, employee, activity, days, (p.events.get(id) ?? []).filter(eventInMonth), byRule, issues, fixed);
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
  const standing = byKind.filter(({ k, rules }) => k.standing && rules.length > 0).map(({ k, rules }) => ({ k, rules: rules.map((r) => r.rule) }));
  for (const a of agents) {
    const s = new AgentHistory(m, a);
    for (const { k, rules } of standing) k.standing!(rules, a, s);
    a.lines = [...a.byRule.flat(), ...a.adjusted];
  }
  return { month, agents, byId: new Map(agents.map((a) => [a.employee.id, a])), teams, issues };
}

/**
 * One agent's month while the per-agent rules add to it. A class: its two helpers are methods, not closures made for
 * each of 2,000 agents (each a `__name` call under tsx).
 */
class AgentMonth implements AgentStep {
  readonly id: string;
  attendance: AttendanceResult | null = null;
  attendedDates: string[] | null = null;
  violations = 0;
  complaints = 0;
  qualityIssues = 0;
  scorePercent = 0;
  readonly flags = new Set<Flag>();
  readonly targets = new Map<string, TargetMonth>();
  monthly: { met: boolean; target: number } | null = null;
  base: number | null;
  weighted: number | null = null;
  private worked: string[] | null = null;

  constructor(readonly m: MonthStep, readonly employee: Employee, readonly activity: AgentActivity, readonly days: AttendanceDay[],
    readonly events: EventRow[], readonly byRule: Line[][], readonly issues: Issue[], readonly fixedPayFen: number) {
    this.id = employee.id;
    this.base = m.p.policy.score.base;
  }

  workedDates(): string[] {
    // Without an Attendance sheet, a day with dials is a day worked.
    const bounds = this.m.bounds;
    return (this.worked ??= this.attendedDates
      ?? [...this.activity.days.values()].filter((d) => inMonth(d.date, bounds) && d.dials > 0).map((d) => d.date));
  }

  cellOf(date: string): string {
    return this.days.find((d) => d.date === date)?.cells.clockIn ?? this.employee.cells.id ?? '';
  }
}

/** An agent's standing this month (k = 0) and before; `history` is handed on unbound, so it is a closure. */
class AgentHistory implements StandingStep {
  readonly history: (k: number) => MonthAgent | null;

  constructor(readonly m: MonthStep, a: MonthAgent) {
    // Assigned, not declared as a const: no `__name` call per agent under tsx.
    this.history = (k) => (k === 0 ? a : m.agentBefore(a.employee.id, k));
  }
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
