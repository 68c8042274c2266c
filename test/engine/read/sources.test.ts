import { describe, expect, it } from 'vitest';
import { readSources } from '../../../src/engine/read/sources.js';
import { callRecords } from '../../../src/engine/read/sources/call-store.js';
import type { CellValue, SheetData, WorkbookData } from '../../../src/engine/types.js';

const ROSTER: SheetData = { name: 'Roster', values: [['ID', 'Name', 'Team'], ['A001', '王芳', '一组'], ['A002', 'Li Lei', '二组']] };
const wb = (sheets: SheetData[], timeZone = 'UTC', locale?: string): WorkbookData => ({ sheets, timeZone, locale });
const utc = (y: number, m: number, d: number, h = 0, mi = 0) => new Date(Date.UTC(y, m - 1, d, h, mi));

describe('readSources: finding sheets and language', () => {
  it.each<[string, string[], string | undefined, 'zh' | 'en']>([
    ['English roster', ['Roster'], undefined, 'en'],
    ['Chinese roster', ['花名册'], undefined, 'zh'],
    ['English roster wins over a zh locale', ['Roster'], 'zh_CN', 'en'],
    ['no roster: zh locale', ['Calls'], 'zh_CN', 'zh'],
    ['no roster: en locale', ['Calls'], 'en_US', 'en'],
    ['no roster, no locale', ['Calls'], undefined, 'en'],
  ])('%s → %s', (_case, names, locale, lang) => {
    const sheets = names.map((name) => ({ name, values: [['ID', 'Name', 'Date']] }));
    expect(readSources(wb(sheets, 'UTC', locale)).language).toBe(lang);
  });

  it('matches sheet names case-insensitively after trimming, in English or Chinese, and ignores other sheets', () => {
    const s = readSources(wb([
      { name: ' roster ', values: ROSTER.values },
      { name: 'ATTENDANCE', values: [['工号', '日期']] },
      { name: '外呼', values: [['ID', 'Date']] },
      { name: '奖惩记录', values: [['ID', 'Date', 'Code']] },
      { name: 'calendar', values: [['Date', 'Type']] },
      { name: '客服指标', values: [['ID', 'Month']] },
      { name: 'Payout 2026-10', values: [['anything']] },
    ]));
    expect(s.sheetNames).toEqual({ roster: ' roster ', attendance: 'ATTENDANCE', calls: '外呼', events: '奖惩记录', calendar: 'calendar', kpi: '客服指标' });
    expect(s.issues).toEqual([]);
    expect(s.calendar).toEqual([]);
  });

  it('absent optional sheets give empty records and a null calendar', () => {
    const s = readSources(wb([ROSTER]));
    expect(s).toMatchObject({ attendance: [], calls: { length: 0 }, events: [], kpi: [], calendar: null, issues: [] });
    expect(s.sheetNames.calls).toBeNull();
  });
});

describe('readSources: Roster', () => {
  it('reads every field, keeps leading zeros, turns yuan into fen and fills the A1 cells', () => {
    const s = readSources(wb([{
      name: '花名册',
      values: [
        ['工号', '姓名', '组别', '职级', '组长', '入职日期', '基本工资（元）', '绩效工资', '工龄工资', '备注'],
        ['007', '王芳', '一组', '初级', '是', '2026-03-01', '1,400.50', 700, '¥50', 'ignored column'],
        [8, 'Li Lei', null, null, null, null, null, null, null, null],
      ],
    }]));
    expect(s.issues).toEqual([]);
    expect(s.employees).toEqual([
      {
        id: '007', name: '王芳', team: '一组', level: 'junior', leader: true, hireDate: '2026-03-01',
        baseSalaryFen: 140050, performanceBaseFen: 70000, seniorityFen: 5000, row: 2,
        cells: {
          id: '花名册!A2', name: '花名册!B2', team: '花名册!C2', level: '花名册!D2', leader: '花名册!E2',
          hireDate: '花名册!F2', baseSalary: '花名册!G2', performanceBase: '花名册!H2', seniority: '花名册!I2',
        },
      },
      {
        id: '8', name: 'Li Lei', team: null, level: null, leader: false, hireDate: null,
        baseSalaryFen: null, performanceBaseFen: null, seniorityFen: null, row: 3,
        cells: {
          id: '花名册!A3', name: '花名册!B3', team: '花名册!C3', level: '花名册!D3', leader: '花名册!E3',
          hireDate: '花名册!F3', baseSalary: '花名册!G3', performanceBase: '花名册!H3', seniority: '花名册!I3',
        },
      },
    ]);
  });

  it('finds the header below a title row and skips fully blank rows', () => {
    const s = readSources(wb([{
      name: 'Roster',
      values: [['October roster', null], ['ID', 'Name'], [null, null], ['A001', 'Wang'], ['', '  ']],
    }]));
    expect(s.issues).toEqual([]);
    expect(s.employees.map((e) => [e.id, e.row, e.cells.id])).toEqual([['A001', 4, 'Roster!A4']]);
  });

  it('quotes sheet names that need it in the cells', () => {
    const q = readSources(wb([ROSTER, { name: ' Attendance', values: [['ID', 'Date'], ['A001', '2026-10-08']] }]));
    // A day's cells are built when read (42,000 days a month): they read like a plain object and serialise as one.
    expect(q.attendance[0].cells.date).toBe("' Attendance'!B2");
    expect(q.attendance[0].cells.clockIn).toBeUndefined();
    expect(JSON.parse(JSON.stringify(q.attendance[0].cells))).toEqual({ id: "' Attendance'!A2", date: "' Attendance'!B2" });
  });
});

describe('readSources: Attendance', () => {
  const HEAD: CellValue[] = ['ID', 'Date', 'Clock in', 'Clock out', 'Noon out', 'Noon in', 'Leave type', 'Leave days', 'Reported'];
  const read = (rows: CellValue[][], timeZone = 'UTC') => readSources(wb([ROSTER, { name: 'Attendance', values: [HEAD, ...rows] }], timeZone));

  it.each<[string, CellValue[], object]>([
    ['two punches as text', ['A001', '2026-10-08', '9:07', '18:00', null, null, null, null, null],
      { clockIn: 32820, clockOut: 64800, noonOut: null, noonIn: null, leaveType: null, leaveDays: 0, reported: true }],
    ['four punches as day fractions', ['A001', 46303, 0.375, 0.75, 0.5, 0.5625, null, null, null],
      { date: '2026-10-08', clockIn: 32400, clockOut: 64800, noonOut: 43200, noonIn: 48600 }],
    ['leave type defaults to one day, reported', ['A001', '2026-10-08', null, null, null, null, '事假', null, null],
      { leaveType: 'personal', leaveDays: 1, reported: true }],
    ['half-day unreported leave', ['A001', '2026-10-08', '13:30', '18:00', null, null, 'rest', 0.5, 'no'],
      { clockIn: 48600, leaveType: 'rest', leaveDays: 0.5, reported: false }],
    ['bad leave days count as blank: one day', ['A001', '2026-10-08', null, null, null, null, 'sick', 2, null],
      { leaveType: 'sick', leaveDays: 1 }],
    ['bad clock-in counts as blank', ['A001', '2026-10-08', '25:07', '18:00', null, null, null, null, null],
      { clockIn: null, clockOut: 64800 }],
  ])('%s', (_case, row, want) => {
    const s = read([row]);
    expect(s.attendance).toHaveLength(1);
    expect(s.attendance[0]).toMatchObject({ id: 'A001', date: '2026-10-08', row: 2, ...want });
  });

  it('reads time-only Date cells as wall clock in the spreadsheet zone (Shanghai, LMT day)', () => {
    const lmt = new Date(Date.UTC(1899, 11, 30, 9, 7) - (8 * 3600 + 5 * 60 + 43) * 1000);
    const s = read([['A001', utc(2026, 10, 7, 16), lmt, null, null, null, null, null, null]], 'Asia/Shanghai');
    expect(s.attendance[0]).toMatchObject({ date: '2026-10-08', clockIn: 32820 });
    expect(s.issues).toEqual([]);
  });

  it('keeps the first of two rows for an agent-day, and leaves out rows with unreadable keys or unknown IDs', () => {
    const s = read([
      ['A001', '2026-10-08', '9:00', null, null, null, null, null, null],
      ['A001', '2026/10/8', '9:30', null, null, null, null, null, null],
      [null, '2026-10-08', '9:00', null, null, null, null, null, null],
      ['A002', 'soon', '9:00', null, null, null, null, null, null],
      ['Z999', '2026-10-08', '9:00', null, null, null, null, null, null],
      ['A002', '2026-10-09', '9:05', null, null, null, null, null, null],
    ]);
    expect(s.attendance.map((d) => [d.id, d.date, d.clockIn, d.row])).toEqual([['A001', '2026-10-08', 32400, 2], ['A002', '2026-10-09', 32700, 7]]);
    expect(s.issues.map((i) => [i.code, i.row])).toEqual([['duplicate-day', 3], ['missing-value', 4], ['bad-date', 5], ['unknown-id', 6]]);
  });
});

describe('readSources: Calls', () => {
  const read = (values: CellValue[][]) => readSources(wb([ROSTER, { name: 'Calls', values }]));

  it('turns per-call rows into counts: one dial each, connected and success from Result', () => {
    const s = read([
      ['工号', '日期', '结果', '通话分钟', '回款'],
      ['A001', '2026-10-08 09:07:30', '接通', 2.5, null],
      ['A001', '2026-10-08 09:09:00', 'Success', 4, '¥1,000.005'],
      ['A001', utc(2026, 10, 8, 9, 15), '未接通', null, null],
      ['A002', '2026-10-08', null, null, null],
    ]);
    expect(s.issues).toEqual([]);
    expect(callRecords(s.calls).map((c) => [c.id, c.date, c.time, c.dials, c.connected, c.successes, c.talkMinutes, c.contractPaymentFen])).toEqual([
      ['A001', '2026-10-08', 32850, 1, 1, 0, 2.5, 0],
      ['A001', '2026-10-08', 32940, 1, 1, 1, 4, 100001],
      ['A001', '2026-10-08', 33300, 1, 0, 0, 0, 0],
      ['A002', '2026-10-08', null, 1, 0, 0, 0, 0],
    ]);
  });

  it('reads daily totals as given, and explicit counts win over Result', () => {
    const s = read([
      ['ID', 'Date', 'Dials', 'Connected', 'Successes', 'Result', 'Appointments', 'Opportunities', 'Contacts', 'Invitations'],
      ['A001', '2026-10-08', 120, 80, 30, 'success', 2, 1, 45, 31],
      ['A001', '2026-10-09', 0, null, null, null, null, null, null, null],
    ]);
    expect(callRecords(s.calls).map((c) => [c.dials, c.connected, c.successes, c.appointments, c.opportunities, c.contacts, c.invitations])).toEqual([
      [120, 80, 30, 2, 1, 45, 31],
      [0, 0, 0, 0, 0, 0, 0],
    ]);
  });

  it('cites each field cell, built on demand, and serialises to plain A1 addresses', () => {
    const s = read([['ID', 'Date', 'Result'], ['A001', '2026-10-08', 'success'], ['A001', '2026-10-09', 'success']]);
    expect(s.calls.at(1).cells.date).toBe('Calls!B3');
    expect(s.calls.at(1).cells.dials).toBeUndefined();
    expect(JSON.parse(JSON.stringify(s.calls.at(1).cells))).toEqual({ id: 'Calls!A3', date: 'Calls!B3', result: 'Calls!C3' });
  });
});

describe('readSources: Events, Calendar, KPI', () => {
  it('events: count defaults to 1, note to empty text, code trimmed', () => {
    const s = readSources(wb([ROSTER, { name: 'Events', values: [['ID', 'Date', 'Code', 'Count', 'Note'], ['A001', '2026-10-08', ' A-ATT-6 ', null, null], ['A002', '2026-10-09', 'D-01', 3, '喧哗']] }]));
    expect(s.issues).toEqual([]);
    expect(s.events.map((e) => [e.id, e.date, e.code, e.count, e.note, e.cells.code])).toEqual([
      ['A001', '2026-10-08', 'A-ATT-6', 1, '', 'Events!C2'],
      ['A002', '2026-10-09', 'D-01', 3, '喧哗', 'Events!C3'],
    ]);
  });

  it('calendar: workday and holiday overrides in both languages', () => {
    const s = readSources(wb([ROSTER, { name: '日历', values: [['日期', '类型'], ['2026-10-10', '工作日'], ['2026-10-01', '节假日'], ['2026-10-11', 'rest']] }]));
    expect(s.calendar).toEqual([
      { date: '2026-10-10', workday: true, row: 2 },
      { date: '2026-10-01', workday: false, row: 3 },
      { date: '2026-10-11', workday: false, row: 4 },
    ]);
  });

  // 满意度 is a percent column (docs/reading.md): '98%' is 98 percent points, the scale the presets' thresholds use.
  it('KPI: month from text or a date; every other column is a metric keyed by its header; blanks left out', () => {
    const s = readSources(wb([ROSTER, {
      name: 'KPI',
      values: [['ID', 'Month', '满意度', 'Sales'], ['A001', '2026年10月', '98%', 12000], ['A002', utc(2026, 10, 1), null, '1,500']],
    }]));
    expect(s.issues).toEqual([]);
    expect(s.kpi).toEqual([
      { id: 'A001', month: '2026-10', metrics: { 满意度: 98, Sales: 12000 }, row: 2, cells: { id: 'KPI!A2', month: 'KPI!B2', 满意度: 'KPI!C2', Sales: 'KPI!D2' } },
      { id: 'A002', month: '2026-10', metrics: { Sales: 1500 }, row: 3, cells: { id: 'KPI!A3', month: 'KPI!B3', 满意度: 'KPI!C3', Sales: 'KPI!D3' } },
    ]);
  });
});
