// Call rows kept column by column (SourceData.calls): a million rows are typed arrays and one record per distinct ID
// and date, not a million fifteen-field records the garbage collector copies twice.
import { CALL_METRICS, type CallMetric } from '../../rules/call-metrics.js';
import { isoOfDay } from './clock.js';
import type { CallColumn, CallRow, CallRows } from '../../types.js';

/** The largest value a column of whole counts holds (an Int16Array's). */
export const WHOLE_MAX = 32_767;

/**
 * One metric column: its values, or null when the sheet has no such column and every row holds the default. A column
 * of whole counts (0…WHOLE_MAX) takes a quarter of the memory: at a million rows 2 MB of fresh pages instead of 8 MB,
 * ~1,500 page faults fewer over three count columns (system time −10 ms, the build's sums read less memory too).
 */
export class MetricColumn implements CallColumn {
  readonly values: Float64Array | Int16Array | null;

  constructor(readonly def: number, capacity: number, present: boolean, whole: boolean) {
    this.values = !present ? null : whole ? new Int16Array(capacity) : new Float64Array(capacity);
  }

  get(i: number): number {
    const v = this.values;
    return v === null ? this.def : v[i];
  }
}

const NONE: ReadonlySet<CallMetric> = new Set();
/** Day numbers of 1900-01-01 and 2199-12-31, the dates a data sheet may hold (cells.ts parseDataDay). */
const FIRST_DAY = -25_567;
const LAST_DAY = 84_005;

/** The metrics of one row, in CallRow field order. */
export type CallFigures = Record<CallMetric, number>;

/**
 * Columns of up to `capacity` call rows. `cellsAt` gives the A1 cells of a row from its sheet row and index
 * (SheetReader.lazyCells for a sheet), read only when `at` builds the row.
 */
export class CallStore implements CallRows {
  readonly ids: string[] = [];
  readonly dates: string[] = [];
  readonly agent: Int32Array;
  readonly day: Int32Array;
  readonly times: Int32Array;
  /** sheet row of each row, made only when a row was left out (rowAt) */
  private rowArray: Int32Array | null = null;
  /** while rowArray is null, the rows kept are consecutive sheet rows from this one */
  private firstRow = 0;
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
  private readonly agentOf = new Map<string, number>();
  private readonly dateOf = new Map<string, number>();
  private lastDate = '';
  private lastDay = -1;
  /** Index into `dates` by day number minus FIRST_DAY (-1: not seen yet), made on the first dayOfNumber. */
  private dayByNumber: Int32Array | null = null;

  /**
   * `present`: the metrics the sheet gives a value for per row (a column, or Result for connected and successes); the
   * others are `blankDials` dials and 0 of the rest on every row, and take no memory. `whole`: the metrics whose every
   * value is a whole number from 0 to WHOLE_MAX (a sheet's counts).
   */
  constructor(capacity: number, readonly cellsAt: (row: number, i: number) => CallRow['cells'], blankDials: number,
    present: ReadonlySet<CallMetric>, whole: ReadonlySet<CallMetric> = NONE) {
    this.agent = new Int32Array(capacity);
    this.day = new Int32Array(capacity);
    this.times = new Int32Array(capacity);
    const column = (m: CallMetric, def = 0) => new MetricColumn(def, capacity, present.has(m), whole.has(m));
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
    const a = this.ids.length;
    this.ids.push(id);
    this.agentOf.set(id, a);
    return a;
  }

  /** Index of an ISO date in `dates`, added when new. */
  dayOfIso(date: string): number {
    if (date !== this.lastDate) {
      let d = this.dateOf.get(date);
      if (d === undefined) {
        d = this.dates.length;
        this.dates.push(date);
        this.dateOf.set(date, d);
      }
      this.lastDate = date;
      this.lastDay = d;
    }
    return this.lastDay;
  }

  /**
   * dayOfIso for a day number of 1900…2199 (parseDataDay's): one typed-array read, where a date as ISO text cost a
   * Map lookup and a string comparison a row (a sheet whose rows change day every row: ~30 ms of a million rows).
   */
  dayOfNumber(day: number): number {
    const table = this.dayByNumber ??= new Int32Array(LAST_DAY - FIRST_DAY + 1).fill(-1);
    const k = day - FIRST_DAY;
    if (!(k >= 0 && k < table.length)) return this.dayOfIso(isoOfDay(day));
    let d = table[k];
    if (d < 0) table[k] = d = this.dayOfIso(isoOfDay(day));
    return d;
  }

  /** Appends a row of agent `a` (agentIndex or newAgent) on day `d` (dayOfIso or dayOfNumber). */
  add(a: number, d: number, time: number | null, f: CallFigures, row: number): void {
    const i = this.length++;
    this.agent[i] = a;
    this.day[i] = d;
    this.times[i] = time === null ? -1 : time;
    if (this.rowArray !== null) this.rowArray[i] = row;
    else if (i === 0) this.firstRow = row;
    else if (row !== this.firstRow + i) this.rows[i] = row;
    let v: Float64Array | Int16Array | null;
    if ((v = this.dials.values) !== null) v[i] = f.dials;
    if ((v = this.connected.values) !== null) v[i] = f.connected;
    if ((v = this.successes.values) !== null) v[i] = f.successes;
    if ((v = this.talkMinutes.values) !== null) v[i] = f.talkMinutes;
    if ((v = this.appointments.values) !== null) v[i] = f.appointments;
    if ((v = this.opportunities.values) !== null) v[i] = f.opportunities;
    if ((v = this.contractPaymentFen.values) !== null) v[i] = f.contractPaymentFen;
    if ((v = this.contacts.values) !== null) v[i] = f.contacts;
    if ((v = this.invitations.values) !== null) v[i] = f.invitations;
  }

  /**
   * The sheet row of each row. Kept as an array only once a row is left out: a sheet read whole (as a million-row
   * export usually is) never touches the 4 MB of fresh pages (~1,000 page faults, ~7 ms).
   */
  get rows(): Int32Array {
    if (this.rowArray === null) {
      this.rowArray = new Int32Array(this.agent.length);
      for (let i = 0; i < this.length; i++) this.rowArray[i] = this.firstRow + i;
    }
    return this.rowArray;
  }

  /** Row i as a record (its cells built when read). */
  at(i: number): CallRow {
    const t = this.times[i];
    const row = this.rowArray === null ? this.firstRow + i : this.rowArray[i];
    return { id: this.ids[this.agent[i]], date: this.dates[this.day[i]], time: t < 0 ? null : t, dials: this.dials.get(i),
      connected: this.connected.get(i), successes: this.successes.get(i), talkMinutes: this.talkMinutes.get(i),
      appointments: this.appointments.get(i), opportunities: this.opportunities.get(i),
      contractPaymentFen: this.contractPaymentFen.get(i), contacts: this.contacts.get(i), invitations: this.invitations.get(i),
      row, cells: this.cellsAt(row, i) };
  }
}

const ALL_METRICS: ReadonlySet<CallMetric> = new Set(CALL_METRICS);

/** Call rows given as records (call export tabs, merged rows, tests) as columns; `at(i)` gives records[i]'s fields. */
export function callRowsOf(records: readonly CallRow[]): CallStore {
  const store = new CallStore(records.length, (row, i) => records[i].cells, 0, ALL_METRICS);
  for (const r of records) store.add(store.agentIndex(r.id) ?? store.newAgent(r.id), store.dayOfIso(r.date), r.time, r, r.row);
  return store;
}

/** Every row as a record, in order (merging a few export tabs' rows with the sheet's; tests). */
export function callRecords(calls: CallRows): CallRow[] {
  return Array.from({ length: calls.length }, (_, i) => calls.at(i));
}

/** Row i's value of a figure column. */
export function figureAt(column: CallColumn, i: number): number {
  return column.values === null ? column.def : column.values[i];
}

/**
 * Per ID of a store, in first-kept order: the index of its first row dated `from`..`to` (ISO, inclusive) with the
 * earliest such date, or nothing for an ID without one.
 */
export function earliestRows(store: CallRows, from: string, to: string): number[] {
  const order = store.dates.map((d, k) => k).sort((x, y) => (store.dates[x] < store.dates[y] ? -1 : 1));
  const rank = new Int32Array(store.dates.length).fill(-1);
  order.forEach((k, r) => {
    const d = store.dates[k];
    if (d >= from && d <= to) rank[k] = r;
  });
  const best = new Int32Array(store.ids.length).fill(-1);
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
