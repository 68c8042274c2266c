// The commission kind (B-COM-1, C-PAY-1): per unit, percent with a cap per item or per period, a pool ÷ headcount; ../commissions.ts pays it.
import { z } from 'zod';
import { isCallMetric } from '../call-metrics.js';
import { agentCommission, poolCommission } from '../commissions.js';
import { metricNeed } from '../needs.js';
import { metricLabel, metricOf } from '../metrics.js';
import { fen, ruleId, text } from '../schema.js';
import type { KindModule } from './kind.js';

/** commission: per unit, percent with a cap per item or per period, or a shared pool ÷ headcount. */
export const commissionSchema = z.object({
  kind: z.literal('commission'),
  rule: ruleId,
  name: text,
  basis: z.enum(['per-unit', 'percent', 'pool']),
  metric: z.string().min(1),
  rateFen: fen,
  percent: z.number().min(0),
  capFen: fen.nullable(),
  capPer: z.enum(['item', 'period']),
});


export const commission: KindModule<typeof commissionSchema> = {
  kind: 'commission',
  schema: commissionSchema,
  title: ['提成', 'commission'],
  labels: {
    'rules[].rateFen': ['每件金额', 'amount per unit'],
    'rules[].percent': ['百分比', 'percent'],
    'rules[].capFen': ['封顶（留空不封顶）', 'cap (blank = none)'],
    'rules[].capPer': ['封顶范围', 'cap per'],
  },
  inputs: (r, p) => [metricNeed(r.metric, p, r.rule)],
  check(rule, c) {
    c.metric(rule.metric, rule.rule);
    // Per-item caps look at every call record; aggregated records (src/calls) only carry day totals.
    if (c.src.callAggregates && rule.basis === 'percent' && rule.capPer === 'item' && isCallMetric(rule.metric)) {
      throw new Error(`rule ${rule.rule}: a cap per item needs the call records one by one, not aggregated call records`,
        { cause: { code: 'calls-aggregated', rule: rule.rule } });
    }
  },
  agent(rule, index, a) {
    if (rule.basis === 'pool') return;
    const { p, month, bounds } = a.m;
    const value = metricOf(a.activity, p.kpi, a.id, month, rule.metric, bounds.first, bounds.last);
    const l = agentCommission(rule, a.activity, bounds, value, metricLabel(rule.metric, p.policy.kpiColumns), a.employee.cells.id ?? '');
    if (l) a.byRule[index].push(l);
  },
  agents(rules, s) {
    for (const { rule: r, index: i } of rules) {
      if (r.basis !== 'pool') continue;
      const values = s.agents.map((a) => ({ id: a.employee.id, value: s.valueOf(a, r.metric) }));
      for (const [id, l] of poolCommission(r, values, s.label(r.metric))) s.push(id, i, [l]);
    }
  },
};
