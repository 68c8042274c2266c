// Call records kept in a BigQuery table, aggregated by the call SQL through the BigQuery advanced service.
import { applyCallRecords, type CallRecordsMeta, type ResultRow } from '../calls/aggregates.js';
import { mapCallColumns } from '../calls/columns.js';
import { BIGQUERY } from '../calls/dialect.js';
import { runPassesSync } from '../calls/plan.js';
import { readCallExports, recogniseCallExport } from '../calls/exports.js';
import { DEFAULT_VOCABULARY, rowRules, thresholdsOf } from '../calls/policy.js';
import { callsSql } from '../calls/sql.js';
import type { Policy } from '../engine/rules/policy.js';
import type { SourceData } from '../engine/types.js';

/** The part of the BigQuery advanced service used here (Apps Script's `BigQuery`, or a stand-in in tests). */
export interface BigQueryService {
  Jobs: {
    query(resource: QueryRequest, projectId: string): QueryResponse;
    getQueryResults(projectId: string, jobId: string, optionalArgs: { pageToken?: string; location?: string; timeoutMs?: number }): QueryResponse;
  };
}

export interface QueryRequest {
  query: string;
  useLegacySql: false;
  dryRun?: boolean;
  timeoutMs?: number;
}

/** The REST response of jobs.query and jobs.getQueryResults, as far as it is read. */
export interface QueryResponse {
  jobComplete?: boolean;
  jobReference?: { jobId?: string; location?: string };
  schema?: { fields?: { name?: string; type?: string }[] };
  rows?: { f?: { v?: unknown }[] }[];
  pageToken?: string;
  totalBytesProcessed?: string;
}

/** The OAuth scope running a query needs (a query creates a job). */
export const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery';
/** Document property holding the call-records table. */
export const TABLE_PROPERTY = 'callboard.callTable';

/** `project.dataset.table` (project ids may hold '-', ':' for domain-scoped projects; names letters, digits, '_'). */
const TABLE = /^([a-z][a-z0-9:.-]{4,61}[a-z0-9])\.([A-Za-z0-9_]{1,1024})\.([\p{L}\p{N}_-]{1,1024})$/u;

const fault = (message: string, code: string) => new Error(message, { cause: { code } });

/** The table name checked: 'project.dataset.table'; anything else throws { code: 'bad-call-table' }. */
export function parseTable(name: string): { project: string; dataset: string; table: string } {
  const m = TABLE.exec(name.trim());
  if (!m) throw fault(`"${name}" is not a BigQuery table written project.dataset.table`, 'bad-call-table');
  return { project: m[1], dataset: m[2], table: m[3] };
}

/**
 * Runs one statement: jobs.query, then getQueryResults until the job is complete and through every page.
 * Cells come back as `{ v }` strings (or null), named by the schema's fields. `sleep` waits between polls.
 */
export function runQuery(bq: BigQueryService, project: string, sql: string, sleep: (ms: number) => void): ResultRow[] {
  let res = bq.Jobs.query({ query: sql, useLegacySql: false, timeoutMs: 60_000 }, project);
  const jobId = res.jobReference?.jobId;
  const location = res.jobReference?.location;
  const more = (pageToken?: string) => {
    if (!jobId) throw fault('BigQuery returned no job id', 'bigquery-failed');
    return bq.Jobs.getQueryResults(project, jobId, { ...(pageToken ? { pageToken } : {}), ...(location ? { location } : {}), timeoutMs: 60_000 });
  };
  for (let wait = 500; res.jobComplete !== true; wait = Math.min(wait * 2, 8000)) {
    sleep(wait);
    res = more();
  }
  const names = (res.schema?.fields ?? []).map((f) => String(f.name));
  const out: ResultRow[] = [];
  for (;;) {
    for (const row of res.rows ?? []) {
      const r: ResultRow = {};
      (row.f ?? []).forEach((cell, i) => { r[names[i]] = cell.v === null || cell.v === undefined ? null : String(cell.v); });
      out.push(r);
    }
    if (!res.pageToken) return out;
    res = more(res.pageToken);
  }
}

/** The table's column names and the bytes a query of it would scan, from a dry run (free). */
export function describeTable(bq: BigQueryService, project: string, table: string): { columns: string[]; bytes: number } {
  const res = bq.Jobs.query({ query: `SELECT * FROM ${BIGQUERY.quote(table)}`, useLegacySql: false, dryRun: true }, project);
  return { columns: (res.schema?.fields ?? []).map((f) => String(f.name)), bytes: Number(res.totalBytesProcessed ?? 0) };
}

export interface CallTableRun {
  bq: BigQueryService;
  /** the project billed for the query (the table's own project by default) */
  project?: string;
  table: string;
  sleep: (ms: number) => void;
  /** the spreadsheet's time zone (start times of dialer exports that are Date values are read in it); UTC by default */
  timeZone?: string;
}

/**
 * Aggregates the call-records table for the policy and returns the step that puts the aggregates in the sources.
 * Columns are found by the Calls sheet's header names. The table has no row order: Details cite the table itself.
 * A table without an ID or date column, or a policy needing records one by one, throws { code: 'bad-call-table' }.
 */
export function callTableStep(run: CallTableRun, policy: Policy): (src: SourceData) => SourceData {
  const { project: owner } = parseTable(run.table);
  const project = run.project ?? owner;
  const needRows = rowRules(policy);
  if (needRows.length > 0) throw fault(`rule ${needRows.join(', ')} needs the call records one by one, in a Calls sheet`, 'bad-call-table');
  const { columns: header } = describeTable(run.bq, project, run.table);
  const found = recogniseCallExport(header, run.table);
  if (found !== null) return exportTableStep(run, project, policy, header, found);
  const { columns, missing } = mapCallColumns(header);
  if (missing.length > 0) throw fault(`${run.table} has no ${missing.join(' or ')} column`, 'bad-call-table');
  const thresholds = thresholdsOf(policy);
  const sql = callsSql({ ...DEFAULT_VOCABULARY, dialect: BIGQUERY, relation: BIGQUERY.quote(run.table), columns, position: null,
    from: null, to: null, thresholds });
  const rows = runPassesSync(sql, thresholds, (s) => runQuery(run.bq, project, s, run.sleep));
  const meta: CallRecordsMeta = { sources: [{ sheet: run.table, columns }], positioned: false, name: run.table, readAs: 'bigquery',
    label: { en: 'BigQuery call records', zh: 'BigQuery 通话记录' } };
  return (src) => applyCallRecords(src, rows, meta);
}

/**
 * A table holding a dialer export's columns (TI-NET Clink, VICIdial, 7moor): read by the import rules with the Roster's
 * keys (src/calls/exports.ts), when the step runs. The table has no row order: issues cite the table without a row.
 */
function exportTableStep(run: CallTableRun, project: string, policy: Policy, names: string[],
  found: NonNullable<ReturnType<typeof recogniseCallExport>>): (src: SourceData) => SourceData {
  return (src) => {
    const read = readCallExports([{ sheet: run.table, names, found, scan: BIGQUERY.quote(run.table), position: null }], {
      dialect: BIGQUERY, employees: src.employees, thresholds: thresholdsOf(policy), name: run.table,
      settings: { timeZone: run.timeZone ?? 'UTC', segments: [], callStatuses: policy.callStatuses ?? null } });
    for (let step = read.next(); ; ) {
      if (step.done) return applyCallRecords(src, step.value.rows, step.value.meta);
      step = read.next(runQuery(run.bq, project, step.value, run.sleep));
    }
  };
}

// Apps Script glue: the table named in the document's properties, the scope asked for only when a table is used.

/** The call-records table stored with the spreadsheet, or null. */
export function storedCallTable(): string | null {
  return PropertiesService.getDocumentProperties().getProperty(TABLE_PROPERTY);
}

/** Stores the table (checked: project.dataset.table) or, with null or '', forgets it. */
export function storeCallTable(name: string | null): string | null {
  const props = PropertiesService.getDocumentProperties();
  if (name === null || name.trim() === '') {
    props.deleteProperty(TABLE_PROPERTY);
    return null;
  }
  parseTable(name);
  props.setProperty(TABLE_PROPERTY, name.trim());
  return name.trim();
}

/**
 * The BigQuery service once the user has granted its scope: with granular consent the scope may have been left
 * unticked at install, so ScriptApp.requireScopes ends this execution and asks for it (the user then runs again).
 */
function liveService(): BigQueryService {
  const app = ScriptApp as unknown as { requireScopes?: (mode: unknown, scopes: string[]) => void };
  app.requireScopes?.(ScriptApp.AuthMode.FULL, [BIGQUERY_SCOPE]);
  return BigQuery as unknown as BigQueryService;
}

/** The stored table as a sources step for the report (undefined without a table, so the Calls sheet is read). */
export function liveCallTableStep(policy: Policy | null): ((src: SourceData) => SourceData) | undefined {
  const table = storedCallTable();
  if (table === null || policy === null) return undefined;
  return callTableStep({ bq: liveService(), table, sleep: (ms) => Utilities.sleep(ms) }, policy);
}

export interface CallTableTest {
  table: string;
  /** Calls fields found, by the table's column name */
  columns: Record<string, string>;
  /** required fields not found ('id', 'date') */
  missing: string[];
  /** bytes one report's query would scan (on-demand billing counts these) */
  bytes: number;
}

/** Dry-runs the stored (or given) table: which columns are read as what, and the bytes a report would scan. */
export function testCallTable(name?: string | null): CallTableTest {
  const table = name && name.trim() !== '' ? name.trim() : storedCallTable();
  if (table === null) throw fault('no call-records table is set', 'bad-call-table');
  const { project } = parseTable(table);
  return checkCallTable(liveService(), project, table);
}

/**
 * What a report would read of a table, from free dry runs: the column read as each Calls field, or for a dialer export
 * as each part of a call (id: the key, name, date: the start, result: the status, talkMinutes, direction), and the bytes.
 * A dialer export is read in three queries (its distinct values, the aggregation, the per-agent account), each
 * scanning the same columns: the bytes are three times those of the first.
 */
export function checkCallTable(bq: BigQueryService, project: string, table: string): CallTableTest {
  const { columns: header } = describeTable(bq, project, table);
  const dry = (sql: string) => Number(bq.Jobs.query({ query: sql, useLegacySql: false, dryRun: true }, project).totalBytesProcessed ?? 0);
  const found = recogniseCallExport(header, table);
  if (found !== null) {
    const c = found.columns;
    const roles: [number, string][] = [[c.key, 'id'], [c.name, 'name'], [c.at, 'date'], [c.status, 'result'], [c.talk, 'talkMinutes'],
      [c.outbound?.col ?? -1, 'direction']];
    const first = readCallExports([{ sheet: table, names: header, found, scan: BIGQUERY.quote(table), position: null }], {
      dialect: BIGQUERY, employees: [], thresholds: [], name: table, settings: { timeZone: 'UTC', segments: [] } }).next();
    return { table, columns: Object.fromEntries(roles.filter(([i]) => i >= 0).map(([i, role]) => [role, header[i]])), missing: [],
      bytes: first.done ? 0 : 3 * dry(first.value) };
  }
  const { columns, missing } = mapCallColumns(header);
  let bytes = 0;
  if (missing.length === 0) {
    // The report's own statement, dry-run: BigQuery bills the columns it reads, not the whole table.
    const sql = callsSql({ ...DEFAULT_VOCABULARY, dialect: BIGQUERY, relation: BIGQUERY.quote(table), columns, position: null,
      from: null, to: null, thresholds: [] });
    bytes = dry(sql.days);
  }
  return { table, columns: Object.fromEntries(Object.entries(columns).map(([f, c]) => [f, c.name])), missing, bytes };
}
