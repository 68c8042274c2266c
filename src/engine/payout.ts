// The pay formula: base salary + seniority pay + bonuses − fines, never below 0; totals equal their lines.
import { line, sumFen } from './lines.js';
import type { Policy } from './policy.js';
import type { Employee, Line } from './types.js';

export interface PayTotals {
  lines: Line[];
  finesFen: number;
  bonusesFen: number;
  payoutFen: number;
}

/**
 * Adds the base salary and seniority lines (the policy's pay rule id, from the Roster cells) and, when the sum would be negative
 * and the policy floors pay at 0, one adjustment line that brings it to 0 — so the lines always add up to the payout.
 */
export function payTotals(employee: Employee, lines: readonly Line[], rules: Policy['pay']): PayTotals {
  const all: Line[] = [];
  if (employee.baseSalaryFen !== null) {
    all.push(line(rules.rule, null, 'base', employee.baseSalaryFen, 0, employee.cells.baseSalary ?? '', '基本工资', 'base salary'));
  }
  if (employee.seniorityFen !== null && employee.seniorityFen !== 0) {
    all.push(line(rules.rule, null, 'base', employee.seniorityFen, 0, employee.cells.seniority ?? '', '工龄工资', 'seniority pay'));
  }
  all.push(...lines);
  const sum = sumFen(all);
  if (rules.floorZero && sum < 0) {
    all.push(line(rules.rule, null, 'adjustment', -sum, 0, employee.cells.baseSalary ?? employee.cells.id ?? '',
      '实发不低于 0', 'pay is never below 0'));
  }
  return { lines: all, finesFen: -sumFen(all, 'fine'), bonusesFen: sumFen(all, 'bonus'), payoutFen: sumFen(all) };
}
