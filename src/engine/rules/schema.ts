// The general rule kinds of policies.md §6 as zod schemas: every rule has a `kind` tag and the rule id its lines carry.
import { z } from 'zod';

export const fen = z.number().int();
export const text = z.object({ zh: z.string(), en: z.string() });
const points = z.number().int();
const ruleId = z.string().min(1);
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
export const leaveTypeSchema = z.enum(['rest', 'personal', 'sick', 'annual', 'marriage', 'bereavement', 'maternity', 'injury', 'absent']);
export const levelSchema = z.enum(['junior', 'intermediate', 'senior']);
export const flagSchema = z.enum(['warning', 'dismissal-recommended', 'demotion-or-dismissal', 'demote', 'promote', 'confirm',
  'probation-failed', 'eliminate', 'reassign', 'excellent']);
/** A value per level (junior 初级 / intermediate 中级 / senior 高级). */
const perLevel = z.object({ junior: z.number(), intermediate: z.number(), senior: z.number() });

/** What one step of a consequence costs or earns: points, cash (fen), a percent of fixed pay, a flag. */
export const stepSchema = z.object({
  points,
  amountFen: fen,
  /** negative: a fine of this percent of fixed pay (C-PEN) */
  fixedPayPercent: z.number(),
  flag: flagSchema.nullable(),
});

/** attendance: schedule, lateness fines and point ladder, leave, absence, rest allowance, full attendance. */
export const attendanceKind = z.object({
  kind: z.literal('attendance'),
  /** rule id of lateness and early-leave lines (A-ATT-1, B-ATT-1) */
  rule: ruleId,
  absenceRule: ruleId,
  unreportedRule: ruleId,
  excessLeaveRule: ruleId,
  /** first segment start is the morning clock-in, last segment end the clock-out */
  segments: z.array(z.object({ start: hhmm, end: hhmm })).min(1),
  graceMinutes: z.number().int().min(0),
  finePerMinuteFen: fen,
  /** B-ATT-1: points for one late arrival or early leave, by whole minutes (highest step reached) */
  latePoints: z.array(z.object({ minMinutes: z.number().int().min(1), points })),
  /** A-ATT-2: late by more than this many minutes counts as absence; null = never */
  lateToAbsenceMinutes: z.number().int().min(0).nullable(),
  absenceFineFen: fen,
  absencePoints: points,
  missingDayIsAbsence: z.boolean(),
  /** A-ATT-5: this many absences within the window recommend dismissal; null = no such rule */
  absenceLimit: z.object({ count: z.number().int().min(1), windowMonths: z.number().int().min(1) }).nullable(),
  /** an absence counts as a violation (bars clean-record prizes) */
  absenceIsViolation: z.boolean(),
  unreportedFineFen: fen,
  unreportedPoints: points,
  restAllowanceDays: z.number().min(0),
  countedLeave: z.array(leaveTypeSchema),
  excessLeaveFinePerDayFen: fen,
  exemptLeave: z.array(leaveTypeSchema),
  /** full attendance (全勤): no lateness, early leave, absence, and at most this many days of counted leave */
  fullAttendanceMaxLeaveDays: z.number().min(0),
});

/** One code of the Events sheet. With `steps`, the nth occurrence (in the month, or nth consecutive month) takes step n. */
export const eventSchema = z.object({
  code: z.string().min(1),
  rule: ruleId,
  name: text,
  points,
  amountFen: fen,
  fixedPayPercent: z.number(),
  /** C-PAY-2: percent of the month's score (−10 = a tenth of the score off) */
  scorePercent: z.number(),
  flag: flagSchema.nullable(),
  /** counts as a violation, complaint or quality issue (clean-record conditions) */
  violation: z.boolean(),
  complaint: z.boolean(),
  quality: z.boolean(),
  /** counted in the month holding the Sunday of its Monday–Sunday week (A-BON-4 weekly picks) */
  weekly: z.boolean(),
  escalation: z.enum(['none', 'occurrence', 'months']),
  steps: z.array(stepSchema),
});

/** event catalogue: a named list of codes; a policy may hold several (floor-discipline's is reusable). */
export const catalogueKind = z.object({
  kind: z.literal('catalogue'),
  rule: ruleId,
  name: text,
  events: z.array(eventSchema),
});

/** target: metric(s) per period and level, any-of/all-of, consequence per miss, monthly refund, consecutive-month ladder. */
export const targetKind = z.object({
  kind: z.literal('target'),
  rule: ruleId,
  name: text,
  period: z.enum(['day', 'week', 'month']),
  metrics: z.array(z.object({ metric: z.string().min(1), value: z.number().min(0), byLevel: perLevel.nullable() })).min(1),
  combine: z.enum(['any', 'all']),
  /** fixed: the value is the period's target; days-worked / workdays: value per day × those days of the period */
  scale: z.enum(['fixed', 'days-worked', 'workdays']),
  direction: z.enum(['at-least', 'at-most']),
  /** the period is met at this percent of its target (B-TGT-2: 90) */
  thresholdPercent: z.number().min(0),
  /** what each missed period costs */
  miss: stepSchema,
  /** C-PEN-1: the miss of the nth consecutive month takes step n instead (empty = always `miss`) */
  streakSteps: z.array(stepSchema),
  /** B-TGT-2: share of the month's miss amounts refunded when the month total reaches 100% of its target */
  refundPercent: z.number().min(0).max(100),
  /** lines of this target are deducted from performance pay (B-PAY-2) rather than from pay */
  performance: z.boolean(),
});

/** tier table: highest tier reached by a month metric; optionally held for N months running (paid each Nth). */
export const tiersKind = z.object({
  kind: z.literal('tiers'),
  rule: ruleId,
  name: text,
  metric: z.string().min(1),
  tiers: z.array(z.object({ min: z.number(), amountFen: fen })).min(1),
  requireFullAttendance: z.boolean(),
  requireClean: z.boolean(),
  streakMonths: z.number().int().min(1),
});

/** rank prize: top N or top % by a metric per week or month, or by improvement over the previous period. */
export const rankKind = z.object({
  kind: z.literal('rank'),
  rule: ruleId,
  name: text,
  metric: z.string().min(1),
  period: z.enum(['week', 'month']),
  basis: z.enum(['value', 'improvement']),
  topN: z.number().int().min(0),
  /** when set, the top share of all agents instead of top N (A-BON-5: 60) */
  topPercent: z.number().min(0).max(100).nullable(),
  amountFen: fen,
  flag: flagSchema.nullable(),
  requireClean: z.boolean(),
  /** C-BON-1: in the top for this many months running; paid in every Nth month of the run */
  streakMonths: z.number().int().min(1),
});

/** first to reach: the first agent to reach each threshold of a month metric (same-day ties share). */
export const firstKind = z.object({
  kind: z.literal('first'),
  rule: ruleId,
  metric: z.string().min(1),
  thresholds: z.array(z.object({ threshold: z.number().int().min(1), amountFen: fen })),
});

/** team prize: teams ranked by a metric per head; the top team's leader, members and a shared amount. */
export const teamKind = z.object({
  kind: z.literal('team'),
  rule: ruleId,
  name: text,
  metric: z.string().min(1),
  leaderFen: fen,
  memberFen: fen,
  /** split equally among the members (C-BON-2 best team 500 元) */
  sharedFen: fen,
  /** every member met this target rule's month (null = no condition) */
  requireTarget: z.string().nullable(),
  requireClean: z.boolean(),
});

/** commission: per unit, percent with a cap per item or per period, or a shared pool ÷ headcount. */
export const commissionKind = z.object({
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

/** weighted score (C-KPI-1): components from KPI columns, each weight × attainment capped at the weight. */
export const weightedKind = z.object({
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

/** bands: the score (lowest over the last N months) → grade or level. */
export const bandsKind = z.object({
  kind: z.literal('bands'),
  rule: ruleId,
  output: z.enum(['grade', 'level']),
  months: z.number().int().min(1),
  bands: z.array(z.object({ min: z.number(), label: z.string().min(1) })).min(1),
});

/** status rule: conditions over a window of months (0 = this month) → flag, or `otherwise` when they fail. */
export const statusKind = z.object({
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

/** new hire: too little of a metric in the first days after the hire date → flag (A-FLAG-1). */
export const newHireKind = z.object({
  kind: z.literal('new-hire'),
  rule: ruleId,
  days: z.number().int().min(1),
  metric: z.string().min(1),
  min: z.number().min(0),
  flag: flagSchema,
});

export const ruleSchema = z.discriminatedUnion('kind', [attendanceKind, catalogueKind, targetKind, tiersKind, rankKind,
  firstKind, teamKind, commissionKind, weightedKind, bandsKind, statusKind, newHireKind]);

export type Rule = z.infer<typeof ruleSchema>;
export type RuleKind = Rule['kind'];
export type RuleOf<K extends RuleKind> = Extract<Rule, { kind: K }>;
export type AttendanceRule = RuleOf<'attendance'>;
export type CatalogueRule = RuleOf<'catalogue'>;
export type PolicyEvent = z.infer<typeof eventSchema>;
export type Step = z.infer<typeof stepSchema>;
export type TargetRule = RuleOf<'target'>;
