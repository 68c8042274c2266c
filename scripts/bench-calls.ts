// Benchmark: per-call CSV records aggregated through DuckDB (all passes) ÷ DuckDB's own count(*) over the same file, beside
// what DuckDB itself needs for parts of the job (every column read; a GROUP BY of key × date; the same with row numbers).
// Alone: `npx tsx scripts/bench-calls.ts [rows…]` (default 1000000 10000000). The lead's `npm run bench` calls benchCalls.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { mapCallColumns } from '../src/calls/columns.js';
import { DUCKDB } from '../src/calls/dialect.js';
import { runPasses } from '../src/calls/plan.js';
import { DEFAULT_VOCABULARY } from '../src/calls/policy.js';
import { callsSql } from '../src/calls/sql.js';
import { aggregateCallFiles, type CallFileQuery } from '../src/duckdb/calls.js';

export interface CallsBench {
  rows: number;
  agents: number;
  fileMb: number;
  /** medians, ms */
  aggregateMs: number;
  scanMs: number;
  ratio: number;
  /** DuckDB alone over the same file, medians, ms: every column read, GROUP BY key × date, the same with first/last row numbers */
  floors: { columnsMs: number; groupsMs: number; positionsMs: number };
  /** the same aggregation with no row numbers (as records without an order, a warehouse table, are read), median, ms */
  unnumberedMs: number;
  /** 1-minute load average when the size started (the machine may be shared) */
  load: number;
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

/** One statement on a fresh DuckDB instance, as aggregateCallFiles opens its own. */
async function fresh(sql: string): Promise<void> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.runAndReadAll(sql);
  conn.closeSync();
  db.closeSync();
}

/**
 * The aggregation's own statements over the file with no position (`0` for every record, as for a warehouse table
 * without a row column): every parsing and matching rule, but no row numbering, so DuckDB runs it on every core. What the
 * call rules cost by themselves; the cited rows are not right, so it is measured, never used.
 */
async function unnumbered(file: string, query: CallFileQuery): Promise<void> {
  const { columns } = mapCallColumns(['ID', 'Date', 'Result', 'Talk minutes']);
  const sql = callsSql({ ...query, dialect: DUCKDB, relation: `read_csv('${file}', header = true, all_varchar = true)`, columns,
    position: null, doubles: true });
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await runPasses(sql, query.thresholds, async (statement) => {
    // Rows as aggregateCallFiles hands them on (column by column into objects), so both pay the same conversion.
    const result = await conn.runAndReadAll(statement);
    const names = result.columnNames();
    const columns = result.getColumnsJS() as (string | number | null)[][];
    return Array.from({ length: columns[0]?.length ?? 0 }, (_, i) => Object.fromEntries(names.map((n, j) => [n, columns[j][i]])));
  });
  conn.closeSync();
  db.closeSync();
}

/**
 * DuckDB's own statements over the file: the bare scan (the ratio's divisor), every column read, the smallest grouping the
 * aggregation does (key × date text), and that grouping with each group's first and last row number, which needs the rows
 * numbered in file order (ROW_NUMBER() OVER (), a single-threaded streaming window): what positions cost by themselves.
 */
function floorSql(file: string): Record<'scan' | 'columns' | 'groups' | 'positions', string> {
  const csv = `read_csv('${file}', header = true, all_varchar = true)`;
  return {
    scan: `SELECT count(*) FROM ${csv}`,
    columns: `SELECT max("ID"), max("Date"), max("Result"), max("Talk minutes") FROM ${csv}`,
    groups: `SELECT count(*) FROM (SELECT "ID", substr("Date", 1, 10) AS d, count(*) AS n FROM ${csv} GROUP BY "ID", d)`,
    positions: `SELECT count(*) FROM (SELECT "ID", substr("Date", 1, 10) AS d, min(pos) AS a, max(pos) AS b`
      + ` FROM (SELECT ROW_NUMBER() OVER () AS pos, "ID", "Date" FROM ${csv}) GROUP BY "ID", d)`,
  };
}

/** Generates, times (median of `runs`, DuckDB's own statements and the aggregation in turn) and deletes one file per size. */
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
      const load = Math.round(loadavg()[0] * 10) / 10;
      const sql = floorSql(file);
      const times: Record<keyof typeof sql | 'aggregate' | 'unnumbered', number[]> = { scan: [], columns: [], groups: [], positions: [],
        aggregate: [], unnumbered: [] };
      for (let i = 0; i < runs; i++) {
        for (const k of Object.keys(sql) as (keyof typeof sql)[]) times[k].push(await timed(() => fresh(sql[k])));
        times.aggregate.push(await timed(() => aggregateCallFiles(file, query)));
        times.unnumbered.push(await timed(() => unnumbered(file, query)));
      }
      const ms = (k: keyof typeof times) => Math.round(median(times[k]));
      const r: CallsBench = { rows, agents: AGENTS, fileMb: Math.round(statSync(file).size / 1e6), aggregateMs: ms('aggregate'),
        scanMs: ms('scan'), ratio: 0, floors: { columnsMs: ms('columns'), groupsMs: ms('groups'), positionsMs: ms('positions') }, unnumberedMs: ms('unnumbered'), load };
      const x = (n: number) => `${Math.round((n / r.scanMs) * 100) / 100}×`;
      r.ratio = Math.round((r.aggregateMs / r.scanMs) * 100) / 100;
      log(`calls via DuckDB  ${rows.toLocaleString('en')} rows (${r.fileMb} MB CSV, ${AGENTS} agents, load ${load}): aggregate ${r.aggregateMs} ms`
        + ` ÷ count(*) ${r.scanMs} ms = ${r.ratio}× (target ≤ 3×; medians of ${runs})`);
      log(`  DuckDB alone, same file: every column read ${r.floors.columnsMs} ms (${x(r.floors.columnsMs)}), GROUP BY key × date`
        + ` ${r.floors.groupsMs} ms (${x(r.floors.groupsMs)}), the same with first/last row numbers ${r.floors.positionsMs} ms`
        + ` (${x(r.floors.positionsMs)}); aggregate ÷ that last = ${Math.round((r.aggregateMs / r.floors.positionsMs) * 100) / 100}×`);
      log(`  the aggregation's rules without row numbers (every core; cited rows not right, measured only): ${r.unnumberedMs} ms`
        + ` (${x(r.unnumberedMs)})`);
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
