import { describe, expect, it } from 'vitest';
import { addDays, dayNumber, isoDate, isoWeekday, monthBounds, shiftMonth, weekStart } from '../../../src/engine/read/dates.js';

describe('dates as day numbers', () => {
  it.each([
    ['1970-01-01', 0], ['1969-12-31', -1], ['2000-02-29', 11016], ['2026-10-08', 20734], ['1899-12-30', -25569],
  ])('%s is day %i and back', (iso, n) => {
    expect(dayNumber(iso)).toBe(n);
    expect(isoDate(n)).toBe(iso);
  });

  it('agrees with the platform calendar on every day from 1899 to 2101', () => {
    const mismatches: string[] = [];
    for (let n = -25569; n <= 47847; n++) {
      const expected = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (isoDate(n) !== expected || dayNumber(expected) !== n) mismatches.push(expected);
    }
    expect(mismatches).toEqual([]);
  });

  it.each([
    ['2026-02-28', 1, '2026-03-01'], ['2028-02-28', 1, '2028-02-29'], ['2026-12-31', 1, '2027-01-01'], ['2026-03-01', -1, '2026-02-28'],
  ])('%s + %i day = %s', (iso, n, expected) => {
    expect(addDays(iso, n)).toBe(expected);
  });

  it('weekdays, weeks and month bounds', () => {
    expect([isoWeekday('2026-10-05'), isoWeekday('2026-10-11'), weekStart('2026-10-11')]).toEqual([1, 7, '2026-10-05']);
    expect([monthBounds('2026-02'), monthBounds('2028-02'), monthBounds('2026-12')]).toEqual([
      { first: '2026-02-01', last: '2026-02-28' }, { first: '2028-02-01', last: '2028-02-29' }, { first: '2026-12-01', last: '2026-12-31' }]);
    expect([shiftMonth('2026-01', -1), shiftMonth('2026-12', 1)]).toEqual(['2025-12', '2027-01']);
  });
});
