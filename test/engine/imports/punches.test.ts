// Punches to slots: windows cut halfway between the schedule's times, duplicates within a minute, missing stays missing.
import { describe, expect, it } from 'vitest';
import { daysFromPunches, type Punch, slotBounds } from '../../../src/engine/imports/punches.js';

const s = (t: string) => t.split(':').reduce((a, x, i) => a + +x * [3600, 60, 1][i], 0);
const TWO = [{ start: s('09:00'), end: s('12:00') }, { start: s('13:30'), end: s('18:00') }];
const ONE = [{ start: s('09:00'), end: s('18:00') }];
const punches = (...times: string[]): Punch[] => times.map((t, i) => ({ id: 'A1', date: '2026-10-12', at: s(t), row: i + 2, cell: `P!B${i + 2}`, idCell: `P!A${i + 2}` }));
const slots = (times: string[], segs = TWO) => {
  const d = daysFromPunches(punches(...times), segs).days[0];
  const f = (x: number | null) => (x === null ? null : `${String(Math.floor(x / 3600)).padStart(2, '0')}:${String(Math.floor(x / 60) % 60).padStart(2, '0')}`);
  return [f(d.clockIn), f(d.noonOut), f(d.noonIn), f(d.clockOut)];
};

describe('daysFromPunches', () => {
  it('cuts the windows halfway: 10:30, 12:45, 15:45 for 09:00–12:00 / 13:30–18:00; 13:30 for 09:00–18:00', () => {
    expect(slotBounds(TWO).map((b) => b.until)).toEqual([s('10:30'), s('12:45'), s('15:45'), Infinity]);
    expect(slotBounds(ONE).map((b) => b.until)).toEqual([s('13:30'), Infinity]);
  });

  it.each([
    ['two punches: in and out', ['08:58', '18:03'], ['08:58', null, null, '18:03']],
    ['four punches fill the four slots', ['08:55', '12:01', '13:29', '18:05'], ['08:55', '12:01', '13:29', '18:05']],
    ['a forgotten clock-out stays missing, never an early leave', ['08:59'], ['08:59', null, null, null]],
    ['a forgotten clock-in stays missing', ['18:10'], [null, null, null, '18:10']],
    ['10:29:59 is still an arrival (window ends 10:30)', ['10:29:59', '18:00'], ['10:29', null, null, '18:00']],
    ['10:30 is a noon clock-out', ['10:30', '18:00'], [null, '10:30', null, '18:00']],
    ['arrivals take the earliest, departures the latest punch of their window', ['08:40', '08:58', '18:00', '18:20'], ['08:40', null, null, '18:20']],
  ])('%s', (_n, times, want) => {
    expect(slots(times)).toEqual(want);
  });

  it('a punch within 60 seconds of the one before is dropped and counted; 61 seconds is a punch', () => {
    const r = daysFromPunches(punches('09:07:12', '09:08:12', '09:09:13'), ONE);
    expect([r.duplicates, r.extra, r.assigned]).toEqual([1, 1, 1]);
  });

  it('one day per person and date, with the cells of the punches it kept', () => {
    const d = daysFromPunches(punches('08:58', '18:03'), ONE).days;
    expect(d).toEqual([{ id: 'A1', date: '2026-10-12', clockIn: s('08:58'), clockOut: s('18:03'), noonOut: null, noonIn: null,
      leaveType: null, leaveDays: 0, reported: true, row: 2, cells: { id: 'P!A2', date: 'P!B2', clockIn: 'P!B2', clockOut: 'P!B3' } }]);
  });
});
