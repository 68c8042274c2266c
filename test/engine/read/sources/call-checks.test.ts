// Agent-days whose call counts cannot be true: connected > dials, successes > connected, from sheet rows or aggregated records alike.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { callFilesStep } from '../../../../src/duckdb/cli.js';
import { runWorkbook } from '../../../../src/engine/run.js';
import type { CellValue, Issue, SheetData, WorkbookData } from '../../../../src/engine/types.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-call-checks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Two agents, attendance on 8 and 9 October 2026, and the given Calls sheet (null: none). */
function book(calls: CellValue[][] | null): WorkbookData {
  const sheets: SheetData[] = [
    { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary'], ['A1', 'Ann', 'T1', 3000], ['A2', 'Bob', 'T1', 3000]] },
    { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'],
      ...['A1', 'A2'].flatMap((id) => ['2026-10-08', '2026-10-09'].map((d) => [id, utc(d), '09:00', '18:00']))] },
  ];
  if (calls) sheets.push({ name: 'Calls', values: calls });
  return { timeZone: 'UTC', sheets };
}

const checks = (issues: Issue[]) => issues.filter((i) => i.code === 'connected-over-dials' || i.code === 'successes-over-connected' || i.code === 'more-issues');
const brief = (i: Issue) => [i.code, i.cell, i.severity, i.value];

const HEADER = ['ID', 'Date', 'Dials', 'Connected', 'Successes'];
/**
 * Daily totals: row 2 and 4 are A1 on the 8th (summed: 10 dials, 13 connected), row 3 A2 on the 8th (fine),
 * row 5 A2 on the 9th (3 successes of 2 connected), row 6 A1 on the 9th where one row alone is fine.
 */
const DAILY: CellValue[][] = [HEADER,
  ['A1', '2026-10-08', 10, 5, 1],
  ['A2', '2026-10-08', 20, 10, 4],
  ['A1', '2026-10-08', null, 8, 2],
  ['A2', '2026-10-09', 20, 2, 3],
  ['A1', '2026-10-09', 30, 30, 30],
];

describe('call counts that cannot be true, on agent-day sums', () => {
  it('a day whose rows sum to more connected than dials, and one with more successes than connected: one warning each', () => {
    const { report } = runWorkbook(book(DAILY), '2026-10');
    expect(checks(report.issues).map(brief)).toEqual([
      ['connected-over-dials', 'Calls!D2', 'warning', '13'],
      ['successes-over-connected', 'Calls!E5', 'warning', '3'],
    ]);
    const [a, b] = checks(report.issues);
    expect([a.row, a.column, a.sheet]).toEqual([2, 'Connected', 'Calls']);
    expect(a.message).toBe('Calls row 2 (ID A1): on 2026-10-08 the agent has 13 connected calls but only 10 dials (the day\'s rows: Calls!D2 … Calls!D4); check the Dials and Connected figures');
    expect(a.messageZh).toBe('Calls 第2行（工号 A1）：2026-10-08 接通量 13 大于外呼量 10（当天的行：Calls!D2 … Calls!D4）；请核对外呼量和接通量');
    expect(b.message).toBe('Calls row 5 (ID A2): on 2026-10-09 the agent has 3 successes but only 2 connected calls (the day\'s rows: Calls!E5); check the Connected and Successes figures');
    expect(report.blocking).toBe(false);
  });

  it.each([
    ['a per-call layout (Result column): connected and successes come from it', [['ID', 'Date', 'Result'], ['A1', '2026-10-08', 'success'], ['A1', '2026-10-08', '接通']]],
    ['no Dials column: connected is not compared with dials', [['ID', 'Date', 'Connected', 'Successes'], ['A1', '2026-10-08', 5, 4]]],
    ['no Connected column: nothing to compare', [['ID', 'Date', 'Dials', 'Successes'], ['A1', '2026-10-08', 5, 9]]],
    ['equal figures are possible', [HEADER, ['A1', '2026-10-08', 5, 5, 5]]],
  ] as [string, CellValue[][]][])('%s: no warning', (_case, calls) => {
    expect(checks(runWorkbook(book(calls), '2026-10').report.issues)).toEqual([]);
  });

  it('over 100 days of one kind: 100 listed and one count line (a warning, sheet-level so listed first)', () => {
    const rows: CellValue[][] = [HEADER];
    for (let d = 0; d < 130; d++) rows.push(['A1', new Date(Date.UTC(2026, 6, 1 + d)), 1, 2, 0]);
    const found = checks(runWorkbook(book(rows), '2026-10').report.issues);
    expect(found.length).toBe(101);
    expect(brief(found[0])).toEqual(['more-issues', null, 'warning', '']);
    expect(found.slice(1).every((i) => i.code === 'connected-over-dials')).toBe(true);
    expect(found[0].message).toBe('Calls: 30 more problems with connected like the ones above are not listed');
  });

  it('call records aggregated by DuckDB give the same warnings as the same rows in the Calls sheet', async () => {
    const csv = join(dir, 'Calls.csv');
    writeFileSync(csv, DAILY.map((r) => r.map((v) => (v === null ? '' : String(v))).join(',')).join('\n') + '\n');
    const sheetRun = runWorkbook(book(DAILY), '2026-10').report;
    const wb = book(null);
    const step = await callFilesStep(csv, wb, 'outbound-center');
    const csvRun = runWorkbook(wb, '2026-10', undefined, { sources: step }).report;
    expect(checks(csvRun.issues)).toEqual(checks(sheetRun.issues));
    expect(checks(csvRun.issues).length).toBe(2);
  }, 60_000);
});
