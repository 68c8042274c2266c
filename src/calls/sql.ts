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

/**
 * A day on which a key's month total of a metric reaches a threshold (worked out from the day rows, crossingTargets):
 * `before` is the month's total before that day; both in the query's units (see scaled).
 */
export interface CrossingTarget {
  k: string;
  d: string;
  metric: CallMetric;
  threshold: number;
  before: number;
}

/** The statements of one aggregation: pass 1 always, the others only when its result asks for them. */
export interface CallSql {
  /** 'day' rows, including groups with a NULL key or date (unreadable records) */
  days: string;
  /** 'bad' rows: run when some day row has `bad` > 0 or a NULL key or date */
  bad: string;
  /** 'cross' rows: the record of each target day at which the threshold is reached */
  crossings: (targets: readonly CrossingTarget[]) => string;
}

/** Columns of every result row; a row's `kind` says which of them it fills ('day', 'cross' or 'bad'). */
export const RESULT_COLUMNS = ['kind', 'k', 'd', 't', 'n', 'untimed', 'dials', 'connected', 'successes', 'talk_micro',
  'appointments', 'opportunities', 'payment_fen', 'contacts', 'invitations', 'first_pos', 'last_pos', 'metric',
  'threshold', 'field', 'value', 'bad'] as const;
type ResultColumn = (typeof RESULT_COLUMNS)[number];
const TEXT_COLUMNS: ReadonlySet<ResultColumn> = new Set(['kind', 'k', 'd', 'metric', 'field', 'value']);

/** Bad values listed per field (the rest are only counted, in `n` of each 'bad' row). */
export const BAD_LIMIT = 1000;

/** Positions: file number × 10^10 + row, so one BIGINT orders records across files. */
export const POSITION_FILE = 10_000_000_000;

/** Above this a count or amount is not read (far beyond any call figure, well inside a double's exact integers). */
const MAX_NUMBER = '1000000000000';

/** One SELECT list of all result columns: the given expressions, typed NULLs elsewhere. */
function selectList(values: Partial<Record<ResultColumn, string>>): string {
  return RESULT_COLUMNS.map((c) => `${values[c] ?? `CAST(NULL AS ${TEXT_COLUMNS.has(c) ? 'STRING' : 'BIGINT'})`} AS ${c}`).join(', ');
}

/**
 * The aggregation's statements (all sharing one parsing prefix):
 * - days: per raw person key `k` and date `d` (yyyy-mm-dd), the record count `n`, records without a time `untimed`,
 *   records with an unreadable value `bad`, each metric summed (talk minutes in millionths, contract payment in fen),
 *   first and last position; records without a readable key or date are counted in groups with a NULL k or d;
 * - bad: each unreadable value (`field`, position, raw `value`, key and date when readable), the first BAD_LIMIT per
 *   field with the field's total in `n`; a blank ID or date is field 'id' / 'date' with value '';
 * - crossings: per target day (see CrossingTarget), the record at which the running total in time and position order
 *   reaches the threshold: its seconds `t` and position `first_pos`.
 * Records blank in every mapped column are skipped, as blank sheet rows are.
 */
export function callsSql(q: CallQuery): CallSql {
  const { dialect: dl, columns } = q;
  const col = (f: CallField) => columns[f];
  const fields = (Object.keys(columns) as CallField[]);
  const counts = COUNT_FIELDS.filter((f) => col(f));
  const decimals = (['talkMinutes', 'contractPayment'] as const).filter((f) => col(f));
  const perCall = col('result') !== undefined || (!col('dials') && !col('connected') && !col('successes'));

  // raw: every mapped column as text (untrimmed for messages), and trimmed; the date with '/' read as '-'.
  const raw = [`${q.position ?? '0'} AS pos`,
    ...fields.map((f) => `CAST(${dl.quote(col(f)!.name)} AS STRING) AS ${f}_raw`)];
  const trimmed = ['pos', ...fields.map((f) => `${f}_raw`),
    ...fields.map((f) => (f === 'result' ? `LOWER(TRIM(result_raw)) AS result_t` : `TRIM(${f}_raw) AS ${f}_t`))];
  // Dates: yyyy-mm-dd (or /), optionally hh:mm or hh:mm:ss; read as wall-clock DATETIME / TIMESTAMP, seconds added to hh:mm.
  const dn = `REPLACE(date_t, '/', '-')`;
  const full = `(CASE WHEN LENGTH(${dn}) <= 10 THEN CONCAT(${dn}, ' 00:00:00') WHEN LENGTH(${dn}) = 16 THEN CONCAT(${dn}, ':00') ELSE ${dn} END)`;
  const cast = ['*', `${dl.safeCast(full, 'datetime')} AS ts`, `LENGTH(date_t) > 10 AS has_time`,
    ...[...counts, ...decimals].map((f) => `${dl.safeCast(`${f}_t`, 'float')} AS ${f}_f`)];
  const parsed = ['*',
    `NULLIF(id_t, '') AS k`,
    `CAST(CAST(ts AS DATE) AS STRING) AS d`,
    `CASE WHEN has_time THEN EXTRACT(HOUR FROM ts) * 3600 + EXTRACT(MINUTE FROM ts) * 60 + EXTRACT(SECOND FROM ts) END AS t`,
    // A count: a whole number of 0 or more ('5' or '5.0'); money and minutes: 0 or more.
    ...counts.map((f) => `CASE WHEN ${f}_f >= 0 AND ${f}_f = FLOOR(${f}_f) AND ${f}_f < ${MAX_NUMBER} THEN CAST(${f}_f AS BIGINT) END AS ${f}_v`),
    ...(col('talkMinutes') ? [`CASE WHEN talkMinutes_f >= 0 AND talkMinutes_f < ${MAX_NUMBER} THEN CAST(ROUND(talkMinutes_f * ${TALK_SCALE}) AS BIGINT) END AS talkMinutes_v`] : []),
    // Yuan to fen rounding half away from zero at the third decimal (1234.565 → 123457), as the sheet reader does
    // digit by digit: the product is first rounded to 4 decimals so binary noise (123456.49999999999) cannot decide.
    ...(col('contractPayment') ? [`CASE WHEN contractPayment_f >= 0 AND contractPayment_f < ${MAX_NUMBER} THEN CAST(ROUND(ROUND(contractPayment_f * 100, 4)) AS BIGINT) END AS contractPayment_v`] : []),
  ];
  const notBlank = fields.map((f) => `COALESCE(${f}_t, '') <> ''`).join(' OR ');

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
  const metrics = Object.keys(METRIC_COLUMN) as CallMetric[];
  const bounds = [q.from !== null ? `d >= ${dl.literal(q.from)}` : '', q.to !== null ? `d <= ${dl.literal(q.to)}` : ''].filter(Boolean);

  const inBounds = bounds.length === 0 ? '' : ` WHERE d IS NULL OR (${bounds.join(' AND ')})`;
  const badValue = [...counts, ...decimals].map((f) => `(COALESCE(${f}_t, '') <> '' AND ${f}_v IS NULL)`);
  const prefix = [
    `raw AS (SELECT ${raw.join(', ')} FROM ${q.relation})`,
    `trimmed AS (SELECT ${trimmed.join(', ')} FROM raw)`,
    `typed AS (SELECT ${cast.join(', ')} FROM trimmed WHERE ${notBlank})`,
    `parsed AS (SELECT ${parsed.join(', ')} FROM typed${inBounds})`,
    `calls AS (SELECT pos, k, d, t, ${metrics.map((m) => `${value[m]} AS ${METRIC_COLUMN[m]}`).join(', ')}`
      + `, ${badValue.length > 0 ? `CASE WHEN ${badValue.join(' OR ')} THEN 1 ELSE 0 END` : '0'} AS bad FROM parsed)`,
  ];
  const withPrefix = (more: string[]) => `WITH ${[...prefix, ...more].join(',\n')}\n`;

  // Pass 1: one scan, one GROUP BY. Records without a readable key or date form groups with a NULL k or d.
  const days = withPrefix([]) + `SELECT ${selectList({ kind: "'day'", k: 'k', d: 'd', n: 'COUNT(*)',
    untimed: 'SUM(CASE WHEN t IS NULL THEN 1 ELSE 0 END)', bad: 'SUM(bad)',
    ...Object.fromEntries(metrics.map((m) => [METRIC_COLUMN[m], `SUM(${METRIC_COLUMN[m]})`])),
    first_pos: 'MIN(pos)', last_pos: 'MAX(pos)' })} FROM calls GROUP BY k, d`;

  const bad = withPrefix([`bad AS (${[
    `SELECT 'id' AS field, pos, k, d, COALESCE(id_raw, '') AS value FROM parsed WHERE k IS NULL`,
    `SELECT 'date' AS field, pos, k, d, COALESCE(date_raw, '') AS value FROM parsed WHERE d IS NULL`,
    ...[...counts, ...decimals].map((f) => `SELECT ${dl.literal(f)} AS field, pos, k, d, ${f}_raw AS value FROM parsed`
      + ` WHERE COALESCE(${f}_t, '') <> '' AND ${f}_v IS NULL`),
  ].join(' UNION ALL ')})`,
  'bad_ranked AS (SELECT field, pos, k, d, value, ROW_NUMBER() OVER (PARTITION BY field ORDER BY pos) AS nth,'
    + ' COUNT(*) OVER (PARTITION BY field) AS total FROM bad)'])
    + `SELECT ${selectList({ kind: "'bad'", k: 'k', d: 'd', n: 'total', first_pos: 'pos', field: 'field', value: 'value' })}`
    + ` FROM bad_ranked WHERE nth <= ${BAD_LIMIT}`;

  const crossings = (targets: readonly CrossingTarget[]): string => {
    const ms = [...new Set(targets.map((t) => t.metric))];
    const rows = targets.map((t) => `SELECT ${dl.literal(t.k)} AS k, ${dl.literal(t.d)} AS d, ${dl.literal(t.metric)} AS metric,`
      + ` ${t.threshold} AS threshold, ${t.before} AS before_day`);
    const running = ms.map((m) => `${METRIC_COLUMN[m]} AS v_${m}, SUM(${METRIC_COLUMN[m]}) OVER (PARTITION BY k, d`
      + ` ORDER BY t, pos ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS c_${m}`);
    const pick = (e: 'c' | 'v') => `CASE h.metric ${ms.map((m) => `WHEN ${dl.literal(m)} THEN r.${e}_${m}`).join(' ')} END`;
    // Values are never negative, so the running total crosses a threshold at exactly one record of its day.
    return withPrefix([`targets AS (${rows.join(' UNION ALL ')})`,
      `running AS (SELECT k, d, t, pos, ${running.join(', ')} FROM calls`
        + ' WHERE k IN (SELECT k FROM targets) AND d IN (SELECT d FROM targets))'])
      + `SELECT ${selectList({ kind: "'cross'", k: 'r.k', d: 'r.d', t: 'r.t', first_pos: 'r.pos', metric: 'h.metric', threshold: 'h.threshold' })}`
      + ` FROM running r JOIN targets h ON r.k = h.k AND r.d = h.d AND h.before_day + ${pick('c')} >= h.threshold`
      + ` AND h.before_day + ${pick('c')} - ${pick('v')} < h.threshold`;
  };
  return { days, bad, crossings };
}

/** A threshold in the unit the query sums its metric in (talk minutes in millionths). */
export function scaled(metric: CallMetric, threshold: number): number {
  return metric === 'talkMinutes' ? Math.round(threshold * TALK_SCALE) : threshold;
}
