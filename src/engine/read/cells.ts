// Cell parsers: one CellValue in, a typed value or a Bad reason out; user data never makes them throw.
import { isoOfDay, scan, scanDateText, scanMonthText, scanTime, wallMs } from './sources/clock.js';
import type { CellValue } from '../types.js';
import { Bad, BLANK, FORMULA_NO_VALUE, NO_CACHED_VALUE } from './sources/bad.js';

export { Bad, BLANK, FORMULA_NO_VALUE, isBad, NO_CACHED_VALUE } from './sources/bad.js';

const BAD_ID = new Bad('bad-id', 'is not an ID');
const BAD_DATE = new Bad('bad-date', 'is not a date');
const BAD_TIME = new Bad('bad-time', 'not a time of day');
const BAD_COUNT = new Bad('bad-count', 'is not a whole number of 0 or more');
const BAD_NUMBER = new Bad('bad-number', 'is not a number');
const BAD_MONEY = new Bad('bad-money', 'is not an amount in yuan');
const BAD_MONTH = new Bad('bad-month', 'is not a month');

const DAY_S = 86_400;
/** Day number (since 1970-01-01) of spreadsheet serial 0, 1899-12-30. */
const SERIAL_EPOCH_DAY = -25_569;
/** Serial of 2200-01-01: larger numbers are not dates. */
const SERIAL_MAX = 109_575;

/** Full-width ASCII (ＡＢ１２：－) and the ideographic space as plain ASCII; returns s itself when there are none. */
export function toHalfWidth(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) < 0x3000) i++;
  if (i === s.length) return s;
  let out = s.slice(0, i);
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) out += String.fromCharCode(c - 0xfee0);
    else if (c === 0x3000) out += ' ';
    else out += s[i];
  }
  return out;
}

/** Blank: null, undefined, or text of spaces only. */
export function isBlank(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  if (typeof v !== 'string') return false;
  for (let i = 0; i < v.length; i++) {
    const c = v.charCodeAt(i);
    if (c > 32 && c !== 0x3000 && c !== 0xa0) return false;
  }
  return true;
}

/** Half-width, trimmed, lower-case: the form lookups compare. */
export function normText(s: string): string {
  return toHalfWidth(s).trim().toLowerCase();
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : `${n}`;
}

/** A cell as the text an issue shows: Dates as wall clock in the zone, time-only cells as hh:mm:ss. */
export function cellText(v: CellValue | undefined, timeZone: string): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return String(v);
  const t = v.getTime();
  if (Number.isNaN(t)) return String(v);
  const sec = Math.round(wallMs(t, timeZone) / 1000);
  const day = Math.floor(sec / DAY_S);
  const s = sec - day * DAY_S;
  const time = `${pad2(Math.floor(s / 3600))}:${pad2(Math.floor(s / 60) % 60)}:${pad2(s % 60)}`;
  if (day === SERIAL_EPOCH_DAY) return time;
  return s === 0 ? isoOfDay(day) : `${isoOfDay(day)} ${time}`;
}

/** An ID as text, trimmed; numbers become their integer text (7 → "7"); text keeps leading zeros ("007"). */
export function parseId(v: CellValue): string | Bad {
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    return s === '' ? BLANK : s;
  }
  if (typeof v === 'number') return Number.isSafeInteger(v) && v >= 0 ? String(v) : BAD_ID;
  return v === null ? BLANK : BAD_ID;
}

/** Text of a cell, trimmed (numbers as written by String); null when blank. */
export function parseText(v: CellValue): string | null {
  if (v === null) return null;
  if (typeof v === 'string') {
    const s = v.trim();
    return s === '' ? null : s;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v.toISOString();
  return String(v);
}

/** Result slot of readDateTime: day number and seconds after midnight (-1 when the cell has no time). */
const dt = { day: NaN, seconds: -1 };

/** Reads a date cell into `dt`; Dates at exactly midnight and plain dates carry no time. */
function readDateTime(v: CellValue, timeZone: string): Bad | null {
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return BAD_DATE;
    const sec = Math.round(wallMs(t, timeZone) / 1000);
    dt.day = Math.floor(sec / DAY_S);
    dt.seconds = sec - dt.day * DAY_S || -1;
    return dt.day >= -25_567 && dt.day < 84_006 ? null : BAD_DATE; // 1900-01-01 … 2199-12-31
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) return BAD_DATE;
    if (Number.isInteger(v) && v >= 19_000_101 && v <= 21_991_231) return scanDateText(String(v)) ? copyScan() : BAD_DATE;
    if (v < 1 || v >= SERIAL_MAX) return BAD_DATE;
    const sec = Math.round(v * DAY_S);
    const d = Math.floor(sec / DAY_S);
    dt.day = SERIAL_EPOCH_DAY + d;
    dt.seconds = sec - d * DAY_S || -1;
    return null;
  }
  if (typeof v === 'string') return scanDateText(toHalfWidth(v)) ? copyScan() : v.trim() === '' ? BLANK : BAD_DATE;
  return v === null ? BLANK : BAD_DATE;
}

function copyScan(): null {
  dt.day = scan.day;
  dt.seconds = scan.seconds;
  return null;
}

/**
 * A date cell as ISO yyyy-mm-dd. Date cells are read as wall clock in `timeZone` (IANA; 'UTC' is a fast path),
 * numbers as serials from 1899-12-30 (fraction = time, ignored) or yyyymmdd, text as 2026-10-08, 2026/10/8,
 * 2026.10.8, 2026年10月8日 (full-width digits too), optionally followed by a time. Years 1900–2199.
 */
export function parseDate(v: CellValue, timeZone: string): string | Bad {
  const bad = readDateTime(v, timeZone);
  return bad ?? isoOfDay(dt.day);
}

/** A date cell with its time when it carries one: seconds after midnight, or null (midnight Dates count as no time). */
export function parseDateTime(v: CellValue, timeZone: string): { date: string; seconds: number | null } | Bad {
  const bad = readDateTime(v, timeZone);
  return bad ?? { date: isoOfDay(dt.day), seconds: dt.seconds < 0 ? null : dt.seconds };
}

/** Seconds after midnight of the cell the last successful parseDate read, -1 when it had no time (saves an allocation per row). */
export function lastSeconds(): number {
  return dt.seconds;
}

/**
 * A time-of-day cell as seconds after midnight, rounded to the second. Date cells: wall clock in `timeZone`
 * (time-only cells arrive as Dates on 1899-12-30); numbers: day fractions (0.3798611 = 09:07), serials with a
 * date part use the fraction; text: 9:07, 09:07:30, 9:07 pm, ９：０７, 9点07分, or a date followed by a time.
 * Impossible times (25:00, 9:61, negative numbers) are 'not a time of day'.
 */
export function parseTime(v: CellValue, timeZone: string): number | Bad {
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return BAD_TIME;
    const sec = Math.round(wallMs(t, timeZone) / 1000);
    const day = Math.floor(sec / DAY_S);
    // A real date at midnight is a date typed where a time belongs (time-only cells sit on 1899-12-30 or 31).
    if (sec === day * DAY_S && day > SERIAL_EPOCH_DAY + 1) return DATE_AS_TIME;
    return sec - day * DAY_S;
  }
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0 || v >= SERIAL_MAX) return BAD_TIME;
    if (v >= 1 && v < TIME_NUMBER_MAX) return numberAsTime(v);
    if (v >= 1 && Number.isInteger(v)) return DATE_AS_TIME;
    return Math.round(v * DAY_S) % DAY_S;
  }
  if (typeof v === 'string') {
    const s = toHalfWidth(v).trim();
    if (s === '') return BLANK;
    if (v === NO_CACHED_VALUE) return FORMULA_NO_VALUE;
    const sec = scanTime(s, 0);
    if (sec >= 0) return sec;
    return scanDateText(s) && scan.seconds >= 0 ? scan.seconds : BAD_TIME;
  }
  return v === null ? BLANK : BAD_TIME;
}

/** Numbers from 1 up to this in a time column are typed clock readings (9.07, 907), not day fractions or dates. */
const TIME_NUMBER_MAX = 10_000;
const DATE_AS_TIME = new Bad('date-as-time', 'is a date without a time of day');

function hhmm(sec: number): string {
  return `${pad2(Math.floor(sec / 3600))}:${pad2(Math.floor(sec / 60) % 60)}`;
}

/**
 * A number of 1 or more in a time column: 9.07 would be read as 01:40 (a day fraction); it says so and, when the
 * number looks like a clock reading (9.07, 9.5 is not; 907, 18), what it might mean.
 */
function numberAsTime(v: number): Bad {
  const read = hhmm(Math.round(v * DAY_S) % DAY_S);
  let h = -1;
  let m = -1;
  if (Number.isInteger(v)) {
    if (v < 24) { h = v; m = 0; } else if (v >= 100 && v <= 2359) { h = Math.floor(v / 100); m = v % 100; }
  } else {
    const parts = /^(\d{1,2})\.(\d{1,2})$/.exec(String(v));
    if (parts) { h = Number(parts[1]); m = Number(parts[2].padEnd(2, '0')); }
  }
  const guess = h >= 0 && h < 24 && m >= 0 && m < 60 ? `${pad2(h)}:${pad2(m)}` : null;
  const hint = guess
    ? { en: `; did you mean ${guess}? Type it as ${guess}`, zh: `；是否应为 ${guess}？请填写 ${guess}` }
    : { en: '; type the time as hh:mm', zh: '；请按 时:分 填写时间' };
  return new Bad('number-as-time', 'is a number, not a time', { read, hint });
}

/** The first day a data sheet's date may be: earlier dates are time cells or small numbers read as dates. */
const FIRST_REAL_DAY = '1901-01-01';
/** Its day number and its spreadsheet serial. */
const FIRST_REAL_DAY_NUMBER = -25_202;
const SERIAL_FIRST_REAL_DAY = 367;
/** Day number of 2200-01-01: later Dates are not dates. */
const DAY_MAX = 84_006;

/**
 * A date cell of a data sheet (Attendance, Calls, Events, Calendar, hire dates) as parseDate reads it, except that a
 * 1899/1900 date — a time cell (09:00 is 1899-12-30) or a small number (5 is 1900-01-04) — is refused ('serial-date').
 */
export function parseDataDate(v: CellValue, timeZone: string): string | Bad {
  const day = parseDataDay(v, timeZone);
  return typeof day === 'number' ? isoOfDay(day) : day;
}

/**
 * parseDataDate's date as its day number (days since 1970-01-01), its time in lastSeconds(): a million Calls rows
 * keep day numbers, and make no ISO text until a day is new (call-store.ts).
 */
export function parseDataDay(v: CellValue, timeZone: string): number | Bad {
  if (v === NO_CACHED_VALUE) return FORMULA_NO_VALUE;
  if (v instanceof Date) {
    // A million Date cells: the wall clock is worked out once (readDateTime would do it again).
    const t = v.getTime();
    if (Number.isNaN(t)) return BAD_DATE;
    const sec = Math.round(wallMs(t, timeZone) / 1000);
    const day = Math.floor(sec / DAY_S);
    // Outside 1901…2199 the ISO text decides, as it always has: before 1901, and years past 9999 ('+010000-…'), sort
    // before '1901-01-01' and are time cells or small numbers; 2200…9999 are no date.
    if (day < FIRST_REAL_DAY_NUMBER || day >= DAY_MAX) {
      const iso = isoOfDay(day);
      return iso < FIRST_REAL_DAY ? new Bad('serial-date', 'is a time or a small number, not a date', { date: iso }) : BAD_DATE;
    }
    dt.day = day;
    dt.seconds = sec - day * DAY_S || -1;
    return day;
  }
  if (typeof v === 'number' && v < SERIAL_FIRST_REAL_DAY && Number.isFinite(v)) {
    const iso = isoOfDay(SERIAL_EPOCH_DAY + Math.floor(Math.round(v * DAY_S) / DAY_S));
    if (iso < FIRST_REAL_DAY) return new Bad('serial-date', 'is a time or a small number, not a date', { date: iso });
  }
  return readDateTime(v, timeZone) ?? dt.day;
}

/** A count of one row bounded by `max` (implausible beyond it: 'implausible-count'); blank is 0. */
export function countUpTo(max: number): (v: CellValue) => number | Bad {
  const bad = new Bad('implausible-count', `is more than ${max}`, { max });
  return (v) => {
    const n = parseCount(v);
    return typeof n === 'number' && n > max ? bad : n;
  };
}

/** A month cell as yyyy-mm: text 2026-10, 2026/10, 2026年10月, 202610, or any date cell (its month). */
export function parseMonth(v: CellValue, timeZone: string): string | Bad {
  if (typeof v === 'string') {
    const s = toHalfWidth(v);
    if (scanMonthText(s)) return scan.month;
  } else if (typeof v === 'number' && Number.isInteger(v) && v >= 190_001 && v <= 219_912) {
    return scanMonthText(String(v)) ? scan.month : BAD_MONTH;
  }
  const bad = readDateTime(v, timeZone);
  if (bad === BLANK) return BLANK;
  return bad ? BAD_MONTH : isoOfDay(dt.day).slice(0, 7);
}

/** Plain decimal text after removing thousands separators, spaces and a currency or unit mark. */
const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?$/;

function cleanNumber(s: string, strip: RegExp | null): string {
  let t = toHalfWidth(s).replace(/[,\s，]/g, '');
  if (strip) t = t.replace(strip, '');
  return t;
}

/** A count: a non-negative whole number ("12" and "1,200" too); blank is 0. */
export function parseCount(v: CellValue): number | Bad {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return BAD_COUNT;
    const r = Math.round(v);
    return Math.abs(v - r) < 1e-9 ? r : BAD_COUNT;
  }
  if (v === null) return 0;
  if (typeof v !== 'string') return BAD_COUNT;
  if (isBlank(v)) return 0;
  const m = DECIMAL.exec(cleanNumber(v, null));
  if (!m || m[1] === '-' || m[2] === '' || (m[3] !== undefined && !/^0*$/.test(m[3]))) return BAD_COUNT;
  const n = Number(m[2]);
  return Number.isSafeInteger(n) ? n : BAD_COUNT;
}

/** Any finite number; text may carry thousands separators or end in % (98% → 0.98). Blank is null. */
export function parseNumber(v: CellValue): number | null | Bad {
  if (typeof v === 'number') return Number.isFinite(v) ? v : BAD_NUMBER;
  if (v === null) return null;
  if (typeof v !== 'string') return BAD_NUMBER;
  if (isBlank(v)) return null;
  let t = cleanNumber(v, null);
  const pct = t.endsWith('%');
  if (pct) t = t.slice(0, -1);
  const m = DECIMAL.exec(t);
  if (!m || (m[2] === '' && !m[3])) return BAD_NUMBER;
  const n = Number(t);
  return pct ? n / 100 : n;
}

const CURRENCY = /^(?:¥|￥|rmb|cny)|(?:元|rmb|cny)$/gi;

/**
 * Yuan as integer fen, rounded half away from zero at 2 decimals: "1,400.50", "¥1400", 1400.5 → 140050.
 * Text is rounded digit by digit (exact); numbers through their shortest decimal form. Blank is null.
 */
export function parseMoneyFen(v: CellValue): number | null | Bad {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || Math.abs(v) >= 1e13) return BAD_MONEY;
    const a = Math.abs(v);
    const text = String(a);
    const fen = text.includes('e') ? Math.round(a * 100) : Math.round(Number(`${text}e2`));
    return v < 0 ? -fen : fen;
  }
  if (v === null) return null;
  if (typeof v !== 'string') return BAD_MONEY;
  if (isBlank(v)) return null;
  const m = DECIMAL.exec(cleanNumber(v, CURRENCY));
  if (!m || (m[2] === '' && !m[3]) || m[2].length > 13) return BAD_MONEY;
  const frac = m[3] ?? '';
  let fen = Number(m[2] || '0') * 100 + Number((frac + '00').slice(0, 2));
  if (frac.length > 2 && frac.charCodeAt(2) >= 53) fen += 1; // third decimal ≥ 5 rounds away from zero
  return m[1] === '-' && fen !== 0 ? -fen : fen;
}

/** Money that must not be negative (salaries, contract payments), as integer fen; blank is null. */
export function parseAmountFen(v: CellValue): number | null | Bad {
  const fen = parseMoneyFen(v);
  return typeof fen === 'number' && fen < 0 ? BAD_MONEY : fen;
}

/** A non-negative number (talk minutes); blank is null. */
export function parseQuantity(v: CellValue): number | null | Bad {
  const n = parseNumber(v);
  return typeof n === 'number' && n < 0 ? BAD_NUMBER : n;
}

export { parseBool, parseDayType, parseLeaveDays, parseLeaveType, parseLevel } from './sources/words.js';
