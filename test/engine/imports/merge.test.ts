// Several sources: the contract sheets win per person-day, conflicts and overlaps are issues; odd tabs are reported.
import { describe, expect, it } from 'vitest';
import { bookData, IMPORT_EXAMPLES } from '../../../scripts/examples/imports/index.js';
import { mergeAttendance, mergeCalls } from '../../../src/engine/imports/merge.js';
import { callRecords, callRowsOf } from '../../../src/engine/read/sources/call-store.js';
import { readSources } from '../../../src/engine/read/sources.js';
import { call, day, leave } from '../builders.js';
import type { SourceInfo } from '../../../src/engine/types.js';
/** The sources read from export tabs (contract sheets are listed too, first). */
const exported = (list: readonly SourceInfo[] | undefined): SourceInfo[] =>
  (list ?? []).filter((s) => !['roster', 'attendance', 'calls', 'events', 'calendar', 'kpi', 'adjustments', 'none'].includes(s.readAs));


describe('mergeAttendance', () => {
  it('leave from the sheet, punches from the export; a punch the sheet has differently is a conflict (the sheet wins)', () => {
    const sheet = [leave('A1', '2026-10-16', 'personal'), day('A1', '2026-10-13', '09:00', null)];
    const exported = [day('A1', '2026-10-16', '09:02', '18:00'), day('A1', '2026-10-13', '09:07', '18:00')];
    const r = mergeAttendance([{ sheet: '考勤', days: sheet }, { sheet: '原始记录', days: exported }]);
    expect(r.days.map((d) => [d.date, d.leaveType, d.clockIn, d.clockOut])).toEqual([
      ['2026-10-16', 'personal', 32520, 64800], ['2026-10-13', null, 32400, 64800]]);
    expect(r.issues.map((i) => [i.sheet, i.code, i.message])).toEqual([['原始记录', 'import-conflict',
      expect.stringContaining('on 2026-10-13 the clock-in punch is 09:07 in this export but 09:00 in 考勤; the 考勤 value is used')]]);
  });

  it('a merged day keeps the Attendance sheet\'s cells (built on demand there) and adds the export\'s punch cell', () => {
    const sheet = readSources({ timeZone: 'UTC', sheets: [
      { name: 'Roster', values: [['ID', 'Name'], ['A1', 'Wang']] },
      { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'], ['A1', '2026-10-13', '09:00', null]] },
    ] }).attendance;
    const exported = { ...day('A1', '2026-10-13', null, '18:00'), cells: { clockOut: '原始记录!D7' } };
    const r = mergeAttendance([{ sheet: 'Attendance', days: sheet }, { sheet: '原始记录', days: [exported] }]);
    expect(r.days[0].cells).toEqual({ id: 'Attendance!A2', date: 'Attendance!B2', clockIn: 'Attendance!C2', clockOut: '原始记录!D7' });
  });

  it('the same punch within a minute in two sources is no conflict', () => {
    const r = mergeAttendance([{ sheet: 'A', days: [day('A1', '2026-10-13', '09:00', null)] }, { sheet: 'B', days: [day('A1', '2026-10-13', '09:00:50', null)] }]);
    expect(r.issues).toEqual([]);
  });
});

describe('mergeCalls', () => {
  it('successes typed in the sheet join the dialer\'s dials; a metric both give for a day comes from the sheet', () => {
    const sheet = [call('A1', '2026-10-12', 3, 0, 0)];
    const exported = [call('A1', '2026-10-12', 0, 1, 1), call('A1', '2026-10-13', 0, 0, 1)];
    expect(mergeCalls(callRowsOf(sheet), '外呼', [{ sheet: '通话记录', calls: exported }]).issues).toEqual([]);
    const both = mergeCalls(callRowsOf([call('A1', '2026-10-12', 1, 2, 5)]), '外呼', [{ sheet: '通话记录', calls: exported }]);
    expect(callRecords(both.calls).map((c) => [c.date, c.dials, c.connected])).toEqual([['2026-10-12', 5, 2], ['2026-10-12', 0, 0], ['2026-10-13', 1, 0]]);
    expect(both.issues.map((i) => i.messageZh)).toEqual([expect.stringContaining('2026-10-12 的外呼量、接通量同时出现在本导出和外呼表中，采用外呼表的数字')]);
  });

  it('with no exported call rows (only attendance exports) the sheet\'s rows are kept as they are, not copied', () => {
    const sheet = callRowsOf([call('A1', '2026-10-12', 3, 1, 0)]);
    const merged = mergeCalls(sheet, '外呼', [{ sheet: '通话记录', calls: [] }]);
    expect(merged.calls).toBe(sheet);
    expect(merged.issues).toEqual([]);
    expect(mergeCalls(sheet, '外呼', []).calls).toBe(sheet);
  });
});

describe('readSources with export tabs', () => {
  it('a key on no Roster row is one warning naming the rows; the rows are left out', () => {
    const wb = bookData(IMPORT_EXAMPLES['zkteco-raw']());
    const raw = wb.sheets.find((s) => s.name === '原始打卡记录')!;
    raw.values.push(['外呼中心', '赵六', 99, '2026/10/12 9:00:00', 1, 99, '指纹', null], ['外呼中心', '赵六', 99, '2026/10/12 18:00:00', 1, 100, '指纹', null]);
    const src = readSources(wb);
    expect(src.issues.filter((i) => i.code === 'import-unmatched-key').map((i) => [i.severity, i.cell, i.message])).toEqual([
      ['warning', '原始打卡记录!C30', '原始打卡记录 row 30: clock number "99" (赵六) matches no one on the Roster; 2 row(s) left out (rows 30, 31)']]);
    expect(exported(src.sources)[0]).toEqual(expect.objectContaining({ rows: 30, people: 3, unmatched: 1 }));
  });

  it('a tab that looks like an export but misses a column is an error, not a skip', () => {
    const wb = bookData(IMPORT_EXAMPLES['clink-outbound']());
    const tab = wb.sheets.find((s) => s.name === '通话记录')!;
    tab.values[0] = tab.values[0].map((h) => (h === '接听状态' ? '状态' : h));
    const src = readSources(wb);
    expect(src.issues.map((i) => [i.severity, i.code, i.message])).toEqual([['error', 'import-unreadable',
      '通话记录: looks like a TI-NET Clink outbound calls export but it has no column 接听状态; it was not read']]);
    expect(src.calls.length).toBe(0);
  });

  it('contract sheets are never read as exports, and a workbook without exports is unchanged', () => {
    const src = readSources(bookData(IMPORT_EXAMPLES['imports-contract']()));
    expect([exported(src.sources), src.issues, src.unmeasured]).toEqual([[], [], undefined]);
  });
});

describe('recognition by columns, whatever the tab is called', () => {
  it('a DingTalk export in a tab named 考勤 is read as the export, not as a broken contract sheet', () => {
    const wb = bookData(IMPORT_EXAMPLES['dingtalk-daily']());
    wb.sheets[1].name = '考勤';
    const src = readSources(wb);
    expect([exported(src.sources)[0].readAs, exported(src.sources)[0].sheet, src.issues.filter((i) => i.severity === 'error')]).toEqual(['dingtalk-daily', '考勤', []]);
  });

  it('a generated Details tab (工号, 姓名, 日期 …) is not taken for an export', () => {
    const wb = bookData(IMPORT_EXAMPLES['imports-contract']());
    wb.sheets.push({ name: '明细 2026-10', values: [['工号', '姓名', '规则', '日期', '金额', '分数', '来源', '原因']] });
    expect(readSources(wb).issues).toEqual([]);
  });
});

it('an Issues tab whose column 列 lists export headers row after row is not taken for an export', () => {
  const wb = bookData(IMPORT_EXAMPLES['imports-contract']());
  wb.sheets.push({ name: '问题 2026-10', values: [['工作表', '行', '列', '值', '问题'], ['通话记录', 5, '座席号', '3001', '…'], ['通话记录', 7, '开始时间', 'x', '…']] });
  expect(readSources(wb).issues).toEqual([]);
});

it('two header words one above the other in one column are no export header', () => {
  const wb = bookData(IMPORT_EXAMPLES['imports-contract']());
  wb.sheets.push({ name: '问题 2026-10', values: [['工作表', '列'], ['原始打卡记录', '考勤号码'], ['原始打卡记录', '日期时间']] });
  expect([readSources(wb).issues, exported(readSources(wb).sources)]).toEqual([[], []]);
});
