// The policy as data: a zod schema for every parameter the outbound-center rules take.
import { z } from 'zod';

const fen = z.number().int();
const text = z.object({ zh: z.string(), en: z.string() });
const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'time as HH:MM');
const leaveType = z.enum(['rest', 'personal', 'sick', 'annual', 'marriage', 'bereavement', 'maternity', 'injury', 'absent']);
const level = z.enum(['junior', 'intermediate', 'senior']);

/** One code of the Events sheet: what one occurrence costs or earns. */
export const eventSchema = z.object({
  code: z.string().min(1),
  /** rule id written on the Details line */
  rule: z.string().min(1),
  name: text,
  points: z.number().int(),
  /** cash per occurrence, fen; negative is a fine */
  amountFen: fen,
  /** counts as a violation for A-BON-3 and A-BON-5 */
  violation: z.boolean(),
  complaint: z.boolean(),
  quality: z.boolean(),
  /** counted in the month holding the Sunday of its Monday–Sunday week (A-BON-4 weekly picks) */
  weekly: z.boolean(),
});

export const policySchema = z.object({
  id: z.string().min(1),
  version: z.string().min(1),
  name: text,
  /** language of the generated tabs; null = follow the workbook (sheet names, then locale) */
  language: z.enum(['zh', 'en']).nullable(),
  /** A-SCORE-1, A-SCORE-2 */
  score: z.object({ base: z.number().int(), passMark: z.number().int() }),
  calendar: z.object({
    /** ISO weekdays that are workdays (1 = Monday … 7 = Sunday) */
    workWeek: z.array(z.number().int().min(1).max(7)),
    /** use Chinese statutory holidays and make-up workdays when there is no Calendar sheet */
    chineseHolidays: z.boolean(),
  }),
  attendance: z.object({
    /** A-ATT-1 schedule: first segment start is the morning clock-in, last segment end the clock-out */
    segments: z.array(z.object({ start: hhmm, end: hhmm })).min(1),
    graceMinutes: z.number().int().min(0),
    finePerMinuteFen: fen,
    /** A-ATT-2: late by more than this many minutes counts as absence */
    lateToAbsenceMinutes: z.number().int().min(0),
    /** A-ATT-5 */
    absenceFineFen: fen,
    absencePoints: z.number().int(),
    missingDayIsAbsence: z.boolean(),
    absenceDismissalCount: z.number().int().min(1),
    absenceWindowMonths: z.number().int().min(1),
    /** an absence counts as a violation for the team prize and the excellent flag */
    absenceIsViolation: z.boolean(),
    /** A-ATT-3 */
    unreportedFineFen: fen,
    unreportedPoints: z.number().int(),
    /** A-ATT-4 */
    restAllowanceDays: z.number().min(0),
    countedLeave: z.array(leaveType),
    excessLeaveFinePerDayFen: fen,
    exemptLeave: z.array(leaveType),
  }),
  events: z.array(eventSchema),
  targets: z.object({
    /** A-TGT-2: a worked day meets its target with this many successes … */
    dailySuccesses: z.number().int().min(0),
    /** … or this many connected calls */
    dailyConnected: z.number().int().min(0),
    dailyMissPoints: z.number().int(),
    /** A-TGT-1: monthly target = daily successes (per level when given) × days worked */
    monthlyMissPoints: z.number().int(),
    dailySuccessesByLevel: z.record(level, z.number().int().min(0)).optional(),
  }),
  /** A-BON-1 */
  firsts: z.array(z.object({ threshold: z.number().int().min(1), amountFen: fen })),
  /** A-BON-2: highest tier only */
  tiers: z.object({
    requireFullAttendance: z.boolean(),
    tiers: z.array(z.object({ min: z.number().int(), amountFen: fen })),
  }),
  /** A-BON-3 */
  teamPrize: z.object({
    leaderFen: fen,
    memberFen: fen,
    requireAllMetTarget: z.boolean(),
    requireClean: z.boolean(),
  }),
  /** A-BON-4 (the best-service pick is an event of the catalogue) */
  weeklyBoard: z.object({
    topN: z.number().int().min(0),
    topFen: fen,
    improvementN: z.number().int().min(0),
    improvementFen: fen,
    dialsN: z.number().int().min(0),
    dialsFen: fen,
  }),
  /** A-BON-5 */
  excellent: z.object({ topPercent: z.number().min(0).max(100) }),
  /** A-FLAG-1 */
  newHire: z.object({ firstWeekDays: z.number().int().min(1), minDials: z.number().int().min(0) }),
  /** Pay: base salary + seniority pay + bonuses − fines */
  pay: z.object({ rule: z.string().min(1), floorZero: z.boolean() }),
});

export type Policy = z.infer<typeof policySchema>;
export type PolicyEvent = z.infer<typeof eventSchema>;
