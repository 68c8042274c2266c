// The same per-call rows as a Calls sheet and as Calls.csv through DuckDB give byte-identical --json reports.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/run.js';
import type { JsonReport } from '../../src/engine/report/json.js';
import { aggregateCallFiles } from '../../src/duckdb/calls.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-calls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['ID', 'Date', 'Result', 'Talk minutes', 'Contract payment'];
const RESULTS = ['success', '接通', 'no answer', '成功', 'Connected', 'busy'];

/**
 * Per-call rows over 2026-10-01..10 for A001–A003 (A003 dials less): 20 calls a day each, every other one a success,
 * A002's calls a minute before A001's. Plus an unknown key X9 (rows 5 and 9), a bad talk-minutes value (row 7)
 * and a fully blank row (row 11). `timed` false writes dates without a time of day.
 */
function rows(timed: boolean): string[][] {
  const out: string[][] = [];
  for (let day = 1; day <= 10; day++) {
    for (let i = 0; i < 20; i++) {
      for (const [a, id] of ['A002', 'A001', 'A003'].entries()) {
        if (id === 'A003' && i % 3 === 0) continue;
        const date = `2026-10-${String(day).padStart(2, '0')}`;
        const minute = 10 + i * 2 + (id === 'A002' ? 0 : 1);
        const at = timed ? `${date} ${String(9 + (day % 3)).padStart(2, '0')}:${String(minute).padStart(2, '0')}:0${a}` : date;
        const r = RESULTS[(i + a) % RESULTS.length];
        out.push([id, at, r, i % 4 === 0 ? '2.25' : '0.1', /success|成功/.test(r) ? '1234.565' : '']);
      }
    }
  }
  out.splice(3, 0, ['X9', '2026-10-01 09:00:00', 'success', '1', '']);
  out[5][3] = 'abc';
  out.splice(7, 0, ['X9', '2026-10-02', 'success', '', '']);
  out.splice(9, 0, ['', '', '', '', '']);
  return out;
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function book(file: string, calls: string[][] | null): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Roster');
  roster.addRow(['ID', 'Name', 'Team']);
  for (const [id, name] of [['A001', '王芳'], ['A002', 'Li Lei'], ['A003', 'Zhao Min']]) roster.addRow([id, name, 'T1']);
  if (calls) {
    const ws = wb.addWorksheet('Calls');
    ws.addRow(HEADER);
    for (const r of calls) ws.addRow(r.map((v) => (v === '' ? null : v)));
  }
  await wb.xlsx.writeFile(file);
}

async function report(args: string[]): Promise<{ text: string; exit: number }> {
  const json = join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  const lines: string[] = [];
  const io = { out: (s: string) => lines.push(s), err: (s: string) => lines.push(s) };
  const run = await runCli(parseCliArgs([...args, '--month', '2026-10', '--json', json, '--out', `${json}.xlsx`]), io);
  return { text: readFileSync(json, 'utf8'), exit: run.exit };
}

describe.each([['timed', true], ['untimed', false]] as const)('%s per-call rows: sheet and CSV give the same report', (_, timed) => {
  let sheet: { text: string; exit: number };
  let csv: { text: string; exit: number };

  beforeAll(async () => {
    const data = rows(timed);
    const sub = join(dir, timed ? 't' : 'u');
    rmSync(sub, { recursive: true, force: true });
    await import('node:fs').then((fs) => fs.mkdirSync(sub));
    await book(join(sub, 'with-calls.xlsx'), data);
    await book(join(sub, 'roster.xlsx'), null);
    writeFileSync(join(sub, 'Calls.csv'), [HEADER, ...data].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
    sheet = await report([join(sub, 'with-calls.xlsx')]);
    csv = await report([join(sub, 'roster.xlsx'), '--calls', join(sub, 'Calls.csv')]);
  }, 60_000);

  it('the --json text is byte for byte the same', () => {
    expect(csv.exit).toBe(sheet.exit);
    expect(csv.text).toBe(sheet.text);
  });

  it('it carries the A-BON-1 lines, the unknown key and the bad value (the comparison is not vacuous)', () => {
    const r = JSON.parse(csv.text) as JsonReport;
    const first = r.employees.flatMap((e) => e.lines.filter((l) => l.rule === 'A-BON-1').map((l) => `${e.id} ${l.amount} ${l.source}`));
    expect(first.length).toBeGreaterThan(0);
    expect(first.every((s) => /Calls!C\d+$/.test(s))).toBe(true);
    expect(r.issues.map((i) => `${i.cell} ${i.value}`)).toEqual(expect.arrayContaining(['Calls!A5 X9', 'Calls!D7 abc']));
    expect(r.issues.find((i) => i.value === 'X9')!.message).toMatch(/2 row\(s\)/);
  });
});

describe('aggregateCallFiles', () => {
  it('numbers rows across a file large enough for parallel reading in file order (row = line number)', async () => {
    const file = join(dir, 'big.csv');
    const n = 300_000;
    const lines = ['ID,Date,Dials'];
    for (let i = 0; i < n; i++) lines.push(`K${i % 28},2026-10-${String(1 + (i % 28)).padStart(2, '0')},${i + 2}`);
    writeFileSync(file, lines.join('\n'));
    const { rows } = await aggregateCallFiles(file, { connected: [], success: [], from: null, to: null, thresholds: [] });
    // Group r holds lines r+2, r+30, …: its first and last positions are those line numbers when rows keep file order.
    const days = rows.filter((r) => r.kind === 'day');
    expect(days.length).toBe(28);
    for (const d of days) {
      const r = Number(String(d.k).slice(1));
      const last = r + 28 * Math.floor((n - 1 - r) / 28) + 2;
      expect([Number(d.first_pos), Number(d.last_pos)]).toEqual([r + 2, last]);
    }
  }, 60_000);

  it('a missing file or a file without an ID column is a usage fault', async () => {
    const q = { connected: [], success: [], from: null, to: null, thresholds: [] };
    await expect(aggregateCallFiles(join(dir, 'none-*.csv'), q)).rejects.toMatchObject({ cause: { code: 'missing-file' } });
    writeFileSync(join(dir, 'noid.csv'), 'Who,Date\nA,2026-10-01\n');
    await expect(aggregateCallFiles(join(dir, 'noid.csv'), q)).rejects.toThrow(/no ID \/ 工号 column/);
  });
});
