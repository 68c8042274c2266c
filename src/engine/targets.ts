// Targets A-TGT-1 (monthly) and A-TGT-2 (daily, any-of successes or connected calls) as point deductions.
import { type AgentActivity, totalsBetween } from './activity.js';
import { line } from './lines.js';
import type { Policy } from './policy.js';
import type { Employee, Line } from './types.js';

export interface TargetsResult {
  lines: Line[];
  /** monthly success target: daily target × days worked */
  monthlyTarget: number;
  successes: number;
  metMonthly: boolean;
  missedDays: number;
}

/**
 * A-TGT-2: each worked day with fewer than 45 successes and fewer than 100 connected calls costs 2 points.
 * A-TGT-1: month successes below daily target (per level when set) × days worked costs 10 points.
 */
export function assessTargets(employee: Employee, activity: AgentActivity, workedDates: readonly string[],
  month: { first: string; last: string }, rules: Policy['targets'], fallbackCell: (date: string) => string): TargetsResult {
  const lines: Line[] = [];
  let missedDays = 0;
  for (const date of workedDates) {
    const day = activity.days.get(date);
    const successes = day?.successes ?? 0;
    const connected = day?.connected ?? 0;
    if (successes >= rules.dailySuccesses || connected >= rules.dailyConnected) continue;
    missedDays += 1;
    lines.push(line('A-TGT-2', date, 'points', 0, rules.dailyMissPoints, day?.firstCell ?? fallbackCell(date),
      `日目标未达成：成功 ${successes}/${rules.dailySuccesses}，接通 ${connected}/${rules.dailyConnected}`,
      `daily target missed: ${successes}/${rules.dailySuccesses} successes, ${connected}/${rules.dailyConnected} connected`));
  }
  const daily = (employee.level && rules.dailySuccessesByLevel?.[employee.level]) ?? rules.dailySuccesses;
  const monthlyTarget = daily * workedDates.length;
  const totals = totalsBetween(activity, month.first, month.last);
  const metMonthly = totals.successes >= monthlyTarget;
  if (!metMonthly) {
    lines.push(line('A-TGT-1', null, 'points', 0, rules.monthlyMissPoints,
      totals.source || employee.cells.id || '',
      `月目标未达成：成功 ${totals.successes}/${monthlyTarget}（${daily} × ${workedDates.length} 个出勤日）`,
      `monthly target missed: ${totals.successes}/${monthlyTarget} successes (${daily} × ${workedDates.length} days worked)`));
  }
  return { lines, monthlyTarget, successes: totals.successes, metMonthly, missedDays };
}
