// The call SQL run on DuckDB over a handful of records, against figures worked out by hand.
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultRow } from '../../src/calls/aggregates.js';
import { mapCallColumns } from '../../src/calls/columns.js';
import { DUCKDB } from '../../src/calls/dialect.js';
import { crossingsOf, hasBad } from '../../src/calls/plan.js';
import { callsSql } from '../../src/calls/sql.js';

const HEADER = ['工号', '日期', '结果', '通话分钟', '回款'];
/** Sheet rows 2–9 (row 8 blank). */
const RECORDS: (string | null)[][] = [
  ['A1', '2026-10-01 09:00:00', 'success', '2.25', '1234.565'],
  ['A1', '2026/10/01 09:05', '接通', '0.1', null],
  [' A1 ', '2026-10-01', 'Busy', null, null],
  ['A2', 'not a date', 'success', null, null],
  ['A2', '2026-10-02 10:00:00', 'SUCCESS', 'abc', '5'],
  ['A2', '2026-10-02 25:00:00', 'success', null, null],
  [null, null, null, null, null],
  ['A2', '2026-10-02 10:30:00', '成功', '1', '0.004'],
];

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
  await conn.run(`CREATE TABLE calls (pos BIGINT, ${HEADER.map((h) => `"${h}" VARCHAR`).join(', ')})`);
  for (const [i, r] of RECORDS.entries()) {
    await conn.run(`INSERT INTO calls VALUES (${i + 2}, ${r.map((v) => (v === null ? 'NULL' : `'${v}'`)).join(', ')})`);
  }
});
afterAll(() => conn.closeSync());

const sql = callsSql({ dialect: DUCKDB, relation: 'calls', columns: mapCallColumns(HEADER).columns, position: 'pos',
  connected: ['接通', 'connected'], success: ['success', '成功'], from: null, to: null, thresholds: [{ metric: 'successes', threshold: 2 }] });
const rows = async (s: string) => (await conn.runAndReadAll(s)).getRowObjectsJson() as ResultRow[];

describe('callsSql on DuckDB', () => {
  it('sums each key and day: trimmed keys, / dates, result words any case, minutes to the millionth, yuan to fen', async () => {
    const days = await rows(`SELECT k, d, n, untimed, bad, dials, connected, successes, talk_micro, payment_fen, first_pos, last_pos
      FROM (${sql.days}) ORDER BY k NULLS FIRST, d NULLS FIRST`);
    expect(days).toEqual([
      // 2.25 + 0.1 minutes; 1234.565 yuan rounds half up to 123457 fen; row 4 has no time
      { k: 'A1', d: '2026-10-01', n: '3', untimed: '1', bad: '0', dials: '3', connected: '2', successes: '1', talk_micro: '2350000', payment_fen: '123457', first_pos: '2', last_pos: '4' },
      // row 5: no date, row 7: 25:00 is no time of day
      { k: 'A2', d: null, n: '2', untimed: '1', bad: '0', dials: '2', connected: '2', successes: '2', talk_micro: '0', payment_fen: '0', first_pos: '5', last_pos: '7' },
      // 'abc' minutes is unreadable (counted as blank); 5 + 0.004 yuan = 500 fen
      { k: 'A2', d: '2026-10-02', n: '2', untimed: '0', bad: '1', dials: '2', connected: '2', successes: '2', talk_micro: '1000000', payment_fen: '500', first_pos: '6', last_pos: '9' },
    ]);
  });

  it('lists the unreadable values with their rows, raw text and field counts', async () => {
    const bad = await rows(`SELECT field, first_pos, k, d, value, n FROM (${sql.bad}) ORDER BY first_pos, field`);
    expect(bad).toEqual([
      { field: 'date', first_pos: '5', k: 'A2', d: null, value: 'not a date', n: '2' },
      { field: 'talkMinutes', first_pos: '6', k: 'A2', d: '2026-10-02', value: 'abc', n: '1' },
      { field: 'date', first_pos: '7', k: 'A2', d: null, value: '2026-10-02 25:00:00', n: '2' },
    ]);
  });

  it('carries each day\'s successful records for the crossings: A2 reaches 2 successes at 10:30 (row 9)', async () => {
    const days = await rows(sql.days);
    expect(hasBad(days)).toBe(true);
    // A1 has an untimed record, so only A2 is crossed by timestamp.
    expect(crossingsOf(days, [{ metric: 'successes', threshold: 2 }])).toEqual([
      { kind: 'cross', k: 'A2', d: '2026-10-02', metric: 'successes', threshold: 2, t: '37800', first_pos: '9' },
    ]);
  });
});

describe('callsSql reads each date and result form as written, on DuckDB', () => {
  /** One record per case, keyed by the case, on sheet rows 2…; results on 2026-10-02 10:00:00. */
  const DATES: [string, string | null, string | null][] = [
    // text, date read, seconds into the day (null: no time of day)
    ['2026-10-01 09:05:07', '2026-10-01', '32707'],
    ['2026/10/01 09:05:07', '2026-10-01', '32707'],
    ['2026/10-01 09:05:07', '2026-10-01', '32707'], // '/' read as '-' wherever it is
    ['2026-10-01 09:05', '2026-10-01', '32700'],
    ['2026-1-1 9:05:00', null, null], // 16 characters read as hh:mm plus ':00': unreadable
    [' 2026-10-01', '2026-10-01', '0'], // longer than a date, so timed (at midnight)
    ['2026-10-01', '2026-10-01', null],
    ['2026-10-01 24:00:00', '2026-10-02', '0'],
    ['2026-02-30 10:00:00', null, null],
  ];
  const RESULTS: [string, string, string][] = [
    // text, connected, successes
    ['success', '1', '1'], ['Success', '1', '1'], [' 成功 ', '1', '1'], ['CONNECTED', '1', '0'], ['接通', '1', '0'],
    ['no answer', '0', '0'], ['successful', '0', '0'],
  ];
  let days: ResultRow[];
  beforeAll(async () => {
    await conn.run('CREATE TABLE forms (pos BIGINT, "ID" VARCHAR, "Date" VARCHAR, "Result" VARCHAR)');
    const values = [...DATES.map(([d], i) => [`D${i}`, d, 'success']), ...RESULTS.map(([r], i) => [`R${i}`, '2026-10-02 10:00:00', r])];
    await conn.run(`INSERT INTO forms VALUES ${values.map((v, i) => `(${i + 2}, ${v.map((x) => `'${x}'`).join(', ')})`).join(', ')}`);
    const q = callsSql({ dialect: DUCKDB, relation: 'forms', columns: mapCallColumns(['ID', 'Date', 'Result']).columns, position: 'pos',
      connected: ['接通', 'connected'], success: ['success', '成功'], from: null, to: null, thresholds: [{ metric: 'successes', threshold: 1 }] });
    days = await rows(`SELECT k, d, untimed, connected, successes, seq FROM (${q.days}) ORDER BY k`);
  });

  it.each(DATES.map(([text, d, t], i) => [text, i, d, t] as const))('date %j', (_, i, d, t) => {
    const day = days.find((r) => r.k === `D${i}`)!;
    expect([day.d, day.untimed, t === null ? null : String(day.seq).split(' ')[0]]).toEqual([d, t === null && d !== null ? '1' : '0', t]);
  });

  it.each(RESULTS.map(([text, c, s], i) => [text, i, c, s] as const))('result %j', (_, i, connected, successes) => {
    expect(days.find((r) => r.k === `R${i}`)).toMatchObject({ connected, successes });
  });
});

describe('crossingsOf', () => {
  const day = (k: string, d: string, successes: number, seq: string) =>
    ({ kind: 'day', k, d, untimed: '0', successes: String(successes), metric: 'successes', seq });

  it.each([
    ['threshold − 1 on day 1 then reached early on day 2', 3, { d: '2026-10-02', t: '100', first_pos: '7' }],
    ['reached exactly at the last record of day 1', 2, { d: '2026-10-01', t: '900', first_pos: '3' }],
    ['threshold + 1: the second record of day 2 (ties in time go by row)', 4, { d: '2026-10-02', t: '100', first_pos: '8' }],
  ])('%s', (_, threshold, at) => {
    const days = [day('K', '2026-10-01', 2, '900 3 1,500 2 1'), day('K', '2026-10-02', 2, '100 8 1,100 7 1')];
    expect(crossingsOf(days, [{ metric: 'successes', threshold }])).toEqual([{ kind: 'cross', k: 'K', metric: 'successes', threshold, ...at }]);
  });

  it('a new month starts from zero, and a total that never reaches gives nothing', () => {
    const days = [day('K', '2026-09-30', 5, '1 2 5'), day('K', '2026-10-01', 1, '1 3 1')];
    expect(crossingsOf(days, [{ metric: 'successes', threshold: 2 }]).map((c) => c.d)).toEqual(['2026-09-30']);
  });
});
