import { describe, expect, it } from 'vitest';
import { readSources } from '../../../../src/engine/read/sources.js';
import { callRecords } from '../../../../src/engine/read/sources/call-store.js';
import type { CellValue, Issue, SheetData } from '../../../../src/engine/types.js';

const ROSTER: SheetData = { name: 'Roster', values: [['ID', 'Name'], ['A203', 'Wang']] };
const sheet = (name: string, values: CellValue[][]): SheetData => ({ name, values });
const issuesOf = (...sheets: SheetData[]): Issue[] => readSources({ sheets, timeZone: 'UTC' }).issues;

type Case = [string, SheetData[], Omit<Issue, 'code'> & { code: string }];

const ATT = ['ID', 'Date', 'Clock in', 'Leave type', 'Leave days', 'Reported'];

describe('readSources issues: every code with its exact message', () => {
  it.each<Case>([
    ['missing-sheet: no roster', [sheet('Calls', [['ID', 'Date']])], {
      sheet: 'Roster', row: null, column: null, value: '', code: 'missing-sheet', severity: 'error', cell: null,
      message: 'The workbook has no Roster sheet (name it "Roster" / "花名册")',
      messageZh: '工作簿缺少花名册表（表名可用 "Roster" / "花名册"）',
    }],
    ['duplicate-sheet: Calls and 外呼', [ROSTER, sheet('Calls', [['ID', 'Date']]), sheet('外呼', [['ID', 'Date']])], {
      sheet: '外呼', row: null, column: null, value: '外呼', code: 'duplicate-sheet', severity: 'error', cell: null,
      message: '外呼: another Calls sheet; only "Calls" is read',
      messageZh: '外呼：与“Calls”同为外呼表，只读取“Calls”',
    }],
    ['missing-column: Attendance without a date', [ROSTER, sheet('Attendance', [['ID', 'Clock in'], ['A203', '9:00']])], {
      sheet: 'Attendance', row: 1, column: 'Date', value: '', code: 'missing-column', severity: 'error', cell: null,
      message: 'Attendance row 1: required column "date" is missing (name it "Date" / "日期")',
      messageZh: 'Attendance 第1行：缺少必填列“日期”（列名可用 "Date" / "日期"）',
    }],
    ['duplicate-column: two ID columns', [sheet('Roster', [['ID', 'Name', '工号'], ['A203', 'Wang', 'x']])], {
      sheet: 'Roster', row: 1, column: '工号', value: '工号', code: 'duplicate-column', severity: 'warning', cell: 'Roster!C1',
      message: 'Roster row 1: column "工号" repeats the ID column and is ignored',
      messageZh: 'Roster 第1行：列“工号”与工号列重复，已忽略',
    }],
    ['missing-value: blank date', [ROSTER, sheet('Attendance', [ATT, ['A203', null, '9:00', null, null, null]])], {
      sheet: 'Attendance', row: 2, column: 'Date', value: '', code: 'missing-value', severity: 'error', cell: 'Attendance!B2',
      message: 'Attendance row 2 (ID A203): date is blank; the row is left out',
      messageZh: 'Attendance 第2行（工号 A203）：日期为空，该行未计入',
    }],
    ['blank-name', [sheet('花名册', [['工号', '姓名'], ['A203', '  ']])], {
      sheet: '花名册', row: 2, column: '姓名', value: '  ', code: 'blank-name', severity: 'warning', cell: '花名册!B2',
      message: '花名册 row 2 (ID A203): name is blank; the ID is shown instead',
      messageZh: '花名册 第2行（工号 A203）：姓名为空，以工号代替',
    }],
    ['bad-id: a fractional number', [sheet('Roster', [['ID', 'Name'], [7.5, 'Wang']])], {
      sheet: 'Roster', row: 2, column: 'ID', value: '7.5', code: 'bad-id', severity: 'error', cell: 'Roster!A2',
      message: 'Roster row 2: ID "7.5" is not a valid ID; the row is left out',
      messageZh: 'Roster 第2行：工号 “7.5” 无效，该行未计入',
    }],
    ['bad-date: month 13', [ROSTER, sheet('Attendance', [ATT, ['A203', '2026-13-01', null, null, null, null]])], {
      sheet: 'Attendance', row: 2, column: 'Date', value: '2026-13-01', code: 'bad-date', severity: 'error', cell: 'Attendance!B2',
      message: 'Attendance row 2 (ID A203): date "2026-13-01" is not a date',
      messageZh: 'Attendance 第2行（工号 A203）：日期 “2026-13-01” 不是有效日期',
    }],
    ['bad-time: clock-in 25:07 on row 14', [ROSTER, sheet('Attendance', [ATT, ...Array.from({ length: 12 }, () => [null, null, null, null, null, null]), ['A203', '2026-10-08', '25:07', null, null, null]])], {
      sheet: 'Attendance', row: 14, column: 'Clock in', value: '25:07', code: 'bad-time', severity: 'error', cell: 'Attendance!C14',
      message: 'Attendance row 14 (ID A203): clock-in "25:07" is not a time of day',
      messageZh: 'Attendance 第14行（工号 A203）：上班打卡 “25:07” 不是有效时间',
    }],
    ['bad-time in a Chinese sheet', [ROSTER, sheet('考勤', [['工号', '日期', '上班打卡'], ['A203', '2026-10-08', '9:61']])], {
      sheet: '考勤', row: 2, column: '上班打卡', value: '9:61', code: 'bad-time', severity: 'error', cell: '考勤!C2',
      message: '考勤 row 2 (ID A203): clock-in "9:61" is not a time of day',
      messageZh: '考勤 第2行（工号 A203）：上班打卡 “9:61” 不是有效时间',
    }],
    ['bad-count: 1.5 dials', [ROSTER, sheet('Calls', [['ID', 'Date', 'Dials'], ['A203', '2026-10-08', 1.5]])], {
      sheet: 'Calls', row: 2, column: 'Dials', value: '1.5', code: 'bad-count', severity: 'error', cell: 'Calls!C2',
      message: 'Calls row 2 (ID A203): dials "1.5" is not a whole number of 0 or more',
      messageZh: 'Calls 第2行（工号 A203）：外呼量 “1.5” 不是非负整数',
    }],
    ['bad-number: a KPI metric', [ROSTER, sheet('KPI', [['ID', 'Month', 'Sales'], ['A203', '2026-10', 'lots']])], {
      sheet: 'KPI', row: 2, column: 'Sales', value: 'lots', code: 'bad-number', severity: 'error', cell: 'KPI!C2',
      message: 'KPI row 2 (ID A203): Sales "lots" is not a number',
      messageZh: 'KPI 第2行（工号 A203）：Sales “lots” 不是数字',
    }],
    ['bad-money: negative base salary', [sheet('Roster', [['ID', 'Name', 'Base salary'], ['A203', 'Wang', -100]])], {
      sheet: 'Roster', row: 2, column: 'Base salary', value: '-100', code: 'bad-money', severity: 'error', cell: 'Roster!C2',
      message: 'Roster row 2 (ID A203): base salary "-100" is not an amount in yuan (0 or more)',
      messageZh: 'Roster 第2行（工号 A203）：基本工资 “-100” 不是有效金额（元，不小于0）',
    }],
    ['bad-bool: leader maybe', [sheet('Roster', [['ID', 'Name', 'Leader'], ['A203', 'Wang', 'maybe']])], {
      sheet: 'Roster', row: 2, column: 'Leader', value: 'maybe', code: 'bad-bool', severity: 'error', cell: 'Roster!C2',
      message: 'Roster row 2 (ID A203): leader "maybe" is not yes or no',
      messageZh: 'Roster 第2行（工号 A203）：组长 “maybe” 不是“是”或“否”',
    }],
    ['bad-level', [sheet('Roster', [['ID', 'Name', 'Level'], ['A203', 'Wang', 'expert']])], {
      sheet: 'Roster', row: 2, column: 'Level', value: 'expert', code: 'bad-level', severity: 'error', cell: 'Roster!C2',
      message: 'Roster row 2 (ID A203): level "expert" is not a level (junior, intermediate, senior)',
      messageZh: 'Roster 第2行（工号 A203）：职级 “expert” 不是有效职级（初级、中级、高级）',
    }],
    ['bad-leave-type', [ROSTER, sheet('Attendance', [ATT, ['A203', '2026-10-08', null, 'vacation', null, null]])], {
      sheet: 'Attendance', row: 2, column: 'Leave type', value: 'vacation', code: 'bad-leave-type', severity: 'error', cell: 'Attendance!D2',
      message: 'Attendance row 2 (ID A203): leave type "vacation" is not a leave type (rest, personal, sick, annual, marriage, bereavement, maternity, injury, absent)',
      messageZh: 'Attendance 第2行（工号 A203）：请假类型 “vacation” 不是有效请假类型（公休、事假、病假、年假、婚假、丧假、产假、工伤、旷工）',
    }],
    ['bad-leave-days: 2', [ROSTER, sheet('Attendance', [ATT, ['A203', '2026-10-08', null, 'sick', 2, null]])], {
      sheet: 'Attendance', row: 2, column: 'Leave days', value: '2', code: 'bad-leave-days', severity: 'error', cell: 'Attendance!E2',
      message: 'Attendance row 2 (ID A203): leave days "2" must be 0.5 or 1',
      messageZh: 'Attendance 第2行（工号 A203）：请假天数 “2” 只能是 0.5 或 1',
    }],
    ['orphan-leave-days', [ROSTER, sheet('Attendance', [ATT, ['A203', '2026-10-08', '9:00', null, 0.5, null]])], {
      sheet: 'Attendance', row: 2, column: 'Leave days', value: '0.5', code: 'orphan-leave-days', severity: 'warning', cell: 'Attendance!E2',
      message: 'Attendance row 2 (ID A203): leave days "0.5" without a leave type is ignored',
      messageZh: 'Attendance 第2行（工号 A203）：请假天数 “0.5” 未填请假类型，已忽略',
    }],
    ['bad-calendar-type', [ROSTER, sheet('Calendar', [['Date', 'Type'], ['2026-10-10', 'weekend']])], {
      sheet: 'Calendar', row: 2, column: 'Type', value: 'weekend', code: 'bad-calendar-type', severity: 'error', cell: 'Calendar!B2',
      message: 'Calendar row 2: type "weekend" is not workday or holiday',
      messageZh: 'Calendar 第2行：类型 “weekend” 不是“工作日”或“节假日”',
    }],
    ['bad-month', [ROSTER, sheet('KPI', [['ID', 'Month'], ['A203', '2026-13']])], {
      sheet: 'KPI', row: 2, column: 'Month', value: '2026-13', code: 'bad-month', severity: 'error', cell: 'KPI!B2',
      message: 'KPI row 2 (ID A203): month "2026-13" is not a month (yyyy-mm)',
      messageZh: 'KPI 第2行（工号 A203）：月份 “2026-13” 不是有效月份（如 2026-10）',
    }],
    ['unknown-id: counted once per ID', [ROSTER, sheet('Events', [['ID', 'Date', 'Code'], ['Z1', '2026-10-08', 'D-01'], ['Z1', '2026-10-09', 'D-02']])], {
      sheet: 'Events', row: 2, column: 'ID', value: 'Z1', code: 'unknown-id', severity: 'error', cell: 'Events!A2',
      message: 'Events row 2: ID "Z1" is not in the Roster; 2 row(s) left out',
      messageZh: 'Events 第2行：工号 “Z1” 不在花名册中，共 2 行未计入',
    }],
    ['duplicate-id', [sheet('Roster', [['ID', 'Name'], ['A203', 'Wang'], ['A203', 'Li']])], {
      sheet: 'Roster', row: 3, column: 'ID', value: 'A203', code: 'duplicate-id', severity: 'error', cell: 'Roster!A3',
      message: 'Roster row 3: ID "A203" is already in the Roster at row 2; this row is ignored',
      messageZh: 'Roster 第3行：工号 “A203” 已在花名册第2行出现，本行已忽略',
    }],
    ['duplicate-day', [ROSTER, sheet('Attendance', [ATT, ['A203', '2026-10-08', '9:00', null, null, null], ['A203', 46303, '9:30', null, null, null]])], {
      sheet: 'Attendance', row: 3, column: 'Date', value: '46303', code: 'duplicate-day', severity: 'error', cell: 'Attendance!B3',
      message: 'Attendance row 3 (ID A203): a second attendance row for 2026-10-08 (first at row 2); this row is ignored',
      messageZh: 'Attendance 第3行（工号 A203）：2026-10-08 的考勤重复（首次在第2行），本行已忽略',
    }],
    ['duplicate-date in the calendar', [ROSTER, sheet('日历', [['日期', '类型'], ['2026-10-10', '工作日'], ['2026/10/10', '节假日']])], {
      sheet: '日历', row: 3, column: '日期', value: '2026/10/10', code: 'duplicate-date', severity: 'error', cell: '日历!A3',
      message: '日历 row 3: date 2026-10-10 is listed again (first at row 2); this row is ignored',
      messageZh: '日历 第3行：日期 2026-10-10 重复（首次在第2行），本行已忽略',
    }],
    ['duplicate-month in KPI', [ROSTER, sheet('KPI', [['ID', 'Month'], ['A203', '2026-10'], ['A203', '2026年10月']])], {
      sheet: 'KPI', row: 3, column: 'Month', value: '2026年10月', code: 'duplicate-month', severity: 'error', cell: 'KPI!B3',
      message: 'KPI row 3 (ID A203): a second row for 2026-10 (first at row 2); this row is ignored',
      messageZh: 'KPI 第3行（工号 A203）：2026-10 的数据重复（首次在第2行），本行已忽略',
    }],
  ])('%s', (_case, sheets, want) => {
    expect(issuesOf(...sheets)).toEqual([want]);
  });

  it('lists 100 problems of one kind in one column, then one more-issues line with the rest counted', () => {
    const rows = Array.from({ length: 103 }, (_, i) => ['A203', `2026-10-08 09:${String(i % 60).padStart(2, '0')}`, 'x']);
    const issues = issuesOf(ROSTER, sheet('Calls', [['ID', 'Date', 'Dials'], ...rows]));
    expect(issues).toHaveLength(101);
    expect(issues[99]).toMatchObject({ code: 'bad-count', row: 101 });
    expect(issues[100]).toEqual({
      sheet: 'Calls', row: null, column: 'Dials', value: '', code: 'more-issues', severity: 'error', cell: null,
      message: 'Calls: 3 more problems with dials like the ones above are not listed',
      messageZh: 'Calls：外呼量另有 3 个同类问题未列出',
    });
  });

  it('a bad optional value is reported and read as blank; the row is kept', () => {
    const s = readSources({ sheets: [ROSTER, sheet('Calls', [['ID', 'Date', 'Dials', 'Result'], ['A203', '2026-10-08', 'many', '成功']])], timeZone: 'UTC' });
    expect(callRecords(s.calls).map((c) => [c.dials, c.connected, c.successes])).toEqual([[1, 1, 1]]);
    expect(s.issues.map((i) => i.code)).toEqual(['bad-count']);
  });

  it('a missing required column leaves the sheet unread, with one issue per missing column', () => {
    const s = readSources({ sheets: [ROSTER, sheet('Events', [['Note'], ['x']])], timeZone: 'UTC' });
    expect(s.events).toEqual([]);
    expect(s.issues.map((i) => [i.code, i.column])).toEqual([['missing-column', 'ID'], ['missing-column', 'Date'], ['missing-column', 'Code']]);
  });
});
