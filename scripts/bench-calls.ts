// Benchmark: per-call CSV records aggregated through DuckDB (all passes) ÷ DuckDB's own count(*) over the same file.
// Alone: `npx tsx scripts/bench-calls.ts [rows…]` (default 1000000 10000000). The lead's `npm run bench` calls benchCalls.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { DEFAULT_VOCABULARY } from '../src/calls/policy.js';
import { aggregateCallFiles } from '../src/duckdb/calls.js';

export interface CallsBench {
  rows: number;
  agents: number;
  fileMb: number;
  /** medians, ms */
  aggregateMs: number;
  scanMs: number;
  ratio: number;
}

const AGENTS = 2000;

/**
 * `rows` per-call records of October 2026 for 2,000 agents (A0000…A1999), every record timed between 08:00 and
 * 17:59, one in ten a success and three in ten connected, with talk minutes: written by DuckDB's COPY.
 */
async function generate(file: string, rows: number): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`COPY (SELECT 'A' || lpad(CAST(i % ${AGENTS} AS VARCHAR), 4, '0') AS "ID",
      strftime(TIMESTAMP '2026-10-01 08:00:00' + to_days(CAST((i // ${AGENTS}) % 31 AS INTEGER))
        + to_seconds(CAST((i * 7919) % 36000 AS BIGINT)), '%Y-%m-%d %H:%M:%S') AS "Date",
      CASE i % 10 WHEN 0 THEN 'success' WHEN 1 THEN 'connected' WHEN 2 THEN '接通' WHEN 3 THEN 'connected' ELSE 'no answer' END AS "Result",
      CAST((i % 13) * 0.25 AS VARCHAR) AS "Talk minutes"
    FROM range(${rows}) t(i)) TO '${file}' (HEADER, DELIMITER ',')`);
  conn.closeSync();
  db.closeSync();
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bareScan(file: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.runAndReadAll(`SELECT count(*) FROM read_csv('${file}', header = true, all_varchar = true)`);
  conn.closeSync();
  db.closeSync();
}

/** Generates, times (median of `runs`, aggregation and bare scan alternating) and deletes one file per size. */
export async function benchCalls(sizes: readonly number[] = [1_000_000, 10_000_000], runs = 3,
  log: (line: string) => void = console.log): Promise<CallsBench[]> {
  const out: CallsBench[] = [];
  for (const rows of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'callboard-bench-calls-'));
    try {
      const file = join(dir, 'calls.csv');
      await generate(file, rows);
      const query = { ...DEFAULT_VOCABULARY, from: null, to: null,
        thresholds: [{ metric: 'successes' as const, threshold: 50 }, { metric: 'successes' as const, threshold: 100 }] };
      const agg: number[] = [];
      const scan: number[] = [];
      for (let i = 0; i < runs; i++) {
        scan.push(await timed(() => bareScan(file)));
        agg.push(await timed(() => aggregateCallFiles(file, query)));
      }
      const r: CallsBench = { rows, agents: AGENTS, fileMb: Math.round(statSync(file).size / 1e6), aggregateMs: Math.round(median(agg)),
        scanMs: Math.round(median(scan)), ratio: 0 };
      r.ratio = Math.round((r.aggregateMs / r.scanMs) * 100) / 100;
      log(`calls via DuckDB  ${rows.toLocaleString('en')} rows (${r.fileMb} MB CSV, ${AGENTS} agents): aggregate ${r.aggregateMs} ms`
        + ` ÷ count(*) ${r.scanMs} ms = ${r.ratio}× (target ≤ 3×; medians of ${runs})`);
      out.push(r);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  await benchCalls(sizes.length > 0 ? sizes : undefined);
}
