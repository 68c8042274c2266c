// A BigQuery stand-in for the advanced service: GoogleSQL checked for what BigQuery refuses, then run on DuckDB.
// Synchronous like Apps Script's BigQuery.Jobs: DuckDB runs in a worker and the caller waits on a shared buffer.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { BigQueryService, QueryRequest, QueryResponse } from '../../src/gas/bigquery.js';

export interface FakeTable {
  columns: string[];
  /** text cells (null = NULL) */
  rows: (string | null)[][];
}

export interface FakeBigQueryOptions {
  /** by 'project.dataset.table' */
  tables: Record<string, FakeTable>;
  /** rows per page of results (BigQuery pages by size; a small page tests paging) */
  pageSize?: number;
  /** getQueryResults calls answering jobComplete: false before the job completes */
  pendingPolls?: number;
}

/** What BigQuery rejects that DuckDB would run, each with BigQuery's kind of complaint. */
const REFUSED: [RegExp, string][] = [
  [/::/, 'Syntax error: Unexpected ":"'],
  [/\bTRY_CAST\s*\(/i, 'Function not found: TRY_CAST'],
  [/\bILIKE\b/i, 'Syntax error: Expected end of input but got identifier "ILIKE"'],
  [/\bEXCLUDE\s*\(/i, 'Syntax error: Unexpected keyword EXCLUDE'],
  [/\bcount_if\s*\(/i, 'Function not found: count_if'],
  [/\bAS\s+(DOUBLE|VARCHAR|TIMESTAMP|HUGEINT|UBIGINT)\b/i, 'Type not found'],
  [/\bFILTER\s*\(\s*WHERE\b/i, 'Syntax error: Unexpected keyword WHERE'],
  [/\/\//, 'Syntax error: Unexpected "/"'],
  [/\bMATERIALIZED\b/i, 'Syntax error: Unexpected keyword MATERIALIZED'],
  [/"/, 'double-quoted text is a string literal in GoogleSQL, not a name'],
];

/** GoogleSQL → DuckDB for the few spellings the call SQL's BigQuery dialect uses. */
function toDuckDb(sql: string): string {
  return sql
    .replace(/\\'/g, "''")
    .replace(/`([^`]*)`/g, (_, name: string) => `"${name}"`)
    .replace(/SAFE_CAST\(/g, 'TRY_CAST(')
    .replace(/ AS FLOAT64\)/g, ' AS DOUBLE)')
    .replace(/ AS DATETIME\)/g, ' AS TIMESTAMP)');
}

const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { DuckDBInstance } = require(workerData.duckdb);
let conn;
parentPort.on('message', async ({ sql, shared }) => {
  const flag = new Int32Array(shared, 0, 2);
  const bytes = new Uint8Array(shared, 8);
  let out;
  try {
    if (!conn) {
      const db = await DuckDBInstance.create(':memory:');
      conn = await db.connect();
      for (const [name, t] of Object.entries(workerData.tables)) {
        const cols = t.columns.map((c) => '"' + c + '" VARCHAR').join(', ');
        await conn.run('CREATE TABLE "' + name + '" (' + cols + ')');
        for (const row of t.rows) {
          await conn.run('INSERT INTO "' + name + '" VALUES (' + row.map((v) => v === null ? 'NULL' : "'" + String(v).replace(/'/g, "''") + "'").join(', ') + ')');
        }
      }
    }
    const r = await conn.runAndReadAll(sql);
    out = JSON.stringify({ names: r.columnNames(), rows: r.getRowsJson() });
  } catch (e) {
    out = JSON.stringify({ error: String(e && e.message || e) });
  }
  const data = Buffer.from(out, 'utf8');
  bytes.set(data.subarray(0, bytes.length));
  flag[1] = data.length;
  Atomics.store(flag, 0, 1);
  Atomics.notify(flag, 0);
});`;

/**
 * BigQuery.Jobs with `query` and `getQueryResults`: REST-shaped responses ({ jobComplete, jobReference, schema,
 * rows: [{ f: [{ v }] }], pageToken, totalBytesProcessed }), every value a string as the REST API sends it.
 * Refused SQL throws like the service does ('GoogleJsonResponseException: … Invalid query: …'). Calls are counted.
 */
export function fakeBigQuery(o: FakeBigQueryOptions): BigQueryService & { calls: string[]; statements: string[]; close: () => Promise<number> } {
  const worker = new Worker(WORKER, { eval: true, workerData: { tables: o.tables, duckdb: createRequire(import.meta.url).resolve('@duckdb/node-api') } });
  const calls: string[] = [];
  const statements: string[] = [];
  const jobs = new Map<string, { names: string[]; rows: (string | null)[][]; polls: number }>();
  const pageSize = o.pageSize ?? 100_000;

  const run = (sql: string): { names: string[]; rows: (string | null)[][] } => {
    const shared = new SharedArrayBuffer(8 + 32 * 1024 * 1024);
    worker.postMessage({ sql, shared });
    Atomics.wait(new Int32Array(shared, 0, 2), 0, 0, 60_000);
    const length = new Int32Array(shared, 0, 2)[1];
    const result = JSON.parse(Buffer.from(new Uint8Array(shared, 8, length)).toString('utf8')) as
      { names: string[]; rows: (string | number | null)[][]; error?: string };
    if (result.error) throw new Error(`GoogleJsonResponseException: API call to bigquery.jobs.query failed with error: ${result.error}`);
    return { names: result.names, rows: result.rows.map((r) => r.map((v) => (v === null ? null : String(v)))) };
  };

  const page = (jobId: string, start: number): QueryResponse => {
    const job = jobs.get(jobId)!;
    const rows = job.rows.slice(start, start + pageSize);
    const next = start + pageSize < job.rows.length ? String(start + pageSize) : undefined;
    return { jobComplete: true, jobReference: { jobId, location: 'asia-east1' }, schema: { fields: job.names.map((name) => ({ name, type: 'STRING' })) },
      rows: rows.map((r) => ({ f: r.map((v) => ({ v })) })), ...(next ? { pageToken: next } : {}) };
  };

  return {
    calls,
    statements,
    close: () => worker.terminate(),
    Jobs: {
      query(req: QueryRequest, projectId: string): QueryResponse {
        calls.push(`Jobs.query${req.dryRun ? ' (dry run)' : ''}`);
        if (req.useLegacySql !== false) throw new Error('the call SQL is GoogleSQL: useLegacySql must be false');
        if (!projectId) throw new Error('GoogleJsonResponseException: Required parameter: projectId');
        for (const [re, why] of REFUSED) {
          if (re.test(req.query)) throw new Error(`GoogleJsonResponseException: API call to bigquery.jobs.query failed with error: Invalid query: ${why}`);
        }
        statements.push(req.query);
        const sql = toDuckDb(req.query);
        if (req.dryRun) {
          const star = /^SELECT \* FROM "([^"]+)"$/.exec(sql);
          const names = star ? o.tables[star[1]]?.columns ?? [] : run(`SELECT * FROM (${sql}) LIMIT 0`).names;
          if (star && !o.tables[star[1]]) throw new Error(`GoogleJsonResponseException: Not found: Table ${star[1]}`);
          // Bytes billed: the table's columns the statement names, as UTF-8 text.
          const bytes = Object.values(o.tables).reduce((sum, t) => sum + t.columns.reduce((s, c, i) => (star || sql.includes(`"${c}"`)
            ? s + t.rows.reduce((b, r) => b + Buffer.byteLength(r[i] ?? ''), 0) : s), 0), 0);
          return { jobComplete: true, schema: { fields: names.map((name) => ({ name, type: 'STRING' })) }, totalBytesProcessed: String(bytes) };
        }
        const jobId = `job_${jobs.size + 1}`;
        jobs.set(jobId, { ...run(sql), polls: o.pendingPolls ?? 0 });
        if ((o.pendingPolls ?? 0) > 0) return { jobComplete: false, jobReference: { jobId, location: 'asia-east1' } };
        return page(jobId, 0);
      },
      getQueryResults(projectId: string, jobId: string, args: { pageToken?: string; location?: string }): QueryResponse {
        calls.push(`Jobs.getQueryResults${args.pageToken ? ` (page ${args.pageToken})` : ''}`);
        const job = jobs.get(jobId);
        if (!job || !projectId) throw new Error(`GoogleJsonResponseException: Not found: Job ${projectId}:${jobId}`);
        if (args.location !== 'asia-east1') throw new Error(`GoogleJsonResponseException: Not found: Job ${jobId} (location ${args.location})`);
        if (job.polls > 0) {
          job.polls--;
          return { jobComplete: false, jobReference: { jobId, location: 'asia-east1' } };
        }
        return page(jobId, args.pageToken ? Number(args.pageToken) : 0);
      },
    },
  };
}
