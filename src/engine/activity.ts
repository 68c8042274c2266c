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
  /** index of the day's last row in the grouped calls (absent on hand-built activity) */
  lastIndex?: number;
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
 * The grouped form: the rows of each day are chained by index (`prev`), and `rows` (sheet order, or date and time
 * order when every row is timed) is assembled only when first read.
 */
class Activity implements AgentActivity {
  days = new Map<string, DayTotals>();
  timed = true;
  private all: CallRow[] | null = null;

  constructor(readonly calls: readonly CallRow[], readonly prev: Int32Array) {}

  get rows(): CallRow[] {
    if (this.all !== null) return this.all;
    if (this.timed) {
      this.all = [];
      for (const day of this.days.values()) this.all.push(...this.dayRows(day));
    } else {
      const indexes = [...this.days.values()].flatMap((d) => this.chain(d)).sort((a, b) => a - b);
      this.all = indexes.map((i) => this.calls[i]);
    }
    return this.all;
  }

  /** One day's rows in time order (stable: sheet order among equal times), or sheet order when untimed. */
  dayRows(day: DayTotals): CallRow[] {
    const rows = this.chain(day).map((i) => this.calls[i]);
    return this.timed ? rows.sort((a, b) => a.time! - b.time!) : rows;
  }

  /** Indexes of the day's rows in sheet order. */
  private chain(day: DayTotals): number[] {
    const out: number[] = [];
    for (let i = day.lastIndex!; i >= 0; i = this.prev[i]) out.push(i);
    return out.reverse();
  }
}

/** The cell a day's first or last row cites for its successes. */
const successCell = (row: CallRow) => row.cells.successes ?? row.cells.result ?? row.cells.dials ?? row.cells.date ?? '';

const M = CALL_METRICS.length;

/**
 * Groups call rows by agent and day (rows of one agent-day are summed in sheet order). One pass into flat arrays
 * (no object per row; cell addresses only for each day's first and last row); rows are not copied.
 */
export function groupActivity(calls: readonly CallRow[]): Map<string, AgentActivity> {
  const prev = new Int32Array(calls.length);
  const agentIndex = new Map<string, number>();
  const agents: Activity[] = [];
  const slotsOf: number[][] = []; // per agent, per date index: its day slot, or -1
  const dateIndex = new Map<string, number>();
  const dates: string[] = [];
  let cap = 1024;
  let sums = new Float64Array(cap * M);
  let first = new Int32Array(cap);
  let last = new Int32Array(cap);
  let slots = 0;
  for (let i = 0; i < calls.length; i++) {
    const row = calls[i];
    let a = agentIndex.get(row.id);
    if (a === undefined) {
      a = agents.length;
      agentIndex.set(row.id, a);
      agents.push(new Activity(calls, prev));
      slotsOf.push([]);
    }
    if (row.time === null) agents[a].timed = false;
    let d = dateIndex.get(row.date);
    if (d === undefined) {
      d = dates.length;
      dateIndex.set(row.date, d);
      dates.push(row.date);
    }
    const own = slotsOf[a];
    while (own.length <= d) own.push(-1);
    let s = own[d];
    const o = (s < 0 ? slots : s) * M;
    if (s < 0) {
      if (slots === cap) {
        cap *= 2;
        sums = grown(sums, cap * M);
        first = grown(first, cap);
        last = grown(last, cap);
      }
      s = own[d] = slots++;
      first[s] = i;
      prev[i] = -1;
      sums[o] = row.dials; sums[o + 1] = row.connected; sums[o + 2] = row.successes; sums[o + 3] = row.talkMinutes;
      sums[o + 4] = row.appointments; sums[o + 5] = row.opportunities; sums[o + 6] = row.contractPaymentFen;
      sums[o + 7] = row.contacts; sums[o + 8] = row.invitations;
    } else {
      prev[i] = last[s];
      sums[o] += row.dials; sums[o + 1] += row.connected; sums[o + 2] += row.successes; sums[o + 3] += row.talkMinutes;
      sums[o + 4] += row.appointments; sums[o + 5] += row.opportunities; sums[o + 6] += row.contractPaymentFen;
      sums[o + 7] += row.contacts; sums[o + 8] += row.invitations;
    }
    last[s] = i;
  }
  const byDate = dates.map((_, d) => d).sort((x, y) => (dates[x] < dates[y] ? -1 : 1));
  const byAgent = new Map<string, AgentActivity>();
  for (const [id, a] of agentIndex) {
    const agent = agents[a];
    const own = slotsOf[a];
    for (const d of byDate) {
      const s = own[d] ?? -1;
      if (s >= 0) agent.days.set(dates[d], dayTotals(dates[d], sums, s, calls[first[s]], calls[last[s]], last[s]));
    }
    byAgent.set(id, agent);
  }
  return byAgent;
}

function grown<T extends Float64Array | Int32Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

/** A day's totals from slot `s` of the flat sums, with the successes cells of its first and last rows. */
function dayTotals(date: string, sums: Float64Array, s: number, firstRow: CallRow, lastRow: CallRow, lastIndex: number): DayTotals {
  const o = s * M;
  const values = {} as Record<CallMetric, number>;
  for (let k = 0; k < M; k++) values[CALL_METRICS[k]] = sums[o + k];
  const firstCell = successCell(firstRow);
  return { date, dials: values.dials, connected: values.connected, successes: values.successes, values,
    firstCell, lastCell: lastRow === firstRow ? firstCell : successCell(lastRow), firstRow, lastRow, lastIndex };
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
