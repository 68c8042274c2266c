// One input a rule reads (a sheet, its columns, a KPI metric), as rule kinds declare them; apart from inputs.ts, which
// gathers a policy's inputs through the registry, so a kind module can use it without loading the registry.
import type { Role } from '../read/aliases.js';
import { isCallMetric } from './call-metrics.js';
import type { Policy } from './policy.js';

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
