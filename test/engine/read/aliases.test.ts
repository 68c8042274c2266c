import { describe, expect, it } from 'vitest';
import { aliasKey, fieldLabel, fieldOf, sheetDefOf, SHEETS } from '../../../src/engine/read/aliases.js';

describe('sheetDefOf', () => {
  it.each([
    ['Roster', 'roster'], ['花名册', 'roster'], [' ROSTER ', 'roster'], ['考勤', 'attendance'], ['attendance', 'attendance'],
    ['Calls', 'calls'], ['外呼', 'calls'], ['Events', 'events'], ['奖惩记录', 'events'], ['日历', 'calendar'],
    ['kpi', 'kpi'], ['客服指标', 'kpi'], ['\u3000花名册\u3000', 'roster'],
    ['Payout 2026-10', null], ['Issues 2026-10', null], ['Policy', null],
  ])('%j → %s', (name, role) => {
    expect(sheetDefOf(name)?.role ?? null).toBe(role);
  });
});

describe('fieldOf', () => {
  it.each([
    ['attendance', 'Clock in', 'clockIn'], ['attendance', 'clock_in', 'clockIn'], ['attendance', '上班打卡', 'clockIn'],
    ['attendance', 'Noon out', 'noonOut'], ['attendance', '已报备', 'reported'],
    ['roster', 'Base salary (元)', 'baseSalary'], ['roster', '基本工资（元）', 'baseSalary'], ['roster', 'ＩＤ', 'id'],
    ['calls', 'Contract payment', 'contractPayment'], ['calls', '意向参会', 'invitations'],
    ['events', '代码', 'code'], ['calendar', '类型', 'type'], ['kpi', '月份', 'month'],
    ['roster', 'Clock in', null], ['calls', 'Comment', null],
  ] as const)('%s column %j → %s', (role, header, key) => {
    expect(fieldOf(role, header)?.key ?? null).toBe(key);
  });

  it('field keys match the cells keys of the records', () => {
    const keys = Object.fromEntries(SHEETS.map((s) => [s.role, s.fields.map((f) => f.key)]));
    expect(keys).toEqual({
      roster: ['id', 'name', 'team', 'level', 'leader', 'hireDate', 'baseSalary', 'performanceBase', 'seniority',
        'key:dingtalk', 'key:wecom', 'key:feishu', 'key:clock', 'key:seat', 'key:dialer'],
      attendance: ['id', 'date', 'clockIn', 'clockOut', 'noonOut', 'noonIn', 'leaveType', 'leaveDays', 'reported'],
      calls: ['id', 'date', 'dials', 'connected', 'successes', 'result', 'talkMinutes', 'appointments', 'opportunities', 'contractPayment', 'contacts', 'invitations'],
      events: ['id', 'date', 'code', 'count', 'note'],
      calendar: ['date', 'type'],
      kpi: ['id', 'month'],
      adjustments: ['id', 'month', 'amount', 'points', 'reason', 'approvedBy'],
      appeals: ['id', 'month', 'line', 'reason', 'status', 'resolution', 'amount'],
    });
  });

  it.each([
    ['Hire date', 'hiredate'], [' Clock-In ', 'clockin'], ['工龄工资(元)', '工龄工资'], ['Ｌｅａｖｅ　ｄａｙｓ', 'leavedays'],
  ])('aliasKey %j → %j', (name, key) => {
    expect(aliasKey(name)).toBe(key);
  });

  it('labels field keys for messages', () => {
    expect(fieldLabel('clockIn')).toEqual({ en: 'clock-in', zh: '上班打卡' });
    expect(fieldLabel('nope')).toBeNull();
  });
});
