// The one SQL aggregation from per-call records to what the engine needs, in the subset DuckDB and BigQuery both accept.
import type { CallMetric } from '../engine/rules/call-metrics.js';
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
  /**
   * DuckDB only: result numbers as DOUBLE instead of BIGINT (all are whole and far below 2^53, so exact). DuckDB's Node
   * client hands a DOUBLE over as a number several times faster than it turns a BIGINT into text or a bigint.
   */
  doubles?: boolean;
}

/** The statements of one aggregation: `days` always, `bad` only when its result met unreadable values. */
export interface CallSql {
  /** 'day' rows, including groups with a NULL key or date (unreadable records) */
  days: string;
  /** 'bad' rows: run when some day row has `bad` > 0 or a NULL key or date */
  bad: string;
}

/** Every result column, in order; a row's `kind` ('day', 'cross' or 'bad') says which of them it carries, the others are absent. */
export const RESULT_COLUMNS = ['kind', 'k', 'd', 't', 'n', 'untimed', 'dials', 'connected', 'successes', 'talk_micro',
  'appointments', 'opportunities', 'payment_fen', 'contacts', 'invitations', 'first_pos', 'last_pos', 'metric',
  'threshold', 'field', 'value', 'bad', 'seq'] as const;
type ResultColumn = (typeof RESULT_COLUMNS)[number];

/** Bad values listed per field (the rest are only counted, in `n` of each 'bad' row). */
export const BAD_LIMIT = 1000;

/** Positions: file number × 10^10 + row, so one BIGINT orders records across files. */
export const POSITION_FILE = 10_000_000_000;

/** Above this a count or amount is not read (far beyond any call figure, well inside a double's exact integers). */
const MAX_NUMBER = '1000000000000';

/**
 * One SELECT list of the result columns a statement fills, in RESULT_COLUMNS order. Columns it leaves out read as
 * absent (NULL, or 0 for a metric): every result value costs the DuckDB client a conversion (~45% of the aggregation
 * when all 23 were read on 62,000 day rows).
 */
function selectList(values: Partial<Record<ResultColumn, string>>, doubles = false): string {
  return RESULT_COLUMNS.filter((c) => values[c] !== undefined)
    .map((c) => `${doubles && !TEXT_COLUMNS.has(c) ? `CAST(${values[c]} AS DOUBLE)` : values[c]} AS ${c}`).join(', ');
}

/** Result columns holding text; the others hold whole numbers. */
const TEXT_COLUMNS = new Set<ResultColumn>(['kind', 'k', 'd', 'metric', 'field', 'value', 'seq']);

/**
 * The aggregation's statements (all sharing one parsing prefix):
 * - days: per raw person key `k` and date `d` (yyyy-mm-dd), the record count `n`, records without a time `untimed`,
 *   records with an unreadable value `bad`, each metric summed (talk minutes in millionths, contract payment in fen),
 *   first and last position; records without a readable key or date are counted in groups with a NULL k or d;
 * - bad: each unreadable value (`field`, position, raw `value`, key and date when readable), the first BAD_LIMIT per
 *   field with the field's total in `n`; a blank ID or date is field 'id' / 'date' with value '';
 * With first-to-reach thresholds, a day row on which the key's running total of the month reaches a threshold also
 * carries `seq`: its records with a non-zero threshold metric, in no order ('seconds position value…', comma-separated;
 * values of the metrics named in `metric`, in that order), from which crossingsOf finds the record at which it is reached.
 * Records blank in every mapped column are skipped, as blank sheet rows are.
 */
export function callsSql(q: CallQuery): CallSql {
  const { dialect: dl, columns } = q;
  if (q.doubles && dl.name !== 'duckdb') throw new Error('call SQL: doubles is for DuckDB only', { cause: { code: 'bad-dialect' } });
  const doubles = q.doubles === true;
  const col = (f: CallField) => columns[f];
  const fields = (Object.keys(columns) as CallField[]);
  const counts = COUNT_FIELDS.filter((f) => col(f));
  const decimals = (['talkMinutes', 'contractPayment'] as const).filter((f) => col(f));
  const perCall = col('result') !== undefined || (!col('dials') && !col('connected') && !col('successes'));

  // raw: every mapped column as text (untrimmed for messages), and trimmed; the date with '/' read as '-'.
  const raw = [`${q.position ?? '0'} AS pos`,
    ...fields.map((f) => `CAST(${dl.quote(col(f)!.name)} AS STRING) AS ${f}_raw`)];
  // Key and result are compared as text, so trimmed; values go to a cast, which in DuckDB skips surrounding spaces.
  // Result words already in their compared form are matched as written, without a per-record TRIM and LOWER.
  const asWritten = [...new Set([...q.connected, ...q.success].map((w) => w.toLowerCase()).filter(comparedAsWritten))];
  const resultT = asWritten.length === 0 ? 'LOWER(TRIM(result_raw))'
    : `CASE WHEN result_raw IN (${asWritten.map(dl.literal).join(', ')}) THEN result_raw ELSE LOWER(TRIM(result_raw)) END`;
  const trimmed = ['pos', ...fields.map((f) => `${f}_raw`),
    ...fields.map((f) => (f === 'result' ? `${resultT} AS result_t` : f === 'id' ? 'TRIM(id_raw) AS id_t'
      : `${dl.castText(`${f}_raw`)} AS ${f}_t`))];
  // Dates: yyyy-mm-dd (or /), optionally hh:mm or hh:mm:ss; read as wall-clock DATETIME / TIMESTAMP, seconds added to hh:mm.
  const dn = `(CASE WHEN STRPOS(date_t, '/') > 0 THEN REPLACE(date_t, '/', '-') ELSE date_t END)`;
  const full = `(CASE WHEN LENGTH(${dn}) <= 10 THEN CONCAT(${dn}, ' 00:00:00') WHEN LENGTH(${dn}) = 16 THEN CONCAT(${dn}, ':00') ELSE ${dn} END)`;
  // A date written 'yyyy-mm-dd hh:mm:ss' is cast as it is; only other forms go through the rewriting above (same result,
  // without four string functions on every record).
  const ts = `CASE WHEN LENGTH(date_t) = 19 AND STRPOS(date_t, '/') = 0 THEN ${dl.safeCast('date_t', 'datetime')} ELSE ${dl.safeCast(full, 'datetime')} END`;
  const cast = ['*', `${ts} AS ts`, `LENGTH(date_t) > 10 AS has_time`,
    ...[...counts, ...decimals].map((f) => `${dl.safeCast(`${f}_t`, 'float')} AS ${f}_f`)];
  const parsed = ['*',
    `NULLIF(id_t, '') AS k`,
    `CAST(ts AS DATE) AS dt`,
    // A count: a whole number of 0 or more ('5' or '5.0'); money and minutes: 0 or more.
    ...counts.map((f) => `CASE WHEN ${f}_f >= 0 AND ${f}_f = FLOOR(${f}_f) AND ${f}_f < ${MAX_NUMBER} THEN CAST(${f}_f AS BIGINT) END AS ${f}_v`),
    ...(col('talkMinutes') ? [`CASE WHEN talkMinutes_f >= 0 AND talkMinutes_f < ${MAX_NUMBER} THEN CAST(ROUND(talkMinutes_f * ${TALK_SCALE}) AS BIGINT) END AS talkMinutes_v`] : []),
    // Yuan to fen rounding half away from zero at the third decimal (1234.565 → 123457), as the sheet reader does
    // digit by digit: the product is first rounded to 4 decimals so binary noise (123456.49999999999) cannot decide.
    ...(col('contractPayment') ? [`CASE WHEN contractPayment_f >= 0 AND contractPayment_f < ${MAX_NUMBER} THEN CAST(ROUND(ROUND(contractPayment_f * 100, 4)) AS BIGINT) END AS contractPayment_v`] : []),
  ];
  const notBlank = fields.map((f) => `COALESCE(${f}_raw, '') <> ''`).join(' OR ');

  const among = (list: readonly string[]) => (list.length === 0 ? 'FALSE' : `result_t IN (${list.map((w) => dl.literal(w.toLowerCase())).join(', ')})`);
  const res = col('result') !== undefined;
  const success = res ? `(CASE WHEN ${among(q.success)} THEN 1 ELSE 0 END)` : '0';
  const connected = res ? `(CASE WHEN ${among(q.connected)} OR ${among(q.success)} THEN 1 ELSE 0 END)` : '0';
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
  // Metrics no mapped column gives (always 0) are neither summed nor returned; one per record (dials without a Dials column)
  // is the record count.
  const metrics = (Object.keys(METRIC_COLUMN) as CallMetric[]).filter((m) => value[m] !== '0');
  const crossMetrics = [...new Set(q.thresholds.map((t) => t.metric))];
  const perRecord = [...new Set([...metrics, ...crossMetrics])];
  const bounds = [q.from !== null ? `dt >= DATE ${dl.literal(q.from)}` : '', q.to !== null ? `dt <= DATE ${dl.literal(q.to)}` : ''].filter(Boolean);

  const inBounds = bounds.length === 0 ? '' : ` WHERE dt IS NULL OR (${bounds.join(' AND ')})`;
  // The cheap test first: DuckDB compares the text only for the few records whose value did not read.
  const badValue = [...counts, ...decimals].map((f) => `(${f}_v IS NULL AND COALESCE(${f}_t, '') <> '')`);
  const prefix = [
    `raw AS (SELECT ${raw.join(', ')} FROM ${q.relation})`,
    `trimmed AS (SELECT ${trimmed.join(', ')} FROM raw)`,
    `typed AS (SELECT ${cast.join(', ')} FROM trimmed WHERE ${notBlank})`,
    `parsed AS (SELECT ${parsed.join(', ')} FROM typed${inBounds})`,
    `calls AS (SELECT pos, k, dt, has_time, ts, ${perRecord.map((m) => `${value[m]} AS ${METRIC_COLUMN[m]}`).join(', ')}`
      + `, ${badValue.length > 0 ? `CASE WHEN ${badValue.join(' OR ')} THEN 1 ELSE 0 END` : '0'} AS bad FROM parsed)`,
  ];
  const withPrefix = (more: string[]) => `WITH ${[...prefix, ...more].join(',\n')}\n`;

  // The records that can move a first-to-reach total: 't pos v1 v2…' per record joined by ',' (STRING_AGG ignores
  // NULLs). Unordered: an ordered aggregate costs DuckDB several times the whole scan; the reader sorts the few items.
  // Seconds into the day of a timed record, worked out only for the records in `seq`.
  const secondsOfDay = 'CASE WHEN has_time THEN EXTRACT(HOUR FROM ts) * 3600 + EXTRACT(MINUTE FROM ts) * 60 + EXTRACT(SECOND FROM ts) END';
  const item = crossMetrics.length === 0 ? null : `CASE WHEN ${crossMetrics.map((m) => `${METRIC_COLUMN[m]} > 0`).join(' OR ')} THEN CONCAT(`
    + [`CAST(${secondsOfDay} AS STRING)`, 'CAST(pos AS STRING)', ...crossMetrics.map((m) => `CAST(${METRIC_COLUMN[m]} AS STRING)`)].join(", ' ', ")
    + ') END';

  // Pass 1: one scan, one GROUP BY (on the DATE; its text is made per group). Records without a readable key or date
  // form groups with a NULL k or d.
  // Sums are cast back to BIGINT: DuckDB sums BIGINTs to HUGEINT, which its client converts more slowly.
  // Only the day on which a running monthly total reaches a threshold is walked by crossingsOf: the other days' `seq` is
  // left out of the result (it was most of the text the client converts).
  const summedCross = crossMetrics.filter((m) => metrics.includes(m));
  const running = summedCross.map((m) => `, SUM(${METRIC_COLUMN[m]}) OVER (PARTITION BY k, EXTRACT(YEAR FROM dt), EXTRACT(MONTH FROM dt)`
    + ` ORDER BY dt ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS run_${METRIC_COLUMN[m]}`).join('');
  const reaches = [...new Set(q.thresholds.map(({ metric, threshold }) => {
    const target = scaled(metric, threshold);
    if (!summedCross.includes(metric)) return target <= 0 ? 'TRUE' : 'FALSE';
    const [c, run] = [METRIC_COLUMN[metric], `run_${METRIC_COLUMN[metric]}`];
    return `(${run} >= ${target} AND (${run} - ${c} < ${target} OR ${run} - ${c} <= 0))`;
  }))].join(' OR ');
  const days = withPrefix([`grouped AS (SELECT k, dt, COUNT(*) AS n, CAST(SUM(CASE WHEN has_time THEN 0 ELSE 1 END) AS BIGINT) AS untimed,`
    + ` CAST(SUM(bad) AS BIGINT) AS bad, ${metrics.map((m) => `CAST(${value[m] === '1' ? 'COUNT(*)' : `SUM(${METRIC_COLUMN[m]})`} AS BIGINT) AS ${METRIC_COLUMN[m]}`).join(', ')},`
    + ` MIN(pos) AS first_pos, MAX(pos) AS last_pos${item ? `, STRING_AGG(${item}, ',') AS seq` : ''} FROM calls GROUP BY k, dt)`,
  ...(item ? [`totals AS (SELECT *${running} FROM grouped)`] : [])])
    + `SELECT ${selectList({ kind: "'day'", k: 'k', d: 'CAST(dt AS STRING)', n: 'n', untimed: 'untimed', bad: 'bad',
      ...Object.fromEntries(metrics.map((m) => [METRIC_COLUMN[m], METRIC_COLUMN[m]])), first_pos: 'first_pos', last_pos: 'last_pos',
      ...(item ? { seq: `CASE WHEN ${reaches} THEN seq END` } : {}), metric: crossMetrics.length > 0 ? dl.literal(crossMetrics.join(' ')) : undefined },
    doubles)}`
    + ` FROM ${item ? 'totals' : 'grouped'}`;

  const bad = withPrefix([`bad AS (${[
    `SELECT 'id' AS field, pos, k, dt, COALESCE(id_raw, '') AS value FROM parsed WHERE k IS NULL`,
    `SELECT 'date' AS field, pos, k, dt, COALESCE(date_raw, '') AS value FROM parsed WHERE dt IS NULL`,
    ...[...counts, ...decimals].map((f) => `SELECT ${dl.literal(f)} AS field, pos, k, dt, ${f}_raw AS value FROM parsed`
      + ` WHERE COALESCE(${f}_t, '') <> '' AND ${f}_v IS NULL`),
  ].join(' UNION ALL ')})`,
  'bad_ranked AS (SELECT field, pos, k, dt, value, ROW_NUMBER() OVER (PARTITION BY field ORDER BY pos) AS nth,'
    + ' COUNT(*) OVER (PARTITION BY field) AS total FROM bad)'])
    + `SELECT ${selectList({ kind: "'bad'", k: 'k', d: 'CAST(dt AS STRING)', n: 'total', first_pos: 'pos', field: 'field', value: 'value' }, doubles)}`
    + ` FROM bad_ranked WHERE nth <= ${BAD_LIMIT}`;

  return { days, bad };
}

/**
 * True when a result word (already lower-case) is its own TRIM and LOWER in both engines, so a record's text equal to it
 * needs neither: no surrounding space, and only characters without case (ASCII other than A–Z, CJK, full-width forms).
 */
function comparedAsWritten(word: string): boolean {
  return word !== '' && word === word.trim() && /^[\x20-\x40\x5b-\x7e\u3000-\u303f\u3400-\u9fff\uff00-\uff20\uff3b-\uffef]+$/.test(word);
}

/** A threshold in the unit the query sums its metric in (talk minutes in millionths). */
export function scaled(metric: CallMetric, threshold: number): number {
  return metric === 'talkMinutes' ? Math.round(threshold * TALK_SCALE) : threshold;
}
