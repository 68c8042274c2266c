// The CLI's --calls option: call-record files aggregated by DuckDB, handed to the engine in place of the Calls sheet.
import { basename, extname } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { applyCallRecords, type CallRecordsMeta, type ResultRow } from '../calls/aggregates.js';
import { DUCKDB } from '../calls/dialect.js';
import { type ExportSource, readCallExports, recogniseCallExport } from '../calls/exports.js';
import { DEFAULT_VOCABULARY, rowRules, thresholdsOf } from '../calls/policy.js';
import { POSITION_FILE } from '../calls/sql.js';
import type { Policy } from '../engine/rules/policy.js';
import { sheetDefOf } from '../engine/read/aliases.js';
import { resolvePolicy } from '../engine/read/policy-sheet/resolve.js';
import { readSources } from '../engine/read/sources.js';
import type { SourceData, WorkbookData } from '../engine/types.js';
import { aggregateCallFiles, callFileScan } from './calls.js';

/**
 * Aggregates the files of `pattern` for the workbook's policy (its Policy sheet, else the preset) and returns the step
 * that puts them in the sources. Files whose header is a dialer export's (TI-NET Clink, VICIdial, 7moor) are read by
 * the import rules (src/calls/exports.ts), others by the Calls sheet's header names. A policy whose rules need records
 * one by one is a usage fault ({ code: 'usage' }).
 */
export async function callFilesStep(pattern: string, wb: WorkbookData, preset: string): Promise<(src: SourceData) => SourceData> {
  const { policy } = resolvePolicy(wb, preset);
  if (policy === null) return (src) => src; // a broken Policy sheet: the run reports it and computes nothing
  const needRows = rowRules(policy);
  if (needRows.length > 0) {
    throw new Error(`--calls: rule ${needRows.join(', ')} caps a commission per call record, which needs the records in the workbook`,
      { cause: { code: 'usage' } });
  }
  const exported = await exportFiles(pattern, wb, policy);
  if (exported) return (src) => applyCallRecords(src, exported.rows, exported.meta);
  const { rows, meta } = await aggregateCallFiles(pattern, { ...DEFAULT_VOCABULARY, thresholds: thresholdsOf(policy), from: null, to: null });
  return (src) => applyCallRecords(src, rows, meta);
}

const fault = (message: string, code = 'usage') => new Error(message, { cause: { code } });
const str = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The files of `pattern` read as dialer exports, or null when the first is not one (the Calls-sheet reader takes them,
 * and reports what is wrong with them). Every file must then be a per-call export; each is read as its own tab would be.
 */
async function exportFiles(pattern: string, wb: WorkbookData, policy: Policy): Promise<{ rows: ResultRow[]; meta: CallRecordsMeta } | null> {
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  try {
    const files = (await conn.runAndReadAll(`SELECT file FROM glob(${str(pattern)})`)).getRowObjectsJson().map((r) => String(r.file)).sort();
    const sources: ExportSource[] = [];
    for (const [k, file] of files.entries()) {
      const s = callFileScan(file);
      if (s === null) return null;
      let names: string[];
      try {
        names = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${s.scan}`)).getRowObjectsJson().map((r) => String(r.column_name))
          .filter((c) => c !== 'file_row_number');
      } catch {
        return null;
      }
      const found = recogniseCallExport(names, file);
      if (found === null) {
        if (k === 0) return null;
        throw fault(`${file}: not a dialer export like ${files[0]}: give call records of one kind to --calls`);
      }
      sources.push({ sheet: basename(file, extname(file)), names, found, scan: s.scan, position: `${k} * ${POSITION_FILE} + ${s.index} + 2` });
    }
    if (sources.length === 0) return null;
    // Only the Roster is needed to match persons: the other sheets are read once, by the run itself.
    const src = readSources({ ...wb, sheets: wb.sheets.filter((sheet) => sheetDefOf(sheet.name)?.role === 'roster') });
    const run = readCallExports(sources, { dialect: DUCKDB, employees: src.employees, thresholds: thresholdsOf(policy), name: pattern,
      stage: 'callboard_export_records',
      settings: { timeZone: wb.timeZone, segments: [], callStatuses: policy.callStatuses ?? null } });
    for (let step = run.next(); ; ) {
      if (step.done) return step.value;
      const rows = (await conn.runAndReadAll(step.value)).getRowObjectsJson() as ResultRow[];
      step = run.next(rows);
    }
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}
