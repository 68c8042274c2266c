// The bands kind (C-GRD-1, C-LVL-1): the lowest score of the last N months → grade or level.
import { z } from 'zod';
import { bandFor } from '../formulas.js';
import type { MonthStanding } from '../../month/standing.js';
import { ruleId } from '../schema.js';
import type { KindModule } from './kind.js';

/** bands: the score (lowest over the last N months) → grade or level. */
export const bandsSchema = z.object({
  kind: z.literal('bands'),
  rule: ruleId,
  output: z.enum(['grade', 'level']),
  months: z.number().int().min(1),
  bands: z.array(z.object({ min: z.number(), label: z.string().min(1) })).min(1),
});


export type BandsRule = z.infer<typeof bandsSchema>;

export const bands: KindModule<typeof bandsSchema> = {
  kind: 'bands',
  schema: bandsSchema,
  title: ['分档', 'bands'],
  labels: {
    'rules[].output': ['输出', 'output'],
    'rules[].months': ['取最近月数', 'months'],
    'rules[].bands': ['分档', 'bands'],
    'rules[].bands[].min': ['分数不低于', 'score at least'],
    'rules[].bands[].label': ['档位', 'band'],
  },
  inputs: () => [],
  standing(rules, a, s) {
    for (const r of rules) {
      const label = bandOf(r, s.history);
      if (r.output === 'grade') a.grade = label;
      else a.level = label;
    }
  },
};

/** C-GRD-1 / C-LVL-1: the band of the lowest score over the last N months (null when a month has no score). */
export function bandOf(rule: BandsRule, history: (k: number) => MonthStanding | null): string | null {
  const scores: number[] = [];
  for (let k = 0; k < rule.months; k++) {
    const s = history(k)?.score;
    if (s === null || s === undefined) return null;
    scores.push(s);
  }
  return bandFor(Math.min(...scores), rule.bands);
}
