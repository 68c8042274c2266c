// Call-record files (.csv, .txt, .parquet) aggregated by embedded DuckDB: the rows never enter JavaScript.
import { basename, extname } from 'node:path';
import { DuckDBConnection, DuckDBInstance, type DuckDBResultReader } from '@duckdb/node-api';
import type { ResultRow, CallRecordsMeta, CallSource } from '../calls/aggregates.js';
import { CALL_FIELDS, type CallColumns, mapCallColumns } from '../calls/columns.js';
import { DUCKDB } from '../calls/dialect.js';
import { runPasses } from '../calls/plan.js';
import { type CallQuery, callsSql, POSITION_FILE } from '../calls/sql.js';

export type CallFileQuery = Omit<CallQuery, 'dialect' | 'relation' | 'columns' | 'position'>;

export interface CallFiles {
  rows: ResultRow[];
  meta: CallRecordsMeta;
}

const fault = (message: string, code = 'usage') => new Error(message, { cause: { code } });
const q = DUCKDB.quote;
const str = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The scan of one call-record file, or null for another kind of file: CSV and tab-separated text (.txt, .tsv) as text
 * columns with a header row, Parquet as typed columns; `index` is a record's 0-based number in the file (Parquet gives
 * it; the CSV reader returns rows in file order, and ROW_NUMBER() OVER () is a streaming window over them, checked in
 * test/duckdb/calls.test.ts on a file read in parallel).
 */
export function callFileScan(file: string): { scan: string; parquet: boolean; index: string } | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.parquet') return { scan: `read_parquet(${str(file)}, file_row_number = true)`, parquet: true, index: 'file_row_number' };
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') {
    return { scan: `read_csv(${str(file)}, header = true, all_varchar = true${ext === '.csv' ? '' : ", delim = '\\t'"})`, parquet: false,
      index: 'ROW_NUMBER() OVER () - 1' };
  }
  return null;
}

function reader(file: string): { scan: string; parquet: boolean; index: string } {
  const scan = callFileScan(file);
  if (scan === null) throw fault(`${file}: call records must be .csv, .txt (tab-separated) or .parquet`);
  return scan;
}

/**
 * Aggregates every file matching `pattern` (DuckDB glob: `cdr/*.csv`, `cdr/2026-10-*.parquet`) with the call SQL.
 * Columns are found by the Calls sheet's header names in each file; positions are file number × 10^10 + the row a
 * spreadsheet would show (header on row 1, so the first record is row 2). Files are read in name order.
 * Faults (no file, unreadable file, no ID or date column) throw { code: 'usage' }.
 */
export async function aggregateCallFiles(pattern: string, query: CallFileQuery): Promise<CallFiles> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    return await aggregate(conn, pattern, query);
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

/**
 * Result rows as objects, built from the columns: getRowObjectsJson takes ~5× longer on the 20-column day rows. Numbers
 * come as DOUBLE (callsSql's `doubles`), read as JS numbers: converting BIGINTs took ~3× longer.
 */
function rowsOf(result: DuckDBResultReader): ResultRow[] {
  const names = result.columnNames();
  const columns = result.getColumnsJS() as (string | number | bigint | null)[][];
  const n = columns[0]?.length ?? 0;
  const out: ResultRow[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const row: ResultRow = {};
    for (let j = 0; j < names.length; j++) row[names[j]] = columns[j][i];
    out[i] = row;
  }
  return out;
}

async function aggregate(conn: DuckDBConnection, pattern: string, query: CallFileQuery): Promise<CallFiles> {
  const files = (await conn.runAndReadAll(`SELECT file FROM glob(${str(pattern)})`)).getRowObjectsJson()
    .map((r) => String(r.file)).sort();
  if (files.length === 0) throw fault(`no call-record file matches ${pattern}`, 'missing-file');
  const sources: CallSource[] = [];
  const parts: string[] = [];
  const present = new Set<string>();
  for (const [k, file] of files.entries()) {
    const { scan, parquet, index } = reader(file);
    let header: string[];
    try {
      header = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${scan}`)).getRowObjectsJson().map((r) => String(r.column_name))
        .filter((c) => !(parquet && c === 'file_row_number'));
    } catch (err) {
      throw fault(`${file}: cannot be read (${(err as Error).message.split('\n')[0]})`);
    }
    const { columns, missing } = mapCallColumns(header);
    if (missing.length > 0) throw fault(`${file}: no ${missing.map((f) => (f === 'id' ? 'ID / 工号' : 'Date / 日期')).join(' or ')} column`);
    sources.push({ sheet: basename(file, extname(file)), columns });
    const mapped = CALL_FIELDS.filter((f) => columns[f]);
    for (const f of mapped) present.add(f);
    const select = (f: (typeof mapped)[number]) => `${q(columns[f]!.name)} AS ${q(f)}`;
    parts.push(`SELECT ${k} * ${POSITION_FILE} + ${index} + 2 AS pos, ${mapped.map(select).join(', ')} FROM ${scan}`);
  }
  // Every file's columns under the field names; a field some file lacks is NULL there.
  const fields = CALL_FIELDS.filter((f) => present.has(f));
  const union = parts.map((p, k) => {
    const has = new Set(CALL_FIELDS.filter((f) => sources[k].columns[f]));
    const cols = fields.map((f) => (has.has(f) ? q(f) : `CAST(NULL AS VARCHAR) AS ${q(f)}`));
    return `SELECT pos, ${cols.join(', ')} FROM (${p})`;
  }).join(' UNION ALL ');
  const columns: CallColumns = Object.fromEntries(fields.map((f, i) => [f, { name: f, index: i }]));
  const sql = callsSql({ ...query, dialect: DUCKDB, relation: `(${union}) AS records`, columns, position: 'pos', doubles: true });
  const rows = await runPasses(sql, query.thresholds, async (s) => rowsOf(await conn.runAndReadAll(s)));
  return { rows, meta: { sources, positioned: true, name: pattern, readAs: 'calls', label: { en: 'Calls', zh: '外呼' } } };
}
