// The Calls sheet metrics and the per-agent, per-day shapes the grouping and the rules share.
import type { CallRow } from '../types.js';

/** Count and amount columns of the Calls sheet that rules may name as a metric. */
export const CALL_METRICS = ['dials', 'connected', 'successes', 'talkMinutes', 'appointments', 'opportunities',
  'contractPaymentFen', 'contacts', 'invitations'] as const;
export type CallMetric = (typeof CALL_METRICS)[number];

const CALL_METRIC_SET: ReadonlySet<string> = new Set(CALL_METRICS);

export function isCallMetric(metric: string): metric is CallMetric {
  return CALL_METRIC_SET.has(metric);
}

/** The A1 cell a call row's metric was read from (contractPaymentFen → the contract payment column). */
export function metricCell(row: CallRow, metric: CallMetric): string {
  const key = metric === 'contractPaymentFen' ? 'contractPayment' : metric;
  const cells = row.cells; // read once: a stored row builds its cells on each read
  return cells[key as keyof CallRow['cells']] ?? cells.successes ?? cells.result ?? cells.dials ?? cells.date ?? '';
}

export interface DayTotals {
  date: string;
  dials: number;
  connected: number;
  successes: number;
  /** every call metric of the day, summed */
  values: Record<CallMetric, number>;
  /** successes cell of the day's first and last rows */
  firstCell: string;
  lastCell: string;
  firstRow: CallRow;
  lastRow: CallRow;
  /** index of the day's last row in the grouped calls (absent on hand-built activity) */
  lastIndex?: number;
}

export interface AgentActivity {
  /** by ISO date, in date order */
  days: Map<string, DayTotals>;
  /** the agent's rows in time order: only meaningful when every row carries a time */
  rows: CallRow[];
  timed: boolean;
  /**
   * Aggregated records only (no rows): the record at which the month's total of a metric reached a threshold, keyed
   * `metric|threshold|yyyy-mm` (see crossingKey); absent when not reached.
   */
  crossings?: Map<string, { date: string; time: number; row: CallRow }>;
}

/** Key of AgentActivity.crossings. */
export const crossingKey = (metric: string, threshold: number, month: string) => `${metric}|${threshold}|${month}`;

