// The target kind (A-TGT, B-TGT, C-PEN-1): metrics per day, week or month and level, any-of/all-of, misses and refunds.
import { type AgentActivity, type CallMetric, isCallMetric, metricCell } from '../month/activity.js';
import type { IsWorkday } from '../month/calendar.js';
import { isoWeekday } from '../read/dates.js';
import { stepFen } from './events.js';
import { roundHalfUp } from './formulas.js';
import { line, sumFen, yuan } from '../month/lines.js';
import { KpiIndex, metricLabel, metricOf, metricValueOf } from './metrics.js';
import { countBetween, MonthPeriods } from '../month/periods.js';
import type { Policy, TargetRule } from './policy.js';
import type { Employee, Flag, Line, Text } from '../types.js';

export interface TargetContext {
  kpi: KpiIndex;
  kpiColumns: Policy['kpiColumns'];
  month: string;
  isWorkday: IsWorkday;
  fixedPayFen: number;
  /** months in a row before this one in which the agent missed the rule's month */
  missedBefore: (rule: string) => number;
  /** the month's weeks and workday counts, shared by every agent (made here when absent) */
  periods?: MonthPeriods;
}

/** The month of one target rule: per metric actual and target, so windows of months can be added up. */
export interface TargetMonth {
  actual: number[];
  target: number[];
  combine: 'any' | 'all';
  /** attainment percent (any-of: the best metric; all-of: the worst); null when nothing was measured */
  percent: number | null;
  met: boolean;
}

export interface TargetsResult {
  lines: Line[];
  flags: Set<Flag>;
  months: Map<string, TargetMonth>;
  /** the first month-period target's figures (A-TGT-1: daily target × days worked) */
  monthlyTarget: number;
  metMonthly: boolean;
}

const NO_CTX = (month: string): TargetContext => ({
  kpi: new KpiIndex([], []), kpiColumns: [], month,
  isWorkday: (d) => isoWeekday(d) <= 5, fixedPayFen: 0, missedBefore: () => 0,
});

/** Attainment percent of summed figures: any-of takes the best metric, all-of the worst; null without a target. */
export function attainment(actual: readonly number[], target: readonly number[], combine: 'any' | 'all'): number | null {
  const ratios = actual.map((a, i) => (target[i] > 0 ? (a * 100) / target[i] : null)).filter((r): r is number => r !== null);
  if (ratios.length === 0) return null;
  return combine === 'any' ? Math.max(...ratios) : Math.min(...ratios);
}

/** Whether the figures reach `thresholdPercent` of their targets (any-of: one metric; all-of: every metric). */
function meets(values: readonly number[], targets: readonly number[], rule: TargetRule,
  thresholdPercent = rule.thresholdPercent): boolean {
  const any = rule.combine === 'any';
  for (let i = 0; i < values.length; i++) {
    const ok = rule.direction === 'at-least'
      ? values[i] * 100 >= targets[i] * thresholdPercent : values[i] * 100 <= targets[i] * thresholdPercent;
    if (ok === any) return any;
  }
  return !any;
}

const DAY_MISSED = { zh: '日目标未达成：', en: 'daily target missed: ' };

/**
 * Every target rule over one agent's month. Day: each worked day is a period; week: each Monday–Sunday week clipped
 * to the month (and the hire date); month: the month. A target per day is scaled by days worked or workdays of the
 * period. A missed period costs the rule's `miss` (C-PEN-1: the nth month in a row takes streak step n). B-TGT-2:
 * when the month total reaches 100% of the month's target, `refundPercent` of the month's miss amounts comes back.
 */
export function assessTargets(employee: Employee, activity: AgentActivity, workedDates: readonly string[],
  month: { first: string; last: string }, rules: readonly TargetRule[], fallbackCell: (date: string) => string,
  context?: TargetContext): TargetsResult {
  const ctx = context ?? NO_CTX(month.first.slice(0, 7));
  const out: TargetsResult = { lines: [], flags: new Set(), months: new Map(), monthlyTarget: 0, metMonthly: true };
  let firstMonthly = true;
  const start = employee.hireDate !== null && employee.hireDate > month.first ? employee.hireDate : month.first;
  const value = (metric: string, from: string, to: string) => metricOf(activity, ctx.kpi, employee.id, ctx.month, metric, from, to);
  const figure = (metric: string, from: string, to: string) => metricValueOf(activity, ctx.kpi, employee.id, ctx.month, metric, from, to);
  const isKpi = (metric: string) => ctx.kpi.has(metric);
  const periods = ctx.periods ?? new MonthPeriods(month.last, ctx.isWorkday);
  const weeks = periods.weeksFrom(start);

  for (const rule of rules) {
    const perDay = rule.metrics.map((m) => (employee.level && m.byLevel ? m.byLevel[employee.level] : m.value));
    // Labels are only read when a line is written.
    let labelList: Text[] | null = null;
    const labels = () => (labelList ??= rule.metrics.map((m) => metricLabel(m.metric, ctx.kpiColumns)));
    const days = (from: string, to: string) => (rule.scale === 'days-worked' ? countBetween(workedDates, from, to)
      : rule.scale === 'workdays' ? periods.workdaysBetween(from, to) : 1);
    const ruleLines: Line[] = [];
    // The parts of a miss line that are the same for every period of the rule, built once (a month can miss 40,000 days).
    const scaled = rule.scale !== 'fixed' && rule.period !== 'day';
    const unit = rule.scale === 'workdays' ? { zh: '个工作日', en: 'workdays' } : { zh: '个出勤日', en: 'days worked' };
    const below = rule.thresholdPercent === 100 ? { zh: '', en: '' }
      : { zh: `，未达 ${rule.thresholdPercent}%`, en: `, below ${rule.thresholdPercent}%` };
    const miss = (date: string | null, source: string, figures: number[], targets: number[], n: number, prefix: { zh: string; en: string }) => {
      const streak = rule.period === 'month' ? ctx.missedBefore(rule.rule) : 0;
      const step = rule.streakSteps.length > 0 ? rule.streakSteps[Math.min(streak, rule.streakSteps.length - 1)] : rule.miss;
      if (step.flag) out.flags.add(step.flag);
      const fen = stepFen(step, ctx.fixedPayFen);
      // A target without consequence (B-TGT-4 'available as targets') only records its month for status rules.
      if (fen === 0 && step.points === 0 && !step.flag) return;
      // Both texts in one pass over the figures (two arrays per missed day were joined and dropped).
      const ls = labels();
      let zh = '';
      let en = '';
      for (let i = 0; i < figures.length; i++) {
        if (i > 0) {
          zh += '，';
          en += ', ';
        }
        zh += `${ls[i].zh} ${figures[i]}/${targets[i]}${scaled ? `（${perDay[i]} × ${n} ${unit.zh}）` : ''}`;
        en += `${figures[i]}/${targets[i]} ${ls[i].en}${scaled ? ` (${perDay[i]} × ${n} ${unit.en})` : ''}`;
      }
      const nth = rule.streakSteps.length > 0 ? { zh: `，连续第 ${streak + 1} 个月`, en: `, month ${streak + 1} in a row` } : { zh: '', en: '' };
      ruleLines.push(line(rule.rule, date, fen > 0 ? 'bonus' : fen < 0 ? 'fine' : 'points', fen, step.points, source,
        `${prefix.zh}${zh}${below.zh}${nth.zh}`, `${prefix.en}${en}${below.en}${nth.en}`));
    };

    if (rule.period === 'day') {
      // One figures array for every day: a met day builds nothing.
      const monthly = rule.metrics.map((m) => (isCallMetric(m.metric) ? null : figure(m.metric, month.first, month.last)));
      const figures = perDay.map(() => 0);
      for (const date of workedDates) {
        const day = activity.days.get(date);
        for (let i = 0; i < figures.length; i++) {
          figures[i] = monthly[i] ?? (day ? day.values[rule.metrics[i].metric as CallMetric] : 0);
        }
        if (meets(figures, perDay, rule)) continue;
        const m0 = rule.metrics[0].metric;
        miss(date, day ? (isCallMetric(m0) ? metricCell(day.firstRow, m0) : day.firstCell) : fallbackCell(date), figures, perDay, 1,
          DAY_MISSED);
      }
    } else if (rule.period === 'week') {
      for (const [from, to] of weeks) {
        const n = days(from, to);
        const targets = perDay.map((t) => (rule.scale === 'fixed' ? t : t * n));
        if (targets.every((t) => t === 0)) continue;
        const figures = rule.metrics.map((m) => figure(m.metric, from, to));
        if (meets(figures, targets, rule)) continue;
        miss(to, value(rule.metrics[0].metric, from, to).source || employee.cells.id || '', figures, targets, n,
          { zh: `${from}~${to} 周目标未达成：`, en: `${from}–${to} weekly target missed: ` });
      }
    }

    // The month: the month period itself, or the sum of the day or week periods' targets. Its source range is built
    // only for a line (a call metric's range is two row records and three strings, for every agent and rule).
    const figures = rule.metrics.map((m) => figure(m.metric, month.first, month.last));
    const kpiMissing = rule.metrics.some((m) => isKpi(m.metric) && value(m.metric, month.first, month.last).source === '');
    const monthSource = () => value(rule.metrics[0].metric, month.first, month.last).source || employee.cells.id || '';
    const n = rule.period === 'day' ? workedDates.length : days(start, month.last);
    const weekDays = rule.period === 'week' ? weeks.map(([f, l]) => days(f, l)) : [];
    const targets = rule.period === 'week'
      ? perDay.map((t) => weekDays.reduce((s, d) => s + (rule.scale === 'fixed' ? t : t * d), 0))
      : perDay.map((t) => (rule.scale === 'fixed' && rule.period === 'month' ? t : t * n));
    const met = kpiMissing || meets(figures, targets, rule, 100);
    if (rule.period === 'month' && !kpiMissing && !meets(figures, targets, rule)) {
      miss(null, monthSource(), figures, targets, n, { zh: '月目标未达成：', en: 'monthly target missed: ' });
    }
    const monthOutcome: TargetMonth = { actual: figures, target: targets, combine: rule.combine,
      percent: kpiMissing ? null : attainment(figures, targets, rule.combine), met };
    out.months.set(rule.rule, monthOutcome);
    if (rule.period === 'month' && firstMonthly) {
      firstMonthly = false;
      out.monthlyTarget = targets[0];
      out.metMonthly = met;
    }
    if (rule.refundPercent > 0 && met && !kpiMissing) {
      const missed = -sumFen(ruleLines);
      const refund = roundHalfUp((missed * rule.refundPercent) / 100);
      const shown = rule.metrics.map((_, i) => i).filter((i) => rule.combine === 'all' || figures[i] >= targets[i]);
      const reached = { zh: shown.map((i) => `${labels()[i].zh} ${figures[i]}/${targets[i]}`).join('，'),
        en: shown.map((i) => `${figures[i]}/${targets[i]} ${labels()[i].en}`).join(', ') };
      if (refund > 0) {
        ruleLines.push(line(rule.rule, null, 'adjustment', refund, 0, monthSource(),
          `月度达标（${reached.zh}），返还本月扣款 ${yuan(missed)} 元的 ${rule.refundPercent}%`,
          `month target reached (${reached.en}): ${rule.refundPercent}% of the month's ${yuan(missed)} deductions refunded`));
      }
    }
    out.lines.push(...ruleLines);
  }
  return out;
}
