import { describe, expect, it } from 'vitest';
import { cutLongText } from '../../../src/engine/report/text-limit.js';
import type { Report } from '../../../src/engine/types.js';

const report = (name: string, note: string): Report => ({
  month: '2026-10', policy: 'outbound-center', policyVersion: '1', language: 'en', blocking: false, teams: [],
  ranking: [{ rank: 1, id: 'A001', name, team: null, metric: 'successes', value: 3 }],
  employees: [{
    id: 'A001', name, team: null, level: null, score: 100, grade: null, flags: [], finesFen: 0, bonusesFen: 100, payoutFen: 100, stats: {},
    lines: [{ rule: 'A-BON-4', date: '2026-10-05', kind: 'bonus', amountFen: 100, points: 0, source: 'Events!E7', reason: { zh: note, en: note } }],
  }],
  issues: [],
});

describe('cutLongText', () => {
  it('leaves a report whose every text fits untouched (the same object)', () => {
    const r = report('王芳', 'best service');
    expect(cutLongText(r, 20)).toBe(r);
  });

  it('cuts a text one character over the limit to the limit, ending in …, with a warning naming where it came from', () => {
    const r = cutLongText(report('王芳', 'abcdefghijk'), 10);
    expect(r.employees[0].lines[0].reason).toEqual({ zh: 'abcdefghi…', en: 'abcdefghi…' });
    expect(r.issues.map((i) => [i.code, i.severity, i.sheet, i.cell, i.value])).toEqual([
      ['text-cut', 'warning', 'Events', 'Events!E7', 'abcdefghijk'],
      ['text-cut', 'warning', 'Events', 'Events!E7', 'abcdefghijk'],
    ]);
    expect(r.issues[0].message).toContain('11 characters is longer than a cell holds (10)');
  });

  it('keeps a text exactly at the limit', () => {
    expect(cutLongText(report('王芳', 'abcdefghij'), 10).issues).toEqual([]);
  });

  it('cuts a name in the Payout and the ranking alike', () => {
    const r = cutLongText(report('x'.repeat(12), 'ok'), 10);
    expect([r.employees[0].name, r.ranking[0].name, r.issues.length]).toEqual(['xxxxxxxxx…', 'xxxxxxxxx…', 1]);
  });
});
