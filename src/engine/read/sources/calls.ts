// The Calls sheet: daily totals or per-call export rows, each turned into counts (the engine sums them).
import { countUpTo, isBad, isBlank, lastSeconds, normText, parseAmountFen, parseDataDay, parseQuantity } from '../cells.js';
import { Bad, NO_CACHED_VALUE } from '../cells.js';
import type { CellValue } from '../../types.js';
import { type CallFigures, CallStore, callRowsOf } from './call-store.js';
import type { CallMetric } from '../../rules/call-metrics.js';
import type { Column, SheetReader } from './sheet.js';

/** More than this in one row of Calls is no agent's day (an auto-dialer's included): a typo or a unit mix-up. */
export const MAX_CALLS_PER_ROW = 10_000;
/** More talk minutes than a day has in one row. */
export const MAX_TALK_MINUTES_PER_ROW = 1_440;

const parseCount = countUpTo(MAX_CALLS_PER_ROW);
const talkMinutes = (v: CellValue) => {
  const n = parseQuantity(v);
  return typeof n === 'number' && n > MAX_TALK_MINUTES_PER_ROW ? new Bad('implausible-count', 'too many minutes', { max: MAX_TALK_MINUTES_PER_ROW }) : n;
};

/** The figures read as whole counts (at most MAX_CALLS_PER_ROW a row, or a Result's 0/1, or a blank's 0/1 dials). */
const COUNTS: ReadonlySet<CallMetric> = new Set(['dials', 'connected', 'successes', 'appointments', 'opportunities', 'contacts', 'invitations']);

/** Result text → 0 nothing, 1 connected, 2 success (connected and success); other text is fine and counts 0. */
const RESULTS = new Map<string, number>([
  ['connected', 1], ['接通', 1],
  ['success', 2], ['成功', 2],
]);

/**
 * Reads every call row. In a per-call export (a Result column, or no count column at all) a row without a Dials
 * value is one dial; in daily totals a blank Dials is 0 dials. Without Connected/Successes values they come from
 * Result (connected/接通 → connected 1; success/成功 → connected 1 and success 1). Contract payment in fen.
 * Rows with an unreadable ID or date, or an ID not in the Roster, are reported and left out.
 */
export function readCalls(rd: SheetReader): CallStore {
  if (!rd.ok) return callRowsOf([]);
  const cId = rd.col('id')!;
  const cDate = rd.col('date')!;
  const cDials = rd.col('dials');
  const cConnected = rd.col('connected');
  const cSuccesses = rd.col('successes');
  const cResult = rd.col('result');
  const cTalk = rd.col('talkMinutes');
  const cAppt = rd.col('appointments');
  const cOpp = rd.col('opportunities');
  const cPay = rd.col('contractPayment');
  const cContacts = rd.col('contacts');
  const cInv = rd.col('invitations');
  const tz = rd.timeZone;
  const perCall = cResult !== null || (cDials === null && cConnected === null && cSuccesses === null);
  const blankDials = perCall ? 1 : 0;
  const resultCache = new Map<string, number>();
  const resultOf = (v: CellValue): number => {
    if (typeof v !== 'string' || isBlank(v)) return 0;
    let k = resultCache.get(v);
    if (k === undefined) {
      k = RESULTS.get(normText(v)) ?? 0;
      resultCache.set(v, k);
    }
    return k;
  };
  // A whole number in range is its own count (what parseCount gives it) without the reader's general path.
  const count = (c: Column | null): number | null => {
    if (c === null) return null;
    const v = rd.values[c.index];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_CALLS_PER_ROW ? v : rd.read(c, parseCount);
  };
  const cellsAt = rd.lazyCells(); // a million rows: A1 addresses on demand
  const values = rd.sheet.values;
  // Columns, not a record per row (call-store.ts); the figures of the row being read go through one reused object.
  // A metric without its column (and, for connected and successes, without Result) is the same default on every row.
  const present = new Set<CallMetric>();
  const has = (m: CallMetric, ...cols: (Column | null)[]) => { if (cols.some((c) => c !== null)) present.add(m); };
  has('dials', cDials);
  has('connected', cConnected, cResult);
  has('successes', cSuccesses, cResult);
  has('talkMinutes', cTalk);
  has('appointments', cAppt);
  has('opportunities', cOpp);
  has('contractPaymentFen', cPay);
  has('contacts', cContacts);
  has('invitations', cInv);
  const capacity = Math.max(values.length - rd.headerIndex - 1, 0);
  const store = new CallStore(capacity, cellsAt, blankDials, present, COUNTS);
  // The figures past dials, connected and successes are read only when the sheet has a column for one of them (a
  // dialer's export seldom does); without, they stay 0 in `f` (six reader calls a row saved, ~10% of readCalls).
  const others = [cTalk, cAppt, cOpp, cPay, cContacts, cInv].some((c) => c !== null);
  /** Raw ID cell (as written: '007 ', 7) → index of the kept ID it reads as. */
  const byRaw = new Map<CellValue, number>();
  const iId = cId.index;
  const f: CallFigures = { dials: 0, connected: 0, successes: 0, talkMinutes: 0, appointments: 0, opportunities: 0,
    contractPaymentFen: 0, contacts: 0, invitations: 0 };
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    // A raw ID cell already kept names its agent: no parsing, no Roster check (~25 ms of a million rows), and the row
    // is not blank (no scan of its cells).
    const rawId = values[r]?.[iId];
    let a = byRaw.get(rawId);
    let id: string | null;
    if (a === undefined) {
      if (!rd.at(r)) continue;
      id = rd.readId(cId);
    } else {
      rd.enter(r);
      rd.id = id = store.ids[a];
    }
    const rawDate = rd.raw(cDate);
    let day: number | null = null;
    let time: number | null = null;
    if (isBlank(rawDate)) rd.fail('missing-value', cDate);
    else {
      const d = parseDataDay(rawDate, tz);
      if (isBad(d)) rd.fail(d, cDate);
      else {
        day = d;
        const s = lastSeconds();
        time = s < 0 ? null : s;
      }
    }
    if (id === null || day === null) continue;
    if (a === undefined) {
      // An ID already kept is a Roster ID: only its first row asks the reader.
      a = store.agentIndex(id);
      if (a === undefined) {
        if (!rd.isKnown(id, cId)) continue;
        a = store.newAgent(id);
      }
      byRaw.set(rawId, a);
    }
    if (cResult !== null && rd.raw(cResult) === NO_CACHED_VALUE) rd.fail('formula-no-value', cResult);
    const result = cResult === null ? 0 : resultOf(rd.raw(cResult));
    f.dials = count(cDials) ?? blankDials;
    f.connected = count(cConnected) ?? (result > 0 ? 1 : 0);
    f.successes = count(cSuccesses) ?? (result > 1 ? 1 : 0);
    if (others) {
      f.talkMinutes = rd.read(cTalk, talkMinutes) ?? 0;
      f.appointments = rd.read(cAppt, parseCount) ?? 0;
      f.opportunities = rd.read(cOpp, parseCount) ?? 0;
      f.contractPaymentFen = rd.read(cPay, parseAmountFen) ?? 0;
      f.contacts = rd.read(cContacts, parseCount) ?? 0;
      f.invitations = rd.read(cInv, parseCount) ?? 0;
    }
    store.add(a, store.dayOfNumber(day), time, f, rd.row);
  }
  rd.finish();
  return store;
}
