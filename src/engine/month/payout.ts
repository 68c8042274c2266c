// The pay formula: base (full or prorated), seniority, performance pay (by deductions or by score), every rule line, floor.
import { prorateFen, roundHalfUp } from '../rules/formulas.js';
import { line, sumFen, yuan } from './lines.js';
import type { PayRules } from '../rules/policy.js';
import type { Employee, Line, PayComponent } from '../types.js';

/** Marks a pay-formula line with its Payout column. */
const part = (component: PayComponent, l: Line): Line => ({ ...l, component });

export interface PayTotals {
  lines: Line[];
  finesFen: number;
  bonusesFen: number;
  payoutFen: number;
}

export interface PayContext {
  /** B-PAY-1: workdays attended and expected this month */
  attendedDays: number;
  expectedDays: number;
  /** C-PAY-2: the month's score (null = none) */
  score: number | null;
  /** B-PAY-2: rule ids whose lines are deducted from performance pay (floored with it) */
  performanceRules: ReadonlySet<string>;
}

const FULL: PayContext = { attendedDays: 1, expectedDays: 1, score: null, performanceRules: new Set() };

/** Fixed pay in fen for percent-of-fixed-pay amounts (C-PEN): the Roster amounts the policy names. */
export function fixedPayFen(employee: Employee, rules: PayRules): number {
  const f = rules.fixedPay;
  return (f.baseSalary ? employee.baseSalaryFen ?? 0 : 0) + (f.performanceBase ? employee.performanceBaseFen ?? 0 : 0)
    + (f.seniority ? employee.seniorityFen ?? 0 : 0);
}

/**
 * Adds the pay lines to the rule lines: base salary (in full, or B-PAY-1 × days attended ÷ days expected, rounded half
 * up to the fen), seniority pay, performance pay (B-PAY-2: performance base, with the performance deductions and refunds
 * floored at 0 by an adjustment line; C-PAY-2: performance base × score ÷ 100), and, when the total would be negative
 * and the policy floors pay at 0, one adjustment line that brings it to 0 — so the lines always add up to the payout.
 */
export function payTotals(employee: Employee, lines: readonly Line[], rules: PayRules, ctx: PayContext = FULL): PayTotals {
  const all: Line[] = [];
  const cells = employee.cells;
  if (employee.baseSalaryFen !== null) {
    if (rules.base === 'full') {
      all.push(part('salary', line(rules.rule, null, 'base', employee.baseSalaryFen, 0, cells.baseSalary ?? '', '基本工资', 'base salary')));
    } else if (ctx.expectedDays > 0) {
      all.push(part('salary', line(rules.rule, null, 'base', prorateFen(employee.baseSalaryFen, ctx.attendedDays, ctx.expectedDays), 0,
        cells.baseSalary ?? '', `基本工资 ${yuan(employee.baseSalaryFen)} × 出勤 ${ctx.attendedDays} ÷ 应出勤 ${ctx.expectedDays} 天`,
        `base salary ${yuan(employee.baseSalaryFen)} × ${ctx.attendedDays} days attended ÷ ${ctx.expectedDays} expected`)));
    }
  }
  if (rules.seniority && employee.seniorityFen !== null && employee.seniorityFen !== 0) {
    all.push(part('seniority', line(rules.rule, null, 'base', employee.seniorityFen, 0, cells.seniority ?? '', '工龄工资', 'seniority pay')));
  }
  const perf = employee.performanceBaseFen;
  let perfFloor: Line | null = null;
  if (rules.performance === 'deductions' && perf !== null) {
    all.push(part('performance', line(rules.performanceRule, null, 'base', perf, 0, cells.performanceBase ?? '', '绩效工资基数', 'performance base')));
    const net = perf + sumFen(lines.filter((l) => ctx.performanceRules.has(l.rule)));
    // B-PAY-2 (default): performance pay is never below 0; further deductions are not taken from base pay.
    if (net < 0) {
      perfFloor = line(rules.performanceRule, null, 'adjustment', -net, 0, cells.performanceBase ?? '',
        '绩效工资不低于 0', 'performance pay is never below 0');
    }
  } else if (rules.performance === 'score' && perf !== null) {
    const score = ctx.score ?? 0;
    all.push(part('performance', line(rules.performanceRule, null, 'base', roundHalfUp((perf * score) / 100), 0, cells.performanceBase ?? '',
      `绩效工资 ${yuan(perf)} × 分数 ${score} ÷ 100`, `performance base ${yuan(perf)} × score ${score} ÷ 100`)));
  }
  all.push(...lines);
  if (perfFloor) all.push(perfFloor);
  const sum = sumFen(all);
  if (rules.floorZero && sum < 0) {
    all.push(line(rules.rule, null, 'adjustment', -sum, 0, cells.baseSalary ?? cells.id ?? '',
      '实发不低于 0', 'pay is never below 0'));
  }
  return { lines: all, finesFen: 0 - sumFen(all, 'fine'), bonusesFen: sumFen(all, 'bonus'), payoutFen: sumFen(all) };
}
