// Dialer exports (TI-NET Clink, VICIdial, 7moor) kept as files or a table: recognised by the importers' header
// signatures and read by the importers' rules, in the SQL DuckDB and BigQuery share, as the same rows in a tab would be.
import {
  callColumnsOf, callTime, durationSeconds, type CallExportDates, type CallExportId, type ExportCallColumns, type Header,
  type ImportSettings, type Layout, PersonMatcher, recognise, statusClassifier, successGaps, textOf, vocabularyFor,
} from '../engine/imports/index.js';
import type { CallMetric } from '../engine/rules/call-metrics.js';
import type { Employee, Issue, SourceInfo } from '../engine/types.js';
import type { CallRecordsMeta, CallSource, ResultRow } from './aggregates.js';
import type { CallColumns } from './columns.js';
import type { Dialect } from './dialect.js';
import { accountOf, type PersonRefOf } from './export-account.js';
import { crossingsOf, hasBad } from './plan.js';
import { callsSql } from './sql.js';
import { familyDate, familyTextSql, realStartSql, shapeSql } from './export-dates.js';

/** A per-call export recognised by its header: the layout, where its header names are, and the columns read. */
export interface CallExport {
  layout: Layout;
  header: Header;
  columns: ExportCallColumns;
}

/** One file or table of an export: the sheet name its cells cite, its columns, and how to read it. */
export interface ExportSource {
  /** the name cells cite: a file's base name (name it like the tab), or the table */
  sheet: string;
  /** column names as the file or table has them, in order */
  names: readonly string[];
  found: CallExport;
  /** the FROM target (a file scan or a quoted table) */
  scan: string;
  /** SQL of a record's position (file number × POSITION_FILE + sheet row), or null when records have no order */
  position: string | null;
}

export interface ExportReadOptions {
  dialect: Dialect;
  settings: ImportSettings;
  employees: readonly Employee[];
  thresholds: readonly { metric: CallMetric; threshold: number }[];
  /** what was read ('cdr/*.csv', a table) */
  name: string;
  /**
   * A temporary table the classified records are written to once, for the later statements to read instead of
   * scanning and classifying the files again (DuckDB; BigQuery jobs do not share temporary tables). Absent: none.
   */
  stage?: string;
}

/** Distinct values of one column per file beyond this many are refused (each becomes a row of a lookup in the SQL). */
export const DISTINCT_CAP = 20_000;
/** Issues of one kind listed per file, as the tab reader lists them (src/engine/imports/context.ts). */
const LISTED = 50;
/** Rows named per unmatched key, as the tab reader names them (src/engine/imports/keys.ts), and one to tell there are more. */
const NAMED_ROWS = 10;

const fault = (message: string, code = 'usage') => new Error(message, { cause: { code } });

/**
 * The per-call export a header is, by the importers' own signatures (src/engine/imports/layouts.ts); null when it is
 * none. A header showing part of a call export's signature is a fault naming the columns it misses.
 */
export function recogniseCallExport(names: readonly string[], where: string): CallExport | null {
  const r = recognise({ name: where, values: [names.map((n) => n)] });
  if (r === null || r.layout.kind !== 'calls') return null;
  if ('missing' in r) throw fault(`${where}: looks like ${r.layout.label.en} but has no column ${r.missing.join(', ')}`);
  const header = r.header!;
  return { layout: r.layout, header, columns: callColumnsOf(r.layout.id as CallExportId, header) };
}

/** The cells a record cites, by Calls field, as the tab reader gives a row's cells (call-exports.ts). */
export function exportCellColumns(e: CallExport, success: boolean): CallColumns {
  const c = e.columns;
  const at = (i: number) => ({ name: e.header.written[i], index: i });
  return {
    id: at(c.key), date: at(c.at), dials: at(c.at),
    ...(c.status >= 0 ? { result: at(c.status), connected: at(c.status) } : {}),
    ...(success && c.status >= 0 ? { successes: at(c.status) } : {}),
    ...(c.talk >= 0 ? { talkMinutes: at(c.talk) } : {}),
  };
}

/** A lookup joined to the records: column names (numeric ones marked '#'), and its rows. */
type Lookup = { columns: string[]; rows: (string | number | null)[][] };

/**
 * Reads exports with the importers' rules; a generator handing out SQL statements and taking back their rows, so the
 * same code runs on DuckDB (asynchronous) and on BigQuery (Apps Script, synchronous). Statements:
 * 1. the distinct statuses, directions, talk times, unreadable-looking start times and person references per file —
 *    each classified here by the importer's own functions (vocabulary, PersonMatcher, date and duration readers);
 * 2. the call aggregation (sql.ts) over the records that the tab reader turns into calls, with those lookups joined;
 * 3. per file and person reference: rows, inbound rows, unreadable times, dates seen, outcomes; then, only when
 *    needed, the first rows of each unmatched reference and the first unreadable start times, for the issues.
 */
export function* readCallExports(files: readonly ExportSource[], o: ExportReadOptions): Generator<string, { rows: ResultRow[]; meta: CallRecordsMeta }, ResultRow[]> {
  const dl = o.dialect;
  const lit = (s: string) => (dl.name === 'bigquery' ? dl.literal(s).replace(/\n/g, '\\n').replace(/\r/g, '\\r') : dl.literal(s));
  const vocab = files.map((f) => vocabularyFor(f.found.layout.id, o.settings.callStatuses));
  const col = (f: ExportSource, i: number | undefined) => (i === undefined || i < 0 ? "''" : `COALESCE(CAST(${dl.quote(f.names[i])} AS STRING), '')`);
  const scan = files.map((f, k) => {
    const c = f.found.columns;
    return `SELECT ${k} AS f, ${f.position ?? '0'} AS pos, ${col(f, c.key)} AS key_raw, ${col(f, c.name)} AS name_raw, ${col(f, c.at)} AS at_raw,`
      + ` ${col(f, c.status)} AS status_raw, ${col(f, c.talk)} AS talk_raw, ${col(f, c.outbound?.col)} AS dir_raw FROM ${f.scan}`;
  }).join(' UNION ALL ');
  // A start time in one of FAMILY's shapes is read here (canon), once per record; the others through the lookup below.
  const base = [`scan AS (${scan})`, `sh0 AS (SELECT *, TRIM(at_raw) AS t, ${shapeSql('TRIM(at_raw)')} AS shape FROM scan)`,
    `sh AS (SELECT *, ${familyTextSql('t', 'shape')} AS canon FROM sh0)`];
  const isFamily = 'canon IS NOT NULL';

  // 1. Distinct values, classified here.
  const distinct = (kind: string, cols: string[], where = '') => `SELECT * FROM (SELECT '${kind}' AS kind, f, ${cols.map((c, i) => `${c} AS v${i}`).join(', ')}`
    + `${cols.length === 1 ? ", '' AS v1" : ''} FROM sh${where} GROUP BY f, ${cols.join(', ')} LIMIT ${files.length * DISTINCT_CAP + 1})`;
  const seen = yield `WITH ${base.join(', ')}\n${[
    distinct('who', ['key_raw', 'name_raw']), distinct('st', ['status_raw']), distinct('dir', ['dir_raw']),
    distinct('talk', ['talk_raw']), distinct('at', ['at_raw'], ` WHERE NOT (${isFamily})`),
  ].join(' UNION ALL ')}`;
  const byKind = new Map<string, ResultRow[]>();
  for (const r of seen) {
    const list = byKind.get(String(r.kind)) ?? [];
    list.push(r);
    byKind.set(String(r.kind), list);
    if (list.length > DISTINCT_CAP) {
      throw fault(`${files[Number(r.f)].sheet}: more than ${DISTINCT_CAP} distinct ${({ who: 'agents', st: 'statuses', dir: 'directions', talk: 'talk times', at: 'start times outside yyyy-mm-dd hh:mm:ss' } as Record<string, string>)[String(r.kind)]}`);
    }
  }
  const v = (r: ResultRow, i: number) => String(r[`v${i}`] ?? '');
  const matchers = files.map((f) => new PersonMatcher(o.employees, f.found.layout.system));
  const classifiers = vocab.map(statusClassifier);
  const refs: PersonRefOf[] = [];
  const lookups: Record<string, Lookup> = {
    who: { columns: ['#f', 'k', 'n', 'pid', '#grp', '#kb'], rows: [] },
    st: { columns: ['#f', 'r', '#o'], rows: [] },
    dir: { columns: ['#f', 'r', '#inb'], rows: [] },
    talk: { columns: ['#f', 'r', 'm'], rows: [] },
    at: { columns: ['#f', 'r', 'd', '#ab'], rows: [] },
  };
  for (const r of byKind.get('who') ?? []) {
    const f = Number(r.f);
    const key = textOf(v(r, 0));
    const name = files[f].found.columns.name < 0 ? null : textOf(v(r, 1));
    const id = matchers[f].match({ key, name }).id;
    lookups.who.rows.push([f, v(r, 0), v(r, 1), id, refs.length, key === '' ? 1 : 0]);
    refs.push({ key, name, id });
  }
  for (const r of byKind.get('st') ?? []) lookups.st.rows.push([Number(r.f), v(r, 0), classifiers[Number(r.f)].outcome(textOf(v(r, 0)))]);
  for (const r of byKind.get('dir') ?? []) {
    const out = files[Number(r.f)].found.columns.outbound;
    const inbound = out !== undefined && out.col >= 0 && !out.values.has(textOf(v(r, 0)).toLowerCase());
    lookups.dir.rows.push([Number(r.f), v(r, 0), inbound ? 1 : 0]);
  }
  for (const r of byKind.get('talk') ?? []) {
    const secs = durationSeconds(v(r, 0)) ?? 0;
    lookups.talk.rows.push([Number(r.f), v(r, 0), String(Math.round((secs / 60) * 100) / 100)]);
  }
  for (const r of byKind.get('at') ?? []) {
    const when = callTime(v(r, 0), o.settings.timeZone);
    lookups.at.rows.push([Number(r.f), v(r, 0), when === null ? null : familyDate(when), textOf(v(r, 0)) === '' ? 1 : 0]);
  }
  // An empty lookup is one row of file −1 (no record's), its NULLs typed as the column is.
  const table = (l: Lookup) => {
    const rows = l.rows.length > 0 ? l.rows : [l.columns.map((c) => (c === '#f' ? -1 : null))];
    const value = (x: string | number | null, c: string) => (x === null ? `CAST(NULL AS ${c.startsWith('#') ? 'BIGINT' : 'STRING'})`
      : typeof x === 'number' ? String(x) : lit(x));
    return `(${rows.map((r) => `SELECT ${r.map((x, i) => `${value(x, l.columns[i])} AS ${l.columns[i].replace('#', '')}`).join(', ')}`).join(' UNION ALL ')})`;
  };
  // Every row classified: whose (pid, NULL when unmatched), live (not a blank row), inbound, its start (atd) and outcome.
  const c = `c AS (SELECT sh.f, sh.pos, sh.at_raw, w.pid, w.grp, CASE WHEN w.kb = 1 AND sh.canon IS NULL AND COALESCE(a.ab, 0) = 1`
    + ` THEN 0 ELSE 1 END AS live, COALESCE(dr.inb, 0) AS inbound,`
    + ` CASE WHEN sh.canon IS NOT NULL THEN ${realStartSql(dl, 'sh.canon')} ELSE a.d END AS atd,`
    + ` COALESCE(a.ab, 0) AS ab, COALESCE(s.o, 1) AS outcome, COALESCE(tk.m, '0') AS talk FROM sh`
    + ` LEFT JOIN ${table(lookups.who)} AS w ON w.f = sh.f AND w.k = sh.key_raw AND w.n = sh.name_raw`
    + ` LEFT JOIN ${table(lookups.st)} AS s ON s.f = sh.f AND s.r = sh.status_raw`
    + ` LEFT JOIN ${table(lookups.dir)} AS dr ON dr.f = sh.f AND dr.r = sh.dir_raw`
    + ` LEFT JOIN ${table(lookups.talk)} AS tk ON tk.f = sh.f AND tk.r = sh.talk_raw`
    + ` LEFT JOIN ${table(lookups.at)} AS a ON a.f = sh.f AND a.r = sh.at_raw)`;
  const cl = `cl AS (SELECT *, CASE WHEN inbound = 0 AND atd IS NOT NULL THEN 1 ELSE 0 END AS good,`
    + ` CASE WHEN inbound = 0 AND atd IS NULL THEN 1 ELSE 0 END AS bad FROM c WHERE live = 1)`;
  let withAll = `WITH ${[...base, c, cl].join(', ')}\n`;
  if (o.stage !== undefined) {
    yield `CREATE OR REPLACE TEMP TABLE ${dl.quote(o.stage)} AS ${withAll}SELECT f, pos, CASE WHEN bad = 1 THEN at_raw END AS at_raw,`
      + ' pid, grp, inbound, atd, ab, outcome, talk, good, bad FROM cl';
    withAll = `WITH cl AS (SELECT * FROM ${dl.quote(o.stage)})\n`;
  }

  // 2. The aggregation over the records the tab reader makes calls of.
  const positioned = files.every((f) => f.position !== null);
  const relation = `(${withAll}SELECT pos, pid AS ${dl.quote('id')}, atd AS ${dl.quote('date')}, CASE WHEN outcome = 3 THEN 'success'`
    + ` WHEN outcome = 2 THEN 'connected' ELSE 'dial' END AS ${dl.quote('result')}, talk AS ${dl.quote('talkMinutes')}`
    + ` FROM cl WHERE good = 1 AND pid IS NOT NULL AND outcome > 0) AS records`;
  const fields = ['id', 'date', 'result', 'talkMinutes'] as const;
  const sql = callsSql({ dialect: dl, relation, columns: Object.fromEntries(fields.map((f, i) => [f, { name: f, index: i }])),
    position: positioned ? 'pos' : null, connected: ['connected'], success: ['success'], from: null, to: null, thresholds: o.thresholds });
  const days = yield sql.days;
  const rows = [...days, ...crossingsOf(days, o.thresholds), ...(hasBad(days) ? yield sql.bad : [])];

  // 3. What the tab reader counts and reports.
  const sum = (e: string) => `SUM(CASE WHEN ${e} THEN 1 ELSE 0 END)`;
  const first = (e: string) => `MIN(CASE WHEN ${e} THEN pos END)`;
  const outcomes: [string, string][] = [['nd', 'outcome = 0'], ['di', 'outcome >= 1'], ['co', 'outcome >= 2'], ['su', 'outcome = 3']];
  const groups = yield `${withAll}SELECT f, grp, SUBSTR(atd, 1, 7) AS m, COUNT(*) AS n, SUM(inbound) AS inb, ${first('inbound = 1')} AS inb_pos,`
    + ` SUM(good) AS good, ${first('good = 1')} AS good_pos, SUM(bad) AS bad, MIN(CASE WHEN good = 1 THEN SUBSTR(atd, 1, 10) END) AS d0,`
    + ` MAX(CASE WHEN good = 1 THEN SUBSTR(atd, 1, 10) END) AS d1, ${outcomes.map(([n, e]) => `${sum(`good = 1 AND ${e}`)} AS ${n}, ${first(`good = 1 AND ${e}`)} AS ${n}_pos`).join(', ')}`
    + ` FROM cl GROUP BY f, grp, SUBSTR(atd, 1, 7)`;
  const unmatched = groups.some((g) => refs[Number(g.grp)].id === null && Number(g.good) > 0);
  const named = positioned && unmatched ? yield `${withAll}SELECT f, grp, pos FROM (SELECT f, grp, pos, ROW_NUMBER() OVER (PARTITION BY f, grp ORDER BY pos) AS nth`
    + ` FROM cl WHERE good = 1 AND pid IS NULL) AS r WHERE nth <= ${NAMED_ROWS + 1}` : [];
  const badRows = groups.some((g) => Number(g.bad) > 0) ? yield `${withAll}SELECT f, pos, at_raw, ab, total FROM (SELECT f, pos, at_raw, ab,`
    + ` ROW_NUMBER() OVER (PARTITION BY f, ab ORDER BY pos) AS nth, COUNT(*) OVER (PARTITION BY f, ab) AS total FROM cl WHERE bad = 1) AS r`
    + ` WHERE nth <= ${LISTED}` : [];

  const issues: Issue[] = [];
  const infos: SourceInfo[] = [];
  const dates: CallExportDates[] = [];
  files.forEach((file, k) => {
    const got = accountOf(file, k, { groups, named, bad: badRows, refs, positioned, employees: o.employees, settings: o.settings });
    infos.push(got.info);
    issues.push(...got.issues);
    dates.push({ sheet: file.sheet, label: file.found.layout.label, hasSuccess: vocab[k].success !== null, calls: got.months.map((m) => ({ date: `${m}-01` })) });
  });
  const unmeasured = successGaps({ calls: { dates: [] } }, dates, issues);
  const sources: CallSource[] = files.map((f, k) => ({ sheet: f.sheet, columns: exportCellColumns(f.found, vocab[k].success !== null) }));
  return { rows, meta: { sources, positioned, name: o.name, readAs: files[0].found.layout.id, label: files[0].found.layout.label,
    imported: { issues, infos, unmeasured } } };
}
