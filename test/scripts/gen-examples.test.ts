// The example workbook generator: deterministic, the contract's sheets and headers, and every planted case.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExample } from '../../scripts/gen-examples.js';
import { resolvePolicy } from '../../src/engine/read/policy-sheet/index.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { readWorkbook } from '../../src/xlsx/read.js';

type Plain = string | number | boolean | null;

/** A cell as comparable text: date cells 'yyyy-mm-dd', time-of-day cells 'hh:mm', text and numbers as they are. */
function plain(v: ExcelJS.CellValue): Plain {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.startsWith('1899-12-30') ? iso.slice(11, 16) : iso.slice(0, 10);
  }
  if (typeof v === 'object') return JSON.stringify(v);
  return v;
}

function grid(ws: ExcelJS.Worksheet): Plain[][] {
  const rows: Plain[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    rows.push(Array.from({ length: ws.columnCount }, (_, c) => plain(row.getCell(c + 1).value)));
  });
  return rows;
}

/** Rows of a sheet as objects keyed by header. */
function records(ws: ExcelJS.Worksheet): Record<string, Plain>[] {
  const [header, ...rows] = grid(ws);
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [String(h), r[i]])));
}

let dir: string;
let file: string;
let book: ExcelJS.Workbook;
let again: ExcelJS.Workbook;
const sheet = (name: string) => book.getWorksheet(name)!;
const cache = new Map<string, Record<string, Plain>[]>();
/** The records of a sheet of the first workbook, read once. */
const rowsOf = (name: string) => cache.get(name) ?? cache.set(name, records(sheet(name))).get(name)!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callboard-examples-'));
  file = join(dir, 'a.xlsx');
  await writeExample('outbound-center', file);
  await writeExample('outbound-center', join(dir, 'b.xlsx'));
  book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  again = new ExcelJS.Workbook();
  await again.xlsx.readFile(join(dir, 'b.xlsx'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeExample(outbound-center)', () => {
  it('gives identical cell values when run twice', () => {
    expect(again.worksheets.map(grid)).toEqual(book.worksheets.map(grid));
  });

  it('keeps the file under 1 MB', async () => {
    expect((await stat(file)).size).toBeLessThan(1_000_000);
  });

  it.each([
    ['花名册', ['工号', '姓名', '组别', '职级', '组长', '入职日期', '基本工资', '工龄工资']],
    ['考勤', ['工号', '日期', '上班打卡', '午间下班', '午间上班', '下班打卡', '请假类型', '请假天数', '已报备']],
    ['外呼', ['工号', '日期', '外呼量', '接通量', '成功量']],
    ['奖惩记录', ['工号', '日期', '代码', '次数', '备注']],
  ])('sheet %s has the contract headers', (name, headers) => {
    expect(grid(sheet(name))[0]).toEqual(headers);
  });

  it('has the four source sheets in order and no Calendar sheet', () => {
    expect(book.worksheets.map((ws) => ws.name)).toEqual(['花名册', '考勤', '外呼', '奖惩记录']);
  });

  it('lists 21 agents, 7 per team, one leader each', () => {
    const roster = rowsOf('花名册');
    expect(roster).toHaveLength(21);
    for (const team of ['一组', '二组', '三组']) {
      const members = roster.filter((r) => r['组别'] === team);
      expect(members).toHaveLength(7);
      expect(members.filter((r) => r['组长'] === '是')).toHaveLength(1);
    }
  });

  it.each([
    ['001', '王芳'],
    ['017', '=HYPERLINK("http://x","y")'],
    ['018', '<img src=x onerror=alert(1)>'],
    ['021', '宋雨'],
  ])('agent %s is %s, id and name stored as text', (id, name) => {
    const row = sheet('花名册').getRows(2, 21)!.find((r) => r.getCell(1).value === id)!;
    expect(row.getCell(1).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).type).toBe(ExcelJS.ValueType.String);
    expect(row.getCell(2).value).toBe(name);
  });

  it('writes 日期 as a date cell and punches as time-of-day cells', () => {
    const row = sheet('考勤').getRow(2);
    expect(row.getCell(2).value).toEqual(new Date(Date.UTC(2026, 8, 1)));
    expect(row.getCell(2).numFmt).toBe('yyyy-mm-dd');
    expect((row.getCell(3).value as Date).toISOString().slice(0, 10)).toBe('1899-12-30');
    expect(row.getCell(3).numFmt).toBe('hh:mm');
  });

  it.each([
    ['2026-09-20', 20, 'make-up workday (Sunday)'],
    ['2026-10-01', 0, 'National Day'],
    ['2026-10-07', 0, 'National Day'],
    ['2026-09-25', 0, 'Mid-autumn'],
    ['2026-10-10', 20, 'make-up workday (Saturday), before the new hire starts'],
    ['2026-10-12', 21, 'ordinary Monday, the new hire starts'],
    ['2026-10-11', 0, 'Sunday'],
  ])('attendance on %s has %i rows (%s)', (date, count) => {
    expect(rowsOf('考勤').filter((r) => r['日期'] === date)).toHaveLength(count);
  });

  const day = (id: string, date: string) =>
    rowsOf('考勤').find((r) => r['工号'] === id && r['日期'] === date);

  it.each([
    ['008', '2026-09-08', '上班打卡', '09:07'],
    ['009', '2026-10-13', '上班打卡', '09:00'],
    ['009', '2026-10-20', '上班打卡', '9:07'],
    ['010', '2026-10-14', '上班打卡', '10:00'],
    ['011', '2026-10-15', '上班打卡', '10:01'],
    ['012', '2026-10-16', '下班打卡', '17:45'],
    ['012', '2026-10-21', '午间下班', '11:55'],
    ['012', '2026-10-21', '午间上班', '13:40'],
    ['015', '2026-10-20', '下班打卡', null],
    ['005', '2026-10-12', '请假类型', '婚假'],
    ['006', '2026-09-16', '请假类型', '旷工'],
    ['011', '2026-10-22', '请假类型', '旷工'],
    ['017', '2026-10-21', '已报备', '否'],
    ['016', '2026-10-30', '请假天数', 0.5],
  ])('agent %s on %s has %s = %s', (id, date, column, value) => {
    expect(day(id, date)?.[column]).toBe(value);
  });

  it.each([
    ['007', '2026-09-23'],
    ['010', '2026-10-27'],
  ])('agent %s has no attendance row on workday %s', (id, date) => {
    expect(day(id, date)).toBeUndefined();
  });

  it.each([
    ['013', 4],
    ['016', 4.5],
    ['019', 5],
  ])('agent %s takes %s days of 公休/事假 in October', (id, days) => {
    const leave = rowsOf('考勤').filter((r) => r['工号'] === id && String(r['日期']).startsWith('2026-10')
      && (r['请假类型'] === '公休' || r['请假类型'] === '事假'));
    expect(leave.reduce((n, r) => n + Number(r['请假天数']), 0)).toBe(days);
  });

  const calls = () => rowsOf('外呼');
  const sum = (id: string, from: string, to: string, column: string) => calls()
    .filter((r) => r['工号'] === id && String(r['日期']) >= from && String(r['日期']) <= to)
    .reduce((n, r) => n + Number(r[column]), 0);

  it.each([
    ['001', '2026-09', 2046],
    ['001', '2026-10', 1720],
    ['002', '2026-09', 1600],
    ['002', '2026-10', 1560],
    ['003', '2026-10', 1320],
    ['008', '2026-09', 1550],
  ])('agent %s has %s successes of %i (tier cases)', (id, month, total) => {
    expect(sum(id, `${month}-01`, `${month}-31`, '成功量')).toBe(total);
  });

  it.each([
    ['2026-09-01', ['001']],
    ['2026-10-08', ['002', '004']],
  ])('only the planned agents reach 50 successes on the first workday %s', (date, ids) => {
    expect(calls().filter((r) => r['日期'] === date && Number(r['成功量']) >= 50).map((r) => r['工号'])).toEqual(ids);
  });

  it.each([
    ['2026-09', ['002']],
    ['2026-10', ['001']],
  ])('only the planned agent reaches 100 successes by the second workday of %s', (month, ids) => {
    const days = [...new Set(calls().map((r) => String(r['日期'])).filter((d) => d.startsWith(month)))].sort();
    const ids100 = [...new Set(calls().map((r) => String(r['工号'])))]
      .filter((id) => sum(id, days[0], days[1], '成功量') >= 100);
    expect(ids100).toEqual(ids);
  });

  it.each([
    ['014', '2026-09'],
    ['014', '2026-10'],
    ['020', '2026-10'],
  ])('weak agent %s misses both daily targets on every worked day of %s', (id, month) => {
    const rows = calls().filter((r) => r['工号'] === id && String(r['日期']).startsWith(month));
    expect(rows.length).toBeGreaterThan(15);
    expect(rows.every((r) => Number(r['成功量']) < 45 && Number(r['接通量']) < 100)).toBe(true);
  });

  it('gives the October new hire no rows before 2026-10-12 and under 1600 dials in the first week', () => {
    expect(calls().filter((r) => r['工号'] === '021' && String(r['日期']) < '2026-10-12')).toHaveLength(0);
    expect(sum('021', '2026-10-12', '2026-10-18', '外呼量')).toBeLessThan(1600);
    expect(sum('001', '2026-10-12', '2026-10-18', '外呼量')).toBeGreaterThan(1600);
  });

  it.each([
    ['A-ATT-6', 2],
    ['A-BON-4', 10],
    ['COMPLAINT', 1],
    ['QUALITY', 1],
  ])('奖惩记录 holds %s on %i rows', (code, count) => {
    expect(rowsOf('奖惩记录').filter((r) => r['代码'] === code)).toHaveLength(count);
  });

  it('rejects an unknown preset with a cause code', async () => {
    await expect(writeExample('no-such-preset', join(dir, 'x.xlsx'))).rejects.toMatchObject({
      cause: { code: 'UNKNOWN_PRESET' },
    });
  });
});

describe('the other presets\' examples carry their policy as a 规则 sheet', () => {
  it.each(['telesales-team', 'service-kpi', 'floor-discipline'])('%s: the sheet reads back as the preset', async (preset) => {
    const out = join(dir, `${preset}.xlsx`);
    await writeExample(preset, out);
    const resolved = resolvePolicy(await readWorkbook(out));
    expect([resolved.source, resolved.sheetName, resolved.issues]).toEqual(['sheet', '规则', []]);
    expect({ ...resolved.policy, version: getPreset(preset).version }).toEqual(getPreset(preset));
  });
});
