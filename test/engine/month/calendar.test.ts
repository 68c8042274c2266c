import { describe, expect, it } from 'vitest';
import { makeCalendar } from '../../../src/engine/month/calendar.js';

const monFri = { workWeek: [1, 2, 3, 4, 5], chineseHolidays: true };

describe('makeCalendar', () => {
  it.each([
    ['2026-10-01', false, 'National Day is a holiday although a Thursday'],
    ['2026-10-08', true, 'the Thursday after the holiday is a workday'],
    ['2026-10-10', true, 'Saturday 10 October 2026 is a make-up workday (调休)'],
    ['2026-10-11', false, 'an ordinary Sunday is off'],
    ['2026-09-28', true, 'an ordinary Monday is a workday'],
  ])('%s is a workday: %s (%s)', (iso, expected) => {
    expect(makeCalendar(monFri, null)(iso)).toBe(expected);
  });

  it('without Chinese holidays only the work week counts', () => {
    const isWorkday = makeCalendar({ workWeek: [1, 2, 3, 4, 5, 6], chineseHolidays: false }, null);
    expect([isWorkday('2026-10-01'), isWorkday('2026-10-03'), isWorkday('2026-10-04')]).toEqual([true, true, false]);
  });

  it('a Calendar sheet row overrides both the holiday data and the work week', () => {
    const isWorkday = makeCalendar(monFri, [
      { date: '2026-10-01', workday: true, row: 2 },
      { date: '2026-10-12', workday: false, row: 3 },
    ]);
    expect([isWorkday('2026-10-01'), isWorkday('2026-10-12'), isWorkday('2026-10-13')]).toEqual([true, false, true]);
  });
});
