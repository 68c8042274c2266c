// Reading one cell's argument inside a custom function through the engine's cell parsers; bad values fail the cell.
import { isBad, parseId, parseMoneyFen, parseMonth, parseNumber, parseTime } from '../engine/read/cells.js';
import type { CellValue, Lang } from '../engine/types.js';
import { fail, isBlank } from './grid.js';

/** An argument as a CellValue (undefined, for a left-out argument, is blank). */
function cell(value: unknown): CellValue {
  if (value === undefined) return null;
  if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  return fail('number', value);
}

/** A number from a number cell or numeric text ('1,200', '1%' = 0.01); blank or anything else fails the cell. */
export function readNumber(value: unknown): number {
  const n = parseNumber(cell(value));
  return typeof n === 'number' ? n : fail(n === null ? 'missing' : 'number', value);
}

/** Like readNumber, but a blank cell or a left-out argument gives `fallback`. */
export function readNumberOr(value: unknown, fallback: number): number {
  return isBlank(value) ? fallback : readNumber(value);
}

/** A count or amount that must not be negative. */
export function readNonNegative(value: unknown): number {
  const n = readNumber(value);
  return n < 0 ? fail('number', value) : n;
}

/** An amount in 元 as integer fen, rounded half up at 2 decimals ('¥1,400.50' too); blank gives `fallback`. */
export function readFenOr(value: unknown, fallbackFen: number): number {
  if (isBlank(value)) return fallbackFen;
  const fen = parseMoneyFen(cell(value));
  return typeof fen === 'number' ? fen : fail('number', value);
}

/** An amount in 元 as integer fen; blank fails the cell. */
export function readFen(value: unknown): number {
  if (isBlank(value)) return fail('missing', value);
  return readFenOr(value, 0);
}

/**
 * A time of day as seconds after midnight: a Date read as wall clock in `timeZone`, a day fraction,
 * or text such as 9:07 or 09:07:30 (the engine's parseTime). Anything else fails the cell.
 */
export function readTime(value: unknown, timeZone: string): number {
  const seconds = parseTime(cell(value), timeZone);
  return isBad(seconds) ? fail('time', value) : seconds;
}

/** Like readTime, but a blank cell or a left-out argument gives `fallbackSeconds`. */
export function readTimeOr(value: unknown, timeZone: string, fallbackSeconds: number): number {
  return isBlank(value) ? fallbackSeconds : readTime(value, timeZone);
}

/** An agent ID as the engine reads it: text trimmed with leading zeros kept, whole numbers as their digits. */
export function readId(value: unknown): string {
  const id = parseId(cell(value));
  return isBad(id) ? fail('id', value) : id;
}

/** A yyyy-mm month from text ('2026-10', '2026年10月') or a Date inside it, read in the spreadsheet's zone. */
export function readMonth(value: unknown, timeZone: string): string {
  const month = parseMonth(cell(value), timeZone);
  return isBad(month) ? fail('month', value) : month;
}

const LANGS: Record<string, Lang> = { en: 'en', english: 'en', 英文: 'en', 英语: 'en', zh: 'zh', chinese: 'zh', 中文: 'zh', 汉语: 'zh' };

/** A language argument: en / English / 英文, zh / Chinese / 中文 (also zh_CN, en-US); anything else fails the cell. */
export function readLang(value: unknown): Lang {
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return LANGS[text] ?? LANGS[text.split(/[-_]/)[0]] ?? fail('option', value);
}

/** Grace modes by their English and Chinese names. */
const GRACE_MODES: Record<string, GraceMode> = { threshold: 'threshold', 宽限: 'threshold', forgive: 'forgive', 扣除: 'forgive' };
export type GraceMode = 'threshold' | 'forgive';

/** A grace mode: threshold / 宽限 (default when blank) or forgive / 扣除; anything else fails the cell. */
export function readGraceMode(value: unknown): GraceMode {
  if (isBlank(value)) return 'threshold';
  const text = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return GRACE_MODES[text] ?? fail('option', value);
}
