// Month-level cell functions (CALLBOARD_*): source ranges in, one engine run per month and ranges, each agent's figure out.
import { fenToYuan } from '../engine/rules/formulas.js';
import { flagLabel } from '../engine/report/labels.js';
import type { CellValue, Flag, Lang, SheetData } from '../engine/types.js';
import type { FunctionContext } from './context.js';
import type { AgentFigures, MonthFigures, MonthInput } from './figures.js';
import { cellError, elementwise, fail, guardAll, isBlank, isGrid, type Out } from './grid.js';
import { monthFiguresOnce } from './month-cache.js';
import { readId, readLang, readMonth } from './values.js';

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

/** The engine's input from the arguments (sheet names Roster/Attendance/Calls/Events). */
export function monthInput(ctx: FunctionContext, month: unknown, roster: unknown, attendance: unknown, calls: unknown,
  events?: unknown, preset?: unknown): MonthInput {
  const sheets = [sheet('Roster', roster), sheet('Attendance', attendance), sheet('Calls', calls)];
  if (!isBlank(events)) sheets.push(sheet('Events', events));
  return {
    month: readMonth(month, ctx.timeZone), timeZone: ctx.timeZone, preset: isBlank(preset) ? null : String(preset).trim(), sheets,
  };
}

const HINT_TEXT_IDS = {
  en: 'IDs with leading zeros (001) lose them in a number column: format the ID columns as plain text (Format → Number → Plain text) and type them again',
  zh: '以 0 开头的工号（001）在数字格式的列中会丢掉 0：请把工号列设为纯文本（格式 → 数字 → 纯文本）后重新录入',
} as const;

const digits = (id: string): string | null => (/^\d+$/.test(id) ? id.replace(/^0+(?=\d)/, '') : null);

/** true when `id` is digits and a known ID is the same number written with other leading zeros ('1' and '001'). */
function lostZeros(id: string, known: Iterable<string>): boolean {
  const n = digits(id);
  if (n === null) return false;
  for (const k of known) if (k !== id && digits(k) === n) return true;
  return false;
}

/** The first blocking issue as cell text (its message names sheet, row and value), with how many there are. */
function blockingText(figures: MonthFigures, lang: Lang): string | null {
  const b = figures.blocking;
  if (b === null) return null;
  const count = b.count > 1 ? ` (1/${b.count})` : '';
  // An unknown numeric ID is most often an ID column that Sheets turned into numbers.
  const hint = b.code === 'unknown-id' && /^\d+$/.test(b.value) ? `${lang === 'zh' ? '。' : '. '}${HINT_TEXT_IDS[lang]}` : '';
  return `${cellError('data')}${count}: ${b[lang]}${hint}`;
}

type Pick = (agent: AgentFigures, lang: Lang) => Out;

/** One figure per ID; an unknown ID is error text, a blank ID a blank cell; blocking data errors fill every cell. */
function perAgent(pick: Pick) {
  return (ctx: FunctionContext, ids: unknown, month: unknown, roster: unknown, attendance: unknown, calls: unknown,
    events?: unknown, preset?: unknown, language?: unknown) =>
    guardAll(() => {
      const lang = isBlank(language) ? (ctx.lang ?? 'en') : readLang(language);
      const figures = monthFiguresOnce(ctx, monthInput(ctx, month, roster, attendance, calls, events, preset));
      const blocked = blockingText(figures, lang);
      return elementwise([ids], ([id]) => {
        if (blocked !== null) return blocked;
        const key = readId(id);
        const agent = Object.prototype.hasOwnProperty.call(figures.agents, key) ? figures.agents[key] : undefined;
        if (agent !== undefined) return pick(agent, lang);
        return lostZeros(key, Object.keys(figures.agents)) ? `${cellError('id', id)} ${HINT_TEXT_IDS[lang]}` : cellError('id', id);
      });
    });
}

/** CALLBOARD_SCORE: the month score (A-SCORE-1); blank when the policy keeps no score. */
export const callboardScore = perAgent(([score]) => score ?? '');
/** CALLBOARD_FINES: positive total of the fine lines, 元. */
export const callboardFines = perAgent(([, fines]) => fenToYuan(fines));
/** CALLBOARD_BONUSES: positive total of the bonus lines, 元. */
export const callboardBonuses = perAgent(([, , bonuses]) => fenToYuan(bonuses));
/** CALLBOARD_PAYOUT: the pay formula's result, 元. */
export const callboardPayout = perAgent(([, , , payout]) => fenToYuan(payout));
/** CALLBOARD_FLAGS: the flags in the workbook's language, comma-separated ('' when none). */
export const callboardFlags = perAgent(([, , , , flags], lang) =>
  flags.map((f) => flagLabel(f as Flag, lang)).join(lang === 'zh' ? '、' : ', '));
