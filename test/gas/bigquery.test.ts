// The BigQuery adapter against the stand-in: GoogleSQL only, polling and paging, and the same figures as the Calls sheet.
import { afterAll, describe, expect, it } from 'vitest';
import { callsSql } from '../../src/calls/sql.js';
import { BIGQUERY, DUCKDB } from '../../src/calls/dialect.js';
import { mapCallColumns } from '../../src/calls/columns.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { runWorkbook } from '../../src/engine/run.js';
import type { CellValue, WorkbookData } from '../../src/engine/types.js';
import { callTableStep, parseTable, runQuery } from '../../src/gas/bigquery.js';
import { fakeBigQuery } from '../fakes/bigquery.js';

const HEADER = ['ID', 'Date', 'Result', 'Talk minutes'];
const TABLE = 'acme-data.callcenter.calls_2026';

/** 2026-10-01..09, A001 and A002, 16 timed calls a day each (A002 a minute earlier), every third a success; one X9 record. */
function records(): string[][] {
  const out: string[][] = [];
  for (let day = 1; day <= 9; day++) {
    for (let i = 0; i < 16; i++) {
      for (const id of ['A001', 'A002']) {
        const minute = String(10 + i * 2 + (id === 'A001' ? 1 : 0)).padStart(2, '0');
        out.push([id, `2026-10-0${day} 10:${minute}:00`, i % 3 === 0 ? 'success' : i % 3 === 1 ? '接通' : 'busy', '1.5']);
      }
    }
  }
  out.push(['X9', '2026-10-02 09:00:00', 'success', '1']);
  return out;
}

const roster: CellValue[][] = [['ID', 'Name', 'Team'], ['A001', 'Wang', 'T1'], ['A002', 'Li', 'T1']];
const book = (calls: boolean): WorkbookData => ({ timeZone: 'Asia/Shanghai', sheets: [
  { name: 'Roster', values: roster },
  ...(calls ? [{ name: 'Calls', values: [HEADER, ...records()] as CellValue[][] }] : []),
] });

const fakes: ReturnType<typeof fakeBigQuery>[] = [];
const standIn = (o: Partial<Parameters<typeof fakeBigQuery>[0]> = {}) => {
  const f = fakeBigQuery({ tables: { [TABLE]: { columns: HEADER, rows: records() } }, ...o });
  fakes.push(f);
  return f;
};
afterAll(async () => { await Promise.all(fakes.map((f) => f.close())); });

const sqlFor = (dialect: typeof DUCKDB) => callsSql({ dialect, relation: dialect.quote(TABLE), columns: mapCallColumns(HEADER).columns,
  position: null, connected: ['接通'], success: ['success'], from: null, to: null, thresholds: [{ metric: 'successes', threshold: 20 }] });

describe('the BigQuery stand-in', () => {
  it('refuses the DuckDB spelling of the same aggregation (TRY_CAST, double-quoted names) and a :: cast', () => {
    const bq = standIn();
    expect(() => bq.Jobs.query({ query: sqlFor(DUCKDB).days, useLegacySql: false }, 'p')).toThrow(/Invalid query: Function not found: TRY_CAST/);
    expect(() => bq.Jobs.query({ query: "SELECT '5'::BIGINT", useLegacySql: false }, 'p')).toThrow(/Invalid query: Syntax error: Unexpected ":"/);
    expect(() => bq.Jobs.query({ query: 'SELECT count_if(true)', useLegacySql: false }, 'p')).toThrow(/count_if/);
  });

  it('accepts the BigQuery spelling and answers with REST-shaped rows of { f: [{ v }] } strings', () => {
    const bq = standIn();
    const res = bq.Jobs.query({ query: sqlFor(BIGQUERY).days, useLegacySql: false }, 'p');
    expect(res.jobComplete).toBe(true);
    expect(res.schema!.fields!.map((f) => f.name)).toContain('first_pos');
    const k = res.schema!.fields!.findIndex((f) => f.name === 'k');
    const x9 = res.rows!.find((r) => r.f![k].v === 'X9')!;
    const at = (name: string) => x9.f![res.schema!.fields!.findIndex((f) => f.name === name)].v;
    expect([at('d'), at('n'), at('dials'), at('connected'), at('successes'), at('talk_micro'), at('untimed')])
      .toEqual(['2026-10-02', '1', '1', '1', '1', '1000000', '0']);
  });
});

describe('runQuery', () => {
  it('polls an unfinished job, then reads every page with its location: 19 day rows in pages of 5', () => {
    const bq = standIn({ pageSize: 5, pendingPolls: 2 });
    const slept: number[] = [];
    const rows = runQuery(bq, 'acme-data', sqlFor(BIGQUERY).days, (ms) => slept.push(ms));
    expect(rows.length).toBe(19); // 2 agents × 9 days + X9's one day
    expect(slept).toEqual([500, 1000, 2000]); // the job is unfinished at the query and at 2 polls
    expect(bq.calls).toEqual(['Jobs.query', 'Jobs.getQueryResults', 'Jobs.getQueryResults', 'Jobs.getQueryResults',
      'Jobs.getQueryResults (page 5)', 'Jobs.getQueryResults (page 10)', 'Jobs.getQueryResults (page 15)']);
    expect(rows.find((r) => r.k === 'A001' && r.d === '2026-10-01')).toMatchObject({ n: '16', successes: '6', connected: '11', dials: '16' });
  });
});

describe('callTableStep', () => {
  it('gives the figures and bonuses the same records give from a Calls sheet; Details cite the table', () => {
    const bq = standIn({ pageSize: 7 });
    const policy = getPreset('outbound-center');
    const sheet = runWorkbook(book(true), '2026-10').report;
    const table = runWorkbook(book(false), '2026-10', undefined, { sources: callTableStep({ bq, table: TABLE, sleep: () => undefined }, policy) }).report;
    const figures = (r: typeof sheet) => r.employees.map((e) => ({ id: e.id, payout: e.payoutFen, stats: e.stats,
      lines: e.lines.map((l) => `${l.rule} ${l.date} ${l.amountFen} ${l.reason.en}`) }));
    expect(figures(table)).toEqual(figures(sheet));
    // A-BON-1: 6 successes a day make 48 by 10-08; on 10-09 the 2nd success (10:16 for A002, 10:17 for A001) makes 50.
    const first = (r: typeof sheet) => r.employees.flatMap((e) => e.lines.filter((l) => l.rule === 'A-BON-1').map((l) => `${e.id} ${l.date} ${l.amountFen} ${l.source}`));
    expect(first(sheet)).toEqual(['A002 2026-10-09 5000 Calls!C265']); // record 8 × 32 + 3 × 2 + 1 = 263, below the header: row 265
    expect(first(table)).toEqual([`A002 2026-10-09 5000 ${TABLE}`]);
    expect(table.issues.map((i) => `${i.code} ${i.value} ${i.cell}`)).toEqual(['required-sheet  null', 'unknown-id X9 null']); // this book has no Attendance sheet, which A-ATT-1 needs
    expect(table.employees[0].lines.filter((l) => l.source !== '').every((l) => l.source === TABLE || !l.source.includes('Calls!'))).toBe(true);
    expect(bq.calls.filter((c) => c.startsWith('Jobs.query'))).toEqual(['Jobs.query (dry run)', 'Jobs.query']);
  });

  it('checks the table name', () => {
    expect(parseTable('acme-data.callcenter.calls_2026')).toEqual({ project: 'acme-data', dataset: 'callcenter', table: 'calls_2026' });
    expect(() => parseTable('calls')).toThrow(expect.objectContaining({ cause: { code: 'bad-call-table' } }));
  });
});
