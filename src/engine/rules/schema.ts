// What the rule kinds' zod schemas share (money, text, flags, steps); each kind's own schema is in rules/kinds/.
import { z } from 'zod';

export const fen = z.number().int();
export const text = z.object({ zh: z.string(), en: z.string() });
export const points = z.number().int();
/** the rule id a kind's lines carry */
export const ruleId = z.string().min(1);
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
export const leaveTypeSchema = z.enum(['rest', 'personal', 'sick', 'annual', 'marriage', 'bereavement', 'maternity', 'injury', 'absent']);
export const levelSchema = z.enum(['junior', 'intermediate', 'senior']);
export const flagSchema = z.enum(['warning', 'dismissal-recommended', 'demotion-or-dismissal', 'demote', 'promote', 'confirm',
  'probation-failed', 'eliminate', 'reassign', 'excellent']);
/** A value per level (junior 初级 / intermediate 中级 / senior 高级). */
export const perLevel = z.object({ junior: z.number(), intermediate: z.number(), senior: z.number() });

/** What one step of a consequence costs or earns: points, cash (fen), a percent of fixed pay, a flag. */
export const stepSchema = z.object({
  points,
  amountFen: fen,
  /** negative: a fine of this percent of fixed pay (C-PEN) */
  fixedPayPercent: z.number(),
  flag: flagSchema.nullable(),
});

export type Step = z.infer<typeof stepSchema>;
