// The custom functions by name, each guarded so a fault shows as cell text instead of a stack trace.
import { attendanceFine, dailyTargetMet, earlyMinutesCell, lateMinutesCell } from './attendance.js';
import { CUSTOM_FUNCTIONS } from './catalog.js';
import type { FunctionContext } from './context.js';
import { CELL_ERRORS } from './grid.js';
import { callboardBonuses, callboardFines, callboardFlags, callboardPayout, callboardScore } from './month.js';
import { commission, grade, kpiScoreRows, prorate, tierBonus } from './pay.js';

export type { FunctionContext, TextCache } from './context.js';
export type CustomFunctionImpl = (ctx: FunctionContext, ...args: unknown[]) => unknown;

type MonthFunction = typeof callboardScore;
const perMonth = (fn: MonthFunction): CustomFunctionImpl => (ctx, ids, month, roster, attendance, calls, events, preset, language) =>
  fn(ctx, ids, month, roster, attendance, calls, events, preset, language);

const impls: Record<string, CustomFunctionImpl> = {
  LATE_MINUTES: (ctx, punch, start, grace, mode) => lateMinutesCell(ctx, punch, start, grace, mode),
  EARLY_MINUTES: (ctx, punch, end, grace, mode) => earlyMinutesCell(ctx, punch, end, grace, mode),
  ATTENDANCE_FINE: (_ctx, late, perMinute, after, fine) => attendanceFine(late, perMinute, after, fine),
  DAILY_TARGET_MET: (_ctx, s, c, st, ct) => dailyTargetMet(s, c, st, ct),
  TIER_BONUS: (_ctx, value, tiers) => tierBonus(value, tiers),
  COMMISSION: (_ctx, base, rate, cap) => commission(base, rate, cap),
  PRORATE: (_ctx, amount, attended, expected) => prorate(amount, attended, expected),
  KPI_SCORE: (_ctx, values, targets, weights) => kpiScoreRows(values, targets, weights),
  GRADE: (_ctx, score, bands) => grade(score, bands),
  CALLBOARD_SCORE: perMonth(callboardScore),
  CALLBOARD_FINES: perMonth(callboardFines),
  CALLBOARD_BONUSES: perMonth(callboardBonuses),
  CALLBOARD_PAYOUT: perMonth(callboardPayout),
  CALLBOARD_FLAGS: perMonth(callboardFlags),
};

/** The one place a programming or configuration fault inside a custom function becomes cell text. */
function guarded(name: string, impl: CustomFunctionImpl): CustomFunctionImpl {
  return (ctx, ...args) => {
    try {
      return impl(ctx, ...args);
    } catch (error) {
      const code = (error as { cause?: { code?: unknown } }).cause?.code;
      const message = error instanceof Error ? error.message : String(error);
      return `${CELL_ERRORS.fault} ${name}: ${message}${typeof code === 'string' ? ` (${code})` : ''}`;
    }
  };
}

/** Every custom function of the catalogue, by name; the Apps Script stubs call these with the spreadsheet's zone. */
export const customFunctionImpls: Record<string, CustomFunctionImpl> = Object.fromEntries(
  CUSTOM_FUNCTIONS.map((spec) => {
    const impl = impls[spec.name];
    if (impl === undefined) throw new Error(`custom function ${spec.name} has no implementation`, { cause: { code: 'missing-impl' } });
    return [spec.name, guarded(spec.name, impl)];
  }),
);
