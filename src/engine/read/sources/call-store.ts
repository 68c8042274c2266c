// Call rows of a sheet kept column by column: a million rows are a million two-field views over typed arrays, not a
// million fifteen-field records the garbage collector copies twice (readCalls at 1M rows spent most of its time there).
import type { CallMetric } from '../../rules/call-metrics.js';
import type { CallRow } from '../../types.js';

const STORES = new WeakMap<readonly CallRow[], CallStore>();

/** Records that `rows` are the views of `store`, in order (readCalls' result), for storeOf. */
export function keepStore(rows: readonly CallRow[], store: CallStore): void {
  STORES.set(rows, store);
}

/** The store whose views are exactly `rows` in order (an array readCalls returned, not grown since), or null. */
export function storeOf(rows: readonly CallRow[]): CallStore | null {
  const s = STORES.get(rows);
  return s !== undefined && s.length === rows.length ? s : null;
}

/** One metric column: its values, or null when the sheet has no such column and every row holds the default. */
export class MetricColumn {
  readonly values: Float64Array | null;

  constructor(readonly def: number, capacity: number, present: boolean) {
    this.values = present ? new Float64Array(capacity) : null;
  }

  get(i: number): number {
    const v = this.values;
    return v === null ? this.def : v[i];
  }
}

/** The metrics of one row, in CallRow field order. */
export type CallFigures = Record<CallMetric, number>;

/**
 * Columns of up to `capacity` call rows. `cellsAt` gives the A1 cells of a sheet row (SheetReader.lazyCells), so a
 * view's `cells` is built only when read.
 */
export class CallStore {
  /** distinct IDs and dates in first-kept order, and each row's index into them */
  readonly agentIds: string[] = [];
  readonly dateList: string[] = [];
  readonly agent: Int32Array;
  readonly day: Int32Array;
  /** seconds after local midnight, -1 for none */
  readonly times: Int32Array;
  readonly rows: Int32Array;
  readonly dials: MetricColumn;
  readonly connected: MetricColumn;
  readonly successes: MetricColumn;
  readonly talkMinutes: MetricColumn;
  readonly appointments: MetricColumn;
  readonly opportunities: MetricColumn;
  readonly contractPaymentFen: MetricColumn;
  readonly contacts: MetricColumn;
  readonly invitations: MetricColumn;
  length = 0;
  /** views of this store: CallView with the store on its own prototype, so a view holds only its index */
  private readonly View: new (i: number) => CallRow;
  private readonly agentOf = new Map<string, number>();
  private readonly dateOf = new Map<string, number>();
  private lastDate = '';
  private lastDay = -1;

  /**
   * `present`: the metrics the sheet gives a value for per row (a column, or Result for connected and successes); the
   * others are `blankDials` dials and 0 of the rest on every row, and take no memory.
   */
  constructor(capacity: number, readonly cellsAt: (row: number) => CallRow['cells'], blankDials: number,
    present: ReadonlySet<CallMetric>) {
    const View = class extends CallView {};
    Object.defineProperty(View.prototype, 's', { value: this });
    this.View = View;
    this.agent = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.times = new Int32Array(capacity);
    this.rows = new Int32Array(capacity);
    const column = (m: CallMetric, def = 0) => new MetricColumn(def, capacity, present.has(m));
    this.dials = column('dials', blankDials);
    this.connected = column('connected');
    this.successes = column('successes');
    this.talkMinutes = column('talkMinutes');
    this.appointments = column('appointments');
    this.opportunities = column('opportunities');
    this.contractPaymentFen = column('contractPaymentFen');
    this.contacts = column('contacts');
    this.invitations = column('invitations');
  }

  /** Index of an ID some kept row has, or undefined. */
  agentIndex(id: string): number | undefined {
    return this.agentOf.get(id);
  }

  /** Remembers an ID (checked against the Roster once) and returns its index. */
  newAgent(id: string): number {
    const a = this.agentIds.length;
    this.agentIds.push(id);
    this.agentOf.set(id, a);
    return a;
  }

  /** Appends a row of agent `a` (agentIndex or newAgent) and returns its view. */
  add(a: number, date: string, time: number | null, f: CallFigures, row: number): CallRow {
    const i = this.length++;
    this.agent[i] = a;
    if (date !== this.lastDate) {
      let d = this.dateOf.get(date);
      if (d === undefined) {
        d = this.dateList.length;
        this.dateList.push(date);
        this.dateOf.set(date, d);
      }
      this.lastDate = date;
      this.lastDay = d;
    }
    this.day[i] = this.lastDay;
    this.times[i] = time === null ? -1 : time;
    this.rows[i] = row;
    let v: Float64Array | null;
    if ((v = this.dials.values) !== null) v[i] = f.dials;
    if ((v = this.connected.values) !== null) v[i] = f.connected;
    if ((v = this.successes.values) !== null) v[i] = f.successes;
    if ((v = this.talkMinutes.values) !== null) v[i] = f.talkMinutes;
    if ((v = this.appointments.values) !== null) v[i] = f.appointments;
    if ((v = this.opportunities.values) !== null) v[i] = f.opportunities;
    if ((v = this.contractPaymentFen.values) !== null) v[i] = f.contractPaymentFen;
    if ((v = this.contacts.values) !== null) v[i] = f.contacts;
    if ((v = this.invitations.values) !== null) v[i] = f.invitations;
    return new this.View(i);
  }
}

/** A CallRow read from a CallStore: the same fields, read on access; JSON.stringify gives the plain record. */
class CallView implements CallRow {
  /** set on each store's subclass prototype (CallStore constructor) */
  declare private readonly s: CallStore;

  constructor(private readonly i: number) {}

  get id(): string { return this.s.agentIds[this.s.agent[this.i]]; }
  get date(): string { return this.s.dateList[this.s.day[this.i]]; }
  get time(): number | null {
    const t = this.s.times[this.i];
    return t < 0 ? null : t;
  }
  get dials(): number { return this.s.dials.get(this.i); }
  get connected(): number { return this.s.connected.get(this.i); }
  get successes(): number { return this.s.successes.get(this.i); }
  get talkMinutes(): number { return this.s.talkMinutes.get(this.i); }
  get appointments(): number { return this.s.appointments.get(this.i); }
  get opportunities(): number { return this.s.opportunities.get(this.i); }
  get contractPaymentFen(): number { return this.s.contractPaymentFen.get(this.i); }
  get contacts(): number { return this.s.contacts.get(this.i); }
  get invitations(): number { return this.s.invitations.get(this.i); }
  get row(): number { return this.s.rows[this.i]; }
  get cells(): CallRow['cells'] { return this.s.cellsAt(this.s.rows[this.i]); }

  toJSON(): CallRow {
    return { id: this.id, date: this.date, time: this.time, dials: this.dials, connected: this.connected, successes: this.successes,
      talkMinutes: this.talkMinutes, appointments: this.appointments, opportunities: this.opportunities,
      contractPaymentFen: this.contractPaymentFen, contacts: this.contacts, invitations: this.invitations, row: this.row,
      cells: this.cells };
  }
}

/**
 * The dates of call rows for sets and ranges: each distinct date once when the rows are a store's views (a million
 * rows hold a month of dates), else every row's date.
 */
export function callDates(rows: readonly CallRow[]): Iterable<string> {
  const store = storeOf(rows);
  return store !== null ? store.dateList : rows.map((r) => r.date);
}

/**
 * Per ID of a store, in first-kept order: the index of its first row dated `from`..`to` (ISO, inclusive) with the
 * earliest such date, or nothing for an ID without one.
 */
export function earliestRows(store: CallStore, from: string, to: string): number[] {
  const order = store.dateList.map((d, k) => k).sort((x, y) => (store.dateList[x] < store.dateList[y] ? -1 : 1));
  const rank = new Int32Array(store.dateList.length).fill(-1);
  order.forEach((k, r) => {
    const d = store.dateList[k];
    if (d >= from && d <= to) rank[k] = r;
  });
  const best = new Int32Array(store.agentIds.length).fill(-1);
  const { agent, day } = store;
  for (let i = 0; i < store.length; i++) {
    const r = rank[day[i]];
    if (r < 0) continue;
    const a = agent[i];
    const b = best[a];
    if (b < 0 || r < rank[day[b]]) best[a] = i;
  }
  const out: number[] = [];
  for (const i of best) if (i >= 0) out.push(i);
  return out;
}
