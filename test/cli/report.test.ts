// End to end: the report CLI as a child process over small English and Chinese fixture workbooks.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JsonReport } from '../../src/engine/report/json.js';
import { readWorkbook } from '../../src/xlsx/read.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tsx = join(root, 'node_modules', '.bin', 'tsx');
const dir = mkdtempSync(join(tmpdir(), 'callboard-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FORMULA_NAME = '=HYPERLINK("http://x","y")';

const HEADERS = {
  en: {
    sheets: ['Roster', 'Attendance', 'Calls', 'Events'],
    roster: ['ID', 'Name', 'Team', 'Level', 'Leader', 'Hire date', 'Base salary', 'Seniority pay'],
    attendance: ['ID', 'Date', 'Clock in', 'Clock out'],
    calls: ['ID', 'Date', 'Dials', 'Connected', 'Successes'],
    events: ['ID', 'Date', 'Code', 'Count'],
  },
  zh: {
    sheets: ['花名册', '考勤', '外呼', '奖惩记录'],
    roster: ['工号', '姓名', '组别', '职级', '组长', '入职日期', '基本工资', '工龄工资'],
    attendance: ['工号', '日期', '上班打卡', '下班打卡'],
    calls: ['工号', '日期', '外呼量', '接通量', '成功量'],
    events: ['工号', '日期', '代码', '次数'],
  },
};

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const time = (h: number, m: number) => utc(1899, 12, 30, h, m);

/** November 2026 has no Chinese holiday: its 21 weekdays are the workdays. */
const workdays = Array.from({ length: 30 }, (_, i) => utc(2026, 11, i + 1)).filter((d) => d.getUTCDay() % 6 !== 0);

/**
 * Two agents, '007' and the formula-looking name, a full month of punches at 09:00–18:00 except
 * '007' clocking in at 09:07 on Tue 2026-11-03 (attendance row 3). `badRoster` adds a roster row without an ID.
 */
async function fixture(lang: 'en' | 'zh', file: string, badRoster = false): Promise<void> {
  const h = HEADERS[lang];
  const wb = new ExcelJS.Workbook();
  const [roster, attendance, calls, events] = h.sheets.map((name) => wb.addWorksheet(name));
  roster.addRow(h.roster);
  roster.addRow(['007', 'Wang Fang', 'T1', 'junior', 'yes', utc(2024, 1, 2), 3000, 100]);
  roster.addRow(['A002', FORMULA_NAME, 'T1', 'junior', 'no', utc(2024, 1, 2), 3000, 0]);
  if (badRoster) roster.addRow([null, 'No Id', 'T1', 'junior', 'no', utc(2024, 1, 2), 3000, 0]);
  attendance.addRow(h.attendance);
  calls.addRow(h.calls);
  for (const id of ['007', 'A002']) {
    for (const day of workdays) {
      const late = id === '007' && day.getUTCDate() === 3;
      attendance.addRow([id, day, time(9, late ? 7 : 0), time(18, 0)]);
      calls.addRow([id, day, 120, 100, 10]);
    }
  }
  for (const ws of [attendance]) ws.getColumn(3).numFmt = ws.getColumn(4).numFmt = 'hh:mm';
  events.addRow(h.events);
  await wb.xlsx.writeFile(file);
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(tsx, ['src/cli/report.ts', ...args], { cwd: root }, (err, stdout, stderr) => {
      done({ code: err ? Number((err as { code?: number }).code ?? 99) : 0, stdout, stderr });
    });
  });
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.each([
  ['en', 'Attendance', ['Roster', 'Attendance', 'Calls', 'Events', 'Payout 2026-11', 'Ranking 2026-11', 'Details 2026-11']],
  ['zh', '考勤', ['花名册', '考勤', '外呼', '奖惩记录', '薪酬 2026-11', '排名 2026-11', '明细 2026-11']],
] as const)('report CLI on a %s workbook', (lang, attendanceSheet, sheetNames) => {
  const input = join(dir, `${lang}.xlsx`);
  const out = join(dir, `${lang}-out.xlsx`);
  const json = join(dir, `${lang}.json`);
  let run: Awaited<ReturnType<typeof cli>>;
  let before = '';

  beforeAll(async () => {
    await fixture(lang, input);
    before = sha(input);
    run = await cli(input, '--month', '2026-11', '--out', out, '--json', json);
  });

  it('exits 0 and leaves the input file byte for byte unchanged', () => {
    expect(run.stderr).not.toMatch(/error/i);
    expect(run.code).toBe(0);
    expect(sha(input)).toBe(before);
  });

  it('the 7-minute lateness is one A-ATT-1 line of -7 yuan pointing at its clock-in cell', () => {
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    const wang = report.employees.find((e) => e.id === '007')!;
    expect(wang.lines.filter((l) => l.rule === 'A-ATT-1')).toEqual([
      expect.objectContaining({ rule: 'A-ATT-1', date: '2026-11-03', amount: -7, source: `${attendanceSheet}!C3` }),
    ]);
    expect(report.employees.find((e) => e.id === 'A002')!.lines.some((l) => l.rule === 'A-ATT-1')).toBe(false);
  });

  it('fines, bonuses and payout agree with the lines', () => {
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    for (const e of report.employees) {
      const fen = (k: string) => e.lines.filter((l) => l.kind === k).reduce((s, l) => s + Math.round(l.amount * 100), 0);
      expect(Math.round(e.fines * 100)).toBe(0 - fen('fine'));
      expect(Math.round(e.bonuses * 100)).toBe(fen('bonus'));
      expect(Math.round(e.payout * 100)).toBe(e.lines.reduce((s, l) => s + Math.round(l.amount * 100), 0));
    }
  });

  // 007: 3000 base + 100 seniority − 7 late; both agents: A-BON-1 50 and 100 元 shared by two on the same day
  // (25 + 50), A-BON-4 four full weeks × (10 top successes + 20 top dials) = 120; bonuses 195.
  it.each([
    ['007', 7, 195, 3288],
    ['A002', 0, 195, 3195],
  ])('%s: fines %d, bonuses %d, payout %d yuan, hand-worked', (id, fines, bonuses, payout) => {
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    const e = report.employees.find((x) => x.id === id)!;
    expect([e.fines, e.bonuses, e.payout, e.score]).toEqual([fines, bonuses, payout, 90]);
  });

  it('writes the generated sheets, with the formula-looking name stored as text', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(sheetNames);
    const payout = wb.getWorksheet(sheetNames[4])!;
    const cell = payout.getColumn(2).values.find((v) => v === FORMULA_NAME);
    expect(cell).toBe(FORMULA_NAME);
    payout.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe('report CLI errors', () => {
  const input = join(dir, 'errors.xlsx');
  beforeAll(() => fixture('en', input));

  it.each([
    ['a month that is not YYYY-MM', ['--month', '2026-13'], /2026-13/],
    ['no --month', [], /--month/],
    ['an unknown flag', ['--month', '2026-11', '--colour'], /colour/],
    ['an unknown preset', ['--month', '2026-11', '--preset', 'nope'], /unknown preset "nope"/],
    ['--out naming the input', ['--month', '2026-11', '--out', 'INPUT'], /never modified/],
  ])('%s exits 2 with a message and no stack trace', async (_, args, message) => {
    const r = await cli(input, ...args.map((a) => (a === 'INPUT' ? input : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a missing workbook exits 2', async () => {
    const r = await cli(join(dir, 'missing.xlsx'), '--month', '2026-11');
    expect([r.code, r.stderr]).toEqual([2, expect.stringContaining('file not found')]);
  });

  it('blocking data errors exit 1, are printed with sheet and row, and no totals; --out holds only the Issues tab', async () => {
    const bad = join(dir, 'bad.xlsx');
    const out = join(dir, 'bad-out.xlsx');
    await fixture('en', bad, true);
    const r = await cli(bad, '--month', '2026-11', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: Roster row 4\b.*blank/);
    expect(r.stdout).toContain('BLOCKED: 1 blocking error');
    expect(r.stdout).not.toMatch(/Total payout|Top \d+/);
    expect((await readWorkbook(out)).sheets.map((s) => s.name)).toEqual(['Roster', 'Attendance', 'Calls', 'Events', 'Issues 2026-11']);
  });

  it('the default --out is <input>-report-YYYY-MM.xlsx beside the input', async () => {
    const r = await cli(input, '--month', '2026-11');
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, 'errors-report-2026-11.xlsx'))).toBe(true);
  });
});

describe('report CLI with a Policy sheet', () => {
  const input = join(dir, 'policy-src.xlsx');
  const withPolicy = join(dir, 'with-policy.xlsx');

  /** Sets column C of the Policy row keyed `key` in column A. */
  async function edit(file: string, key: string, value: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.getWorksheet('Policy')!;
    ws.eachRow((row) => {
      if (row.getCell(1).value === key) row.getCell(3).value = value;
    });
    await wb.xlsx.writeFile(file);
  }

  beforeAll(async () => {
    await fixture('en', input);
    const r = await cli(input, '--init-policy', '--out', withPolicy);
    expect([r.code, r.stderr]).toEqual([0, expect.not.stringMatching(/error/)]);
  });

  it('--init-policy adds an English Policy sheet to a copy of an English workbook', async () => {
    const data = await readWorkbook(withPolicy);
    expect(data.sheets.map((s) => s.name)).toEqual(['Roster', 'Attendance', 'Calls', 'Events', 'Policy']);
  });

  it('the report uses the sheet: its version cell shows up as version#hash', async () => {
    const file = join(dir, 'v7.xlsx');
    const json = join(dir, 'v7.json');
    await cli(input, '--init-policy', '--out', file);
    await edit(file, 'version', '7');
    const r = await cli(file, '--month', '2026-11', '--out', join(dir, 'v7-out.xlsx'), '--json', json);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Policy: sheet "Policy"');
    expect((JSON.parse(readFileSync(json, 'utf8')) as JsonReport).policyVersion).toMatch(/^7#[0-9a-f]{6}$/);
  });

  it('a broken Policy cell blocks the run: exit 1 and only the Issues tab is added', async () => {
    const file = join(dir, 'broken.xlsx');
    const out = join(dir, 'broken-out.xlsx');
    await cli(input, '--init-policy', '--out', file);
    await edit(file, 'score.base', 'sixty');
    const r = await cli(file, '--month', '2026-11', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/error: Policy row \d+/);
    const data = await readWorkbook(out);
    expect(data.sheets.map((s) => s.name)).toEqual(['Roster', 'Attendance', 'Calls', 'Events', 'Policy', 'Issues 2026-11']);
  });
});
