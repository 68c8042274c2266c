// toJson: the workbook.md --json shape, fen → yuan conversion, and exact two-decimal amounts.
import { describe, expect, it } from 'vitest';
import { toJson, toJsonText } from '../../../src/engine/report/json.js';
import type { Report } from '../../../src/engine/types.js';

const report: Report = {
  month: '2026-10', policy: 'outbound-center', policyVersion: '1', language: 'zh',
  employees: [{
    id: 'A001', name: '王芳', team: '一组', level: 'senior', score: 88, grade: null, flags: ['warning'],
    finesFen: 12300, bonusesFen: 5000, payoutFen: 392700,
    lines: [
      { rule: 'A-ATT-1', date: '2026-10-03', kind: 'fine', amountFen: -700, points: 0, source: 'Attendance!C5', reason: { zh: '迟到 7 分钟', en: 'late 7 minutes' } },
      { rule: 'A-BON-1', date: null, kind: 'bonus', amountFen: 10, points: 0, source: 'Calls!E2', reason: { zh: '一角', en: 'ten fen' } },
      { rule: 'A-BON-1', date: null, kind: 'bonus', amountFen: 20, points: 0, source: 'Calls!E3', reason: { zh: '两角', en: 'twenty fen' } },
    ],
    stats: { successes: 1820 },
  }],
  ranking: [{ rank: 1, id: 'A001', name: '王芳', team: '一组', metric: 'successes', value: 1820 }],
  teams: [],
  issues: [{
    sheet: 'Attendance', row: 5, column: 'Clock in', value: '25:00', code: 'bad-time', message: 'not a time of day',
    messageZh: '不是有效时间', severity: 'error', cell: 'Attendance!C5',
  }],
  blocking: true,
};

describe('toJson', () => {
  const json = toJson(report);

  it('has the documented top-level fields', () => {
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['month', 'policy', 'employees', 'ranking', 'issues']));
    expect([json.month, json.policy, json.policyVersion]).toEqual(['2026-10', 'outbound-center', '1']);
  });

  it('employee totals in yuan: 12300 fen fines → 123, 392700 fen payout → 3927', () => {
    const e = json.employees[0];
    expect([e.id, e.name, e.team, e.score, e.grade, e.flags]).toEqual(['A001', '王芳', '一组', 88, null, ['warning']]);
    expect([e.fines, e.bonuses, e.payout]).toEqual([123, 50, 3927]);
  });

  it('a line keeps rule, date, source and a negative yuan amount for a fine', () => {
    expect(json.employees[0].lines[0]).toMatchObject({ rule: 'A-ATT-1', date: '2026-10-03', amount: -7, points: 0, source: 'Attendance!C5' });
  });

  it.each([
    [0, -7], [1, 0.1], [2, 0.2],
  ])('line %i amount is exactly %d yuan', (i, amount) => {
    expect(json.employees[0].lines[i].amount).toBe(amount);
  });

  it('10 fen + 20 fen serialise as 0.1 and 0.2, never 0.30000000000000004 anywhere', () => {
    const text = toJsonText(report);
    expect(text).toContain('"amount": 0.1,');
    expect(text).toContain('"amount": 0.2,');
    expect(text).not.toMatch(/\d\.\d{3,}/);
  });

  it('ranking and issues in the documented shape', () => {
    expect(json.ranking[0]).toMatchObject({ rank: 1, id: 'A001', metric: 'successes', value: 1820 });
    expect(json.issues[0]).toMatchObject({ sheet: 'Attendance', row: 5, column: 'Clock in', value: '25:00', message: 'not a time of day', severity: 'error' });
  });

  it('round-trips through JSON.parse unchanged', () => {
    expect(JSON.parse(toJsonText(report))).toEqual(json);
  });
});
