// The first-to-reach kind (A-BON-1): the first agent to reach each threshold of a month's calls; ../bonuses.ts finds them.
import { z } from 'zod';
import { firstToReach } from '../bonuses.js';
import { isCallMetric } from '../call-metrics.js';
import { metricNeed } from '../needs.js';
import { fen, ruleId } from '../schema.js';
import type { KindModule } from './kind.js';

/** first to reach: the first agent to reach each threshold of a month metric (same-day ties share). */
export const firstSchema = z.object({
  kind: z.literal('first'),
  rule: ruleId,
  metric: z.string().min(1),
  thresholds: z.array(z.object({ threshold: z.number().int().min(1), amountFen: fen })),
});


export const first: KindModule<typeof firstSchema> = {
  kind: 'first',
  schema: firstSchema,
  title: ['率先达标奖', 'first to reach'],
  labels: {
    'rules[].thresholds': ['达标档', 'thresholds'],
    'rules[].thresholds[].threshold': ['达到', 'reaches'],
    'rules[].thresholds[].amountFen': ['奖金', 'prize'],
  },
  inputs: (r, p) => [metricNeed(r.metric, p, r.rule)],
  check(rule, c) {
    c.metric(rule.metric, rule.rule);
    if (!isCallMetric(rule.metric)) c.fault(rule.rule, `"${rule.metric}" is not a Calls sheet metric, which this rule needs`);
  },
  agents(rules, s) {
    for (const { rule: r, index: i } of rules) {
      if (!isCallMetric(r.metric)) continue;
      for (const [id, lines] of firstToReach(s.pool, r.thresholds, s.m.bounds, r.rule, r.metric)) s.push(id, i, lines);
    }
  },
};
