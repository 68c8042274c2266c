import { describe, expect, it } from 'vitest';
import { changeText, signedYuan } from '../../../src/engine/report/labels.js';
import { payChange, withChanges } from '../../../src/engine/workflow/change.js';
import { agent, ln, october, report } from './fixtures.js';

const names = new Map([['A-BON-2', { en: 'tier bonus', zh: '阶梯奖' }], ['A-ATT-1', { en: 'lateness', zh: '迟到' }]]);

/** September: A001 base 3000, no tier bonus, one 1 元 late fine; B002 not on the payroll yet. */
const september = report('2026-09', [agent('A001', 'Wang Fang', 'T1', [
  ln('A-PAY', 'base', 300000, 'Roster!G2', 'base salary'),
  ln('A-ATT-1', 'fine', -100, 'Attendance!C70', 'late 1 minute'),
])]);

describe('payChange', () => {
  it('is +291 元 from September: +300 tier bonus, −9 lateness (−10 now against −1 then)', () => {
    const c = payChange(october.employees[0], september.employees[0], '2026-09', names);
    expect(c).toEqual({ previousMonth: '2026-09', previousFen: 299900, deltaFen: 29100, reasons: [
      { rule: 'A-BON-2', name: { en: 'tier bonus', zh: '阶梯奖' }, deltaFen: 30000 },
      { rule: 'A-ATT-1', name: { en: 'lateness', zh: '迟到' }, deltaFen: -900 },
    ] });
    expect(changeText(c, 'en')).toBe('+291 (+300 tier bonus, −9 lateness)');
    expect(changeText(c, 'zh')).toBe('+291（+300 阶梯奖，−9 迟到）');
  });

  it('says so when the agent was not paid the month before', () => {
    const c = payChange(october.employees[1], null, '2026-09', names);
    expect([c.previousFen, c.deltaFen]).toEqual([null, 245000]);
    expect(changeText(c, 'en')).toBe('not paid in 2026-09');
  });

  it('keeps at most three reasons, the largest first', () => {
    const mk = (amounts: number[]) => agent('X', 'X', null, amounts.map((a, i) => ln(`R${i}`, 'bonus', a, 'Calls!A1', 'r')));
    const c = payChange(mk([100, 500, 300, 200]), mk([0, 0, 0, 0]), '2026-09', new Map());
    expect(c.reasons.map((r) => r.rule)).toEqual(['R1', 'R2', 'R3']);
  });
});

describe('withChanges', () => {
  it('sets change on every agent, and leaves the report alone without a previous month', () => {
    const out = withChanges(october, september, { rules: [] });
    expect(out.employees.map((e) => e.change?.deltaFen)).toEqual([29100, 245000]);
    expect(withChanges(october, null, { rules: [] })).toBe(october);
  });
});

describe('signedYuan', () => {
  it.each([[30000, '+300'], [-1050, '−10.50'], [0, '0'], [5, '+0.05']])('%i fen → %s', (fen, text) => {
    expect(signedYuan(fen)).toBe(text);
  });
});
