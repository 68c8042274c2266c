// The status kind (A-SCORE-2, B-FLAG, C-LVL-1): conditions over a window of months (0 = this month) → a flag.
import { z } from 'zod';
import type { MonthStanding } from '../../month/standing.js';
import { attainment, type TargetMonth } from '../targets.js';
import type { Employee, Flag } from '../../types.js';
import { flagSchema, levelSchema, ruleId, text } from '../schema.js';
import type { KindModule } from './kind.js';

/** status rule: conditions over a window of months (0 = this month) → flag, or `otherwise` when they fail. */
export const statusSchema = z.object({
  kind: z.literal('status'),
  rule: ruleId,
  name: text,
  flag: flagSchema,
  otherwise: flagSchema.nullable(),
  /** flags this one supersedes (A-SCORE-2: dismissal replaces the warning) */
  replaces: z.array(flagSchema),
  /** only in this month of service (hire month = 1); null = every month */
  tenureMonth: z.number().int().min(1).nullable(),
  /** only agents of these levels (empty = all) */
  levels: z.array(levelSchema),
  when: z.array(z.object({
    /** 'score', 'absences' or 'target:<rule id>' (attainment percent) */
    measure: z.string().min(1),
    from: z.number().int().min(0),
    to: z.number().int().min(0),
    /** true: every month of the window; false: the window's total (targets) or mean (score) */
    each: z.boolean(),
    op: z.enum(['below', 'at-least']),
    value: z.number(),
  })).min(1),
});


export type StatusRule = z.infer<typeof statusSchema>;

export const status: KindModule<typeof statusSchema> = {
  kind: 'status',
  schema: statusSchema,
  title: ['状态', 'status'],
  labels: {
    'rules[].otherwise': ['否则标记', 'otherwise flag'],
    'rules[].replaces': ['取代的标记', 'flags it replaces'],
    'rules[].tenureMonth': ['入职第几个月（留空每月）', 'month of service (blank = every month)'],
    'rules[].levels': ['适用职级（留空全部）', 'levels (blank = all)'],
    'rules[].when': ['条件', 'conditions'],
    'rules[].when[].measure': ['衡量', 'measure'],
    'rules[].when[].from': ['从（月前）', 'from (months ago)'],
    'rules[].when[].to': ['到（月前）', 'to (months ago)'],
    'rules[].when[].each': ['每月都要', 'every month'],
    'rules[].when[].op': ['比较', 'compare'],
    'rules[].when[].value': ['值', 'value'],
  },
  inputs: () => [],
  check(rule, c) {
    for (const w of rule.when) {
      const ok = w.measure === 'score' || w.measure === 'absences'
        || (w.measure.startsWith('target:') && c.targetIds.has(w.measure.slice('target:'.length)));
      if (!ok) c.fault(rule.rule, `unknown measure "${w.measure}" (score, absences or target:<rule id>)`);
    }
  },
  // All status rules together (one may replace another's flag); their flags come before the month's other flags.
  standing(rules, a, s) {
    a.flags = new Set([...statusFlags(rules, a.employee, s.m.month, s.history), ...a.flags]);
  },
};

type Condition = StatusRule['when'][number];

function holds(c: Condition, history: (k: number) => MonthStanding | null): boolean {
  const months: MonthStanding[] = [];
  for (let k = c.to; k <= c.from; k++) {
    const m = history(k);
    if (m === null) return false;
    months.push(m);
  }
  if (c.measure === 'score' || c.measure === 'absences') {
    const values = months.map((m) => (c.measure === 'score' ? m.score : m.absences));
    if (c.each) return values.every((v) => test(c, v));
    if (values.some((v) => v === null)) return false;
    const sum = (values as number[]).reduce((s, v) => s + v, 0);
    return test(c, c.measure === 'score' ? sum / values.length : sum);
  }
  if (!c.measure.startsWith('target:')) throw new Error(`unknown status measure "${c.measure}"`, { cause: { code: 'bad-policy' } });
  const rule = c.measure.slice('target:'.length);
  const outcomes = months.map((m) => m.targets.get(rule));
  if (outcomes.some((o) => o === undefined || o.percent === null)) return false;
  const list = outcomes as TargetMonth[];
  if (c.each) return list.every((o) => test(c, o.percent));
  const actual = list[0].actual.map((_, i) => list.reduce((s, o) => s + o.actual[i], 0));
  const target = list[0].target.map((_, i) => list.reduce((s, o) => s + o.target[i], 0));
  return test(c, attainment(actual, target, list[0].combine));
}

/** Whether a value meets the condition (a month without the value does not); not a closure per agent and condition. */
function test(c: Condition, v: number | null): boolean {
  return v !== null && (c.op === 'below' ? v < c.value : v >= c.value);
}

/** Months of service in this month: the hire month is 1 (null without a hire date). */
export function tenureMonth(employee: Employee, month: string): number | null {
  if (employee.hireDate === null) return null;
  const h = employee.hireDate;
  return (+month.slice(0, 4) - +h.slice(0, 4)) * 12 + (+month.slice(5, 7) - +h.slice(5, 7)) + 1;
}

/**
 * Status rules in order: a rule applies to the agent's level and tenure month; when every condition holds over its
 * window (k months back; a month without data fails it) the flag is raised, else `otherwise`. A raised flag drops the
 * flags it replaces that other status rules raised (A-SCORE-2: a second failed month replaces the warning).
 */
export function statusFlags(rules: readonly StatusRule[], employee: Employee, month: string,
  history: (k: number) => MonthStanding | null): Flag[] {
  const raised: Flag[] = [];
  const dropped = new Set<Flag>();
  const tenure = tenureMonth(employee, month);
  for (const rule of rules) {
    if (rule.levels.length > 0 && (employee.level === null || !rule.levels.includes(employee.level))) continue;
    if (rule.tenureMonth !== null && tenure !== rule.tenureMonth) continue;
    if (rule.when.every((c) => holds(c, history))) {
      raised.push(rule.flag);
      for (const f of rule.replaces) dropped.add(f);
    } else if (rule.otherwise) raised.push(rule.otherwise);
  }
  return raised.filter((f) => !dropped.has(f));
}
