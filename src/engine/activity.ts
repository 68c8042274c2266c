// Call results summed per agent and day, with the cells they came from, for targets, bonuses and ranking.
import { spanA1 } from './lines.js';
import type { CallRow } from './types.js';

/** Count and amount columns of the Calls sheet that rules may name as a metric. */
export const CALL_METRICS = ['dials', 'connected', 'successes', 'talkMinutes', 'appointments', 'opportunities',
  'contractPaymentFen', 'contacts', 'invitations'] as const;
export type CallMetric = (typeof CALL_METRICS)[number];

export function isCallMetric(metric: string): metric is CallMetric {
  return (CALL_METRICS as readonly string[]).includes(metric);
}

/** The A1 cell a call row's metric was read from (contractPaymentFen → the contract payment column). */
export function metricCell(row: CallRow, metric: CallMetric): string {
  const key = metric === 'contractPaymentFen' ? 'contractPayment' : metric;
  return row.cells[key as keyof CallRow['cells']] ?? row.cells.successes ?? row.cells.result ?? row.cells.dials ?? row.cells.date ?? '';
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
  /** indexes of the day's rows in the grouped calls, in sheet order (absent on hand-built activity) */
  indexes?: number[];
}

export interface AgentActivity {
  /** by ISO date, in date order */
  days: Map<string, DayTotals>;
  /** the agent's rows in time order: only meaningful when every row carries a time */
  rows: CallRow[];
  timed: boolean;
}

const EMPTY: AgentActivity = { days: new Map(), rows: [], timed: false };

/**
 * The grouped form: each day keeps the indexes of its rows, and `rows` (sheet order, or date and time order when
 * every row is timed) is assembled only when first read.
 */
class Activity implements AgentActivity {
  days = new Map<string, DayTotals>();
  timed = true;
  private all: CallRow[] | null = null;

  constructor(readonly calls: readonly CallRow[]) {}

  get rows(): CallRow[] {
    if (this.all !== null) return this.all;
    if (this.timed) {
      this.all = [];
      for (const day of this.days.values()) this.all.push(...this.dayRows(day));
    } else {
      const indexes = [...this.days.values()].flatMap((d) => d.indexes!).sort((a, b) => a - b);
      this.all = indexes.map((i) => this.calls[i]);
    }
    return this.all;
  }

  /** One day's rows in time order (stable: sheet order among equal times), or sheet order when untimed. */
  dayRows(day: DayTotals): CallRow[] {
    const rows = day.indexes!.map((i) => this.calls[i]);
    return this.timed ? rows.sort((a, b) => a.time! - b.time!) : rows;
  }
}

/** The cell a day's first or last row cites for its successes. */
const successCell = (row: CallRow) => row.cells.successes ?? row.cells.result ?? row.cells.dials ?? row.cells.date ?? '';

/**
 * Groups call rows by agent and day (rows of one agent-day are summed). One pass; rows are not copied, and cell
 * addresses are built only for each day's first and last row.
 */
export function groupActivity(calls: readonly CallRow[]): Map<string, AgentActivity> {
  const byAgent = new Map<string, Activity>();
  for (let i = 0; i < calls.length; i++) {
    const row = calls[i];
    let agent = byAgent.get(row.id);
    if (agent === undefined) {
      agent = new Activity(calls);
      byAgent.set(row.id, agent);
    }
    if (row.time === null) agent.timed = false;
    const day = agent.days.get(row.date);
    if (day === undefined) {
      const values: Record<CallMetric, number> = {
        dials: row.dials, connected: row.connected, successes: row.successes, talkMinutes: row.talkMinutes,
        appointments: row.appointments, opportunities: row.opportunities, contractPaymentFen: row.contractPaymentFen,
        contacts: row.contacts, invitations: row.invitations,
      };
      agent.days.set(row.date, {
        date: row.date, dials: row.dials, connected: row.connected, successes: row.successes, values,
        firstCell: '', lastCell: '', firstRow: row, lastRow: row, indexes: [i],
      });
    } else {
      day.dials += row.dials;
      day.connected += row.connected;
      day.successes += row.successes;
      const v = day.values;
      v.dials += row.dials;
      v.connected += row.connected;
      v.successes += row.successes;
      v.talkMinutes += row.talkMinutes;
      v.appointments += row.appointments;
      v.opportunities += row.opportunities;
      v.contractPaymentFen += row.contractPaymentFen;
      v.contacts += row.contacts;
      v.invitations += row.invitations;
      day.lastRow = row;
      day.indexes!.push(i);
    }
  }
  for (const agent of byAgent.values()) {
    agent.days = new Map([...agent.days.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
    for (const day of agent.days.values()) {
      day.firstCell = successCell(day.firstRow);
      day.lastCell = day.lastRow === day.firstRow ? day.firstCell : successCell(day.lastRow);
    }
  }
  return byAgent;
}

/** The agent's rows of one day in time order (sheet order among equal times, or when rows carry no time). */
export function rowsOn(agent: AgentActivity, date: string): CallRow[] {
  const day = agent.days.get(date);
  if (day === undefined) return [];
  if (agent instanceof Activity) return agent.dayRows(day);
  // Hand-built activity: its rows are already in order.
  return agent.rows.filter((r) => r.date === date);
}

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
  let first: CallRow | null = null;
  let last: CallRow | null = null;
  for (const day of agent.days.values()) {
    if (day.date < from || day.date > to) continue;
    value += day.values[metric];
    first ??= day.firstRow;
    last = day.lastRow;
  }
  return { value, source: first && last ? spanA1(metricCell(first, metric), metricCell(last, metric)) : '' };
}

/** Totals over the dates from..to inclusive (ISO). */
export function totalsBetween(agent: AgentActivity, from: string, to: string): PeriodTotals {
  const out: PeriodTotals = { dials: 0, connected: 0, successes: 0, source: '' };
  let first = '';
  let last = '';
  for (const day of agent.days.values()) {
    if (day.date < from || day.date > to) continue;
    out.dials += day.dials;
    out.connected += day.connected;
    out.successes += day.successes;
    if (first === '') first = day.firstCell;
    last = day.lastCell;
  }
  out.source = first === '' ? '' : spanA1(first, last);
  return out;
}
