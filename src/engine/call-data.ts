// The shapes of call data given to the engine: Calls-sheet rows (kept column by column) and agent-days aggregated
// outside it (SQL over files or a warehouse). Re-exported by types.ts with the other shared shapes.
import type { Cells } from './types.js';

/** The call figures of a row or of an agent-day (talk minutes as read; contract payment in fen). */
export interface CallCounts {
  dials: number;
  connected: number;
  successes: number;
  talkMinutes: number;
  appointments: number;
  opportunities: number;
  contractPaymentFen: number;
  contacts: number;
  invitations: number;
}

/** One row of the Calls sheet, already turned into counts (a per-call row is one dial). */
export interface CallRow extends CallCounts {
  id: string;
  date: string;
  /** seconds after local midnight when the row carries a time, else null */
  time: number | null;
  row: number;
  cells: Cells<'id' | 'date' | 'dials' | 'connected' | 'successes' | 'result' | 'talkMinutes' | 'appointments' | 'opportunities' | 'contractPayment' | 'contacts' | 'invitations'>;
}

/**
 * One figure of every call row: a value per row, or null when every row holds `def` (the sheet has no such column);
 * whole counts read from a sheet (at most 10,000 a row) are kept in an Int16Array.
 */
export interface CallColumn {
  readonly values: Float64Array | Int16Array | null;
  readonly def: number;
}

/**
 * The call rows read (the Calls sheet's, then call export tabs'), by index 0..length-1. An outbound centre's month is
 * a million rows, so they are kept column by column (read/sources/call-store.ts), not as a million records: a row's
 * ID and date are indexes into `ids` and `dates`, its time, sheet row and figures sit in typed arrays (which may be
 * longer than `length`). `at(i)` builds row i as a CallRow, for the few rows a Details line or an issue cites.
 */
export interface CallRows extends Readonly<Record<keyof CallCounts, CallColumn>> {
  readonly length: number;
  /** distinct IDs and dates, in first-kept order */
  readonly ids: readonly string[];
  readonly dates: readonly string[];
  /** per row: index into `ids`, index into `dates`, seconds after local midnight (-1 for none), sheet row */
  readonly agent: Int32Array;
  readonly day: Int32Array;
  readonly times: Int32Array;
  readonly rows: Int32Array;
  at(i: number): CallRow;
}

/**
 * One agent-day of call records summed outside the engine (SQL over files or a warehouse): the figures the Calls
 * sheet's rows of that day give, without the rows. Talk minutes are exact to a millionth; contract payment in fen.
 */
export interface CallDayRow extends CallCounts {
  id: string;
  date: string;
  /** records of the day without a time of day */
  untimed: number;
  /** the day's first and last records: only their row and cells are read */
  first: CallRow;
  last: CallRow;
}

/** A-BON-1 by timestamp, worked out with the aggregation: the record at which an agent's month total reached a threshold. */
export interface CallCrossingRow {
  id: string;
  metric: string;
  threshold: number;
  /** yyyy-mm */
  month: string;
  date: string;
  /** seconds after local midnight */
  time: number;
  row: CallRow;
}

/** Call records given to the engine already aggregated, in place of Calls sheet rows. */
export interface CallAggregates {
  days: CallDayRow[];
  /** for agents whose every record carries a time; an agent without one for a threshold never reached it */
  crossings: CallCrossingRow[];
}
