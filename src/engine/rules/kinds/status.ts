// The status kind (A-SCORE-2, B-FLAG, C-LVL-1): conditions over a window of months → a flag; ../../month/standing.ts tests them.
import { z } from 'zod';
import { statusFlags } from '../../month/standing.js';
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
