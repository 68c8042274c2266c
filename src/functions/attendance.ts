// Attendance cell functions: LATE_MINUTES, EARLY_MINUTES, ATTENDANCE_FINE, DAILY_TARGET_MET (A-ATT-1/2, A-TGT-2).
import { earlyMinutes, lateMinutes } from '../engine/rules/attendance-minutes.js';
import { fenToYuan, lateFineFen, meetsAnyTarget } from '../engine/rules/formulas.js';
import type { FunctionContext } from './context.js';
import { elementwise, fail, type Out } from './grid.js';
import { type GraceMode, readFenOr, readGraceMode, readNonNegative, readNumberOr, readTime, readTimeOr } from './values.js';

export type { FunctionContext } from './context.js';

const NINE = 9 * 3600;
const EIGHTEEN = 18 * 3600;

/**
 * Minutes counted after grace. threshold (宽限, the engine's A-ATT-1 reading): up to `grace` minutes is on time, past
 * it every minute counts, so 9:07 with 5 is 7. forgive (扣除): the first `grace` minutes are never counted, so 9:07 is 2.
 */
function afterGrace(minutes: number, grace: number, mode: GraceMode): number {
  if (mode === 'forgive') return Math.max(0, minutes - grace);
  return minutes > grace ? minutes : 0;
}

/** LATE_MINUTES(punch, [shift_start=09:00], [grace=0], [grace_mode=threshold]): whole minutes late per punch (A-ATT-1). */
export function lateMinutesCell(ctx: FunctionContext, punch: unknown, start?: unknown, grace?: unknown, mode?: unknown): Out | Out[][] {
  return elementwise([punch, start, grace, mode], ([p, s, g, m]) =>
    afterGrace(lateMinutes(readTime(p, ctx.timeZone), readTimeOr(s, ctx.timeZone, NINE)), readGrace(g), readGraceMode(m)));
}

/** EARLY_MINUTES(punch, [shift_end=18:00], [grace=0], [grace_mode=threshold]): whole minutes left early per punch (A-ATT-1). */
export function earlyMinutesCell(ctx: FunctionContext, punch: unknown, end?: unknown, grace?: unknown, mode?: unknown): Out | Out[][] {
  return elementwise([punch, end, grace, mode], ([p, e, g, m]) =>
    afterGrace(earlyMinutes(readTime(p, ctx.timeZone), readTimeOr(e, ctx.timeZone, EIGHTEEN)), readGrace(g), readGraceMode(m)));
}

/** Grace minutes: blank is 0, negative fails the cell. */
function readGrace(value: unknown): number {
  const minutes = readNumberOr(value, 0);
  return minutes < 0 ? fail('number', value) : minutes;
}

/** ATTENDANCE_FINE(late_minutes, [per_minute=1], [absence_after=60], [absence_fine=100]): 元 (A-ATT-1, A-ATT-2). */
export function attendanceFine(late: unknown, perMinute?: unknown, absenceAfter?: unknown, absenceFine?: unknown): Out | Out[][] {
  return elementwise([late, perMinute, absenceAfter, absenceFine], ([m, p, a, f]) => fenToYuan(lateFineFen(
    readNonNegative(m),
    readFenOr(p, 100),
    readNumberOr(a, 60),
    readFenOr(f, 10_000),
  )));
}

/** DAILY_TARGET_MET(successes, connected, [success_target=45], [connected_target=100]): any-of (A-TGT-2). */
export function dailyTargetMet(successes: unknown, connected: unknown, successTarget?: unknown, connectedTarget?: unknown): Out | Out[][] {
  return elementwise([successes, connected, successTarget, connectedTarget], ([s, c, st, ct]) => meetsAnyTarget(
    [readNonNegative(s), readNumberOr(c, 0)],
    [readNumberOr(st, 45), readNumberOr(ct, 100)],
  ));
}
