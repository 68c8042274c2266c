// Call rows summed per agent-day in one pass into flat arrays (no object per row), each day's rows chained by index.
import { type AgentActivity, CALL_METRICS, type CallMetric, crossingKey, type DayTotals, metricCell } from '../rules/call-metrics.js';
import { figureAt } from '../read/sources/call-store.js';
import type { CallAggregates, CallRow, CallRows } from '../types.js';

/**
 * One agent's grouped calls: the rows of each day are chained by index (`prev`), and `rows` (sheet order, or date
 * and time order when every row is timed) is assembled only when first read.
 */
class Activity implements AgentActivity {
  days = new Map<string, DayTotals>();
  private all: CallRow[] | null = null;

  constructor(readonly calls: CallRows, readonly prev: Int32Array, readonly timed: boolean) {}

  get rows(): CallRow[] {
    if (this.all !== null) return this.all;
    if (this.timed) {
      this.all = [];
      for (const day of this.days.values()) this.all.push(...this.dayRows(day));
    } else {
      const indexes = [...this.days.values()].flatMap((d) => this.chain(d)).sort((a, b) => a - b);
      this.all = indexes.map((i) => this.calls.at(i));
    }
    return this.all;
  }

  /** One day's rows in time order (stable: sheet order among equal times), or sheet order when untimed. */
  dayRows(day: DayTotals): CallRow[] {
    return this.dayIndexes(day).map((i) => this.calls.at(i));
  }

  /** dayRows as indexes into the calls. */
  dayIndexes(day: DayTotals): number[] {
    const times = this.calls.times;
    const indexes = this.chain(day);
    if (this.timed) indexes.sort((a, b) => times[a] - times[b]);
    return indexes;
  }

  /**
   * Index of the first of the day's rows, in dayRows order, at which `total` plus their `metric` reaches `threshold`,
   * or -1. The day's chain is put in that order in a reused scratch array, by insertion for a day of a few dozen rows
   * (A-BON-1 asks this of every agent for each threshold: an index array, a sort and a cache entry per agent-day was
   * ≈ 75–90 ms of a million-row month).
   */
  reaching(day: DayTotals, metric: CallMetric, total: number, threshold: number): number {
    const prev = this.prev;
    let n = 0;
    for (let i = day.lastIndex!; i >= 0; i = prev[i]) n++;
    if (scratch.length < n) scratch = new Int32Array(2 * n);
    const order = scratch;
    // The chain runs from the last row back: filled from the end, the rows stand in sheet order.
    let k = n;
    for (let i = day.lastIndex!; i >= 0; i = prev[i]) order[--k] = i;
    if (this.timed) inTimeOrder(order, n, this.calls.times);
    const column = this.calls[metric];
    for (let j = 0; j < n; j++) {
      const i = order[j];
      total += figureAt(column, i);
      if (reaches(metric, total, threshold)) return i;
    }
    return -1;
  }

  /** Indexes of the day's rows in sheet order. */
  private chain(day: DayTotals): number[] {
    const out: number[] = [];
    for (let i = day.lastIndex!; i >= 0; i = this.prev[i]) out.push(i);
    return out.reverse();
  }
}

/** Row indexes of one day being put in order (grown when a day has more rows). */
let scratch = new Int32Array(256);

/**
 * Sorts the first n indexes (in sheet order) by time, sheet order kept among equal times: by insertion when short,
 * else by a sort on (time, index), the same order.
 */
function inTimeOrder(order: Int32Array, n: number, times: Int32Array): void {
  if (n > 64) {
    order.subarray(0, n).sort((a, b) => times[a] - times[b] || a - b);
    return;
  }
  for (let j = 1; j < n; j++) {
    const x = order[j];
    const t = times[x];
    let m = j - 1;
    while (m >= 0 && times[order[m]] > t) {
      order[m + 1] = order[m];
      m--;
    }
    order[m + 1] = x;
  }
}

/** Whether a running total reaches a threshold (fractional talk minutes compared to the millionth, as SQL sums them). */
export function reaches(metric: CallMetric, total: number, threshold: number): boolean {
  return (metric === 'talkMinutes' ? exactMinutes(total) : total) >= threshold;
}

/** The cell a day's first or last row cites for its successes. */
const successCell = (row: CallRow) => metricCell(row, 'successes');

/** Per-slot sums of the grouped rows: slot `s`'s sum of metric k (CALL_METRICS order). */
interface SlotSums {
  sum(k: number, s: number): number;
}

/**
 * A day's totals from call rows: its first and last rows and cells are built when a line cites them (most of a
 * month's 40,000 agent-days are never cited; each built up front was a record, a cells object and a string per row).
 * The day is its own `values` (a metric field each): one object per agent-day lives through the month, not two.
 */
class RowsDay implements DayTotals {
  readonly dials: number;
  readonly connected: number;
  readonly successes: number;
  readonly talkMinutes: number;
  readonly appointments: number;
  readonly opportunities: number;
  readonly contractPaymentFen: number;
  readonly contacts: number;
  readonly invitations: number;

  /** The day of slot `s` of the groups (no closure per agent-day: 42,000 of them at a million rows). */
  constructor(readonly date: string, g: SlotSums, s: number, private readonly calls: CallRows,
    private readonly firstIndex: number, readonly lastIndex: number) {
    this.dials = g.sum(0, s);
    this.connected = g.sum(1, s);
    this.successes = g.sum(2, s);
    this.talkMinutes = exactMinutes(g.sum(3, s));
    this.appointments = g.sum(4, s);
    this.opportunities = g.sum(5, s);
    this.contractPaymentFen = g.sum(6, s);
    this.contacts = g.sum(7, s);
    this.invitations = g.sum(8, s);
  }

  get values(): Record<CallMetric, number> { return this; }

  get firstRow(): CallRow { return this.calls.at(this.firstIndex); }
  get lastRow(): CallRow { return this.calls.at(this.lastIndex); }

  get firstCell(): string { return successCell(this.firstRow); }
  get lastCell(): string { return successCell(this.lastRow); }
}

/**
 * Call rows summed per agent and day: one pass over the rows finds each row's agent-day slot (the first and last row
 * of each slot, each row chained to the previous row of its day), then one pass per metric column sums it per slot,
 * in row order.
 */
class CallGroups implements SlotSums {
  /** per agent index: every row carries a time */
  private readonly timed: boolean[];
  /** slot of agent a on date index d at a * dates + d, or -1 */
  private readonly table: Int32Array;
  private readonly prev: Int32Array;
  private readonly first: Int32Array;
  private readonly last: Int32Array;
  /** rows per slot */
  private readonly count: Int32Array;
  /** per metric (CALL_METRICS order), its sum per slot; null for a metric without a column (its default × rows) */
  private readonly sums: (Float64Array | null)[];

  constructor(private readonly calls: CallRows) {
    const n = calls.length;
    const dates = Math.max(calls.dates.length, 1);
    this.timed = calls.ids.map(() => true);
    this.table = new Int32Array(Math.max(calls.ids.length * dates, 1)).fill(-1);
    this.prev = new Int32Array(n);
    // Sized once: there are no more agent-days than rows or than agents × dates (growing midway cost a deopt each time).
    const cap = Math.min(n, this.table.length);
    this.first = new Int32Array(cap);
    this.last = new Int32Array(cap);
    this.count = new Int32Array(cap);
    const { agent, day, times } = calls;
    const { prev, table, timed, first, last, count } = this;
    const slotOf = new Int32Array(n);
    let slots = 0;
    for (let i = 0; i < n; i++) {
      const a = agent[i];
      if (times[i] < 0) timed[a] = false;
      const at = a * dates + day[i];
      let s = table[at];
      if (s < 0) {
        s = table[at] = slots++;
        first[s] = i;
        prev[i] = -1;
      } else prev[i] = last[s];
      last[s] = i;
      count[s]++;
      slotOf[i] = s;
    }
    // Each slot's rows are added in row order (one small array per metric stays in cache). A sum starts at -0, which
    // added to any value gives that value exactly (0 would turn a -0 into 0): the same as the first row setting it,
    // without reading each row's slot's first row.
    this.sums = CALL_METRICS.map((m) => {
      const values = calls[m].values;
      if (values === null) return null;
      const sum = new Float64Array(slots).fill(-0);
      for (let i = 0; i < n; i++) sum[slotOf[i]] += values[i];
      return sum;
    });
  }

  /** Each agent's days in date order (agents in first-kept order). */
  activity(): Map<string, AgentActivity> {
    const { ids, dates } = this.calls;
    const width = Math.max(dates.length, 1);
    const byDate = dates.map((_, d) => d).sort((x, y) => (dates[x] < dates[y] ? -1 : 1));
    const out = new Map<string, AgentActivity>();
    ids.forEach((id, a) => {
      const agent = new Activity(this.calls, this.prev, this.timed[a]);
      for (const d of byDate) {
        const s = this.table[a * width + d];
        if (s >= 0) agent.days.set(dates[d], this.dayTotals(dates[d], s));
      }
      out.set(id, agent);
    });
    return out;
  }

  /** Slot `s`'s sum of metric k (CALL_METRICS order). */
  sum(k: number, s: number): number {
    const sum = this.sums[k];
    return sum === null ? this.calls[CALL_METRICS[k]].def * this.count[s] : sum[s];
  }

  /** A day's totals from slot `s`. */
  private dayTotals(date: string, s: number): DayTotals {
    return new RowsDay(date, this, s, this.calls, this.first[s], this.last[s]);
  }
}

/**
 * Talk minutes to the millionth: a day's sum of fractional minutes is the same figure whether added here in binary
 * floating point or exactly in SQL (src/calls), as long as each value has at most 6 decimals.
 */
export function exactMinutes(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

/**
 * Activity from call records aggregated before the engine: the same day totals and source cells the rows would give
 * (days in date order, agents in first-seen order), and the timed A-BON-1 crossings worked out with the aggregation.
 */
export function aggregatedActivity(agg: CallAggregates): Map<string, AgentActivity> {
  const out = new Map<string, AgentActivity & { crossings: NonNullable<AgentActivity['crossings']> }>();
  const days = [...agg.days].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const agent = (id: string) => {
    let a = out.get(id);
    if (!a) out.set(id, a = { days: new Map(), rows: [], timed: true, crossings: new Map() });
    return a;
  };
  for (const id of new Set(agg.days.map((d) => d.id))) agent(id);
  for (const d of days) {
    const a = agent(d.id);
    if (d.untimed > 0) a.timed = false;
    const values: Record<CallMetric, number> = { dials: d.dials, connected: d.connected, successes: d.successes,
      talkMinutes: d.talkMinutes, appointments: d.appointments, opportunities: d.opportunities,
      contractPaymentFen: d.contractPaymentFen, contacts: d.contacts, invitations: d.invitations };
    const firstCell = successCell(d.first);
    a.days.set(d.date, { date: d.date, dials: d.dials, connected: d.connected, successes: d.successes, values, firstCell,
      lastCell: d.last === d.first ? firstCell : successCell(d.last), firstRow: d.first, lastRow: d.last });
  }
  for (const c of agg.crossings) agent(c.id).crossings.set(crossingKey(c.metric, c.threshold, c.month), { date: c.date, time: c.time, row: c.row });
  return out;
}

/** Groups call rows by agent and day (rows of one agent-day are summed in row order); rows are not copied. */
export function groupActivity(calls: CallRows): Map<string, AgentActivity> {
  return new CallGroups(calls).activity();
}

/** The agent's rows of one day in time order (sheet order among equal times, or when rows carry no time). */
export function rowsOn(agent: AgentActivity, date: string): CallRow[] {
  const day = agent.days.get(date);
  if (day === undefined) return [];
  if (agent instanceof Activity) return agent.dayRows(day);
  // Hand-built activity: its rows are already in order.
  return agent.rows.filter((r) => r.date === date);
}

/**
 * The first of the agent's rows on `date`, in time order, at which `total` plus their `metric` reaches `threshold`
 * (fractional talk minutes compared to the millionth, as the SQL aggregation sums them), or null. Rows from the
 * calls are read by index and only the one found is built (each agent crosses each A-BON-1 threshold on some day).
 */
export function rowReaching(agent: AgentActivity, date: string, metric: CallMetric, total: number, threshold: number): CallRow | null {
  const day = agent.days.get(date);
  if (day === undefined) return null;
  if (!(agent instanceof Activity)) {
    for (const row of rowsOn(agent, date)) if (reaches(metric, total += row[metric], threshold)) return row;
    return null;
  }
  const i = agent.reaching(day, metric, total, threshold);
  return i < 0 ? null : agent.calls.at(i);
}

