// The tier table kind (A-BON-2, C-BON-3): highest tier reached by a month metric, optionally N months running; ../bonuses.ts pays it.
import { z } from 'zod';
import { tierBonus } from '../bonuses.js';
import { metricNeed } from '../needs.js';
import { streakPays } from '../rank-prizes.js';
import { fen, ruleId, text } from '../schema.js';
import type { KindModule } from './kind.js';

/** tier table: highest tier reached by a month metric; optionally held for N months running (paid each Nth). */
export const tiersSchema = z.object({
  kind: z.literal('tiers'),
  rule: ruleId,
  name: text,
  metric: z.string().min(1),
  tiers: z.array(z.object({ min: z.number(), amountFen: fen })).min(1),
  requireFullAttendance: z.boolean(),
  requireClean: z.boolean(),
  streakMonths: z.number().int().min(1),
});


export const tiers: KindModule<typeof tiersSchema> = {
  kind: 'tiers',
  schema: tiersSchema,
  title: ['阶梯奖', 'tiers'],
  labels: {
    'rules[].tiers': ['阶梯（只取最高一档）', 'tiers (highest only)'],
    'rules[].tiers[].min': ['不少于', 'at least'],
    'rules[].tiers[].amountFen': ['奖金', 'prize'],
    'rules[].requireFullAttendance': ['需全勤', 'full attendance required'],
  },
  inputs: (r, p) => [metricNeed(r.metric, p, r.rule)],
  check: (rule, c) => c.metric(rule.metric, rule.rule),
  agents(rules, s) {
    for (const { rule: r, index: i } of rules) {
      const label = s.label(r.metric);
      for (const a of s.agents) {
        const v = s.valueOf(a, r.metric);
        const clean = a.violations + a.complaints + a.qualityIssues === 0;
        const source = (r.metric === 'successes' ? a.successSource : v.source) || a.employee.cells.id || '';
        const l = v.known ? tierBonus(v.value, source, a.fullAttendance, r, clean, label) : null;
        if (!l) continue;
        a.won.add(i);
        if (streakPays(s.streak(a.employee.id, i), r.streakMonths)) a.byRule[i].push(l);
      }
    }
  },
};
