import { describe, expect, it } from 'vitest';
import { brief, exampleReport } from './example.js';

// October 2026 has 18 workdays (1–7 National Day off, Saturday 10th worked). Weeks clipped to the month:
// 8–11 (3 workdays), 12–18 (5), 19–25 (5), 26–31 (5). Junior contacts 40 a day, intermediate 60, senior 80;
// invitations 30/40/50. Base and performance base: junior 1400/700, intermediate 1800/900, senior 2200/1100.
describe('telesales-team over its example workbook, October 2026', () => {
  const r = exampleReport('telesales-team');
  const one = (id: string) => r.employees.find((e) => e.id === id)!;

  it.each([
    // T01: 40 a day, every week at 100%: 1400 + 700.
    ['T01', { score: 100, flags: [], fines: 0, bonuses: 0, payout: 2100 }],
    // T02: 45 a day but 35 a day on 12–16 Oct: that week 175/200 = 87.5% < 90% → −100 元; month 135+175+225+225 = 760
    // ≥ 40 × 18 = 720 → 80% of 100 元 = 80 元 back. 1400 + 700 − 100 + 80 = 2080.
    ['T02', { score: 100, flags: [], fines: 100, payout: 2080 }],
    // T03: 34 a day = 85% every week → 4 × −100; month 612 < 720, no refund; Sep also under → B-TGT-3.
    // 1400 + (700 − 400) = 1700.
    ['T03', { score: 100, flags: ['demotion-or-dismissal'], fines: 400, payout: 1700 }],
    // T04: invitations 34 a day against 40 (85%): 4 × −100; 1800 + 900 − 400 = 2300; Sep also under → B-TGT-3.
    ['T04', { flags: ['demotion-or-dismissal'], fines: 400, payout: 2300 }],
    // T05: junior at 125% in Aug, Sep and Oct → promote.
    ['T05', { flags: ['promote'], payout: 2100 }],
    // T06: hired 1 Sep, 100% in Sep and Oct: month 2 of probation → confirm. T07: 95% in Sep → probation failed.
    ['T06', { flags: ['confirm'], payout: 2100 }],
    ['T07', { flags: ['probation-failed'], payout: 2100 }],
    // T08 senior: Sep 55% then Oct 90% (72/80 a day: exactly 90% each week, no deduction) → demote (under 60% then
    // under 100%) and B-TGT-3 (two months under). 2200 + 1100.
    ['T08', { flags: ['demotion-or-dismissal', 'demote'], fines: 0, payout: 3300 }],
    // T09 intermediate: late 20 min −1, late 45 min −2, absent 15 Oct −5, late 10 min 0, B-ATT-1 ×2 −2 → score 90.
    // Base 1800 × 17 ÷ 18 = 1700; week 12–18: 4 × 60 = 240/300 = 80% → −100; month 1020 < 1080, no refund.
    // 1700 + 900 − 100 = 2500.
    ['T09', { score: 90, flags: [], fines: 100, payout: 2500 }],
    // T10 senior: 12 appointments × 10 = 120; 2 opportunities × 100 = 200; 1% of 50,000 = 500 and of 150,000 = 1500
    // capped at 1000. Commissions 1820; 2200 + 1100 + 1820 = 5120.
    ['T10', { flags: [], bonuses: 1820, payout: 5120 }],
  ])('%s', (id, expected) => {
    expect(brief(one(id))).toMatchObject(expected);
  });

  it('T09\'s attitude points each carry B-ATT-1 and their cell', () => {
    expect(one('T09').lines.filter((l) => l.rule === 'B-ATT-1').map((l) => [l.points, l.source.split('!')[0]]))
      .toEqual([[-1, '考勤'], [-2, '考勤'], [-5, '考勤'], [-2, '奖惩记录']]);
  });

  it('has no data issues', () => {
    expect(r.issues).toEqual([]);
  });
});
