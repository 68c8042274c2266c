import { describe, expect, it } from 'vitest';
import { groupActivity, rowsOn, totalsBetween } from '../../../src/engine/month/activity.js';
import { rowReaching } from '../../../src/engine/month/call-groups.js';
import { callRowsOf } from '../../../src/engine/read/sources/call-store.js';
import { call } from '../builders.js';

describe('groupActivity: call rows summed per agent and day', () => {
  const rows = [
    call('A', '2026-10-09', 5, 7, 9, '10:00'), call('B', '2026-10-08', 1), call('A', '2026-10-08', 2, 3, 4, '11:00'),
    call('A', '2026-10-09', 6, 8, 10, '09:30'), call('A', '2026-10-08', 1, 1, 1, '09:00'),
  ];
  const grouped = groupActivity(callRowsOf(rows));
  const a = grouped.get('A')!;

  it('days come in date order with their sums and first and last cells in sheet order', () => {
    expect([...a.days.values()].map((d) => [d.date, d.dials, d.connected, d.successes, d.firstCell, d.lastCell])).toEqual([
      ['2026-10-08', 5, 4, 3, rows[2].cells.successes, rows[4].cells.successes],
      ['2026-10-09', 19, 15, 11, rows[0].cells.successes, rows[3].cells.successes],
    ]);
    expect(grouped.get('B')!.days.size).toBe(1);
  });

  it('a day\'s rows in time order, sheet order kept for equal times', () => {
    expect(rowsOn(a, '2026-10-09').map((r) => r.row)).toEqual([rows[3].row, rows[0].row]);
    expect(rowsOn(a, '2026-10-08').map((r) => r.row)).toEqual([rows[4].row, rows[2].row]);
    expect(rowsOn(a, '2026-10-10')).toEqual([]);
  });

  it('a day\'s sum is its rows\' values added in row order, a lone -0 kept as -0', () => {
    const r = [{ ...call('C', '2026-10-08', 1), contractPaymentFen: -0 }, { ...call('C', '2026-10-09', 1), contractPaymentFen: 0.1 },
      { ...call('C', '2026-10-09', 1), contractPaymentFen: 0.2 }, { ...call('C', '2026-10-09', 1), contractPaymentFen: 0.3 }];
    const days = [...groupActivity(callRowsOf(r)).get('C')!.days.values()];
    expect(Object.is(days[0].values.contractPaymentFen, -0)).toBe(true);
    expect(days[1].values.contractPaymentFen).toBe(0.1 + 0.2 + 0.3);
  });

  it('totals over a period with the successes cells as one range', () => {
    const t = totalsBetween(a, '2026-10-08', '2026-10-09');
    expect([t.dials, t.connected, t.successes]).toEqual([24, 19, 14]);
    expect(t.source).toBe(`${rows[2].cells.successes}:${rows[3].cells.successes!.split('!')[1]}`);
    expect(totalsBetween(a, '2026-10-10', '2026-10-31')).toMatchObject({ dials: 0, successes: 0, source: '' });
  });
});

describe('rowReaching: the row at which a day\'s running total reaches a threshold, in time order', () => {
  // Time order: rows[1] (09:00, 1), rows[2] (09:00, 3: sheet order among equal times), rows[0] (10:00, 2), rows[3] (11:00, 5).
  const rows = [call('A', '2026-10-08', 2, 2, 2, '10:00'), call('A', '2026-10-08', 1, 1, 1, '09:00'),
    call('A', '2026-10-08', 3, 3, 3, '09:00'), call('A', '2026-10-08', 5, 5, 5, '11:00')];
  const a = groupActivity(callRowsOf(rows)).get('A')!;

  it.each([
    [0, 1, 1], [0, 4, 2], [0, 5, 0], [0, 11, 3], [3, 4, 1], [3, 7, 2], [10, 14, 2], [10, 15, 0],
  ])('from %i, reaching %i is row %i', (total, threshold, expected) => {
    expect(rowReaching(a, '2026-10-08', 'successes', total, threshold)?.row).toBe(rows[expected].row);
  });

  it('null past the day\'s total or on a day without rows', () => {
    expect(rowReaching(a, '2026-10-08', 'successes', 0, 12)).toBeNull();
    expect(rowReaching(a, '2026-10-09', 'successes', 0, 1)).toBeNull();
  });

  // A day of 100 rows (sorted by time, not by insertion): rows 2k and 2k+1 share a time, later rows earlier in the day.
  const long = Array.from({ length: 100 }, (_, i) => {
    const m = Math.floor((99 - i) / 2);
    return call('B', '2026-10-08', 1, 1, 1, `09:${String(m).padStart(2, '0')}`);
  });
  const b = groupActivity(callRowsOf(long)).get('B')!;

  it.each([[1, 98], [2, 99], [3, 96], [4, 97], [100, 1]])('a long day: reaching %i is row %i', (threshold, expected) => {
    expect(rowReaching(b, '2026-10-08', 'successes', 0, threshold)?.row).toBe(long[expected].row);
  });
});
