// What each rule kind reads: the sheets, columns and KPI metrics a policy needs before a month can be computed.
import type { Role } from '../read/aliases.js';
import { isCallMetric } from './call-metrics.js';
import type { Policy } from './policy.js';
import type { Rule, RuleKind } from './schema.js';

/**
 * One input a rule needs: a sheet of `role`, and in it one column of each group of `columns` (any of the group's
 * field keys; for KPI, any of the metric's header texts). `rows`: the sheet must have rows for the month.
 */
export interface Need {
  role: Role;
  /** each inner list: the field keys (or KPI headers) that satisfy it, any one of them */
  columns: string[][];
  rows: boolean;
  /** rule ids that need it, for the message */
  rules: string[];
  /** a KPI metric key, when `columns` are the metric's headers */
  metric?: string;
  /** true: the run can go on without it (a warning, only when a header nearly names it) */
  optional?: boolean;
  /**
   * true: a missing column always stops the run. Otherwise it stops the run only when the sheet has headers that were
   * not recognised (one may be the column under another name); a sheet whose every header is known lacks the figure.
   */
  strict?: boolean;
}

/** Calls columns a call metric comes from: per-call exports count Result 接通/成功 as connected and successes. */
const CALL_COLUMNS: Record<string, string[]> = {
  dials: ['dials', 'result'],
  connected: ['connected', 'result'],
  successes: ['successes', 'result'],
  contractPaymentFen: ['contractPayment'],
};

/** The Calls or KPI sheet a metric is read from; derived metrics (score, absences …) need nothing of their own. */
export function metricNeed(metric: string, policy: Pick<Policy, 'kpiColumns'>, rule: string): Need | null {
  if (isCallMetric(metric)) return { role: 'calls', columns: [CALL_COLUMNS[metric] ?? [metric]], rows: true, rules: [rule] };
  const kpi = policy.kpiColumns.find((c) => c.key === metric);
  return kpi ? { role: 'kpi', columns: [kpi.headers], rows: true, rules: [rule], metric } : null;
}

type Declare<K extends RuleKind> = (rule: Extract<Rule, { kind: K }>, policy: Pick<Policy, 'kpiColumns'>) => (Need | null)[];

/** Inputs by rule kind: beside the kind's schema (schema.ts) and its Policy-sheet labels (policy-labels.ts). */
export const KIND_INPUTS: { [K in RuleKind]: Declare<K> } = {
  // Lateness, early leave and absence need both punches; a sheet of leave alone cannot say who came late.
  attendance: (r) => [{ role: 'attendance', columns: [['clockIn'], ['clockOut']], rows: true, rules: [r.rule], strict: true }],
  // Events are optional: a month without any Events row is a month without events.
  catalogue: () => [],
  target: (r, p) => r.metrics.map((m) => metricNeed(m.metric, p, r.rule)),
  tiers: (r, p) => [metricNeed(r.metric, p, r.rule)],
  rank: (r, p) => [metricNeed(r.metric, p, r.rule)],
  first: (r, p) => [metricNeed(r.metric, p, r.rule)],
  team: (r, p) => [metricNeed(r.metric, p, r.rule)],
  commission: (r, p) => [metricNeed(r.metric, p, r.rule)],
  'weighted-score': (r, p) => r.components.flatMap((c) => [c.numerator, ...(c.denominator ? [c.denominator] : [])])
    .map((m) => metricNeed(m, p, r.rule)),
  bands: () => [],
  status: () => [],
  // Without hire dates nobody is a new hire: the column is optional (a near-miss header is still pointed out).
  'new-hire': (r, p) => [metricNeed(r.metric, p, r.rule), { role: 'roster', columns: [['hireDate']], rows: false, rules: [r.rule], optional: true }],
};

/** The Roster columns the pay formula reads: base salary always; performance base and seniority pay when it uses them. */
function payNeeds(policy: Pick<Policy, 'pay'>): Need[] {
  const pay = policy.pay;
  const out: Need[] = [{ role: 'roster', columns: [['baseSalary']], rows: false, rules: [pay.rule] }];
  if (pay.performance !== 'none') out.push({ role: 'roster', columns: [['performanceBase']], rows: false, rules: [pay.performanceRule] });
  // Many centres pay no seniority: a missing column is 0 for everyone (a near-miss header is pointed out).
  if (pay.seniority) out.push({ role: 'roster', columns: [['seniority']], rows: false, rules: [pay.rule], optional: true });
  return out;
}

/**
 * Every input of a policy, merged by sheet and column group (the rule ids of each listed once, in policy order):
 * the rules' kinds, then the pay formula.
 */
export function policyNeeds(policy: Pick<Policy, 'rules' | 'kpiColumns' | 'pay'>): Need[] {
  const all: Need[] = [];
  for (const r of policy.rules) {
    const declare = KIND_INPUTS[r.kind] as Declare<RuleKind>;
    for (const n of declare(r as never, policy)) if (n) all.push(n);
  }
  all.push(...payNeeds(policy));
  const merged = new Map<string, Need>();
  for (const n of all) {
    for (const group of n.columns.length > 0 ? n.columns : [[]]) {
      const key = `${n.role}\u0000${group.join('|')}\u0000${n.optional ? 1 : 0}${n.strict ? 1 : 0}`;
      const seen = merged.get(key);
      if (seen) {
        for (const r of n.rules) if (!seen.rules.includes(r)) seen.rules.push(r);
        seen.rows ||= n.rows;
      } else merged.set(key, { ...n, columns: group.length > 0 ? [group] : [], rules: [...n.rules] });
    }
  }
  return [...merged.values()];
}
