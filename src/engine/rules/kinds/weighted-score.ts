// The weighted score kind (C-KPI-1): KPI components, each weight × attainment capped at the weight; ../../month/standing.ts scores it.
import { z } from 'zod';
import { metricNeed } from '../needs.js';
import { ruleId, text } from '../schema.js';
import { weightedScore } from '../../month/standing.js';
import type { KindModule } from './kind.js';

/** weighted score (C-KPI-1): components from KPI columns, each weight × attainment capped at the weight. */
export const weightedSchema = z.object({
  kind: z.literal('weighted-score'),
  rule: ruleId,
  components: z.array(z.object({
    key: z.string().min(1),
    name: text,
    weight: z.number().min(0),
    numerator: z.string().min(1),
    /** null = the numerator column is the measured value itself */
    denominator: z.string().nullable(),
    target: z.number().gt(0),
    /** response time: full at or under target, 0 at twice the target */
    lowerIsBetter: z.boolean(),
  })).min(1),
});


export const weighted: KindModule<typeof weightedSchema> = {
  kind: 'weighted-score',
  schema: weightedSchema,
  title: ['加权评分', 'weighted score'],
  once: true,
  labels: {
    'rules[].components': ['评分项', 'score components'],
    'rules[].components[].key': ['代码', 'key'],
    'rules[].components[].name': ['名称', 'name'],
    'rules[].components[].weight': ['权重', 'weight'],
    'rules[].components[].numerator': ['分子列', 'numerator'],
    'rules[].components[].denominator': ['分母列', 'denominator'],
    'rules[].components[].target': ['目标', 'target'],
    'rules[].components[].lowerIsBetter': ['越低越好', 'lower is better'],
  },
  inputs: (r, p) => r.components.flatMap((c) => [c.numerator, ...(c.denominator ? [c.denominator] : [])])
    .map((m) => metricNeed(m, p, r.rule)),
  // The month score starts from the weighted score instead of the policy's base (none without a KPI row).
  agent(rule, index, a) {
    const w = weightedScore(rule, a.m.p.kpi, a.employee, a.m.month);
    if (w) a.byRule[index].push(w.line);
    a.weighted = w?.score ?? null;
    a.base = a.weighted;
  },
};
