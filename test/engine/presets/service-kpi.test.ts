import { describe, expect, it } from 'vitest';
import { brief, exampleReport } from './example.js';

// Every agent: post salary 3000, performance base 1000 (fixed pay 4000), personal commission 1% of 100,000 = 1000
// (S06: 400), shared commission 10 × 20,000 × 0.5% ÷ 10 = 100. Best team: 一组 (100+98+95+94+97)/5 = 96.8 over
// 二组 (59.5+99+98+97.5+89.1)/5 = 88.62 → 500 ÷ 5 = 100 each in 一组. Full attendance 100 (not S05: one 事假 day).
describe('service-kpi over its example workbook, October 2026', () => {
  const r = exampleReport('service-kpi');
  const one = (id: string) => r.employees.find((e) => e.id === id)!;

  it.each([
    // S01: KPI 100 three months running: rank 1 three months 200, best agent 1000, satisfaction 99 ≥ 98 300.
    // 3000 + 1000 + 1000 + 100 + 200 + 1000 + 300 + 100 team + 100 attendance = 6800.
    ['S01', { score: 100, grade: 'A', flags: [], fines: 0, payout: 6800 }],
    // S03: execution 5/10 → 95, grade A at the boundary. 3000 + 950 + 1000 + 100 + 100 + 100 = 5250.
    ['S03', { score: 95, grade: 'A', payout: 5250 }],
    // S04: execution 4/10 → 94, grade B. 3000 + 940 + 1000 + 100 + 100 + 100 + 100 seniority = 5340.
    ['S04', { score: 94, grade: 'B', payout: 5340 }],
    // S05: satisfaction 75 < 80 in Aug, Sep, Oct → third month: 20% of 4000 = 800 and reassign. Score 97 (execution 7).
    // 3000 + 970 + 1000 + 100 + 100 team − 800 = 4370 (no full attendance).
    ['S05', { score: 97, flags: ['reassign'], fines: 800, payout: 4370 }],
    // S06: sales 40% → 12, conversion 0.1/0.4 → 7.5, others full → 59.5 three months: dismissal (C-BON-1), eliminate
    // (C-LVL-1, replaces the warning), grade E. 3000 + 595 + 400 + 100 + 100 = 4195.
    ['S06', { score: 59.5, grade: 'E', flags: ['dismissal-recommended', 'eliminate'], payout: 4195 }],
    // S07: abusive language twice: first a warning, then 10% of 4000 = 400. Score 99. 3000 + 990 + 1000 + 100 + 100 − 400.
    ['S07', { score: 99, flags: ['warning'], fines: 400, payout: 4790 }],
    // S08: 230 cards ≥ 225 → 500. Score 98 (follow-up 3/5). 3000 + 980 + 1000 + 100 + 100 + 500 = 5680.
    ['S08', { score: 98, payout: 5680 }],
    // S09: response 60 s = 1.5 × 40 → 2.5 of 5 → 97.5; 180 cards → 200. 3000 + 975 + 1000 + 100 + 100 + 200 = 5375.
    ['S09', { score: 97.5, payout: 5375 }],
    // S10: 99 less 10% for the late self-assessment → 89.1, grade B. 3000 + 891 + 1000 + 100 + 100 = 5091.
    ['S10', { score: 89.1, grade: 'B', payout: 5091 }],
  ])('%s', (id, expected) => {
    expect(brief(one(id))).toMatchObject(expected);
  });

  it('levels come from the lower of the last two scores (C-LVL-1)', () => {
    expect(['S01', 'S06', 'S10'].map((id) => one(id).assessedLevel ?? null)).toEqual(['senior', null, 'intermediate']);
  });

  it('ranks by score and has no data issues', () => {
    expect(r.ranking.slice(0, 3).map((x) => [x.rank, x.id, x.value])).toEqual([[1, 'S01', 100], [2, 'S07', 99], [3, 'S02', 98]]);
    expect(r.issues).toEqual([]);
  });
});
