// Call results summed per agent and day, with the cells they came from, for targets, bonuses and ranking.
import { type AgentActivity, type CallMetric, type DayTotals, metricCell } from '../rules/call-metrics.js';
import { spanA1 } from './lines.js';

export { CALL_METRICS, type AgentActivity, type CallMetric, type DayTotals, isCallMetric, metricCell } from '../rules/call-metrics.js';
export { groupActivity, rowsOn } from './call-groups.js';

const EMPTY: AgentActivity = { days: new Map(), rows: [], timed: false };

export function activityOf(map: Map<string, AgentActivity>, id: string): AgentActivity {
  return map.get(id) ?? EMPTY;
}

export interface PeriodTotals {
  dials: number;
  connected: number;
  successes: number;
  /** the successes cells of the period's rows, as one range ('' when there are none) */
  source: string;
}

/** One call metric summed over the dates from..to inclusive, with the range of its cells ('' when no rows). */
export function metricBetween(agent: AgentActivity, metric: CallMetric, from: string, to: string): { value: number; source: string } {
  if (from === to) {
    const day = agent.days.get(from);
    return day ? { value: day.values[metric], source: spanA1(metricCell(day.firstRow, metric), metricCell(day.lastRow, metric)) }
      : { value: 0, source: '' };
  }
  let value = 0;
  let first: DayTotals | null = null;
  let last: DayTotals | null = null;
  for (const day of agent.days.values()) {
    if (day.date > to) break; // days are in date order
    if (day.date < from) continue;
    value += day.values[metric];
    first ??= day;
    last = day; // its row is read once, after the loop (a day from rows builds it when read)
  }
  return { value, source: first && last ? spanA1(metricCell(first.firstRow, metric), metricCell(last.lastRow, metric)) : '' };
}

/** One call metric summed over the dates from..to inclusive, without building its source range. */
export function metricSum(agent: AgentActivity, metric: CallMetric, from: string, to: string): number {
  if (from === to) return agent.days.get(from)?.values[metric] ?? 0;
  let value = 0;
  for (const day of agent.days.values()) {
    if (day.date > to) break; // days are in date order
    if (day.date >= from) value += day.values[metric];
  }
  return value;
}

/** Totals over the dates from..to inclusive (ISO). */
export function totalsBetween(agent: AgentActivity, from: string, to: string): PeriodTotals {
  const out: PeriodTotals = { dials: 0, connected: 0, successes: 0, source: '' };
  let first = '';
  let last: DayTotals | null = null;
  for (const day of agent.days.values()) {
    if (day.date > to) break; // days are in date order
    if (day.date < from) continue;
    out.dials += day.dials;
    out.connected += day.connected;
    out.successes += day.successes;
    if (first === '') first = day.firstCell;
    last = day; // its cell is read once, after the loop (a day from rows builds it when read)
  }
  out.source = first === '' ? '' : spanA1(first, last!.lastCell);
  return out;
}
