import { describe, expect, it } from 'vitest';
import { floorCatalogue } from '../../../src/engine/presets/floor-discipline.js';
import { brief, exampleReport } from './example.js';

describe('floor-discipline catalogue (D-01 … D-21, 10 元 a point)', () => {
  it('lists the 21 items of §4 in order', () => {
    expect(floorCatalogue.events.map((e) => e.code)).toEqual(Array.from({ length: 21 }, (_, i) => `D-${String(i + 1).padStart(2, '0')}`));
  });

  it.each([
    ['D-01', -1, -1000], ['D-04', -2, -2000], ['D-09', -3, -3000], ['D-11', -5, -5000], ['D-15', -1, -1000],
    ['D-19', -10, -10000], ['D-20', 0, 0], ['D-21', -5, -5000],
  ])('%s costs %i points and %i fen', (code, points, fen) => {
    const e = floorCatalogue.events.find((x) => x.code === code)!;
    expect([e.points, e.amountFen]).toEqual([points, fen]);
  });
});

describe('floor-discipline over its example workbook, October 2026', () => {
  const r = exampleReport('floor-discipline');
  const one = (id: string) => brief(r.employees.find((e) => e.id === id)!);

  it.each([
    // F01: D-01 noise −1 and D-09 private call −3 = −4 points = 40 元; 3000 − 40 = 2960.
    ['F01', { score: 96, flags: [], fines: 40, payout: 2960 }],
    // F02: D-19 twice = −20 points = 200 元, the repeat is serious → dismissal; 3000 + 100 seniority − 200 = 2900.
    ['F02', { score: 80, flags: ['dismissal-recommended'], fines: 200, payout: 2900 }],
    // F03: D-20 leaking costs no points but recommends dismissal; pay untouched.
    ['F03', { score: 100, flags: ['dismissal-recommended'], fines: 0, payout: 3000 }],
    // F04: D-15 with Count 3 (severity) = −3 points = 30 元.
    ['F04', { score: 97, flags: [], fines: 30, payout: 2970 }],
    // F05: D-11 ×2 = −10 points = 100 元.
    ['F05', { score: 90, flags: [], fines: 100, payout: 2900 }],
    // F06: D-06 −2, D-13 −2, D-21 −5 = −9 points = 90 元; 3200 − 90 = 3110.
    ['F06', { score: 91, flags: [], fines: 90, payout: 3110 }],
    // F09: Adjustments sheet +200 元 for October: 3200 + 200 = 3400. F10: +2 points back, no cash; its September row is ignored.
    ['F09', { score: 100, fines: 0, payout: 3400 }],
    ['F10', { score: 102, fines: 0, payout: 3200 }],
  ])('%s', (id, expected) => {
    expect(one(id)).toMatchObject(expected);
  });

  it('has no issues and lines carry the item code as rule id', () => {
    expect(r.issues).toEqual([]);
    expect(r.employees.find((e) => e.id === 'F06')!.lines.map((l) => l.rule)).toEqual(['D-PAY', 'D-06', 'D-13', 'D-21']);
  });
});
