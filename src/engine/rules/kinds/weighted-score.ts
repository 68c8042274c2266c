// The weighted score kind (C-KPI-1): KPI components, each weight × attainment capped at the weight, in place of the base score.
import { z } from 'zod';
import { metricNeed } from '../needs.js';
import { ruleId, text } from '../schema.js';
import { kpiAttainment, kpiScore, roundHalfUp } from '../formulas.js';
import { line } from '../../month/lines.js';
import type { KpiIndex } from '../metrics.js';
import type { Employee, Line } from '../../types.js';
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


export type WeightedRule = z.infer<typeof weightedSchema>;

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

/**
 * C-KPI-1: the weighted score (0.01 point) from the agent's KPI row of the month, with one Details line (0 points) naming
 * each component's value, target and score; null when the agent has no KPI row. A ratio with a zero denominator scores 0.
 */
export function weightedScore(rule: WeightedRule, kpi: KpiIndex, employee: Employee, month: string):
{ score: number; line: Line } | null {
  const row = kpi.row(employee.id, month);
  if (!row) return null;
  const parts: { zh: string; en: string }[] = [];
  const items = rule.components.map((c) => {
    const num = kpi.get(employee.id, month, c.numerator)?.value ?? 0;
    const den = c.denominator === null ? 1 : kpi.get(employee.id, month, c.denominator)?.value ?? 0;
    const value = den === 0 ? (c.lowerIsBetter ? Number.POSITIVE_INFINITY : 0) : num / den;
    const item = { value, target: c.target, weight: c.weight, lowerIsBetter: c.lowerIsBetter };
    const got = roundHalfUp(c.weight * kpiAttainment(item) * 100) / 100;
    const shown = Number.isFinite(value) ? Math.round(value * 10000) / 10000 : '—';
    parts.push({ zh: `${c.name.zh} ${shown}/${c.target} → ${got}/${c.weight}`, en: `${c.name.en} ${shown}/${c.target} → ${got}/${c.weight}` });
    return item;
  });
  const score = kpiScore(items);
  const cells = Object.values(row.cells);
  const source = cells.length === 0 ? '' : `${cells[0]}:${cells[cells.length - 1].slice(cells[cells.length - 1].lastIndexOf('!') + 1)}`;
  return { score, line: line(rule.rule, null, 'points', 0, 0, source,
    `加权得分 ${score}：${parts.map((p) => p.zh).join('；')}`, `weighted score ${score}: ${parts.map((p) => p.en).join('; ')}`) };
}
