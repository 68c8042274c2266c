// Export cell values: weekday dates, two-digit years, punch lists, durations, leave text.
import { describe, expect, it } from 'vitest';
import { durationSeconds, exportDate, leaveIn, timesIn } from '../../../src/engine/imports/values.js';

describe('export values', () => {
  it.each([
    ['26-10-08 星期四', '2026-10-08'], ['2026/10/08 星期四', '2026-10-08'], ['2026-10-08(周四)', '2026-10-08'],
    ['2026年10月8日', '2026-10-08'], ['星期四', null], ['--', null],
  ])('date %s → %s', (v, want) => {
    expect(exportDate(v, 'UTC')).toBe(want);
  });

  it('every time in a multi-punch cell, in order', () => {
    expect(timesIn('08:58\n12:01\n13:29\n18:03\n', 'UTC')).toEqual([32280, 43260, 48540, 64980]);
    expect(timesIn('正常(09:00),迟到5分钟(09:05:30),缺卡(-)', 'UTC')).toEqual([32400, 32730]);
  });

  it.each([['00:02:15', 135], ['2:15', 135], [135, 135], ['135', 135], ['--', 0], ['abc', null]] as const)('duration %s → %s', (v, want) => {
    expect(durationSeconds(v)).toBe(want);
  });

  it.each([
    ['事假 10-16 09:00到10-16 18:00 1天', { type: 'personal', days: 1 }],
    ['事假 10-16 09:00到10-16 12:00 0.5天', { type: 'personal', days: 0.5 }],
    ['病假 10-15 09:00到10-16 18:00 2天', { type: 'sick', days: 1 }],
    ['年假 4小时', { type: 'annual', days: 0.5 }],
    ['调休(上午)', { type: 'rest', days: 0.5 }],
    ['请假', { type: null, days: 1 }],
    ['出差 10-16', null],
  ])('leave %s', (text, want) => {
    expect(leaveIn(text)).toEqual(want);
  });
});
