// After the call SQL's pass: the first-to-reach crossings from each day's ordered records, and whether to list bad values.
import type { CallMetric } from '../engine/rules/call-metrics.js';
import type { ResultRow } from './aggregates.js';
import { type CallQuery, type CallSql, METRIC_COLUMN, scaled } from './sql.js';

const int = (v: ResultRow[string]) => (v === null || v === undefined ? 0 : Number(v));

/** True when the pass met unreadable records or values: the 'bad' statement lists them. */
export function hasBad(days: readonly ResultRow[]): boolean {
  return days.some((r) => r.k === null || r.d === null || int(r.bad) > 0);
}

/**
 * A-BON-1 by timestamp, for every key whose every record has a time, each month and threshold: the record at which
 * the month's running total (records in date, time and position order) reaches the threshold, as 'cross' rows
 * (date `d`, seconds `t`, position `first_pos`). The day is found from the day totals; only its `seq` is walked.
 */
export function crossingsOf(days: readonly ResultRow[], thresholds: CallQuery['thresholds']): ResultRow[] {
  if (thresholds.length === 0) return [];
  const byKey = new Map<string, ResultRow[]>();
  const untimed = new Set<string>();
  for (const r of days) {
    if (r.k === null || r.k === undefined || r.d === null || r.d === undefined || r.kind !== 'day') continue;
    const k = String(r.k);
    if (int(r.untimed) > 0) untimed.add(k);
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  const out: ResultRow[] = [];
  for (const [k, rows] of byKey) {
    if (untimed.has(k)) continue;
    rows.sort((a, b) => (String(a.d) < String(b.d) ? -1 : 1));
    for (const { metric, threshold } of thresholds) {
      const target = scaled(metric, threshold);
      let month = '';
      let total = 0;
      let done = false;
      for (const r of rows) {
        const d = String(r.d);
        if (d.slice(0, 7) !== month) [month, total, done] = [d.slice(0, 7), 0, false];
        if (done) continue;
        const v = int(r[METRIC_COLUMN[metric]]);
        if (total + v >= target) {
          out.push({ kind: 'cross', k, d, metric, threshold: target, ...recordAt(r, metric, target - total) });
          done = true;
        }
        total += v;
      }
    }
  }
  return out;
}

/** The day's record at which its running total of `metric` reaches `need`, from the day's `seq` put in time order. */
function recordAt(day: ResultRow, metric: CallMetric, need: number): { t: string; first_pos: string } {
  const slot = 2 + String(day.metric).split(' ').indexOf(metric);
  const items = String(day.seq ?? '').split(',').map((item) => item.split(' ').map(Number))
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]); // time, then position (sheet order among equal times)
  let total = 0;
  for (const parts of items) {
    total += parts[slot];
    if (total >= need) return { t: String(parts[0]), first_pos: String(parts[1]) };
  }
  throw new Error(`call records: day ${String(day.k)} ${String(day.d)} sums to more ${metric} than its records`, { cause: { code: 'bad-seq' } });
}

/** runPasses for a synchronous runner (Apps Script's BigQuery service). */
export function runPassesSync(sql: CallSql, thresholds: CallQuery['thresholds'], run: (statement: string) => ResultRow[]): ResultRow[] {
  const days = run(sql.days);
  const bad = hasBad(days) ? run(sql.bad) : [];
  return [...days, ...crossingsOf(days, thresholds), ...bad];
}

/** Runs an aggregation through `run` (one statement → its rows): `days`, then `bad` when it met unreadable values. */
export async function runPasses(sql: CallSql, thresholds: CallQuery['thresholds'],
  run: (statement: string) => Promise<ResultRow[]>): Promise<ResultRow[]> {
  const days = await run(sql.days);
  const bad = hasBad(days) ? await run(sql.bad) : [];
  return [...days, ...crossingsOf(days, thresholds), ...bad];
}
