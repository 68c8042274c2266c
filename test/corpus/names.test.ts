// Bad-input corpus, names and sheets: tabs and headers that are missing, misspelt, tolerated or synonyms; months without data.
import { describe, expect, it } from 'vitest';
import { policyToSheet } from '../../src/engine/read/policy-sheet/layout.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { runWorkbook } from '../../src/engine/run.js';
import { toJson } from '../../src/engine/report/json.js';
import { summarize } from '../../src/engine/report/summary.js';
import type { CellValue } from '../../src/engine/types.js';
import { add, all, brief, drop, keepRows, outbound, rename, runBook, serviceKpi, set, utc, type Spoil } from './book.js';

const E = 'error';
const W = 'warning';

/** [case, spoil, code, cell, severity, sheet] on the outbound-center base (October 2026). */
const BLOCKED: [string, Spoil, string, string | null, string, string][] = [
  ['attendance tab named 考情', rename('Attendance', '考情'), 'required-sheet', null, E, 'Attendance'],
  ['attendance tab 考情 is pointed out', rename('Attendance', '考情'), 'unrecognised-sheet', null, W, '考情'],
  ['attendance tab misspelt Attendence', rename('Attendance', 'Attendence'), 'required-sheet', null, E, 'Attendance'],
  ['attendance tab misspelt Atendance is pointed out', rename('Attendance', 'Atendance'), 'unrecognised-sheet', null, W, 'Atendance'],
  ['calls tab named Cals', rename('Calls', 'Cals'), 'required-sheet', null, E, 'Calls'],
  ['calls tab named 外乎', rename('Calls', '外乎'), 'unrecognised-sheet', null, W, '外乎'],
  ['no Calls tab at all', drop('Calls'), 'required-sheet', null, E, 'Calls'],
  ['no Attendance tab at all', drop('Attendance'), 'required-sheet', null, E, 'Attendance'],
  ['no Roster tab', drop('Roster'), 'missing-sheet', null, E, 'Roster'],
  ['roster tab named Rostr', rename('Roster', 'Rostr'), 'missing-sheet', null, E, 'Roster'],
  ['two attendance tabs', add({ name: 'Attendance 2026-09', values: [['ID', 'Date']] }), 'duplicate-sheet', null, E, 'Attendance 2026-09'],
  ['attendance with its header only', keepRows('Attendance', 1), 'no-rows-in-month', null, E, 'Attendance'],
  ['calls with its header only', keepRows('Calls', 1), 'no-rows-in-month', null, E, 'Calls'],
  ['attendance rows only in September', all(set('Attendance!B2', utc('2026-09-08')), set('Attendance!B3', utc('2026-09-08'))), 'no-rows-in-month', null, E, 'Attendance'],
  ['clock-in header 上班 (near 上班打卡)', set('Attendance!C1', '上班'), 'required-column', null, E, 'Attendance'],
  ['clock-in header Clokc in', set('Attendance!C1', 'Clokc in'), 'required-column', null, E, 'Attendance'],
  ['clock-out header missing', set('Attendance!D1', null), 'required-column', null, E, 'Attendance'],
  ['clock-out header 下班打咔', set('Attendance!D1', '下班打咔'), 'required-column', null, E, 'Attendance'],
  ['attendance Date header missing', set('Attendance!B1', 'Day'), 'missing-column', null, E, 'Attendance'],
  ['attendance ID header 工 号x', set('Attendance!A1', 'Emp'), 'missing-column', null, E, 'Attendance'],
  ['roster Name header missing', set('Roster!B1', 'Nmae'), 'missing-column', null, E, 'Roster'],
  ['roster base salary header Salary', set('Roster!D1', 'Salary'), 'required-column', null, E, 'Roster'],
  ['roster base salary header Base salry', set('Roster!D1', 'Base salry'), 'required-column', null, E, 'Roster'],
  ['roster base salary header 月薪', set('Roster!D1', '月薪'), 'required-column', null, E, 'Roster'],
  ['calls successes header Succeses', set('Calls!E1', 'Succeses'), 'required-column', null, E, 'Calls'],
  ['calls dials header Dial count', set('Calls!C1', 'Dial count'), 'required-column', null, E, 'Calls'],
  ['calls connected header 接通率 (a rate, not a count)', set('Calls!D1', '接通率'), 'required-column', null, E, 'Calls'],
  ['events code header missing', set('Events!C1', 'Kode'), 'missing-column', null, E, 'Events'],
  ['a month without any data (December)', () => undefined, 'no-data-for-month', null, E, 'Roster'],
  ['IDs that lost their leading zeros', all(set('Roster!A2', '001'), set('Attendance!A2', 1)), 'ids-lost-zeros', 'Attendance!A2', W, 'Attendance'],
  ['IDs that lost their leading zeros are still unknown', all(set('Roster!A2', '001'), set('Attendance!A2', 1)), 'unknown-id', 'Attendance!A2', E, 'Attendance'],
  ['a generated tab of another month is no source', add({ name: 'Payout 2026-09', values: [['ID']] }), 'required-sheet', null, E, 'Calls'],
];

describe('sheets and columns that block the run', () => {
  it.each(BLOCKED)('%s', (name, spoil, code, cell, severity, sheet) => {
    const month = name.includes('December') ? '2026-12' : '2026-10';
    const extra = name.includes('generated') ? drop('Calls') : () => undefined;
    const { report } = runBook(outbound, all(spoil, extra), month);
    expect(report.issues.map(brief)).toContainEqual([code, cell, severity, sheet]);
  });
});

describe('one reason per problem', () => {
  it('an Attendance sheet without its Date column says that, not also "no rows in the month"', () => {
    const { report } = runBook(outbound, set('Attendance!B1', 'Day'));
    expect(report.issues.filter((i) => i.severity === E).map((i) => i.code)).toEqual(['missing-column']);
  });
  it('a month without data says so once, not once per sheet', () => {
    const { report } = runBook(outbound, () => undefined, '2026-12');
    expect(report.issues.filter((i) => i.severity === E).map((i) => i.code)).toEqual(['no-data-for-month']);
  });
});

describe('what the messages name', () => {
  const message = (spoil: Spoil, code: string, month = '2026-10') =>
    runBook(outbound, spoil, month).report.issues.find((i) => i.code === code)!;
  it.each([
    ['考情 looks like 考勤', rename('Attendance', '考情'), 'required-sheet', 'Tabs not recognised: "考情" (looks like "考勤", Attendance)'],
    ['the rules that need the sheet', drop('Calls'), 'required-sheet', 'A-TGT-2, A-TGT-1, A-BON-1, A-BON-2, A-BON-3, A-BON-4, A-BON-5, A-FLAG-1 need'],
    ['上班 could be 上班打卡', set('Attendance!C1', '上班'), 'required-column', 'Headers not recognised: "上班" (could be "上班打卡", clock-in)'],
    ['Clokc in could be Clock in', set('Attendance!C1', 'Clokc in'), 'required-column', '"Clokc in" (could be "Clock in", clock-in)'],
    ['an unrelated header is listed without a guess', set('Roster!D1', '月薪'), 'required-column', 'Headers not recognised: "月薪"'],
    ['the months that have data', keepRows('Calls', 1), 'no-rows-in-month', 'it has no data rows'],
    ['a month without data lists the months that have some', () => undefined, 'no-data-for-month', 'it has rows for 2026-10'],
    ['lost zeros: format as text', all(set('Roster!A2', '001'), set('Attendance!A2', 1)), 'ids-lost-zeros', 'format the ID column as text'],
    ['9.07: did you mean 09:07', set('Attendance!C2', 9.07), 'number-as-time', 'it would be 01:40; did you mean 09:07?'],
    ['a clock-out before the clock-in names both', set('Attendance!D2', '08:00'), 'clock-out-before-in', 'is before the clock-in 09:00'],
  ])('%s', (_case, spoil, code, text) => {
    const month = code === 'no-data-for-month' ? '2026-12' : '2026-10';
    expect(message(spoil, code, month).message).toContain(text);
  });
  it('the Chinese message of a misnamed tab', () => {
    expect(message(rename('Attendance', '考情'), 'required-sheet').messageZh).toContain('未识别的表：“考情”（像是“考勤”，考勤）');
  });
});

/** [case, spoil, tab, read as]: names read as the source they stand for, with no error. */
const TOLERATED: [string, Spoil, string, string][] = [
  ['a month suffix', rename('Attendance', 'Attendance 2026-10'), 'Attendance 2026-10', 'attendance'],
  ['a zero-width space', rename('Attendance', 'Attendance\u200b'), 'Attendance\u200b', 'attendance'],
  ['a byte-order mark', rename('Calls', '\ufeffCalls'), '\ufeffCalls', 'calls'],
  ['full-width letters', rename('Attendance', 'Ａｔｔｅｎｄａｎｃｅ'), 'Ａｔｔｅｎｄａｎｃｅ', 'attendance'],
  ['upper case and spaces', rename('Calls', '  CALLS '), '  CALLS ', 'calls'],
  ['a bracket suffix', rename('Calls', 'Calls (Oct)'), 'Calls (Oct)', 'calls'],
  ['考勤(10月)', rename('Attendance', '考勤(10月)'), '考勤(10月)', 'attendance'],
  ['考勤表', rename('Attendance', '考勤表'), '考勤表', 'attendance'],
  ['10月考勤', rename('Attendance', '10月考勤'), '10月考勤', 'attendance'],
  ['考勤2026年10月', rename('Attendance', '考勤2026年10月'), '考勤2026年10月', 'attendance'],
  ['外呼记录', rename('Calls', '外呼记录'), '外呼记录', 'calls'],
  ['花名册（2026）', rename('Roster', '花名册（2026）'), '花名册（2026）', 'roster'],
  ['员工名单', rename('Roster', '员工名单'), '员工名单', 'roster'],
  ['奖惩 2026-10', rename('Events', '奖惩 2026-10'), '奖惩 2026-10', 'events'],
];

describe('tab names tolerated the same way for every sheet', () => {
  it.each(TOLERATED)('%s', (_case, spoil, tab, readAs) => {
    const { report } = runBook(outbound, spoil);
    expect(report.issues.filter((i) => i.severity === E)).toEqual([]);
    expect(report.sources!.find((s) => s.sheet === tab)?.readAs).toBe(readAs);
  });
});

describe('the Policy sheet is found under the same tolerance', () => {
  const policy = policyToSheet(getPreset('floor-discipline'), 'en') as CellValue[][];
  it.each([['Policy (2026)'], ['Ｐｏｌｉｃｙ'], ['Policy\u200b'], ['规则 2026-10'], ['POLICY']])('%j', (name) => {
    const sheets = [...outbound(), { name, values: policy }];
    const run = runWorkbook({ timeZone: 'UTC', sheets }, '2026-10');
    expect([run.resolved.source, run.report.policy]).toEqual(['sheet', 'floor-discipline']);
  });
  it('a negative fine per minute is refused with its cell', () => {
    const base = policyToSheet(getPreset('outbound-center'), 'en') as CellValue[][];
    const r = base.findIndex((row) => typeof row[0] === 'string' && (row[0] as string).endsWith('finePerMinuteFen'));
    const values = base.map((row, i) => (i === r ? [row[0], row[1], -1, ...row.slice(3)] : row));
    const run = runWorkbook({ timeZone: 'UTC', sheets: [...outbound(), { name: 'Policy', values }] }, '2026-10');
    expect(run.report.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['bad-policy', `Policy!C${r + 1}`, E]]);
    expect(run.report.issues[0].message).toContain('is negative');
  });
  it('a negative tier prize is refused with its cell', () => {
    const base = policyToSheet(getPreset('outbound-center'), 'en') as CellValue[][];
    const r = base.findIndex((row) => row[0] === 'rules[6].tiers[]');
    const values = base.map((row, i) => (i === r ? [row[0], row[1], row[2], -300, ...row.slice(4)] : row));
    const run = runWorkbook({ timeZone: 'UTC', sheets: [...outbound(), { name: 'Policy', values }] }, '2026-10');
    expect(run.report.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['bad-policy', `Policy!D${r + 1}`, E]]);
  });
  it('a negative event amount is a fine, as the sheet writes it: no issue', () => {
    const values = policyToSheet(getPreset('outbound-center'), 'en') as CellValue[][];
    expect(values.some((row) => row[0] === 'rules[2].events[1]' && row[7] === -10)).toBe(true);
    const run = runWorkbook({ timeZone: 'UTC', sheets: [...outbound(), { name: 'Policy', values }] }, '2026-10');
    expect(run.report.issues).toEqual([]);
  });
  it('a Policy cell that is a formula without a value is refused with its cell', () => {
    const base = policyToSheet(getPreset('outbound-center'), 'en') as CellValue[][];
    const r = base.findIndex((row) => typeof row[0] === 'string' && (row[0] as string).endsWith('graceMinutes'));
    const values = base.map((row, i) => (i === r ? [row[0], row[1], '#NO-CACHED-VALUE', ...row.slice(3)] : row));
    const run = runWorkbook({ timeZone: 'UTC', sheets: [...outbound(), { name: 'Policy', values }] }, '2026-10');
    expect(run.report.issues.map((i) => [i.code, i.cell, i.severity])).toEqual([['bad-policy', `Policy!C${r + 1}`, E]]);
  });
});

/** [case, spoil, check]: synonyms read as the contract's column. */
const SYNONYMS: [string, Spoil, (r: ReturnType<typeof runBook>['report']) => unknown, unknown][] = [
  ['底薪 is base salary', set('Roster!D1', '底薪'), (r) => r.employees[0].lines.find((l) => l.rule === 'A-PAY')?.amountFen, 300000],
  ['Basic salary is base salary', set('Roster!D1', 'Basic salary'), (r) => r.employees[0].lines.find((l) => l.rule === 'A-PAY')?.amountFen, 300000],
  ['员工编号 is the ID', set('Roster!A1', '员工编号'), (r) => r.employees.map((e) => e.id), ['A1', 'A2']],
  ['上班时间 / 下班时间 are the punches', all(set('Attendance!C1', '上班时间'), set('Attendance!D1', '下班时间'), set('Attendance!C2', '09:07')), (r) => r.employees[0].finesFen, 700],
  ['签到 / 签退 are the punches', all(set('Attendance!C1', '签到'), set('Attendance!D1', '签退'), set('Attendance!C2', '09:07')), (r) => r.employees[0].finesFen, 700],
  ['Check in / Check out are the punches', all(set('Attendance!C1', 'Check in'), set('Attendance!D1', 'Check out'), set('Attendance!C2', '09:07')), (r) => r.employees[0].finesFen, 700],
  ['考勤日期 is the date', set('Attendance!B1', '考勤日期'), (r) => r.issues, []],
  ['呼出量 is dials', set('Calls!C1', '呼出量'), (r) => r.employees[0].stats.dials, 120],
  ['接通数 is connected', set('Calls!D1', '接通数'), (r) => r.employees[0].stats.connected, 100],
  ['成交量 is successes', set('Calls!E1', '成交量'), (r) => r.employees[0].stats.successes, 50],
  ['a header with a zero-width space', set('Calls!E1', 'Succ\u200besses'), (r) => r.employees[0].stats.successes, 50],
  ['a full-width header', set('Calls!E1', 'Ｓｕｃｃｅｓｓｅｓ'), (r) => r.employees[0].stats.successes, 50],
  ['a header with a unit in brackets', set('Roster!D1', 'Base salary (元)'), (r) => r.employees[0].lines.find((l) => l.rule === 'A-PAY')?.amountFen, 300000],
];

describe('header synonyms', () => {
  it.each(SYNONYMS)('%s', (_case, spoil, pick, want) => {
    expect(pick(runBook(outbound, spoil).report)).toEqual(want);
  });
});

describe('what was read is reported', () => {
  it('an unrelated notes tab is fine, and listed as not read', () => {
    const { report } = runBook(outbound, add({ name: 'Notes', values: [['anything']] }));
    expect(report.issues).toEqual([]);
    expect(report.sources!.map((s) => [s.sheet, s.readAs, s.rows, s.people, s.unmatched, s.from, s.to])).toEqual([
      ['Roster', 'roster', 2, 2, 0, null, null],
      ['Attendance', 'attendance', 2, 2, 0, '2026-10-08', '2026-10-08'],
      ['Calls', 'calls', 2, 2, 0, '2026-10-08', '2026-10-08'],
      ['Events', 'events', 1, 1, 0, '2026-10-08', '2026-10-08'],
      ['Notes', 'none', 0, 0, 0, null, null],
    ]);
  });
  it('the JSON carries the sources and the summary lists them, one line per tab', () => {
    const { report } = runBook(outbound, set('Calls!A3', 'ZZ'));
    expect(toJson(report).sources![2]).toEqual({ sheet: 'Calls', readAs: 'calls', label: 'Calls', labelZh: '外呼', rows: 2, people: 1,
      unmatched: 1, from: '2026-10-08', to: '2026-10-08' });
    const text = summarize(report, 'en');
    expect(text).toContain('Sources:\n  Roster → Roster: 2 rows, 2 people\n  Attendance → Attendance: 2 rows, 2 people, 2026-10-08\n'
      + '  Calls → Calls: 2 rows, 1 people, 1 IDs not in the Roster, 2026-10-08\n  Events → Events: 1 rows, 1 people, 2026-10-08');
  });
  it('a broken Policy sheet still says what was read', () => {
    const values = policyToSheet(getPreset('outbound-center'), 'en').map((row) => (row[0] === 'version' ? [row[0], row[1], ''] : row)) as CellValue[][];
    const run = runWorkbook({ timeZone: 'UTC', sheets: [...outbound(), { name: 'Policy', values }] }, '2026-10');
    expect([run.report.blocking, run.report.sources!.map((s) => s.readAs)]).toEqual([true, ['roster', 'attendance', 'calls', 'events']]);
  });
  it('claimed tabs are neither read nor listed', () => {
    const sheets = [...outbound(), { name: '考情', values: [['x']] }];
    const run = runWorkbook({ timeZone: 'UTC', sheets }, '2026-10', undefined, { claimed: new Set(['考情']) });
    expect([run.report.issues, run.report.sources!.map((s) => s.sheet)]).toEqual([[], ['Roster', 'Attendance', 'Calls', 'Events']]);
  });
});

describe('service-kpi needs its KPI sheet and columns', () => {
  it.each([
    ['no KPI tab', drop('KPI'), 'required-sheet', 'KPI'],
    ['KPI tab named KIP', rename('KPI', 'KIP'), 'required-sheet', 'KPI'],
    ['Sales header misspelt Sale', set('KPI!C1', 'Sale'), 'required-column', 'KPI'],
    ['Planned sales header missing', set('KPI!D1', null), 'required-column', 'KPI'],
    ['KPI with its header only', keepRows('KPI', 1), 'no-rows-in-month', 'KPI'],
  ])('%s', (_case, spoil, code, sheet) => {
    const { report } = runBook(serviceKpi, spoil, '2026-10', 'service-kpi');
    expect(report.issues.map(brief)).toContainEqual([code, null, E, sheet]);
  });
});
