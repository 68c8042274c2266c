// The target kind (A-TGT, B-TGT, C-PEN-1): its schema, inputs, labels and month step; periods are assessed in ../targets.ts.
import { z } from 'zod';
import { isCallMetric } from '../call-metrics.js';
import { makeIssue } from '../../messages.js';
import { metricNeed } from '../needs.js';
import { streakBefore } from '../rank-prizes.js';
import { perLevel, ruleId, stepSchema, text } from '../schema.js';
import { assessTargets, type TargetContext, type TargetMonth } from '../targets.js';
import type { AgentStep } from '../../month/steps.js';
import type { KindModule } from './kind.js';

/** target: metric(s) per period and level, any-of/all-of, consequence per miss, monthly refund, consecutive-month ladder. */
export const targetSchema = z.object({
  kind: z.literal('target'),
  rule: ruleId,
  name: text,
  period: z.enum(['day', 'week', 'month']),
  metrics: z.array(z.object({ metric: z.string().min(1), value: z.number().min(0), byLevel: perLevel.nullable() })).min(1),
  combine: z.enum(['any', 'all']),
  /** fixed: the value is the period's target; days-worked / workdays: value per day × those days of the period */
  scale: z.enum(['fixed', 'days-worked', 'workdays']),
  direction: z.enum(['at-least', 'at-most']),
  /** the period is met at this percent of its target (B-TGT-2: 90) */
  thresholdPercent: z.number().min(0),
  /** what each missed period costs */
  miss: stepSchema,
  /** C-PEN-1: the miss of the nth consecutive month takes step n instead (empty = always `miss`) */
  streakSteps: z.array(stepSchema),
  /** B-TGT-2: share of the month's miss amounts refunded when the month total reaches 100% of its target */
  refundPercent: z.number().min(0).max(100),
  /** lines of this target are deducted from performance pay (B-PAY-2) rather than from pay */
  performance: z.boolean(),
});

export type TargetRule = z.infer<typeof targetSchema>;

/** A target month not assessed (no call data): no figures, not counted as a miss. */
const UNASSESSED: TargetMonth = { actual: [], target: [], combine: 'all', percent: null, met: true };

export const target: KindModule<typeof targetSchema> = {
  kind: 'target',
  schema: targetSchema,
  title: ['目标', 'target'],
  labels: {
    'rules[].metrics': ['指标目标', 'metric targets'],
    'rules[].metrics[].metric': ['指标', 'metric'],
    'rules[].metrics[].value': ['目标值', 'target'],
    'rules[].metrics[].byLevel': ['按职级', 'by level'],
    'rules[].metrics[].byLevel.junior': ['初级', 'junior'],
    'rules[].metrics[].byLevel.intermediate': ['中级', 'intermediate'],
    'rules[].metrics[].byLevel.senior': ['高级', 'senior'],
    'rules[].combine': ['多个指标', 'several metrics'],
    'rules[].scale': ['目标计算', 'target scale'],
    'rules[].direction': ['方向', 'direction'],
    'rules[].thresholdPercent': ['达标百分比', 'met at percent'],
    'rules[].miss': ['未达标', 'miss'],
    'rules[].miss.points': ['未达标扣分', 'miss: points'],
    'rules[].miss.amountFen': ['未达标金额', 'miss: amount'],
    'rules[].miss.fixedPayPercent': ['未达标扣固定工资百分比', 'miss: percent of fixed pay'],
    'rules[].miss.flag': ['未达标标记', 'miss: flag'],
    'rules[].streakSteps': ['连续未达标各月', 'consecutive misses by month'],
    'rules[].streakSteps[].points': ['分数', 'points'],
    'rules[].streakSteps[].amountFen': ['金额', 'amount'],
    'rules[].streakSteps[].fixedPayPercent': ['固定工资百分比', 'percent of fixed pay'],
    'rules[].streakSteps[].flag': ['标记', 'flag'],
    'rules[].refundPercent': ['达月目标返还百分比', 'refund percent when the month is met'],
    'rules[].performance': ['从绩效工资扣', 'deducted from performance pay'],
  },
  inputs: (r, p) => r.metrics.map((m) => metricNeed(m.metric, p, r.rule)),
  check(rule, c) {
    for (const m of rule.metrics) c.metric(m.metric, rule.rule);
  },
  // No call rows at all this month means call results were not entered: said once, and call targets are not assessed.
  monthIssues(rules, m) {
    if (m.callsKnown || !rules.some((r) => r.metrics.every((x) => isCallMetric(x.metric)))) return [];
    const sheet = m.p.src.sheetNames.calls ?? 'Calls';
    return [makeIssue('no-call-data', { sheet, row: null, column: null, value: m.month, cell: null }, { month: m.month })];
  },
  // Each target on its own, keyed by rule id (the first of a repeated id) and by `#index` for its own streak.
  agent(rule, index, a) {
    const { bounds } = a.m;
    // No call rows at all this month means call results were not entered, not that nobody called: not assessed.
    // A dialer export without successes (src/engine/imports/): rules on successes are not assessed, like no call data.
    if ((!a.m.callsKnown && rule.metrics.every((m) => isCallMetric(m.metric))) || rule.metrics.some((m) => a.m.unmeasured.has(m.metric))) {
      a.targets.set(`#${index}`, UNASSESSED);
      if (!a.targets.has(rule.rule)) a.targets.set(rule.rule, UNASSESSED);
      return;
    }
    const one = assessTargets(a.employee, a.activity, a.workedDates(), bounds, [rule], (date) => a.cellOf(date),
      new AgentTargetContext(a, index));
    a.byRule[index].push(...one.lines);
    const m = one.months.get(rule.rule)!;
    a.targets.set(`#${index}`, m);
    if (!a.targets.has(rule.rule)) a.targets.set(rule.rule, m);
    for (const f of one.flags) a.flags.add(f);
    if (rule.period === 'month' && a.monthly === null) a.monthly = { met: one.metMonthly, target: one.monthlyTarget };
  },
};

/** One agent's target rule in its month: a class, as a context literal made a closure (and a `__name` call) per agent and rule. */
class AgentTargetContext implements TargetContext {
  readonly kpi: TargetContext['kpi'];
  readonly kpiColumns: TargetContext['kpiColumns'];
  readonly month: string;
  readonly isWorkday: TargetContext['isWorkday'];
  readonly fixedPayFen: number;
  readonly periods: TargetContext['periods'];

  constructor(private readonly a: AgentStep, private readonly index: number) {
    const { p, month, periods } = a.m;
    this.kpi = p.kpi;
    this.kpiColumns = p.policy.kpiColumns;
    this.month = month;
    this.isWorkday = p.isWorkday;
    this.fixedPayFen = a.fixedPayFen;
    this.periods = periods;
  }

  /** Months in a row before this one in which the agent missed this rule's month. */
  missedBefore(): number {
    const { a, index } = this;
    return streakBefore((k) => a.m.agentBefore(a.id, k)?.targets.get(`#${index}`)?.met === false);
  }
}
