// A dialer export kept as a BigQuery table (through the stand-in) gives the figures and issues the same rows give as a tab.
import { afterAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../src/engine/presets/index.js';
import { runWorkbook } from '../../src/engine/run.js';
import type { CellValue, WorkbookData } from '../../src/engine/types.js';
import { callTableStep, checkCallTable } from '../../src/gas/bigquery.js';
import { fakeBigQuery } from '../fakes/bigquery.js';

const TABLE = 'acme-data.callcenter.export_call_report';
const HEADER = ['call_date', 'phone_number_dialed', 'status', 'user', 'full_name', 'length_in_sec'];
const STATUSES = ['SALE', 'NA', 'NI', 'B', 'SALE', 'NEW', 'CALLBK', 'DC'];

/**
 * VICIdial Export Calls Report rows, 2026-10-01..08, 10 timed calls a day for wangf (A001) and 7 (A002, whose Roster
 * login is 007); plus x9 (no one), an unknown status, a month 13, a start as 2026年10月3日 10:05 and a talk time '2m'.
 */
function records(): string[][] {
  const out: string[][] = [];
  for (let day = 1; day <= 8; day++) {
    for (let n = 0; n < 10; n++) {
      for (const [k, user] of ['wangf', '7'].entries()) {
        out.push([`2026-10-0${day} 10:${String(n * 5 + k).padStart(2, '0')}:00`, '138', STATUSES[(n + k) % 8], user, k ? 'Li Lei' : '王芳', String(20 + n)]);
      }
    }
  }
  out.push(['2026-10-02 09:00:00', '138', 'SALE', 'x9', 'Nobody', '30'], ['2026-10-02 09:01:00', '138', 'ZZZ', 'wangf', '王芳', '30'],
    ['2026-13-02 09:00:00', '138', 'SALE', '7', 'Li Lei', '30'], ['2026年10月3日 10:05', '138', 'SALE', '7', 'Li Lei', '30'],
    ['2026-10-04 09:00:00', '138', 'NI', 'wangf', '王芳', '2m']);
  return out;
}

const roster: CellValue[][] = [['ID', 'Name', 'Team', '外呼系统账号'], ['A001', '王芳', 'T1', 'wangf'], ['A002', 'Li Lei', 'T1', '007']];
const book = (tab: boolean): WorkbookData => ({ timeZone: 'Asia/Shanghai', sheets: [
  { name: 'Roster', values: roster },
  ...(tab ? [{ name: TABLE, values: [HEADER, ...records()] as CellValue[][] }] : []),
] });

const bq = fakeBigQuery({ tables: { [TABLE]: { columns: HEADER, rows: records() } } });
afterAll(async () => { await bq.close(); });

describe('a VICIdial export as a BigQuery table', () => {
  it('gives the figures, lines and issues of the same rows read as a tab; cells cite the table', () => {
    const policy = getPreset('outbound-center');
    const sheet = runWorkbook(book(true), '2026-10').report;
    const table = runWorkbook(book(false), '2026-10', undefined, { sources: callTableStep({ bq, table: TABLE, sleep: () => undefined }, policy) }).report;
    const figures = (r: typeof sheet) => r.employees.map((e) => ({ id: e.id, payout: e.payoutFen, stats: e.stats,
      lines: e.lines.map((l) => `${l.rule} ${l.date} ${l.amountFen} ${l.reason.en}`) }));
    expect(figures(table)).toEqual(figures(sheet));
    expect(table.employees.map((e) => e.stats.successes)).toEqual([24, 17]); // SALE at n = 0, 4, 8 for wangf (3 × 8 days); n = 3, 7 for 7 (2 × 8) plus its 2026年10月3日 row
    const issues = (r: typeof sheet) => r.issues.map((i) => `${i.code} ${i.value}`);
    // The same issues; their order is by row, which a table has not.
    expect(issues(table).sort()).toEqual(issues(sheet).sort());
    expect(issues(table)).toEqual(expect.arrayContaining(['import-unmatched-key x9', 'bad-date 2026-13-02 09:00:00']));
    expect(table.issues.find((i) => i.code === 'import-unmatched-key')!.cell).toBeNull();
    // Statements are GoogleSQL the stand-in let through: distinct values, the aggregation, the account, the bad starts.
    expect(bq.calls.filter((c) => c === 'Jobs.query').length).toBe(4);
  }, 60_000);
});

describe('checkCallTable (the sidebar\'s table test)', () => {
  it('names the columns a dialer export is read by and the bytes of its three queries', () => {
    const got = checkCallTable(bq, 'acme-data', TABLE);
    expect(got.columns).toEqual({ id: 'user', name: 'full_name', date: 'call_date', result: 'status', talkMinutes: 'length_in_sec' });
    expect(got.missing).toEqual([]);
    // The stand-in bills the named columns' text: 3 × the bytes of call_date, status, user, full_name and length_in_sec.
    const rows = records();
    const one = rows.reduce((s, r) => s + [0, 2, 3, 4, 5].reduce((b, i) => b + Buffer.byteLength(r[i]), 0), 0);
    expect(got.bytes).toBe(3 * one);
  });
});
