// What the month loop hands a rule kind at each step: the month, one agent's month being built, the agents together.
import type { AgentActivity } from './activity.js';
import type { MonthPeriods } from './periods.js';
import type { MonthAgent, Prepared } from './month.js';
import type { MetricValue } from '../rules/metrics.js';
import type { AttendanceResult } from '../rules/attendance.js';
import type { TargetMonth } from '../rules/targets.js';
import type { Agent } from '../rules/bonuses.js';
import type { AttendanceDay, Employee, EventRow, Flag, Issue, Line, TeamRow, Text } from '../types.js';

/** Before any month: the workbook's KPI columns and the policy's target rule ids, to check a rule can run. */
export interface CheckStep {
  src: Prepared['src'];
  /** rule ids of the policy's target rules */
  targetIds: Set<string>;
  /** throws the configuration fault { code: 'bad-policy' } */
  fault(rule: string, what: string): never;
  /** throws the fault unless the metric is a Calls, KPI or derived metric */
  metric(metric: string, rule: string): void;
}

/** One month, shared by every agent and rule of it. */
export interface MonthStep {
  p: Prepared;
  month: string;
  bounds: { first: string; last: string };
  periods: MonthPeriods;
  /** the month has call rows (else call targets are not assessed) */
  callsKnown: boolean;
  /** metrics the imported call records cannot measure this month */
  unmeasured: Set<string>;
  /** the agent's result k months before, or null */
  agentBefore(id: string, k: number): MonthAgent | null;
  /** a value worked out once per month for every agent (`key` names it) */
  once<T>(key: string, make: () => T): T;
}

/** One agent's month while the per-agent rules add to it (in registry order, then policy order). */
export interface AgentStep {
  m: MonthStep;
  employee: Employee;
  id: string;
  activity: AgentActivity;
  /** the agent's Attendance rows of the month */
  days: AttendanceDay[];
  /** the agent's Events rows counted in the month */
  events: EventRow[];
  /** lines per rule index */
  byRule: Line[][];
  /** the month's issues (attendance adds its own) */
  issues: Issue[];
  fixedPayFen: number;
  /** set by the attendance rule */
  attendance: AttendanceResult | null;
  /** the attendance rule's worked dates when the workbook has an Attendance sheet, else null */
  attendedDates: string[] | null;
  /** the dates worked: the attendance rule's, else days with dials */
  workedDates(): string[];
  /** the cell of a date (its clock-in, else the agent's ID cell) */
  cellOf(date: string): string;
  violations: number;
  complaints: number;
  qualityIssues: number;
  /** percent of the month's score (C-PAY-2) */
  scorePercent: number;
  flags: Set<Flag>;
  /** each target keyed by rule id (the first of a repeated id) and by `#index` */
  targets: Map<string, TargetMonth>;
  /** the first monthly target's outcome and target */
  monthly: { met: boolean; target: number } | null;
  /** the score before points: the policy's base, or the weighted score */
  base: number | null;
  weighted: number | null;
}

/** A metric of one agent for the month, with whether the sheet had it. */
export type Known = MetricValue & { known: boolean };

/** The month's agents together, after every per-agent rule. */
export interface AgentsStep {
  m: MonthStep;
  agents: MonthAgent[];
  /** the agents with their call activity */
  pool: Agent[];
  byId: Map<string, MonthAgent>;
  /** adds lines to an agent's rule */
  push(id: string, index: number, lines: readonly Line[] | undefined): void;
  /** months running the agent has won rule `index`, this one included */
  streak(id: string, index: number): number;
  valueOf(a: MonthAgent, metric: string): Known;
  /** the words of a metric (Calls or KPI column) */
  label(metric: string): Text;
  /** the first team rule's table */
  teams: TeamRow[] | null;
}

/** One agent after the month's prizes: grades, levels and flags over the months. */
export interface StandingStep {
  m: MonthStep;
  /** the agent's standing k months before (0 = this month), or null */
  history(k: number): MonthAgent | null;
}
