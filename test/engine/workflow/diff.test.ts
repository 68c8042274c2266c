import { describe, expect, it } from 'vitest';
import { approvalOf, approvalsTab, readApprovals } from '../../../src/engine/workflow/approval.js';
import { diffApproval, diffText } from '../../../src/engine/workflow/diff.js';
import type { RowHashes } from '../../../src/engine/workflow/fingerprint.js';
import type { WorkbookData } from '../../../src/engine/types.js';
import { agent, ln, october, report } from './fixtures.js';

const rows: RowHashes = { Roster: ['h0', 'h1', 'h2'], Attendance: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'] };
const approved = approvalOf(october, rows, 'HR Zhang', '2026-11-02 09:00');
const ownerOf = (ids: Record<string, string>) => (sheet: string, row: number) => ids[`${sheet}!${row}`] ?? null;

describe('approval record', () => {
  it('keeps per agent the payout and the amount of each rule', () => {
    expect(approved.pay.A001).toEqual({ name: 'Wang Fang', payoutFen: 329000, rules: { 'A-PAY': 300000, 'A-ATT-1': -1000, 'A-BON-2': 30000, 'A-TGT-1': 0 } });
  });

  it('survives the hidden sheet: written as a tab, read back the same', () => {
    const tab = approvalsTab([approved], 'en');
    expect([tab.name, tab.hidden, tab.header.slice(0, 3)]).toEqual(['Callboard approvals', true, ['Month', 'Approved by', 'Approved at (UTC)']]);
    const wb: WorkbookData = { timeZone: 'UTC', sheets: [{ name: tab.name, values: [tab.header, ...tab.rows] }] };
    expect(readApprovals(wb)).toEqual([approved]);
  });

  it('splits a long record over cells Excel can hold (30,000 characters each)', () => {
    const big = approvalOf(october, { Calls: Array.from({ length: 9000 }, (_, i) => `c${String(i).padStart(7, '0')}`) }, 'x', 'y');
    const tab = approvalsTab([big], 'zh');
    expect(tab.name).toBe('审批记录');
    const lengths = tab.rows[0].slice(8).map((c) => String(c).length);
    expect([lengths.length, lengths[0], lengths[1]]).toEqual([3, 30000, 30000]);
    expect(tab.header.slice(8)).toEqual(['记录', '记录 2', '记录 3']);
    expect(readApprovals({ timeZone: 'UTC', sheets: [{ name: tab.name, values: [tab.header, ...tab.rows] }] })[0].rows.Calls.length).toBe(9000);
  });
});

describe('diffApproval', () => {
  it('finds nothing when no row changed', () => {
    const d = diffApproval(approved, october, rows, ownerOf({}));
    expect([d.unchanged, d.agents, d.rows, d.totalDeltaFen]).toEqual([true, [], [], 0]);
    expect(diffText(d, 'en')).toEqual(['2026-10 was approved by HR Zhang at 2026-11-02 09:00 UTC (outbound-center v1)', 'No input changed since.']);
  });

  it('a later clock-in on Attendance row 5: A001 pays 3 元 more fine, traced to the row and the rule', () => {
    const later = report('2026-10', [
      agent('A001', 'Wang Fang', 'T1', [
        ln('A-PAY', 'base', 300000, 'Roster!G2', 'base salary'),
        ln('A-ATT-1', 'fine', -1000, 'Attendance!C5', 'late 10 minutes'),
        ln('A-BON-2', 'bonus', 30000, 'Calls!E2:E40', 'tier'),
        ln('A-ATT-1', 'fine', -300, 'Attendance!C9', 'late 3 minutes'),
      ]),
      october.employees[1],
    ]);
    const now = { ...rows, Attendance: rows.Attendance.map((h, i) => (i === 4 ? 'a4-new' : h)) };
    const d = diffApproval(approved, later, now, ownerOf({ 'Attendance!5': 'A001' }));
    expect(d.rows).toEqual([{ sheet: 'Attendance', row: 5, change: 'changed' }]);
    expect(d.agents).toEqual([{ id: 'A001', name: 'Wang Fang', beforeFen: 329000, afterFen: 328700, deltaFen: -300,
      rules: [{ rule: 'A-ATT-1', beforeFen: -1000, afterFen: -1300 }], rows: ['Attendance!5'] }]);
    expect(d.unattributed).toEqual([]);
    expect(diffText(d, 'en').slice(1)).toEqual([
      '1 input row(s) changed since; 1 agent(s) paid differently, −3 元 in total',
      '  A001 Wang Fang: 3290.00 → 3287.00 (−3); rules A-ATT-1 −3; rows Attendance!5',
    ]);
  });

  it('an agent dropped from the roster is paid nothing now; a removed row is listed apart', () => {
    const now = { ...rows, Roster: ['h0', 'h1'] };
    const d = diffApproval(approved, report('2026-10', [october.employees[0]]), now, ownerOf({}));
    expect(d.agents.map((a) => [a.id, a.beforeFen, a.afterFen, a.deltaFen])).toEqual([['B002', 245000, null, -245000]]);
    expect(d.unattributed).toEqual(['Roster!3']);
  });
});
