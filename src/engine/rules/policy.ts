// The policy as data: calendar, score, KPI columns, an ordered list of rule kinds (rules/kinds/) and the pay formula.
import { z } from 'zod';
import { ruleSchema } from './kinds/index.js';
import { leaveTypeSchema, text } from './schema.js';

export type { AttendanceRule, CatalogueRule, PolicyEvent, Rule, RuleKind, RuleOf, Step, TargetRule } from './kinds/index.js';
export { ruleOf, rulesOf } from './select.js';

/** The pay formula (B-PAY, C-PAY; A-PAY default): which components, which rule ids, rounding to fen, floor. */
export const paySchema = z.object({
  /** rule id of the base salary, seniority and floor lines */
  rule: z.string().min(1),
  /** B-PAY-1: base salary × days attended ÷ days expected */
  base: z.enum(['full', 'prorated']),
  /** leave types that count as days attended when the base is prorated */
  paidLeave: z.array(leaveTypeSchema),
  /** B-PAY-2 performance base − performance deductions + refund; C-PAY-2 score ÷ 100 × performance base */
  performance: z.enum(['none', 'deductions', 'score']),
  performanceRule: z.string().min(1),
  seniority: z.boolean(),
  /** fixed pay for percent-of-fixed-pay amounts (C-PEN): which Roster amounts it adds up */
  fixedPay: z.object({ baseSalary: z.boolean(), performanceBase: z.boolean(), seniority: z.boolean() }),
  floorZero: z.boolean(),
});

export const policySchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  name: text,
  /** language of the generated tabs; null = follow the workbook (sheet names, then locale) */
  language: z.enum(['zh', 'en']).nullable(),
  /** A-SCORE-1, A-SCORE-2: month score = base + points (or the weighted score + points when the policy has one) */
  score: z.object({ base: z.number().int() }),
  calendar: z.object({
    /** ISO weekdays that are workdays (1 = Monday … 7 = Sunday) */
    workWeek: z.array(z.number().int().min(1).max(7)),
    /** use Chinese statutory holidays and make-up workdays when there is no Calendar sheet */
    chineseHolidays: z.boolean(),
  }),
  /** KPI sheet columns by metric key: the header texts (English and 中文) that feed it */
  kpiColumns: z.array(z.object({ key: z.string().min(1), headers: z.array(z.string().min(1)).min(1) })),
  /** metric of the Ranking tab */
  rankingMetric: z.string().min(1),
  rules: z.array(ruleSchema),
  pay: paySchema,
  /** what dialer statuses mean, per call export (src/engine/imports/statuses.ts); absent = the defaults */
  callStatuses: z.array(z.object({
    export: z.string().min(1),
    notDial: z.array(z.string()),
    connected: z.array(z.string()),
    success: z.array(z.string()).nullable(),
  })).optional(),
});

export type Policy = z.infer<typeof policySchema>;
export type PayRules = z.infer<typeof paySchema>;
