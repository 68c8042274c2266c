// Attendance cell functions: LATE_MINUTES, EARLY_MINUTES, ATTENDANCE_FINE, DAILY_TARGET_MET (A-ATT-1/2, A-TGT-2).
import { earlyMinutes, lateMinutes } from '../engine/attendance-minutes.js';
import { fenToYuan, lateFineFen, meetsAnyTarget } from '../engine/formulas.js';
import { elementwise, fail, type Out } from './grid.js';
import { readFenOr, readNonNegative, readNumberOr, readTime, readTimeOr } from './values.js';

export interface FunctionContext {
  /** IANA zone of the spreadsheet; Date arguments are read as wall-clock time in it */
  timeZone: string;
}

const NINE = 9 * 3600;
const EIGHTEEN = 18 * 3600;

/** LATE_MINUTES(punch, [shift_start=09:00], [grace=0]): whole minutes late per punch (A-ATT-1). */
export function lateMinutesCell(ctx: FunctionContext, punch: unknown, start?: unknown, grace?: unknown): Out | Out[][] {
  return elementwise([punch, start, grace], ([p, s, g]) =>
    lateMinutes(readTime(p, ctx.timeZone), readTimeOr(s, ctx.timeZone, NINE), readGrace(g)));
}

/** EARLY_MINUTES(punch, [shift_end=18:00], [grace=0]): whole minutes left early per punch (A-ATT-1). */
export function earlyMinutesCell(ctx: FunctionContext, punch: unknown, end?: unknown, grace?: unknown): Out | Out[][] {
  return elementwise([punch, end, grace], ([p, e, g]) =>
    earlyMinutes(readTime(p, ctx.timeZone), readTimeOr(e, ctx.timeZone, EIGHTEEN), readGrace(g)));
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
