// The one SQL aggregation from per-call records to what the engine needs, in the subset DuckDB and BigQuery both accept.
import type { CallMetric } from '../engine/call-metrics.js';
import type { CallColumns, CallField } from './columns.js';
import type { Dialect } from './dialect.js';

/** Call metrics read as whole numbers (counts, and money in fen); talk minutes are read in millionths. */
const COUNT_FIELDS = ['dials', 'connected', 'successes', 'appointments', 'opportunities', 'contacts', 'invitations'] as const;

/** Output column of each metric ('talk' and 'payment' are scaled integers: micro-minutes and fen). */
export const METRIC_COLUMN: Record<CallMetric, string> = {
  dials: 'dials', connected: 'connected', successes: 'successes', talkMinutes: 'talk_micro', appointments: 'appointments',
  opportunities: 'opportunities', contractPaymentFen: 'payment_fen', contacts: 'contacts', invitations: 'invitations',
};

/** Talk minutes are carried as integer millionths of a minute, so a sum is exact in both engines. */
export const TALK_SCALE = 1_000_000;

export interface CallQuery {
  dialect: Dialect;
  /** FROM target, already quoted (a table reference or a DuckDB table name) */
  relation: string;
  columns: CallColumns;
  /** SQL expression of a record's position (file number × 10^10 + sheet row), or null when records have no order */
  position: string | null;
  /** Result texts counting as connected, and as connected and success (compared trimmed and lower-case) */
  connected: readonly string[];
  success: readonly string[];
  /** ISO date bounds of the records read (inclusive); null reads every date */
  from: string | null;
  to: string | null;
  /** A-BON-1 thresholds: the moment each is crossed per agent and month, for agents whose every record has a time */
  thresholds: readonly { metric: CallMetric; threshold: number }[];
}

/** Columns of every result row; a row's `kind` says which of them it fills ('day', 'cross' or 'bad'). */
export const RESULT_COLUMNS = ['kind', 'k', 'd', 't', 'n', 'untimed', 'dials', 'connected', 'successes', 'talk_micro',
  'appointments', 'opportunities', 'payment_fen', 'contacts', 'invitations', 'first_pos', 'last_pos', 'metric',
  'threshold', 'field', 'value'] as const;
type ResultColumn = (typeof RESULT_COLUMNS)[number];
const TEXT_COLUMNS: ReadonlySet<ResultColumn> = new Set(['kind', 'k', 'd', 'metric', 'field', 'value']);

/** Bad values listed per field (the rest are only counted, in `n` of each 'bad' row). */
export const BAD_LIMIT = 1000;

/** Positions: file number × 10^10 + row, so one BIGINT orders records across files. */
export const POSITION_FILE = 10_000_000_000;

/** A string literal: DuckDB doubles quotes, GoogleSQL escapes them with a backslash. */
function lit(d: Dialect, s: string): string {
  return d.name === 'bigquery' ? `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'` : `'${s.replace(/'/g, "''")}'`;
}

const digits = (e: string) => `TRANSLATE(${e}, '0123456789', '')`;
/** Integer part and fraction of a decimal text (the text itself and '' when it has no point). */
const intPart = (e: string) => `(CASE WHEN STRPOS(${e}, '.') > 0 THEN SUBSTR(${e}, 1, STRPOS(${e}, '.') - 1) ELSE ${e} END)`;
const fracPart = (e: string) => `(CASE WHEN STRPOS(${e}, '.') > 0 THEN SUBSTR(${e}, STRPOS(${e}, '.') + 1) ELSE '' END)`;
/** A plain decimal text: digits with at most one point, some digit, at most 12 digits before the point. */
const isDecimal = (e: string) => `(${digits(e)} IN ('', '.') AND ${e} <> '.' AND LENGTH(${intPart(e)}) <= 12)`;
/** A whole number of 0 or more: digits, optionally a point and zeros (`5.00`), as a typed number column gives. */
const isCount = (e: string) => `(${isDecimal(e)} AND ${intPart(e)} <> '' AND ${digits(fracPart(e))} = '' AND TRANSLATE(${fracPart(e)}, '0', '') = '')`;
const num = (e: string) => `CAST(COALESCE(NULLIF(${e}, ''), '0') AS BIGINT)`;

/** 'hh:mm' or 'hh:mm:ss' at the start of text `e` (anything after the seconds — a fraction or a zone — is ignored). */
function timeOf(e: string): { ok: string; seconds: string } {
  const two = (p: number) => `(LENGTH(SUBSTR(${e}, ${p}, 2)) = 2 AND ${digits(`SUBSTR(${e}, ${p}, 2)`)} = '')`;
  const hasSec = `(SUBSTR(${e}, 6, 1) = ':' AND ${two(7)})`;
  const ok = `(${two(1)} AND SUBSTR(${e}, 3, 1) = ':' AND ${two(4)} AND (LENGTH(${e}) = 5 OR ${hasSec}`
    + ` OR STRPOS('.+-Z ', SUBSTR(${e}, 6, 1)) > 0) AND CAST(SUBSTR(${e}, 1, 2) AS BIGINT) < 24`
    + ` AND CAST(SUBSTR(${e}, 4, 2) AS BIGINT) < 60 AND (NOT ${hasSec} OR CAST(SUBSTR(${e}, 7, 2) AS BIGINT) < 60))`;
  const seconds = `(CAST(SUBSTR(${e}, 1, 2) AS BIGINT) * 3600 + CAST(SUBSTR(${e}, 4, 2) AS BIGINT) * 60`
    + ` + CASE WHEN ${hasSec} THEN CAST(SUBSTR(${e}, 7, 2) AS BIGINT) ELSE 0 END)`;
  return { ok, seconds };
}

/** One SELECT list of all result columns: the given expressions, typed NULLs elsewhere. */
function selectList(values: Partial<Record<ResultColumn, string>>): string {
  return RESULT_COLUMNS.map((c) => `${values[c] ?? `CAST(NULL AS ${TEXT_COLUMNS.has(c) ? 'STRING' : 'BIGINT'})`} AS ${c}`).join(', ');
}

/**
 * The query: one result set of
 * - 'day' rows: per raw person key `k` and date `d` (yyyy-mm-dd), the record count `n`, records without a time
 *   `untimed`, the sum of each metric (talk minutes in millionths, contract payment in fen), first and last position;
 * - 'cross' rows: per key, month and threshold, the record at which the running total (in date, time, position order)
 *   first reaches the threshold: its date `d`, seconds `t` and position `first_pos` (keys with every record timed);
 * - 'bad' rows: a value that cannot be read (`field`, position, raw `value`, key and date when readable), the first
 *   BAD_LIMIT per field, each with the field's total in `n`. Blank id or date is field 'id' / 'date' with value ''.
 * Records blank in every mapped column are skipped, as blank sheet rows are.
 */
export function callsSql(q: CallQuery): string {
  const { dialect: dl, columns } = q;
  const col = (f: CallField) => columns[f];
  const text = (f: CallField) => `TRIM(CAST(${dl.quote(col(f)!.name)} AS STRING))`;
  const fields = (Object.keys(columns) as CallField[]);
  const counts = COUNT_FIELDS.filter((f) => col(f));
  const perCall = col('result') !== undefined || (!col('dials') && !col('connected') && !col('successes'));

  // raw: every mapped column as trimmed text (raw_* keeps it untrimmed for messages).
  const raw = [`${q.position ?? '0'} AS pos`,
    ...fields.map((f) => `${f === 'result' ? `LOWER(${text(f)})` : text(f)} AS ${f}_t`),
    ...fields.filter((f) => f !== 'result').map((f) => `CAST(${dl.quote(col(f)!.name)} AS STRING) AS ${f}_raw`)];
  const date = `REPLACE(REPLACE(date_t, '/', '-'), 'T', ' ')`;
  const tm = timeOf(`SUBSTR(${date}, 12)`);
  const dateOk = `(LENGTH(${date}) >= 10 AND SUBSTR(${date}, 5, 1) = '-' AND SUBSTR(${date}, 8, 1) = '-'`
    + ` AND ${digits(`SUBSTR(${date}, 1, 10)`)} = '--' AND ${dl.safeCast(`SUBSTR(${date}, 1, 10)`, 'DATE')} IS NOT NULL`
    + ` AND (LENGTH(${date}) = 10 OR (SUBSTR(${date}, 11, 1) = ' ' AND ${tm.ok})))`;
  const parsed = [
    'raw.*',
    `NULLIF(id_t, '') AS k`,
    `CASE WHEN ${dateOk} THEN SUBSTR(${date}, 1, 10) END AS d`,
    `CASE WHEN ${dateOk} AND LENGTH(${date}) > 10 THEN ${tm.seconds} END AS t`,
    ...counts.map((f) => `CASE WHEN ${isCount(`${f}_t`)} THEN ${num(intPart(`${f}_t`))} END AS ${f}_v`),
    ...(col('talkMinutes') ? [`CASE WHEN ${isDecimal('talkMinutes_t')} THEN ${num(intPart('talkMinutes_t'))} * ${TALK_SCALE}`
      + ` + ${num(`RPAD(SUBSTR(${fracPart('talkMinutes_t')}, 1, 6), 6, '0')`)} END AS talkMinutes_v`] : []),
    // Yuan to fen, the third decimal rounding half away from zero, digit by digit as the sheet reader does.
    ...(col('contractPayment') ? [`CASE WHEN ${isDecimal('contractPayment_t')} THEN ${num(intPart('contractPayment_t'))} * 100`
      + ` + ${num(`RPAD(SUBSTR(${fracPart('contractPayment_t')}, 1, 2), 2, '0')`)}`
      + ` + CASE WHEN SUBSTR(${fracPart('contractPayment_t')}, 3, 1) >= '5' THEN 1 ELSE 0 END END AS contractPayment_v`] : []),
  ];
  const notBlank = fields.map((f) => `COALESCE(${f}_t, '') <> ''`).join(' OR ');

  const words = (list: readonly string[]) => (list.length === 0 ? `(${lit(dl, '\u0000')})` : `(${list.map((w) => lit(dl, w)).join(', ')})`);
  const res = col('result') ? 'result_t' : null;
  const success = res ? `(CASE WHEN ${res} IN ${words(q.success)} THEN 1 ELSE 0 END)` : '0';
  const connected = res ? `(CASE WHEN ${res} IN ${words(q.connected)} OR ${res} IN ${words(q.success)} THEN 1 ELSE 0 END)` : '0';
  const value: Record<CallMetric, string> = {
    dials: col('dials') ? `COALESCE(dials_v, ${perCall ? 1 : 0})` : String(perCall ? 1 : 0),
    connected: col('connected') ? `COALESCE(connected_v, ${connected})` : connected,
    successes: col('successes') ? `COALESCE(successes_v, ${success})` : success,
    talkMinutes: col('talkMinutes') ? 'COALESCE(talkMinutes_v, 0)' : '0',
    appointments: col('appointments') ? 'COALESCE(appointments_v, 0)' : '0',
    opportunities: col('opportunities') ? 'COALESCE(opportunities_v, 0)' : '0',
    contractPaymentFen: col('contractPayment') ? 'COALESCE(contractPayment_v, 0)' : '0',
    contacts: col('contacts') ? 'COALESCE(contacts_v, 0)' : '0',
    invitations: col('invitations') ? 'COALESCE(invitations_v, 0)' : '0',
  };
  const metrics = Object.keys(METRIC_COLUMN) as CallMetric[];
  const bounds = [q.from !== null ? `d >= ${lit(dl, q.from)}` : '', q.to !== null ? `d <= ${lit(dl, q.to)}` : ''].filter(Boolean);

  const ctes = [
    `raw AS (SELECT ${raw.join(', ')} FROM ${q.relation})`,
    `parsed AS (SELECT ${parsed.join(', ')} FROM raw WHERE ${notBlank})`,
    `calls AS (SELECT pos, k, d, t, ${metrics.map((m) => `${value[m]} AS ${METRIC_COLUMN[m]}`).join(', ')}`
      + ` FROM parsed WHERE k IS NOT NULL AND d IS NOT NULL${bounds.map((b) => ` AND ${b}`).join('')})`,
    `days AS (SELECT k, d, COUNT(*) AS n, SUM(CASE WHEN t IS NULL THEN 1 ELSE 0 END) AS untimed, `
      + `${metrics.map((m) => `SUM(${METRIC_COLUMN[m]}) AS ${METRIC_COLUMN[m]}`).join(', ')}, MIN(pos) AS first_pos, MAX(pos) AS last_pos`
      + ' FROM calls GROUP BY k, d)',
  ];
  const parts = [`SELECT ${selectList({ kind: "'day'", k: 'k', d: 'd', n: 'n', untimed: 'untimed',
    ...Object.fromEntries(metrics.map((m) => [METRIC_COLUMN[m], METRIC_COLUMN[m]])), first_pos: 'first_pos', last_pos: 'last_pos' })} FROM days`];

  const crossMetrics = [...new Set(q.thresholds.map((t) => t.metric))];
  if (crossMetrics.length > 0) {
    const running = crossMetrics.map((m) => `${METRIC_COLUMN[m]} AS v_${m}, SUM(${METRIC_COLUMN[m]}) OVER (PARTITION BY k, SUBSTR(d, 1, 7)`
      + ` ORDER BY d, t, pos ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c_${m}`);
    ctes.push('timed AS (SELECT k FROM days GROUP BY k HAVING SUM(untimed) = 0)',
      `running AS (SELECT k, d, t, pos, ${running.join(', ')} FROM calls WHERE k IN (SELECT k FROM timed))`,
      `thresholds AS (${q.thresholds.map((t) => `SELECT ${lit(dl, t.metric)} AS metric, ${scaled(t.metric, t.threshold)} AS threshold`).join(' UNION ALL ')})`);
    // Values are never negative, so the running total crosses a threshold at exactly one record.
    const pick = (e: 'c' | 'v') => `CASE h.metric ${crossMetrics.map((m) => `WHEN ${lit(dl, m)} THEN r.${e}_${m}`).join(' ')} END`;
    parts.push(`SELECT ${selectList({ kind: "'cross'", k: 'r.k', d: 'r.d', t: 'r.t', first_pos: 'r.pos', metric: 'h.metric', threshold: 'h.threshold' })}`
      + ` FROM running r JOIN thresholds h ON ${pick('c')} >= h.threshold AND ${pick('c')} - ${pick('v')} < h.threshold`);
  }

  const bad: string[] = [
    `SELECT 'id' AS field, pos, k, d, COALESCE(id_raw, '') AS value FROM parsed WHERE k IS NULL`,
    `SELECT 'date' AS field, pos, k, d, COALESCE(date_raw, '') AS value FROM parsed WHERE d IS NULL`,
    ...[...counts, ...(['talkMinutes', 'contractPayment'] as const).filter((f) => col(f))]
      .map((f) => `SELECT ${lit(dl, f)} AS field, pos, k, d, ${f}_raw AS value FROM parsed WHERE COALESCE(${f}_t, '') <> '' AND ${f}_v IS NULL`),
  ];
  ctes.push(`bad AS (${bad.join(' UNION ALL ')})`,
    'bad_ranked AS (SELECT field, pos, k, d, value, ROW_NUMBER() OVER (PARTITION BY field ORDER BY pos) AS nth,'
      + ' COUNT(*) OVER (PARTITION BY field) AS total FROM bad)');
  parts.push(`SELECT ${selectList({ kind: "'bad'", k: 'k', d: 'd', n: 'total', first_pos: 'pos', field: 'field', value: 'value' })}`
    + ` FROM bad_ranked WHERE nth <= ${BAD_LIMIT}`);
  return `WITH ${ctes.join(',\n')}\n${parts.join('\nUNION ALL\n')}`;
}

/** A threshold in the unit the query sums its metric in (talk minutes in millionths). */
export function scaled(metric: CallMetric, threshold: number): number {
  return metric === 'talkMinutes' ? Math.round(threshold * TALK_SCALE) : threshold;
}
