// The target kind (A-TGT, B-TGT, C-PEN-1): metrics per day, week or month and level, any-of/all-of, misses and refunds.
import { type AgentActivity, type CallMetric, isCallMetric, metricCell } from '../month/activity.js';
import type { IsWorkday } from '../month/calendar.js';
import { isoWeekday } from '../read/dates.js';
import { stepFen } from './events.js';
import { roundHalfUp } from './formulas.js';
import { line, sumFen, yuan } from '../month/lines.js';
import { KpiIndex, metricLabel, metricOf, type MetricValue, metricValueOf } from './metrics.js';
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
const NONE = { zh: '', en: '' };

/** One agent's month as the target rules read it: its figures per metric and period. */
class AgentFigures {
  constructor(readonly employee: Employee, readonly activity: AgentActivity, readonly workedDates: readonly string[],
    readonly ctx: TargetContext, readonly periods: MonthPeriods, readonly out: TargetsResult) {}

  /** A metric over from..to, with the range of its cells. */
  value(metric: string, from: string, to: string): MetricValue {
    return metricOf(this.activity, this.ctx.kpi, this.employee.id, this.ctx.month, metric, from, to);
  }

  /** A metric over from..to, without its range. */
  figure(metric: string, from: string, to: string): number {
    return metricValueOf(this.activity, this.ctx.kpi, this.employee.id, this.ctx.month, metric, from, to);
  }
}

/**
 * One target rule over the agent's month: its per-day targets and the parts of a miss line that are the same for every
 * period (a month can miss 40,000 days), and the lines so far. Methods rather than closures made per agent and rule.
 */
class RuleMonth {
  readonly perDay: number[];
  readonly lines: Line[] = [];
  private labelList: Text[] | null = null;
  private readonly scaled: boolean;
  private readonly unit: { zh: string; en: string };
  private readonly below: { zh: string; en: string };

  constructor(readonly rule: TargetRule, private readonly f: AgentFigures) {
    const level = f.employee.level;
    this.perDay = rule.metrics.map((m) => (level && m.byLevel ? m.byLevel[level] : m.value));
    this.scaled = rule.scale !== 'fixed' && rule.period !== 'day';
    this.unit = rule.scale === 'workdays' ? { zh: '个工作日', en: 'workdays' } : { zh: '个出勤日', en: 'days worked' };
    this.below = rule.thresholdPercent === 100 ? NONE
      : { zh: `，未达 ${rule.thresholdPercent}%`, en: `, below ${rule.thresholdPercent}%` };
  }

  /** The metrics' words: only read when a line is written. */
  labels(): Text[] {
    return (this.labelList ??= this.rule.metrics.map((m) => metricLabel(m.metric, this.f.ctx.kpiColumns)));
  }

  /** Days of from..to a target per day is multiplied by (1 for a fixed target). */
  days(from: string, to: string): number {
    const { scale } = this.rule;
    return scale === 'days-worked' ? countBetween(this.f.workedDates, from, to)
      : scale === 'workdays' ? this.f.periods.workdaysBetween(from, to) : 1;
  }

  /** The month's source: its first metric's range, else the agent's ID cell (built for a line only). */
  monthSource(month: { first: string; last: string }): string {
    return this.f.value(this.rule.metrics[0].metric, month.first, month.last).source || this.f.employee.cells.id || '';
  }

  /** A missed period: the rule's `miss` (C-PEN-1: the nth month in a row takes streak step n) as a line. */
  miss(date: string | null, source: string, figures: number[], targets: number[], n: number, prefix: { zh: string; en: string }): void {
    const { rule, f, scaled, unit, below, perDay } = this;
    const streak = rule.period === 'month' ? f.ctx.missedBefore(rule.rule) : 0;
    const step = rule.streakSteps.length > 0 ? rule.streakSteps[Math.min(streak, rule.streakSteps.length - 1)] : rule.miss;
    if (step.flag) f.out.flags.add(step.flag);
    const fen = stepFen(step, f.ctx.fixedPayFen);
    // A target without consequence (B-TGT-4 'available as targets') only records its month for status rules.
    if (fen === 0 && step.points === 0 && !step.flag) return;
    // Both texts in one pass over the figures (two arrays per missed day were joined and dropped).
    const ls = this.labels();
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
    const nth = rule.streakSteps.length > 0 ? { zh: `，连续第 ${streak + 1} 个月`, en: `, month ${streak + 1} in a row` } : NONE;
    this.lines.push(line(rule.rule, date, fen > 0 ? 'bonus' : fen < 0 ? 'fine' : 'points', fen, step.points, source,
      `${prefix.zh}${zh}${below.zh}${nth.zh}`, `${prefix.en}${en}${below.en}${nth.en}`));
  }
}

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
  const periods = ctx.periods ?? new MonthPeriods(month.last, ctx.isWorkday);
  const f = new AgentFigures(employee, activity, workedDates, ctx, periods, out);
  const weeks = periods.weeksFrom(start);

  for (const rule of rules) {
    const r = new RuleMonth(rule, f);
    const { perDay } = r;

    if (rule.period === 'day') {
      // One figures array for every day: a met day builds nothing.
      const monthly = rule.metrics.map((m) => (isCallMetric(m.metric) ? null : f.figure(m.metric, month.first, month.last)));
      const figures = perDay.map(() => 0);
      for (const date of workedDates) {
        const day = activity.days.get(date);
        for (let i = 0; i < figures.length; i++) {
          figures[i] = monthly[i] ?? (day ? day.values[rule.metrics[i].metric as CallMetric] : 0);
        }
        if (meets(figures, perDay, rule)) continue;
        const m0 = rule.metrics[0].metric;
        r.miss(date, day ? (isCallMetric(m0) ? metricCell(day.firstRow, m0) : day.firstCell) : fallbackCell(date), figures, perDay, 1,
          DAY_MISSED);
      }
    } else if (rule.period === 'week') {
      for (const [from, to] of weeks) {
        const n = r.days(from, to);
        const targets = perDay.map((t) => (rule.scale === 'fixed' ? t : t * n));
        if (targets.every((t) => t === 0)) continue;
        const figures = rule.metrics.map((m) => f.figure(m.metric, from, to));
        if (meets(figures, targets, rule)) continue;
        r.miss(to, f.value(rule.metrics[0].metric, from, to).source || employee.cells.id || '', figures, targets, n,
          { zh: `${from}~${to} 周目标未达成：`, en: `${from}–${to} weekly target missed: ` });
      }
    }

    // The month: the month period itself, or the sum of the day or week periods' targets. Its source range is built
    // only for a line (a call metric's range is two row records and three strings, for every agent and rule).
    const figures = rule.metrics.map((m) => f.figure(m.metric, month.first, month.last));
    const kpiMissing = rule.metrics.some((m) => ctx.kpi.has(m.metric) && f.value(m.metric, month.first, month.last).source === '');
    const n = rule.period === 'day' ? workedDates.length : r.days(start, month.last);
    const weekDays = rule.period === 'week' ? weeks.map(([from, to]) => r.days(from, to)) : [];
    const targets = rule.period === 'week'
      ? perDay.map((t) => weekDays.reduce((sum, d) => sum + (rule.scale === 'fixed' ? t : t * d), 0))
      : perDay.map((t) => (rule.scale === 'fixed' && rule.period === 'month' ? t : t * n));
    const met = kpiMissing || meets(figures, targets, rule, 100);
    if (rule.period === 'month' && !kpiMissing && !meets(figures, targets, rule)) {
      r.miss(null, r.monthSource(month), figures, targets, n, { zh: '月目标未达成：', en: 'monthly target missed: ' });
    }
    const monthOutcome: TargetMonth = { actual: figures, target: targets, combine: rule.combine,
      percent: kpiMissing ? null : attainment(figures, targets, rule.combine), met };
    out.months.set(rule.rule, monthOutcome);
    if (rule.period === 'month' && firstMonthly) {
      firstMonthly = false;
      out.monthlyTarget = targets[0];
      out.metMonthly = met;
    }
    const ruleLines = r.lines;
    if (rule.refundPercent > 0 && met && !kpiMissing) {
      const missed = -sumFen(ruleLines);
      const refund = roundHalfUp((missed * rule.refundPercent) / 100);
      const labels = r.labels();
      const shown = rule.metrics.map((_, i) => i).filter((i) => rule.combine === 'all' || figures[i] >= targets[i]);
      const reached = { zh: shown.map((i) => `${labels[i].zh} ${figures[i]}/${targets[i]}`).join('，'),
        en: shown.map((i) => `${figures[i]}/${targets[i]} ${labels[i].en}`).join(', ') };
      if (refund > 0) {
        ruleLines.push(line(rule.rule, null, 'adjustment', refund, 0, r.monthSource(month),
          `月度达标（${reached.zh}），返还本月扣款 ${yuan(missed)} 元的 ${rule.refundPercent}%`,
          `month target reached (${reached.en}): ${rule.refundPercent}% of the month's ${yuan(missed)} deductions refunded`));
      }
    }
    out.lines.push(...ruleLines);
  }
  return out;
}
