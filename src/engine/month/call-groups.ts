// Call rows summed per agent-day in one pass into flat arrays (no object per row), each day's rows chained by index.
import { type AgentActivity, CALL_METRICS, type CallMetric, crossingKey, type DayTotals, metricCell } from '../rules/call-metrics.js';
import { type CallStore, storeOf } from '../read/sources/call-store.js';
import type { CallAggregates, CallRow } from '../types.js';

const M = CALL_METRICS.length;

/**
 * One agent's grouped calls: the rows of each day are chained by index (`prev`), and `rows` (sheet order, or date
 * and time order when every row is timed) is assembled only when first read.
 */
class Activity implements AgentActivity {
  days = new Map<string, DayTotals>();
  private all: CallRow[] | null = null;
  private readonly sorted = new Map<DayTotals, CallRow[]>();

  /** `times`: each row's seconds when the rows are a store's views, so a day is sorted without a getter per compare */
  constructor(readonly calls: readonly CallRow[], readonly prev: Int32Array, readonly timed: boolean,
    private readonly times: Int32Array | null = null) {}

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
    // Each prize threshold of A-BON-1 asks again for the day it crosses on: sorted once.
    let rows = this.sorted.get(day);
    if (rows !== undefined) return rows;
    const times = this.times;
    if (this.timed && times !== null) rows = this.chain(day).sort((a, b) => times[a] - times[b]).map((i) => this.calls[i]);
    else {
      rows = this.chain(day).map((i) => this.calls[i]);
      if (this.timed) rows.sort((a, b) => a.time! - b.time!);
    }
    this.sorted.set(day, rows);
    return rows;
  }

  /** Indexes of the day's rows in sheet order. */
  private chain(day: DayTotals): number[] {
    const out: number[] = [];
    for (let i = day.lastIndex!; i >= 0; i = this.prev[i]) out.push(i);
    return out.reverse();
  }
}

/** The cell a day's first or last row cites for its successes. */
const successCell = (row: CallRow) => metricCell(row, 'successes');

/**
 * A day's totals from call rows: its first and last cells are built when a line cites them (most of a month's
 * 40,000 agent-days are never cited; each cell built up front was a cells object and a string per row).
 */
class RowsDay implements DayTotals {
  readonly dials: number;
  readonly connected: number;
  readonly successes: number;

  constructor(readonly date: string, readonly values: Record<CallMetric, number>, readonly firstRow: CallRow,
    readonly lastRow: CallRow, readonly lastIndex: number) {
    this.dials = values.dials;
    this.connected = values.connected;
    this.successes = values.successes;
  }

  get firstCell(): string { return successCell(this.firstRow); }
  get lastCell(): string { return successCell(this.lastRow); }
}

function grown<T extends Float64Array | Int32Array>(a: T, size: number): T {
  const out = new (a.constructor as new (n: number) => T)(size);
  out.set(a);
  return out;
}

/**
 * Sums call rows per agent and day as they are added, in sheet order (row i is the i-th added): the 9 metrics of
 * each agent-day in one Float64Array slot, the first and last row index of each slot, and a chain of row indexes.
 */
export class CallGrouper {
  /** rows added so far */
  count = 0;
  private readonly agentIndex = new Map<string, number>();
  private readonly timed: boolean[] = [];
  /** slot of agent a on date index d at a * dateCap + d, or -1 */
  private table = new Int32Array(64 * 64).fill(-1);
  private dateCap = 64;
  private readonly dateIndex = new Map<string, number>();
  private readonly dates: string[] = [];
  private prev: Int32Array;
  private cap = 1024;
  private slots = 0;
  private sums = new Float64Array(this.cap * M);
  private first = new Int32Array(this.cap);
  private last = new Int32Array(this.cap);

  constructor(capacity = 1024) {
    this.prev = new Int32Array(Math.max(capacity, 16));
  }

  add(row: CallRow): void {
    const i = this.count++;
    if (i === this.prev.length) this.prev = grown(this.prev, i * 2);
    let a = this.agentIndex.get(row.id);
    if (a === undefined) {
      a = this.timed.length;
      this.agentIndex.set(row.id, a);
      this.timed.push(true);
      if ((a + 1) * this.dateCap > this.table.length) this.resize(this.table.length * 2 / this.dateCap, this.dateCap);
    }
    if (row.time === null) this.timed[a] = false;
    let d = this.dateIndex.get(row.date);
    if (d === undefined) {
      d = this.dates.length;
      this.dateIndex.set(row.date, d);
      this.dates.push(row.date);
      if (d === this.dateCap) this.resize(this.table.length / this.dateCap, this.dateCap * 2);
    }
    const at = a * this.dateCap + d;
    let s = this.table[at];
    if (s < 0) {
      s = this.table[at] = this.newSlot(i);
      this.prev[i] = -1;
      const sums = this.sums;
      const o = s * M;
      sums[o] = row.dials; sums[o + 1] = row.connected; sums[o + 2] = row.successes; sums[o + 3] = row.talkMinutes;
      sums[o + 4] = row.appointments; sums[o + 5] = row.opportunities; sums[o + 6] = row.contractPaymentFen;
      sums[o + 7] = row.contacts; sums[o + 8] = row.invitations;
    } else {
      this.prev[i] = this.last[s];
      const sums = this.sums;
      const o = s * M;
      sums[o] += row.dials; sums[o + 1] += row.connected; sums[o + 2] += row.successes; sums[o + 3] += row.talkMinutes;
      sums[o + 4] += row.appointments; sums[o + 5] += row.opportunities; sums[o + 6] += row.contractPaymentFen;
      sums[o + 7] += row.contacts; sums[o + 8] += row.invitations;
    }
    this.last[s] = i;
  }

  /**
   * Adds every row of a CallStore, as `add` would one by one, straight from its columns (a million getter reads
   * saved); the grouper must be empty. Agents and dates come in the store's first-kept order, which is add's order.
   */
  addStore(store: CallStore): void {
    const n = store.length;
    if (this.count !== 0) throw new Error('addStore on a grouper that has rows', { cause: { code: 'grouper-not-empty' } });
    if (this.prev.length < n) this.prev = new Int32Array(n);
    for (const id of store.agentIds) {
      this.agentIndex.set(id, this.timed.length);
      this.timed.push(true);
    }
    for (const date of store.dateList) {
      this.dateIndex.set(date, this.dates.length);
      this.dates.push(date);
    }
    const dates = Math.max(this.dates.length, 1);
    this.table = new Int32Array(Math.max(this.timed.length * dates, 1)).fill(-1);
    this.dateCap = dates;
    const { agent, day, times } = store;
    const prev = this.prev;
    const table = this.table;
    const rowsIn = new Int32Array(table.length);
    // The metrics with a column of their own; the others hold their default on every row.
    const ks: number[] = [];
    const columns: Float64Array[] = [];
    for (let k = 0; k < M; k++) {
      const values = store[CALL_METRICS[k]].values;
      if (values !== null) {
        ks.push(k);
        columns.push(values);
      }
    }
    for (let i = 0; i < n; i++) {
      const a = agent[i];
      if (times[i] < 0) this.timed[a] = false;
      const at = a * dates + day[i];
      let s = table[at];
      const first = s < 0;
      if (first) {
        s = table[at] = this.newSlot(i);
        prev[i] = -1;
      } else prev[i] = this.last[s];
      this.last[s] = i;
      rowsIn[s]++;
      // A slot's first row sets its sums and the others add to them, in row order, as add does.
      const sums = this.sums;
      const o = s * M;
      for (let c = 0; c < ks.length; c++) {
        if (first) sums[o + ks[c]] = columns[c][i];
        else sums[o + ks[c]] += columns[c][i];
      }
    }
    this.count = n;
    for (let k = 0; k < M; k++) {
      const column = store[CALL_METRICS[k]];
      if (column.values === null && column.def !== 0) for (let s = 0; s < this.slots; s++) this.sums[s * M + k] = column.def * rowsIn[s];
    }
  }

  /** Each agent's days in date order (agents in first-seen order); `calls` are the rows added. */
  activity(calls: readonly CallRow[], times: Int32Array | null = null): Map<string, AgentActivity> {
    const byDate = this.dates.map((_, d) => d).sort((x, y) => (this.dates[x] < this.dates[y] ? -1 : 1));
    const out = new Map<string, AgentActivity>();
    for (const [id, a] of this.agentIndex) {
      const agent = new Activity(calls, this.prev, this.timed[a], times);
      for (const d of byDate) {
        const s = this.table[a * this.dateCap + d];
        if (s >= 0) agent.days.set(this.dates[d], this.dayTotals(this.dates[d], s, calls));
      }
      out.set(id, agent);
    }
    return out;
  }

  /** Room for `agents` agents of `dates` date indexes each, keeping the slots. */
  private resize(agents: number, dates: number): void {
    const table = new Int32Array(agents * dates).fill(-1);
    for (let a = 0; a < this.timed.length; a++) {
      table.set(this.table.subarray(a * this.dateCap, a * this.dateCap + Math.min(this.dateCap, dates)), a * dates);
    }
    this.table = table;
    this.dateCap = dates;
  }

  private newSlot(i: number): number {
    if (this.slots === this.cap) {
      this.cap *= 2;
      this.sums = grown(this.sums, this.cap * M);
      this.first = grown(this.first, this.cap);
      this.last = grown(this.last, this.cap);
    }
    this.first[this.slots] = i;
    return this.slots++;
  }

  /** A day's totals from slot `s`, with the successes cells of its first and last rows. */
  private dayTotals(date: string, s: number, calls: readonly CallRow[]): DayTotals {
    const o = s * M;
    const sums = this.sums;
    // One literal in CALL_METRICS order (one shape for every day; keyed stores in a loop made each a slow object).
    const values: Record<CallMetric, number> = { dials: sums[o], connected: sums[o + 1], successes: sums[o + 2],
      talkMinutes: exactMinutes(sums[o + 3]), appointments: sums[o + 4], opportunities: sums[o + 5],
      contractPaymentFen: sums[o + 6], contacts: sums[o + 7], invitations: sums[o + 8] };
    return new RowsDay(date, values, calls[this.first[s]], calls[this.last[s]], this.last[s]);
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

/** Groups call rows by agent and day (rows of one agent-day are summed in sheet order); rows are not copied. */
export function groupActivity(calls: readonly CallRow[]): Map<string, AgentActivity> {
  const g = new CallGrouper(calls.length);
  const store = storeOf(calls);
  if (store !== null) g.addStore(store);
  else for (const row of calls) g.add(row);
  return g.activity(calls, store !== null ? store.times : null);
}

/** The agent's rows of one day in time order (sheet order among equal times, or when rows carry no time). */
export function rowsOn(agent: AgentActivity, date: string): CallRow[] {
  const day = agent.days.get(date);
  if (day === undefined) return [];
  if (agent instanceof Activity) return agent.dayRows(day);
  // Hand-built activity: its rows are already in order.
  return agent.rows.filter((r) => r.date === date);
}
