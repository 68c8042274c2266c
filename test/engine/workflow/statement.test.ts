import { describe, expect, it } from 'vitest';
import { agentsOf, statementGrid, statementOf, teamReport } from '../../../src/engine/workflow/statement.js';
import { october } from './fixtures.js';

describe('statementOf', () => {
  const s = statementOf(october, october.employees[0]);

  it('groups the lines by kind in base, bonus, fine, points order, keeping their order within a kind', () => {
    expect(s.groups.map((g) => [g.kind, g.lines.map((l) => l.source), g.totalFen, g.points])).toEqual([
      ['base', ['Roster!G2'], 300000, 0],
      ['bonus', ['Calls!E2:E40'], 30000, 0],
      ['fine', ['Attendance!C5', 'Attendance!C9'], -1000, 0],
      ['points', ['Calls!E41'], 0, -2],
    ]);
  });

  it('carries the header and totals: the groups add up to the payout (3000 + 300 − 10 = 3290 元)', () => {
    expect([s.id, s.name, s.team, s.month, s.policy, s.policyVersion, s.score, s.flags]).toEqual(
      ['A001', 'Wang Fang', 'T1', '2026-10', 'outbound-center', '1', 98, ['warning']]);
    expect([s.payoutFen, s.finesFen, s.bonusesFen]).toEqual([329000, 1000, 30000]);
    expect(s.groups.reduce((sum, g) => sum + g.totalFen, 0)).toBe(s.payoutFen);
  });

  it('speaks Chinese when asked: reasons and labels', () => {
    const zh = statementOf(october, october.employees[0], 'zh');
    expect(zh.groups[2].label).toBe('罚款');
    expect(zh.groups[2].lines[0].reason).toBe('迟到 7 分钟');
    expect(zh.flags).toEqual(['警告']);
  });

  it('shows an adjustment as its own group', () => {
    const b = statementOf(october, october.employees[1]);
    expect(b.groups.map((g) => [g.label, g.totalFen])).toEqual([['Base pay', 250000], ['Adjustments (appeals included)', -5000]]);
  });
});

describe('team view', () => {
  it('keeps one team, matched trimmed and in any case', () => {
    expect(agentsOf(october, ' t2 ').map((e) => e.id)).toEqual(['B002']);
    expect(teamReport(october, 'T1').employees.map((e) => e.id)).toEqual(['A001']);
    expect(agentsOf(october, null).length).toBe(2);
  });
});

describe('statementGrid', () => {
  it('lays out only the agent\'s own lines, amounts in 元, ending with the payout and the note', () => {
    const g = statementGrid(statementOf(october, october.employees[0]));
    expect(g.rows[0].cells[0]).toBe('Pay statement · 2026-10');
    const lines = g.rows.filter((r) => r.kind === 'line').map((r) => [r.cells[0], r.cells[4], r.cells[5]]);
    expect(lines).toEqual([['A-PAY', 3000, null], ['A-BON-2', 300, null], ['A-ATT-1', -7, null], ['A-ATT-1', -3, null], ['A-TGT-1', 0, -2]]);
    expect(g.rows.find((r) => r.kind === 'payout')?.cells[4]).toBe(3290);
    expect(JSON.stringify(g)).not.toContain('B002');
    expect(g.rows.at(-1)?.kind).toBe('note');
  });
});
