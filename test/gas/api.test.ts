// The server API: sidebar state, check, generate, layout; the document lock and bilingual user errors.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { policyToSheet } from '../../src/engine/read/policy-sheet/index.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { api } from '../../src/gas/api.js';
import { sidebarState } from '../../src/gas/state.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

const at = (iso: string) => new Date(`${iso}T01:00:00Z`);
const SHEETS = [
  { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary'], ['A001', '=cmd|calc', 'T1', 3000], ['A002', 'Li', 'T1', 3000]] },
  { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'], ['A001', at('2026-09-30'), '09:00', '18:00'], ['A002', at('2026-10-08'), '09:07', '18:00']] },
  { name: 'Calls', values: [['ID', 'Date', 'Dials', 'Connected', 'Successes'], ['A001', at('2026-10-08'), 120, 100, 50], ['A002', at('2026-10-08'), 100, 90, 40]] },
];

/** The same data with a clock-in that is not a time of day: a blocking error at Attendance!C3. */
const BAD_PUNCH = SHEETS.map((s) => (s.name === 'Attendance' ? { ...s, values: s.values.map((r, i) => (i === 2 ? [r[0], r[1], '25:07', r[3]] : r)) } : s));

let fake: Fake;
let restore: () => void;
beforeEach(() => {
  fake = fakeSpreadsheet({ sheets: SHEETS, timeZone: 'Asia/Shanghai', locale: 'en_US' });
  restore = fake.install();
});
afterEach(() => {
  vi.useRealTimers();
  restore();
});

describe('getSidebarState', () => {
  it.each([
    ['1 Nov 01:00 in Shanghai is still 31 Oct in UTC: last month is October', '2026-10-31T17:00:00Z', 'Asia/Shanghai', '2026-10'],
    ['the same instant in a UTC spreadsheet: last month is September', '2026-10-31T17:00:00Z', 'UTC', '2026-09'],
    ['January rolls back to December of the year before', '2027-01-15T04:00:00Z', 'Asia/Shanghai', '2026-12'],
  ])('with no data the default is last month: %s', (_case, now, timeZone, month) => {
    const f = fakeSpreadsheet({ sheets: [SHEETS[0]], timeZone, locale: 'zh_CN' });
    const undo = f.install();
    try {
      expect(sidebarState(f.spreadsheet as never, new Date(now)).defaultMonth).toBe(month);
    } finally {
      undo();
    }
  });

  it('defaults to the latest month with data, not last month (a month without data gives no payroll)', () => {
    expect(sidebarState(fake.spreadsheet as never, new Date('2027-03-05T01:00:00Z')).defaultMonth).toBe('2026-10');
  });

  it('lists the months with data, the policy, presets, language from the locale and the zone', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-03T02:00:00Z'));
    expect(api.getSidebarState()).toEqual({
      defaultMonth: '2026-10',
      months: ['2026-10', '2026-09'],
      policy: {
        id: 'outbound-center', version: getPreset('outbound-center').version, name: { zh: '外呼中心绩效考核及奖惩办法', en: 'Outbound centre performance and rewards' },
        source: 'preset', sheetName: null,
      },
      presets: ['outbound-center', 'telesales-team', 'service-kpi', 'floor-discipline'],
      lang: 'en',
      timeZone: 'Asia/Shanghai',
      job: null,
    });
  });
});

describe('the Policy sheet', () => {
  const withPolicy = (values: (string | number | boolean | null)[][]) => {
    restore();
    fake = fakeSpreadsheet({ sheets: [...SHEETS, { name: 'Policy', values }], locale: 'en_US' });
    restore = fake.install();
  };

  it('is the policy the sidebar shows, versioned with a hash of its content', () => {
    withPolicy(policyToSheet(getPreset('outbound-center'), 'en'));
    const state = api.getSidebarState();
    expect(state.policy.id).toBe('outbound-center');
    expect(state.policy.version).toMatch(new RegExp(`^${getPreset('outbound-center').version}#[0-9a-f]{6}$`));
    expect([state.policy.source, state.policy.sheetName]).toEqual(['sheet', 'Policy']);
  });

  it('with errors blocks the run: only the Issues tab is written, naming the Policy sheet', () => {
    withPolicy([['not a policy'], ['at all', 1]]);
    const result = api.generateReport('2026-10');
    expect([result.blocking, result.tabs]).toEqual([true, ['Issues 2026-10']]);
    expect(api.checkData('2026-10').issues.some((i) => i.sheet === 'Policy' && i.severity === 'error')).toBe(true);
  });
});

describe('checkData', () => {
  it('returns each issue with a full link to its cell, and writes nothing', () => {
    restore();
    fake = fakeSpreadsheet({ sheets: BAD_PUNCH, locale: 'en_US' });
    restore = fake.install();
    const result = api.checkData('2026-10');
    const bad = result.issues.find((i) => i.cell === 'Attendance!C3');
    const gid = fake.raw._sheet('Attendance')!._id;
    expect(bad?.code).toBe('bad-time');
    expect(bad?.url).toBe(`https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit#gid=${gid}&range=C3`);
    expect(result.counts.errors + result.counts.warnings).toBe(result.issues.length);
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls']);
  });
});

describe('generateReport', () => {
  it('writes the tabs, keeps a formula-looking name as text and summarises', () => {
    const result = api.generateReport('2026-10');
    expect(result.blocking).toBe(false);
    expect(result.tabs).toEqual(['Payout 2026-10', 'Ranking 2026-10', 'Details 2026-10', 'Issues 2026-10']);
    expect(result.summary!.top[0]).toEqual({ rank: 1, id: 'A001', name: '=cmd|calc', team: 'T1', value: 50 });
    const payout = fake.raw._sheet('Payout 2026-10')!;
    expect(payout._values()[1].slice(0, 2)).toEqual(['A001', '=cmd|calc']);
    expect(payout._self().getRange('B2').getFormulas()).toEqual([['']]);
  });

  it('with a blocking error replaces only the Issues tab and keeps the previous Payout', () => {
    restore();
    fake = fakeSpreadsheet({ sheets: [...BAD_PUNCH, { name: 'Payout 2026-10', values: [['previous']] }], locale: 'en_US' });
    restore = fake.install();
    const result = api.generateReport('2026-10');
    // No totals, no top list: nothing that could be taken for a payroll; the issues instead.
    expect([result.blocking, result.tabs, result.summary, result.issues!.counts.errors]).toEqual([true, ['Issues 2026-10'], null, 1]);
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls', 'Payout 2026-10', 'Issues 2026-10']);
    expect(fake.raw._sheet('Payout 2026-10')!._values()).toEqual([['previous']]);
  });

  it('refuses a second report while another run holds the document lock, in both languages', () => {
    const other = (fake.globals.LockService as { getDocumentLock(): { tryLock(ms: number): boolean } }).getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    expect(() => api.generateReport('2026-10')).toThrow('正在生成报表，请稍候再试。\nA report is already being generated. Please try again in a moment.');
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls']);
  });

  it('releases the lock after a run, even a failed one', () => {
    expect(() => api.generateReport('2026-13')).toThrow('月份格式应为 YYYY-MM，例如 2026-10。\nThe month must be written YYYY-MM, for example 2026-10.');
    expect(fake.lock.holder).toBeNull();
    expect(() => api.generateReport('2026-10', 'no-such-preset')).toThrow('没有这个考核方案。\nThere is no such policy preset.');
    expect(api.generateReport('2026-10').tabs).toHaveLength(4);
    expect(fake.lock.holder).toBeNull();
  });

  it('turns an unexpected fault into bilingual text that keeps the detail', () => {
    fake.failAt({ nth: 1, method: 'Range.setValues', message: 'Service Spreadsheets timed out' });
    expect(() => api.generateReport('2026-10')).toThrow('发生意外错误：Service Spreadsheets timed out\nUnexpected error: Service Spreadsheets timed out');
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls']);
  });
});

describe('insertExampleLayout', () => {
  it('adds the missing source sheets with header rows in the spreadsheet language, leaving data sheets alone', () => {
    const f = fakeSpreadsheet({ sheets: [{ name: '花名册', values: [['工号'], ['007']] }, { name: 'Events', values: [] }], locale: 'zh_CN' });
    const undo = f.install();
    try {
      expect(api.insertExampleLayout()).toEqual({ created: ['考勤', '外呼', 'Events', '日历'], kept: ['花名册'] });
      expect(f.raw._names()).toEqual(['花名册', 'Events', '考勤', '外呼', '日历']);
      expect(f.raw._sheet('考勤')!._values()).toEqual([['工号', '日期', '上班打卡', '下班打卡', '午间下班', '午间上班', '请假类型', '请假天数', '已报备']]);
      expect(f.raw._sheet('Events')!._values()).toEqual([['工号', '日期', '代码', '次数', '备注']]);
      expect(f.raw._sheet('花名册')!._values()).toEqual([['工号'], ['007']]);
      expect(f.raw._sheet('考勤')!._self().getRange('A500').getNumberFormat()).toBe('@');
    } finally {
      undo();
    }
  });
});

describe('while another execution holds the document lock', () => {
  it('the sidebar still opens and checks data; only writes are refused', () => {
    const other = (fake.globals.LockService as { getDocumentLock(): { tryLock(ms: number): boolean } }).getDocumentLock();
    expect(other.tryLock(0)).toBe(true);
    expect(api.getSidebarState().months).toEqual(['2026-10', '2026-09']);
    expect(api.checkData('2026-10').counts.errors).toBe(0);
    expect(api.listMonthTabs().months).toEqual([]);
    expect(() => api.startReport('2026-10')).toThrow('A report is already being generated');
  });
});

describe('generating a month without data', () => {
  it('is refused with the months that have data, and writes nothing', () => {
    expect(() => api.generateReport('2026-08')).toThrow('2026-08 has no Attendance, Calls or KPI rows, so no report was generated. Months with data: 2026-10, 2026-09.');
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls']);
  });
});

describe('checkData', () => {
  it('passes on the engine’s per-tab sources (what each tab was read as) for Check data', () => {
    const sources = api.checkData('2026-10').sources;
    expect(Array.isArray(sources)).toBe(true);
  });
});
