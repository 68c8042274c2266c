import { describe, expect, it } from 'vitest';
import {
  cellText, isBad, lastSeconds, parseAmountFen, parseBool, parseCount, parseDataDate, parseDataDay, parseDate, parseDateTime, parseDayType, parseId,
  parseLeaveDays, parseLeaveType, parseLevel, parseMoneyFen, parseMonth, parseNumber, parseQuantity, parseTime,
  toHalfWidth,
} from '../../../src/engine/read/cells.js';
import type { CellValue } from '../../../src/engine/types.js';

/** A parse result as a value, or 'bad:<issue code>'. */
const r = (x: unknown): unknown => (isBad(x) ? `bad:${x.code}` : x);
const utc = (...a: [number, number, number, number?, number?, number?]) => new Date(Date.UTC(a[0], a[1] - 1, a[2], a[3] ?? 0, a[4] ?? 0, a[5] ?? 0));
/** 09:07:00 wall clock in Shanghai on 1899-12-30, when the zone was at LMT +08:05:43 (how Sheets hands a time-only cell). */
const SHANGHAI_0907_LMT = new Date(Date.UTC(1899, 11, 30, 9, 7, 0) - (8 * 3600 + 5 * 60 + 43) * 1000);

describe('toHalfWidth', () => {
  it.each([
    ['２０２６－１０－０８', '2026-10-08'],
    ['９：０７', '9:07'],
    ['Ａ００１', 'A001'],
    ['Ａ\u3000Ｂ', 'A B'],
    ['王芳 A001', '王芳 A001'],
  ])('%s → %s', (from, to) => {
    expect(toHalfWidth(from)).toBe(to);
  });
});

describe('parseId', () => {
  it.each<[CellValue, unknown]>([
    ['A001', 'A001'],
    [' 007 ', '007'],
    [7, '7'],
    [0, '0'],
    ['Ａ００１', 'A001'],
    [7.5, 'bad:bad-id'],
    [-3, 'bad:bad-id'],
    [true, 'bad:bad-id'],
    [utc(2026, 10, 8), 'bad:bad-id'],
    [null, 'bad:missing-value'],
    ['   ', 'bad:missing-value'],
  ])('%j → %j', (v, want) => {
    expect(r(parseId(v))).toEqual(want);
  });
});

describe('parseDate', () => {
  it.each<[string, CellValue, string, unknown]>([
    ['ISO text', '2026-10-08', 'UTC', '2026-10-08'],
    ['slashes, no padding', '2026/10/8', 'UTC', '2026-10-08'],
    ['dots', '2026.10.8', 'UTC', '2026-10-08'],
    ['Chinese', '2026年10月8日', 'UTC', '2026-10-08'],
    ['Chinese without 日', '2026年10月8', 'UTC', '2026-10-08'],
    ['with a time', '2026-10-08 09:07:30', 'UTC', '2026-10-08'],
    ['full-width', '２０２６－１０－０８', 'UTC', '2026-10-08'],
    ['yyyymmdd text', '20261008', 'UTC', '2026-10-08'],
    ['yyyymmdd number', 20261008, 'UTC', '2026-10-08'],
    ['serial', 46303, 'UTC', '2026-10-08'],
    ['serial with a time', 46303.99, 'UTC', '2026-10-08'],
    ['Date in UTC', utc(2026, 10, 8, 23, 30), 'UTC', '2026-10-08'],
    ['same instant is the next day in Shanghai', utc(2026, 10, 8, 23, 30), 'Asia/Shanghai', '2026-10-09'],
    ['Shanghai midnight', utc(2026, 10, 7, 16), 'Asia/Shanghai', '2026-10-08'],
    ['leap day', '2024-02-29', 'UTC', '2024-02-29'],
    ['first year', '1900-01-01', 'UTC', '1900-01-01'],
    ['last year', '2199-12-31', 'UTC', '2199-12-31'],
    ['not a leap year', '2026-02-29', 'UTC', 'bad:bad-date'],
    ['month 13', '2026-13-01', 'UTC', 'bad:bad-date'],
    ['day 32', '2026-10-32', 'UTC', 'bad:bad-date'],
    ['before 1900', '1899-12-31', 'UTC', 'bad:bad-date'],
    ['from 2200', '2200-01-01', 'UTC', 'bad:bad-date'],
    ['month first is ambiguous', '10/8/2026', 'UTC', 'bad:bad-date'],
    ['words', 'tomorrow', 'UTC', 'bad:bad-date'],
    ['bad time after the date', '2026-10-08 25:00', 'UTC', 'bad:bad-date'],
    ['a time-only number', 0.5, 'UTC', 'bad:bad-date'],
    ['a time-only Date', SHANGHAI_0907_LMT, 'Asia/Shanghai', 'bad:bad-date'],
    ['huge number', 1e6, 'UTC', 'bad:bad-date'],
    ['boolean', true, 'UTC', 'bad:bad-date'],
    ['invalid Date', new Date(NaN), 'UTC', 'bad:bad-date'],
    ['blank', null, 'UTC', 'bad:missing-value'],
  ])('%s: %j in %s → %j', (_case, v, zone, want) => {
    expect(r(parseDate(v, zone))).toEqual(want);
  });
});

describe('parseDateTime', () => {
  it.each<[string, CellValue, unknown]>([
    ['text with seconds', '2026-10-08 09:07:30', { date: '2026-10-08', seconds: 32850 }],
    ['ISO T separator', '2026-10-08T09:07', { date: '2026-10-08', seconds: 32820 }],
    ['text without a time', '2026-10-08', { date: '2026-10-08', seconds: null }],
    ['explicit midnight text', '2026-10-08 00:00', { date: '2026-10-08', seconds: 0 }],
    ['serial with noon', 46303.5, { date: '2026-10-08', seconds: 43200 }],
    ['Date with a time', utc(2026, 10, 8, 9, 7), { date: '2026-10-08', seconds: 32820 }],
    ['Date at midnight carries no time', utc(2026, 10, 8), { date: '2026-10-08', seconds: null }],
    ['bad', 'soon', 'bad:bad-date'],
  ])('%s: %j → %j', (_case, v, want) => {
    expect(r(parseDateTime(v, 'UTC'))).toEqual(want);
  });
});

describe('parseDataDate and parseDataDay: a data sheet\'s date, as ISO text and as a day number', () => {
  it.each<[string, CellValue, string, unknown, number]>([
    ['first real day (Date)', utc(1901, 1, 1), 'UTC', -25202, -1],
    ['last day of 1900 is a small number read as a date', utc(1900, 12, 31), 'UTC', 'bad:serial-date', -1],
    ['a time cell on 1899-12-30', utc(1899, 12, 30, 9), 'UTC', 'bad:serial-date', -1],
    ['last day (Date) with its time', utc(2199, 12, 31, 23, 59, 59), 'UTC', 84005, 86399],
    ['2200-01-01 is no date', utc(2200, 1, 1), 'UTC', 'bad:bad-date', -1],
    ['a Date read as Shanghai wall clock', utc(2026, 11, 1, 16, 30), 'Asia/Shanghai', 20759, 1800],
    ['text', '2026-11-02 09:07', 'UTC', 20759, 32820],
    ['serial', 46328, 'UTC', 20759, -1],
    ['the number 5', 5, 'UTC', 'bad:serial-date', -1],
    ['unreadable text', 'soon', 'UTC', 'bad:bad-date', -1],
  ])('%s', (_case, v, zone, day, seconds) => {
    expect(r(parseDataDay(v, zone))).toEqual(day);
    if (typeof day === 'number') {
      expect(lastSeconds()).toBe(seconds);
      expect(parseDataDate(v, zone)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
    } else expect(r(parseDataDate(v, zone))).toBe(day);
  });

  it('a refused 1899/1900 date names the date it was read as', () => {
    const bad = parseDataDay(5, 'UTC');
    expect(isBad(bad) && bad.vars).toEqual({ date: '1900-01-04' });
  });
});

describe('parseTime', () => {
  it.each<[string, CellValue, string, unknown]>([
    ['Shanghai time-only cell at LMT +08:05:43 reads 09:07:00', SHANGHAI_0907_LMT, 'Asia/Shanghai', 32820],
    ['UTC time-only cell', utc(1899, 12, 30, 9, 7), 'UTC', 32820],
    ['Date with a date part', utc(2026, 10, 8, 1, 7), 'Asia/Shanghai', 32820],
    ['day fraction 0.3798611 is 09:07', 0.3798611, 'UTC', 32820],
    ['noon', 0.5, 'UTC', 43200],
    ['midnight', 0, 'UTC', 0],
    ['serial with a date part uses the fraction', 46303.75, 'UTC', 64800],
    ['h:mm', '9:07', 'UTC', 32820],
    ['hh:mm:ss', '09:07:30', 'UTC', 32850],
    ['last second', '23:59:59', 'UTC', 86399],
    ['full-width', '９：０７', 'UTC', 32820],
    ['Chinese 点 and 分', '9点07分', 'UTC', 32820],
    ['Chinese 点 alone', '9点', 'UTC', 32400],
    ['Chinese 点半', '9点半', 'UTC', 34200],
    ['pm', '9:07 pm', 'UTC', 76020],
    ['12 am is midnight', '12:00 AM', 'UTC', 0],
    ['下午', '下午3:07', 'UTC', 54420],
    ['date and time text', '2026-10-08 09:07:30', 'UTC', 32850],
    ['hour 25', '25:07', 'UTC', 'bad:bad-time'],
    ['hour 24', '24:00', 'UTC', 'bad:bad-time'],
    ['minute 61', '9:61', 'UTC', 'bad:bad-time'],
    ['second 60', '9:07:60', 'UTC', 'bad:bad-time'],
    ['13 pm', '13:00 pm', 'UTC', 'bad:bad-time'],
    ['negative', -0.1, 'UTC', 'bad:bad-time'],
    ['a date without a time', '2026-10-08', 'UTC', 'bad:bad-time'],
    ['words', 'late', 'UTC', 'bad:bad-time'],
    ['boolean', true, 'UTC', 'bad:bad-time'],
    ['blank', '', 'UTC', 'bad:missing-value'],
  ])('%s: %j → %j', (_case, v, zone, want) => {
    expect(r(parseTime(v, zone))).toEqual(want);
  });

  it('says "not a time of day"', () => {
    const bad = parseTime('25:00', 'UTC');
    expect(isBad(bad) && bad.reason).toBe('not a time of day');
  });

  it('an unknown time zone is a configuration fault', () => {
    expect(() => parseTime(utc(2026, 10, 8, 9), 'Mars/Olympus')).toThrowError(expect.objectContaining({ cause: expect.objectContaining({ code: 'bad-time-zone' }) }));
  });
});

describe('parseMonth', () => {
  it.each<[CellValue, unknown]>([
    ['2026-10', '2026-10'],
    ['2026/10', '2026-10'],
    ['2026.1', '2026-01'],
    ['2026年10月', '2026-10'],
    ['２０２６－１０', '2026-10'],
    [202610, '2026-10'],
    ['2026-10-08', '2026-10'],
    [46303, '2026-10'],
    [utc(2026, 10, 31, 20), '2026-10'],
    ['2026-13', 'bad:bad-month'],
    ['2026-00', 'bad:bad-month'],
    ['Oct', 'bad:bad-month'],
    [true, 'bad:bad-month'],
    [null, 'bad:missing-value'],
  ])('%j → %j', (v, want) => {
    expect(r(parseMonth(v, 'UTC'))).toEqual(want);
  });
});

describe('parseCount', () => {
  it.each<[CellValue, unknown]>([
    [null, 0],
    ['', 0],
    [0, 0],
    [12, 12],
    ['12', 12],
    ['1,200', 1200],
    ['１２', 12],
    ['12.0', 12],
    [3.0000000001, 3],
    [1.5, 'bad:bad-count'],
    ['1.5', 'bad:bad-count'],
    [-1, 'bad:bad-count'],
    ['-1', 'bad:bad-count'],
    ['abc', 'bad:bad-count'],
    [true, 'bad:bad-count'],
  ])('%j → %j', (v, want) => {
    expect(r(parseCount(v))).toEqual(want);
  });
});

describe('parseNumber and parseQuantity', () => {
  it.each<[CellValue, unknown, unknown]>([
    [12.5, 12.5, 12.5],
    ['1,200.5', 1200.5, 1200.5],
    ['98%', 0.98, 0.98],
    ['-3', -3, 'bad:bad-number'],
    [-3, -3, 'bad:bad-number'],
    ['.5', 0.5, 0.5],
    ['x', 'bad:bad-number', 'bad:bad-number'],
    ['%', 'bad:bad-number', 'bad:bad-number'],
    [null, null, null],
  ])('%j → number %j, quantity %j', (v, num, qty) => {
    expect(r(parseNumber(v))).toEqual(num);
    expect(r(parseQuantity(v))).toEqual(qty);
  });
});

describe('parseMoneyFen', () => {
  it.each<[CellValue, unknown]>([
    ['1,400.50', 140050],
    ['¥1400', 140000],
    ['￥1,400', 140000],
    ['1400元', 140000],
    ['RMB 12.3', 1230],
    [1400.5, 140050],
    [1400, 140000],
    ['12.344', 1234],
    ['12.345', 1235],
    ['-1.005', -101],
    [1400.005, 140001],
    [0.285, 29],
    [-0.285, -29],
    [0, 0],
    [null, null],
    ['   ', null],
    ['abc', 'bad:bad-money'],
    ['1.2.3', 'bad:bad-money'],
    [true, 'bad:bad-money'],
    [1e13, 'bad:bad-money'],
  ])('%j → %j fen', (v, want) => {
    expect(r(parseMoneyFen(v))).toEqual(want);
  });

  it.each<[CellValue, unknown]>([
    ['100', 10000],
    [0, 0],
    [-0.01, 'bad:bad-money'],
    ['-5', 'bad:bad-money'],
  ])('amount (not negative) %j → %j', (v, want) => {
    expect(r(parseAmountFen(v))).toEqual(want);
  });
});

describe('parseBool', () => {
  it.each<[CellValue, unknown]>([
    ['yes', true], ['NO', false], ['是', true], ['否', false], ['Y', true], ['n', false],
    ['TRUE', true], ['false', false], [true, true], [false, false], [1, true], [0, false],
    ['1', true], ['0', false], ['ｙｅｓ', true], [null, null], ['', null],
    ['maybe', 'bad:bad-bool'], [2, 'bad:bad-bool'], [utc(2026, 1, 1), 'bad:bad-bool'],
  ])('%j → %j', (v, want) => {
    expect(r(parseBool(v))).toEqual(want);
  });
});

describe('parseLevel', () => {
  it.each<[CellValue, unknown]>([
    ['junior', 'junior'], ['Intermediate', 'intermediate'], [' SENIOR ', 'senior'],
    ['初级', 'junior'], ['中级', 'intermediate'], ['高级', 'senior'],
    [null, null], ['expert', 'bad:bad-level'], [3, 'bad:bad-level'],
  ])('%j → %j', (v, want) => {
    expect(r(parseLevel(v))).toEqual(want);
  });
});

describe('parseLeaveType', () => {
  it.each<[CellValue, unknown]>([
    ['公休', 'rest'], ['调休', 'rest'], ['事假', 'personal'], ['病假', 'sick'], ['年假', 'annual'],
    ['婚假', 'marriage'], ['丧假', 'bereavement'], ['产假', 'maternity'], ['工伤', 'injury'], ['旷工', 'absent'],
    ['Rest', 'rest'], ['PERSONAL', 'personal'], ['sick leave', 'sick'], ['annual', 'annual'], ['marriage', 'marriage'],
    ['bereavement', 'bereavement'], ['maternity', 'maternity'], ['injury', 'injury'], ['absent', 'absent'],
    [null, null], ['vacation', 'bad:bad-leave-type'], [1, 'bad:bad-leave-type'],
  ])('%j → %j', (v, want) => {
    expect(r(parseLeaveType(v))).toEqual(want);
  });
});

describe('parseLeaveDays and parseDayType', () => {
  it.each<[CellValue, unknown]>([
    [0.5, 0.5], [1, 1], ['0.5', 0.5], ['半天', 0.5], ['1天', 1], [null, null],
    [0, 'bad:bad-leave-days'], [2, 'bad:bad-leave-days'], ['1.5', 'bad:bad-leave-days'],
  ])('leave days %j → %j', (v, want) => {
    expect(r(parseLeaveDays(v))).toEqual(want);
  });

  it.each<[CellValue, unknown]>([
    ['workday', true], ['工作日', true], ['Holiday', false], ['节假日', false], ['休息日', false], ['rest', false],
    [null, null], ['weekend', 'bad:bad-calendar-type'], [1, 'bad:bad-calendar-type'],
  ])('day type %j → %j', (v, want) => {
    expect(r(parseDayType(v))).toEqual(want);
  });
});

describe('cellText', () => {
  it.each<[CellValue, string, string]>([
    [null, 'UTC', ''],
    ['25:07', 'UTC', '25:07'],
    [12.5, 'UTC', '12.5'],
    [true, 'UTC', 'TRUE'],
    [utc(2026, 10, 8), 'UTC', '2026-10-08'],
    [utc(2026, 10, 8, 9, 7, 30), 'UTC', '2026-10-08 09:07:30'],
    [utc(2026, 10, 8, 1, 7, 30), 'Asia/Shanghai', '2026-10-08 09:07:30'],
    [SHANGHAI_0907_LMT, 'Asia/Shanghai', '09:07:00'],
  ])('%j in %s shows %j', (v, zone, want) => {
    expect(cellText(v, zone)).toBe(want);
  });
});
