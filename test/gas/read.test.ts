// Reading the spreadsheet: one getDataRange().getValues() per source sheet, empty cells as null, Dates as given.
import { afterEach, describe, expect, it } from 'vitest';
import { runWorkbook } from '../../src/engine/run.js';
import { readWorkbook, toCell } from '../../src/gas/read.js';
import { fakeSpreadsheet } from '../fakes/index.js';

let restore: (() => void) | null = null;
afterEach(() => restore?.());

function attendance(rows: number) {
  const values: (string | Date | null)[][] = [['ID', 'Date', 'Clock in']];
  for (let i = 0; i < rows; i++) values.push([`A${i}`, new Date(Date.UTC(2026, 9, 3, -8)), i % 2 ? '09:07' : null]);
  return values;
}

describe('readWorkbook', () => {
  it('reads the source sheets and the Policy sheet by English or 中文 name, a small other tab whole, a generated tab by name only, with the zone and locale', () => {
    const punch = new Date('2026-10-03T01:07:00Z');
    const fake = fakeSpreadsheet({
      timeZone: 'Asia/Shanghai', locale: 'zh_CN',
      sheets: [
        { name: '花名册', values: [['工号', '姓名'], ['007', '王芳']] },
        { name: 'Attendance', values: [['ID', 'Clock in', 'Note'], ['007', punch, null], [null, null, null]] },
        { name: 'Payout 2026-09', values: [['ID'], ['x']] },
        { name: '规则', values: [['Rule', 'Value']] },
        { name: 'Notes', values: [['anything']] },
      ],
    });
    restore = fake.install();
    const wb = readWorkbook(fake.spreadsheet as never);
    expect(wb).toEqual({
      timeZone: 'Asia/Shanghai', locale: 'zh_CN',
      sheets: [
        { name: '花名册', values: [['工号', '姓名'], ['007', '王芳']] },
        { name: 'Attendance', values: [['ID', 'Clock in', 'Note'], ['007', punch, null]] },
        { name: 'Payout 2026-09', values: [] },
        { name: '规则', values: [['Rule', 'Value']] },
        { name: 'Notes', values: [['anything']] },
      ],
    });
  });

  it('reads a large tab of any name whole when its header is an export\'s (a ZKTeco clock file imported as "Sheet3"), not another large tab', () => {
    const rows = [['部门', '姓名', '考勤号码', '日期时间', '机器号', '编号', '比对方式', '卡号'],
      ...Array.from({ length: 2600 }, (_, i) => ['客服部', '王芳', 7, `2026/10/${(i % 28) + 1} 8:58:21`, 1, i + 1, 'FP', 'x'])];
    const other = rows.map((r) => r.map(() => 'note'));
    const fake = fakeSpreadsheet({ sheets: [{ name: 'Sheet3', values: rows }, { name: 'Notes', values: other }] });
    restore = fake.install();
    const wb = readWorkbook(fake.spreadsheet as never);
    expect(wb.sheets.map((s) => [s.name, s.values.length])).toEqual([['Sheet3', 2601], ['Notes', 0]]);
  });

  it('makes the same calls for 10 rows as for 5,000', () => {
    const counts = [10, 5000].map((n) => {
      const fake = fakeSpreadsheet({ sheets: [{ name: 'Attendance', values: attendance(n) }, { name: 'Calls', values: attendance(n) }] });
      readWorkbook(fake.spreadsheet as never);
      return fake.calls;
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toEqual({
      'Spreadsheet.getSheets': 1, 'Sheet.getName': 2, 'Sheet.getDataRange': 2, 'Range.getValues': 2, 'Range.getMergedRanges': 2,
      'Spreadsheet.getSpreadsheetTimeZone': 1, 'Spreadsheet.getSpreadsheetLocale': 1,
    });
  });

  it('lists a source sheet\'s merged ranges: one getMergedRanges per source sheet and one getA1Notation per merge, whatever the rows', () => {
    const counts = [10, 5000].map((n) => {
      const values = attendance(n);
      for (let r = 1; r < values.length; r += 2) values[r + 1][0] = null; // rows 2–3, 4–5, …: one agent's ID merged down
      const fake = fakeSpreadsheet({ sheets: [
        { name: '考勤', values, merges: ['A2:A3', 'A4:A5', 'C6:C7'] },
        { name: 'Notes', values: [['title over two columns']], merges: ['A1:B1'] },
      ] });
      const wb = readWorkbook(fake.spreadsheet as never);
      expect(wb.sheets.map((s) => [s.name, s.merges])).toEqual([
        ['考勤', [{ top: 1, left: 0, bottom: 2, right: 0 }, { top: 3, left: 0, bottom: 4, right: 0 }, { top: 5, left: 2, bottom: 6, right: 2 }]],
        ['Notes', undefined],
      ]);
      // As Sheets hands merged cells over: the value in the top-left cell, '' (null) in the others.
      expect(wb.sheets[0].values.slice(1, 4).map((r) => r[0])).toEqual(['A0', null, 'A2']);
      return { ...fake.calls };
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]).toMatchObject({ 'Sheet.getDataRange': 2, 'Range.getValues': 2, 'Range.getMergedRanges': 1, 'Range.getA1Notation': 3 });
  });

  it('a merged ID in the spreadsheet is applied to each of the agent\'s rows, with one warning', () => {
    const day = (d: number) => new Date(Date.UTC(2026, 9, d, -8)); // midnight in Shanghai
    const fake = fakeSpreadsheet({ sheets: [
      { name: '花名册', values: [['工号', '姓名'], ['007', '王芳']] },
      { name: '考勤', values: [['工号', '日期', '上班打卡', '下班打卡'], ['007', day(8), '09:00', '18:00'], ['007', day(9), '09:07', '18:00']], merges: ['A2:A3'] },
    ] });
    const { report } = runWorkbook(readWorkbook(fake.spreadsheet as never), '2026-10');
    // (the preset's call rules also ask for a Calls sheet this small workbook does not have)
    expect(report.issues.filter((i) => i.sheet === '考勤').map((i) => [i.code, i.cell, i.severity])).toEqual([['merged-cells', '考勤!A2', 'warning']]);
    expect(report.employees.map((e) => [e.id, e.stats.daysWorked])).toEqual([['007', 2]]);
  });

  it('a sheet without merges has no merges field', () => {
    const fake = fakeSpreadsheet({ sheets: [{ name: 'Roster', values: [['ID', 'Name'], ['A1', 'Ann']] }] });
    expect(readWorkbook(fake.spreadsheet as never).sheets).toEqual([{ name: 'Roster', values: [['ID', 'Name'], ['A1', 'Ann']] }]);
  });

  it('reads an empty source sheet as no rows', () => {
    const fake = fakeSpreadsheet({ sheets: [{ name: 'Events', values: [] }] });
    expect(readWorkbook(fake.spreadsheet as never).sheets).toEqual([{ name: 'Events', values: [] }]);
  });
});

describe('toCell', () => {
  it.each([
    ['an empty cell', '', null],
    ['text', 'A001', 'A001'],
    ['zero', 0, 0],
    ['false', false, false],
  ])('%s', (_case, input, out) => {
    expect(toCell(input)).toBe(out);
  });
});
