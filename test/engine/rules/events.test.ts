import { describe, expect, it } from 'vitest';
import { assessEvents, catalogue, policyEvents } from '../../../src/engine/rules/events.js';
import { floorCatalogue } from '../../../src/engine/presets/floor-discipline.js';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';
import { serviceKpi } from '../../../src/engine/presets/service-kpi.js';
import type { EventRow } from '../../../src/engine/types.js';
import { event } from '../builders.js';

const SERVICE = catalogue(policyEvents(serviceKpi));
const run = (rows: EventRow[], fixedPayFen = 400000, monthsBefore = 0) =>
  assessEvents(rows, SERVICE, { fixedPayFen, monthsBefore: () => monthsBefore });
const cash = (r: ReturnType<typeof run>) => r.lines.map((l) => [l.rule, l.kind, l.amountFen]);

describe('C-PEN-2 escalation by occurrence in the month', () => {
  it('abusive language: first a warning, then 10% of fixed pay (4000 元) each time', () => {
    const r = run([event('A1', '2026-10-20', 'C-PEN-2-ABUSE'), event('A1', '2026-10-08', 'C-PEN-2-ABUSE', 2)]);
    // The rows are taken in date order: 8 Oct ×2 is the 1st and 2nd occurrence, 20 Oct the 3rd.
    expect(cash(r)).toEqual([['C-PEN-2', 'fine', -40000], ['C-PEN-2', 'fine', -40000]]);
    expect([...r.flags]).toEqual(['warning']);
  });

  it('pushing unrelated products: a first occurrence only warns, with a 0 line to trace it', () => {
    const r = run([event('A1', '2026-10-08', 'C-PEN-2-PUSH')]);
    expect([cash(r), [...r.flags]]).toEqual([[['C-PEN-2', 'points', 0]], ['warning']]);
  });

  it('leaking confidential data: 50% of fixed pay and dismissal', () => {
    const r = run([event('A1', '2026-10-08', 'C-PEN-2-LEAK')]);
    expect([cash(r), [...r.flags]]).toEqual([[['C-PEN-2', 'fine', -200000]], ['dismissal-recommended']]);
  });

  it('a percent of fixed pay rounds half up to the fen: 5% of 3333.33 元 = 166.67 元', () => {
    const rule = { ...SERVICE.get('C-PEN-2-LEAK')!, fixedPayPercent: -5, flag: null };
    expect(assessEvents([event('A1', '2026-10-08', 'X')], new Map([['X', { ...rule, code: 'X' }]]), { fixedPayFen: 333333, monthsBefore: () => 0 })
      .lines[0].amountFen).toBe(-16667);
  });
});

describe('escalation by consecutive months', () => {
  const laddered = { ...SERVICE.get('C-PEN-2-PUSH')!, code: 'L', escalation: 'months' as const,
    steps: [{ points: 0, amountFen: 0, fixedPayPercent: -5, flag: 'warning' as const },
      { points: 0, amountFen: 0, fixedPayPercent: -10, flag: null }, { points: 0, amountFen: 0, fixedPayPercent: -20, flag: 'reassign' as const }] };
  it.each([[0, -20000], [1, -40000], [2, -80000], [5, -80000]])('%i months before: %i fen', (before, fen) => {
    expect(assessEvents([event('A1', '2026-10-08', 'L')], new Map([['L', laddered]]), { fixedPayFen: 400000, monthsBefore: () => before })
      .lines[0].amountFen).toBe(fen);
  });
});

describe('C-PAY-2 and C-BON events', () => {
  it('a late self-assessment is −10% of score, no cash; a grievance award pays 300 元', () => {
    const r = run([event('A1', '2026-10-08', 'C-PAY-2-LATE'), event('A1', '2026-10-09', 'C-BON-3-GRIEVANCE')]);
    expect([r.scorePercent, cash(r)]).toEqual([-10, [['C-PAY-2', 'points', 0], ['C-BON-3', 'bonus', 30000]]]);
  });
});

describe('several catalogues in one policy', () => {
  it('outbound-center includes the floor-discipline catalogue: D-09 priced 30 元 and −3 points', () => {
    expect(outboundCenter.rules).toContainEqual(floorCatalogue);
    const both = catalogue(policyEvents(outboundCenter));
    const r = assessEvents([event('A1', '2026-10-08', 'D-09'), event('A1', '2026-10-08', 'A-ATT-6')], both);
    expect(r.lines.map((l) => [l.rule, l.amountFen, l.points])).toEqual([['D-09', -3000, -3], ['A-ATT-6', -1000, -2]]);
    expect(r.violations).toBe(2);
  });

  it('D-19 a second time in the month is the serious case: −10 points, 100 元 and dismissal', () => {
    const r = assessEvents([event('A1', '2026-10-08', 'D-19', 2)], catalogue(floorCatalogue.events));
    expect([r.lines.map((l) => [l.amountFen, l.points]), [...r.flags]]).toEqual([[[-20000, -20]], ['dismissal-recommended']]);
  });

  it('a code in two catalogues is a configuration fault', () => {
    expect(() => policyEvents({ rules: [floorCatalogue, floorCatalogue] })).toThrowError(/two catalogues/);
  });
});
