import { describe, expect, it } from 'vitest';
import { outboundCenter } from '../../../src/engine/presets/outbound-center.js';
import { runReport } from '../../../src/engine/report/report.js';
import type { Policy } from '../../../src/engine/rules/policy.js';
import type { CellValue, WorkbookData } from '../../../src/engine/types.js';
import { compareJson, comparePolicies, compareTab, draftPolicy } from '../../../src/engine/workflow/compare.js';
import { policySheetLayout } from '../../../src/engine/read/policy-sheet/index.js';

const t = (h: number, m: number) => new Date(Date.UTC(1899, 11, 30, h, m));
const d = (day: number) => new Date(Date.UTC(2026, 10, day));

/** November 2026: A1 clocks in at 09:07 on the 3rd and 09:03 on the 4th; A2 is on time. Base 3000 元 each. */
const book = (extra: { name: string; values: CellValue[][] }[] = []): WorkbookData => ({
  timeZone: 'UTC',
  sheets: [
    { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary'], ['A1', 'Wang', 'T1', 3000], ['A2', 'Li', 'T2', 3000]] },
    { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'],
      ['A1', d(3), t(9, 7), t(18, 0)], ['A1', d(4), t(9, 3), t(18, 0)], ['A2', d(3), t(9, 0), t(18, 0)], ['A2', d(4), t(9, 0), t(18, 0)]] },
    ...extra,
  ],
});

const withFine = (fen: number): Policy => ({ ...outboundCenter,
  rules: outboundCenter.rules.map((r) => (r.kind === 'attendance' ? { ...r, finePerMinuteFen: fen } : r)) });

describe('comparePolicies: lateness 1 元 → 2 元 a minute', () => {
  const before = runReport(book(), { month: '2026-11', policy: withFine(100) });
  const after = runReport(book(), { month: '2026-11', policy: withFine(200) });
  const c = comparePolicies(before, after);
  const a1 = c.agents[0];

  it('A1 (7 + 3 minutes late) pays 10 元 more in fines: 7 → 14 and 3 → 6 元', () => {
    expect([a1.id, a1.before?.finesFen, a1.after?.finesFen, a1.deltaFen]).toEqual(['A1', 1000, 2000, -1000]);
    expect(a1.lines.map((l) => [l.rule, l.date, l.source, l.beforeFen, l.afterFen])).toEqual([
      ['A-ATT-1', '2026-11-03', 'Attendance!C2', -700, -1400],
      ['A-ATT-1', '2026-11-04', 'Attendance!C3', -300, -600],
    ]);
  });

  it('A2, on time, does not change; the totals move by −10 元 with one agent changed', () => {
    expect([c.agents[1].id, c.agents[1].deltaFen, c.agents[1].lines]).toEqual(['A2', 0, []]);
    expect(c.totals.deltaFen).toBe(-1000);
    expect(c.totals.changed).toBe(1);
    expect([c.totals.before.finesFen, c.totals.after.finesFen]).toEqual([1000, 2000]);
  });

  it('the Compare tab lists the biggest change first and ends with the totals', () => {
    const tab = compareTab(c, 'en');
    expect(tab.name).toBe('Compare 2026-11');
    expect(tab.rows.map((r) => [r[0], r[5], r[6], r[7]])).toEqual([['A1', -10, 10, 20], ['A2', 0, 0, 0], ['Total', -10, 10, 20]]);
    expect(tab.rows[0][14]).toBe('A-ATT-1 2026-11-03 Attendance!C2: -7.00→-14.00; A-ATT-1 2026-11-04 Attendance!C3: -3.00→-6.00');
    // 2 × 3000 base, less 10 元 of fines now and 20 元 under the draft.
    expect(compareJson(c).totals).toEqual({ before: { payout: 5990, fines: 10, bonuses: 0 },
      after: { payout: 5980, fines: 20, bonuses: 0 }, change: -10, changed: 1 });
  });
});

describe('draftPolicy', () => {
  it('reads a draft sheet of the workbook by name, any case', () => {
    const sheet = { name: 'Policy draft', values: policySheetLayout(withFine(200), 'en').values as CellValue[][] };
    const d2 = draftPolicy(book([sheet]), ' policy DRAFT ', () => { throw new Error('not a preset'); });
    expect([d2.label, d2.issues, d2.policy?.rules.find((r) => r.kind === 'attendance')]).toMatchObject(['Policy draft', [], { finePerMinuteFen: 200 }]);
  });

  it('falls back to a preset by that name', () => {
    expect(draftPolicy(book(), 'outbound-center', () => outboundCenter).policy).toBe(outboundCenter);
  });
});
