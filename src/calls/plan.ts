// Between the call SQL's passes: which days hold a threshold crossing, and whether unreadable values need listing.
import type { CallMetric } from '../engine/call-metrics.js';
import type { ResultRow } from './aggregates.js';
import { type CallQuery, type CallSql, type CrossingTarget, METRIC_COLUMN, scaled } from './sql.js';

const int = (v: ResultRow[string]) => (v === null || v === undefined ? 0 : Number(v));

/** True when pass 1 met unreadable records or values: the 'bad' pass lists them. */
export function hasBad(days: readonly ResultRow[]): boolean {
  return days.some((r) => r.k === null || r.d === null || int(r.bad) > 0);
}

/**
 * For every key whose every record has a time, each month and threshold: the day its running total reaches the
 * threshold and the total before that day (A-BON-1 by timestamp needs only that day's records in order).
 */
export function crossingTargets(days: readonly ResultRow[], thresholds: CallQuery['thresholds']): CrossingTarget[] {
  if (thresholds.length === 0) return [];
  const byKey = new Map<string, ResultRow[]>();
  const untimed = new Set<string>();
  for (const r of days) {
    if (r.k === null || r.d === null || r.kind !== 'day') continue;
    const k = String(r.k);
    if (int(r.untimed) > 0) untimed.add(k);
    const list = byKey.get(k);
    if (list) list.push(r);
    else byKey.set(k, [r]);
  }
  const out: CrossingTarget[] = [];
  for (const [k, rows] of byKey) {
    if (untimed.has(k)) continue;
    rows.sort((a, b) => (String(a.d) < String(b.d) ? -1 : 1));
    for (const { metric, threshold } of thresholds) {
      const target = scaled(metric as CallMetric, threshold);
      let month = '';
      let total = 0;
      let done = false;
      for (const r of rows) {
        const d = String(r.d);
        if (d.slice(0, 7) !== month) [month, total, done] = [d.slice(0, 7), 0, false];
        if (done) continue;
        const v = int(r[METRIC_COLUMN[metric as CallMetric]]);
        if (total + v >= target) {
          out.push({ k, d, metric: metric as CallMetric, threshold: target, before: total });
          done = true;
        }
        total += v;
      }
    }
  }
  return out;
}

/** Runs the passes an aggregation needs through `run` (one statement → its rows): 1 always, 2 and 3 when asked. */
export async function runPasses(sql: CallSql, thresholds: CallQuery['thresholds'],
  run: (statement: string) => Promise<ResultRow[]>): Promise<ResultRow[]> {
  const days = await run(sql.days);
  const targets = crossingTargets(days, thresholds);
  const crossings = targets.length > 0 ? await run(sql.crossings(targets)) : [];
  const bad = hasBad(days) ? await run(sql.bad) : [];
  return [...days, ...crossings, ...bad];
}
