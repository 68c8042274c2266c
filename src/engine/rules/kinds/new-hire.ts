// The new hire kind (A-FLAG-1): too little of a metric in the first days after the hire date raises a flag.
import { z } from 'zod';
import { activityOf } from '../../month/activity.js';
import type { Prepared } from '../../month/month.js';
import { addDays, monthBounds } from '../../read/dates.js';
import { metricNeed } from '../needs.js';
import { metricOf } from '../metrics.js';
import { flagSchema, ruleId } from '../schema.js';
import type { Employee } from '../../types.js';
import type { KindModule } from './kind.js';

/** new hire: too little of a metric in the first days after the hire date → flag (A-FLAG-1). */
export const newHireSchema = z.object({
  kind: z.literal('new-hire'),
  rule: ruleId,
  days: z.number().int().min(1),
  metric: z.string().min(1),
  min: z.number().min(0),
  flag: flagSchema,
});

export type NewHireRule = z.infer<typeof newHireSchema>;

export const newHire: KindModule<typeof newHireSchema> = {
  kind: 'new-hire',
  schema: newHireSchema,
  title: ['新员工', 'new hire'],
  labels: {
    'rules[].days': ['天数', 'days'],
    'rules[].min': ['最少', 'minimum'],
  },
  // Without hire dates nobody is a new hire: the column is optional (a near-miss header is still pointed out).
  inputs: (r, p) => [metricNeed(r.metric, p, r.rule), { role: 'roster', columns: [['hireDate']], rows: false, rules: [r.rule], optional: true }],
  check: (rule, c) => c.metric(rule.metric, rule.rule),
  standing(rules, a, s) {
    for (const r of rules) if (newHireFailed(s.m.p, a.employee, s.m.month, r)) a.flags.add(r.flag);
  },
};

/** A-FLAG-1: a new hire whose first days (ending this month) have less of the metric than the minimum. */
function newHireFailed(p: Prepared, employee: Employee, month: string, rule: NewHireRule): boolean {
  const hire = employee.hireDate;
  if (hire === null) return false;
  const end = addDays(hire, rule.days - 1);
  const { first, last } = monthBounds(month);
  if (end < first || end > last) return false;
  return metricOf(activityOf(p.activity, employee.id), p.kpi, employee.id, month, rule.metric, hire, end).value < rule.min;
}
