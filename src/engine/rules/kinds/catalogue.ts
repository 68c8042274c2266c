// The event catalogue kind (A-ATT-6, B-ATT-1 items, C-PEN, C-BON, D-01…D-21): its schema, labels and month step; pricing in ../events.ts.
import { z } from 'zod';
import { shiftMonth } from '../../read/dates.js';
import { assessEvents, catalogue as byCode, countedOn, type EventContext } from '../events.js';
import { streakBefore } from '../rank-prizes.js';
import { fen, flagSchema, points, ruleId, stepSchema, text } from '../schema.js';
import type { Prepared } from '../../month/month.js';
import type { KindModule } from './kind.js';

/** One code of the Events sheet. With `steps`, the nth occurrence (in the month, or nth consecutive month) takes step n. */
export const eventSchema = z.object({
  code: z.string().min(1),
  rule: ruleId,
  name: text,
  points,
  amountFen: fen,
  fixedPayPercent: z.number(),
  /** C-PAY-2: percent of the month's score (−10 = a tenth of the score off) */
  scorePercent: z.number(),
  flag: flagSchema.nullable(),
  /** counts as a violation, complaint or quality issue (clean-record conditions) */
  violation: z.boolean(),
  complaint: z.boolean(),
  quality: z.boolean(),
  /** counted in the month holding the Sunday of its Monday–Sunday week (A-BON-4 weekly picks) */
  weekly: z.boolean(),
  escalation: z.enum(['none', 'occurrence', 'months']),
  steps: z.array(stepSchema),
});
/** event catalogue: a named list of codes; a policy may hold several (floor-discipline's is reusable). */
export const catalogueSchema = z.object({
  kind: z.literal('catalogue'),
  rule: ruleId,
  name: text,
  events: z.array(eventSchema),
});

export type PolicyEvent = z.infer<typeof eventSchema>;
export type CatalogueRule = z.infer<typeof catalogueSchema>;

export const catalogue: KindModule<typeof catalogueSchema> = {
  kind: 'catalogue',
  schema: catalogueSchema,
  title: ['奖惩目录', 'event catalogue'],
  labels: {
    'rules[].events': ['奖惩目录', 'event catalogue'],
    'rules[].events[].code': ['代码', 'code'],
    'rules[].events[].rule': ['规则', 'rule'],
    'rules[].events[].name': ['名称', 'name'],
    'rules[].events[].points': ['分数', 'points'],
    'rules[].events[].amountFen': ['金额', 'amount'],
    'rules[].events[].fixedPayPercent': ['固定工资百分比', 'percent of fixed pay'],
    'rules[].events[].scorePercent': ['分数百分比', 'percent of score'],
    'rules[].events[].flag': ['标记', 'flag'],
    'rules[].events[].violation': ['违规', 'violation'],
    'rules[].events[].complaint': ['投诉', 'complaint'],
    'rules[].events[].quality': ['质检问题', 'quality issue'],
    'rules[].events[].weekly': ['按周计', 'weekly'],
    'rules[].events[].escalation': ['累进方式', 'escalation'],
    'rules[].events[].steps': ['累进档（第 n 次取第 n 档）', 'steps (occurrence n takes step n)'],
    'rules[].events[].steps[].points': ['分数', 'points'],
    'rules[].events[].steps[].amountFen': ['金额', 'amount'],
    'rules[].events[].steps[].fixedPayPercent': ['固定工资百分比', 'percent of fixed pay'],
    'rules[].events[].steps[].flag': ['标记', 'flag'],
  },
  // Events are optional: a month without any Events row is a month without events.
  inputs: () => [],
  agent(rule, index, a) {
    const { p, month } = a.m;
    const one = assessEvents(a.events, codesOf(rule), new AgentEvents(p, a.id, month, a.fixedPayFen));
    a.byRule[index].push(...one.lines);
    a.violations += one.violations;
    a.complaints += one.complaints;
    a.qualityIssues += one.qualityIssues;
    a.scorePercent += one.scorePercent;
    for (const f of one.flags) a.flags.add(f);
  },
};

const CODES = new WeakMap<CatalogueRule, Map<string, PolicyEvent>>();

/** The rule's codes indexed once, not for each of 2,000 agents. */
function codesOf(rule: CatalogueRule): Map<string, PolicyEvent> {
  let codes = CODES.get(rule);
  if (codes === undefined) CODES.set(rule, codes = byCode(rule.events));
  return codes;
}

/** One agent's events context: a class, as a context literal made a closure (and a `__name` call) per agent. */
class AgentEvents implements EventContext {
  constructor(private readonly p: Prepared, private readonly id: string, private readonly month: string, readonly fixedPayFen: number) {}

  monthsBefore(code: string): number {
    return eventMonthsBefore(this.p, this.id, code, this.month);
  }
}

/** Consecutive months before `month` in which the agent has an Events row with the code. */
function eventMonthsBefore(p: Prepared, id: string, code: string, month: string): number {
  const months = new Set((p.events.get(id) ?? []).filter((e) => e.code.toUpperCase() === code).map((e) => countedOn(e, p.codes).slice(0, 7)));
  return streakBefore((k) => months.has(shiftMonth(month, -k)));
}
