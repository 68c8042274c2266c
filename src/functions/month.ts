// Month-level cell functions (CALLBOARD_*): source ranges in, one engine run, each agent's figure out.
import { fenToYuan } from '../engine/formulas.js';
import { DEFAULT_PRESET, getPreset } from '../engine/presets/index.js';
import { runReport } from '../engine/report.js';
import type { CellValue, EmployeeResult, Report, SheetData } from '../engine/types.js';
import type { FunctionContext } from './attendance.js';
import { cellError, elementwise, fail, guardAll, isBlank, isGrid, type Out } from './grid.js';
import { readId, readMonth } from './values.js';

/** A range argument as sheet values: header row first, cells as the engine expects them. */
function sheet(name: string, range: unknown): SheetData {
  if (!isGrid(range)) return fail('table', range);
  const values = range.map((row) => row.map(toCellValue));
  return { name, values };
}

function toCellValue(value: unknown): CellValue {
  if (value === undefined || value === '') return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return value;
  if (value instanceof Date) return value;
  return String(value);
}

/** Runs the engine for the month over the given ranges (sheet names Roster/Attendance/Calls/Events). */
export function monthReport(ctx: FunctionContext, month: unknown, roster: unknown, attendance: unknown, calls: unknown,
  events?: unknown, preset?: unknown): Report {
  const sheets = [sheet('Roster', roster), sheet('Attendance', attendance), sheet('Calls', calls)];
  if (!isBlank(events)) sheets.push(sheet('Events', events));
  const policy = getPreset(isBlank(preset) ? DEFAULT_PRESET : String(preset).trim());
  return runReport({ sheets, timeZone: ctx.timeZone }, { month: readMonth(month, ctx.timeZone), policy });
}

/** The first blocking issue as cell text (its message names sheet, row and value), with how many there are. */
function blockingText(report: Report): string | null {
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  if (errors.length === 0) return null;
  const count = errors.length > 1 ? ` (1/${errors.length})` : '';
  return `${cellError('data')}${count}: ${errors[0].message}`;
}

type Pick = (employee: EmployeeResult) => Out;

/** One figure per ID; an unknown ID is error text, a blank ID a blank cell; blocking data errors fill every cell. */
function perAgent(pick: Pick) {
  return (ctx: FunctionContext, ids: unknown, month: unknown, roster: unknown, attendance: unknown, calls: unknown,
    events?: unknown, preset?: unknown) =>
    guardAll(() => {
      const report = monthReport(ctx, month, roster, attendance, calls, events, preset);
      const blocked = blockingText(report);
      const byId = new Map(report.employees.map((e) => [e.id, e]));
      return elementwise([ids], ([id]) => {
        if (blocked !== null) return blocked;
        const employee = byId.get(readId(id));
        return employee === undefined ? cellError('id', id) : pick(employee);
      });
    });
}

/** CALLBOARD_SCORE: the month score (A-SCORE-1); blank when the policy keeps no score. */
export const callboardScore = perAgent((e) => e.score ?? '');
/** CALLBOARD_FINES: positive total of the fine lines, 元. */
export const callboardFines = perAgent((e) => fenToYuan(e.finesFen));
/** CALLBOARD_BONUSES: positive total of the bonus lines, 元. */
export const callboardBonuses = perAgent((e) => fenToYuan(e.bonusesFen));
/** CALLBOARD_PAYOUT: the pay formula's result, 元. */
export const callboardPayout = perAgent((e) => fenToYuan(e.payoutFen));
/** CALLBOARD_FLAGS: the flags, comma-separated ('' when none). */
export const callboardFlags = perAgent((e) => e.flags.join(', '));
