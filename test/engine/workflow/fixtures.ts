// Hand-built reports for the workflow tests: two agents of two teams, lines with sources that say where they came from.
import type { EmployeeResult, Line, Report } from '../../../src/engine/types.js';

export const ln = (rule: string, kind: Line['kind'], amountFen: number, source: string, en: string, zh = en, points = 0, date: string | null = null): Line =>
  ({ rule, date, kind, amountFen, points, source, reason: { en, zh } });

export function agent(id: string, name: string, team: string | null, lines: Line[], over: Partial<EmployeeResult> = {}): EmployeeResult {
  const fines = -lines.filter((l) => l.kind === 'fine').reduce((s, l) => s + l.amountFen, 0);
  const bonuses = lines.filter((l) => l.kind === 'bonus').reduce((s, l) => s + l.amountFen, 0);
  return {
    id, name, team, level: null, score: 100, grade: null, flags: [], finesFen: fines, bonusesFen: bonuses,
    payoutFen: lines.reduce((s, l) => s + l.amountFen, 0), lines, stats: {}, ...over,
  };
}

export function report(month: string, employees: EmployeeResult[], over: Partial<Report> = {}): Report {
  return { month, policy: 'outbound-center', policyVersion: '1', language: 'en', employees, ranking: [], teams: [], issues: [], blocking: false, ...over };
}

/** 2026-10: A001 base 3000, tier bonus 300, two late fines of 7 and 3; B002 base 2500 and an ADJ of −50. */
export const october = report('2026-10', [
  agent('A001', 'Wang Fang', 'T1', [
    ln('A-PAY', 'base', 300000, 'Roster!G2', 'base salary', '基本工资'),
    ln('A-ATT-1', 'fine', -700, 'Attendance!C5', 'late 7 minutes', '迟到 7 分钟', 0, '2026-10-03'),
    ln('A-BON-2', 'bonus', 30000, 'Calls!E2:E40', 'tier ≥1500', '达到 ≥1500 档'),
    ln('A-ATT-1', 'fine', -300, 'Attendance!C9', 'late 3 minutes', '迟到 3 分钟', 0, '2026-10-07'),
    ln('A-TGT-1', 'points', 0, 'Calls!E41', 'daily target missed', '日目标未达成', -2),
  ], { flags: ['warning'], score: 98 }),
  agent('B002', 'Li Na', 'T2', [
    ln('A-PAY', 'base', 250000, 'Roster!G3', 'base salary', '基本工资'),
    ln('ADJ', 'adjustment', -5000, 'Adjustments!C2', 'overpaid in September', '九月多发'),
  ]),
]);
