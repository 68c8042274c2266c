// Cell values as exports write them: weekday dates, two-digit years, text times, punch lists, durations, leave text.
import { isBad, parseDate, parseDateTime, parseLeaveType, parseTime, toHalfWidth } from '../read/cells.js';
import type { CellValue, LeaveType } from '../types.js';
import { textOf } from './header.js';

/** A date as exports write it: '26-10-08 星期四', '2026/10/08 星期四', '2026-10-08(周四)', a date cell; null when not a date. */
export function exportDate(v: CellValue, timeZone: string): string | null {
  if (typeof v !== 'string') {
    const d = v === null ? null : parseDate(v, timeZone);
    return d === null || isBad(d) ? null : d;
  }
  let s = toHalfWidth(v).trim().replace(/\s*[(（]?(星期|周|礼拜)[一二三四五六日天][)）]?\s*$/, '').trim();
  const yy = /^(\d{2})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s);
  if (yy) s = `20${yy[1]}-${yy[2]}-${yy[3]}`;
  const d = parseDate(s, timeZone);
  return isBad(d) ? null : d;
}

/** A date-time cell ('2026/10/8 8:58:21', '2026-10-08 08:58', a Date): its date and seconds after midnight, or null. */
export function exportDateTime(v: CellValue, timeZone: string): { date: string; seconds: number } | null {
  const t = typeof v === 'string' ? toHalfWidth(v).trim() : v;
  if (t === null || t === '') return null;
  const d = parseDateTime(t, timeZone);
  if (isBad(d) || d.seconds === null) return null;
  return { date: d.date, seconds: d.seconds };
}

/** A time-of-day cell ('08:58', '08:58:21', a time cell, '2026-10-08 08:58'); null for blank, '--' and other marks. */
export function exportTime(v: CellValue, timeZone: string): number | null | 'bad' {
  if (v instanceof Date || typeof v === 'number') {
    const t = parseTime(v, timeZone);
    return isBad(t) ? 'bad' : t;
  }
  const s = textOf(v);
  if (s === '') return null;
  const t = parseTime(s, timeZone);
  return isBad(t) ? 'bad' : t;
}

/** Every hh:mm[:ss] in a multi-punch cell ('08:58⏎12:01⏎18:03', '正常(09:00),正常(18:05)'), in seconds, in order written. */
export function timesIn(v: CellValue, timeZone: string): number[] {
  if (v instanceof Date || typeof v === 'number') {
    const t = exportTime(v, timeZone);
    return typeof t === 'number' ? [t] : [];
  }
  const s = textOf(v);
  const out: number[] = [];
  for (const m of s.matchAll(/(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?(?![\d:])/g)) {
    out.push(+m[1] * 3600 + +m[2] * 60 + (m[3] ? +m[3] : 0));
  }
  return out;
}

/** A duration ('00:02:15', '2:15', 135 seconds as a number or text) in seconds; null when unreadable. */
export function durationSeconds(v: CellValue, numberIsSeconds = true): number | null {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? (numberIsSeconds ? Math.round(v) : Math.round(v * 86_400)) : null;
  if (v instanceof Date) return null;
  const s = textOf(v);
  if (s === '') return 0;
  if (/^\d+$/.test(s)) return +s;
  const m = /^(?:(\d+):)?(\d{1,2}):(\d{2})$/.exec(s);
  return m ? (m[1] ? +m[1] : 0) * 3600 + +m[2] * 60 + +m[3] : null;
}

const LEAVE_WORDS = ['事假', '病假', '年假', '年休假', '婚假', '丧假', '产假', '陪产假', '工伤假', '工伤', '调休', '公休', '旷工'];

/** Leave named in an export's text ('事假 10-16 09:00到10-16 18:00 1天', '病假0.5天', '请假(事假 4小时)'). */
export interface LeaveText {
  /** null when the text says leave (请假) without its kind */
  type: LeaveType | null;
  /** 0.5 or 1 for this day */
  days: number;
}

/**
 * The leave a day's text carries, or null when it names none. Kind: the first leave word; 陪产假 is counted as
 * maternity. Days: a span over several dates is a whole day on each; within one date 0.5 when the text says 0.5天,
 * 半天, 上午 or 下午, or at most 4.5 hours; else 1.
 */
export function leaveIn(text: string): LeaveText | null {
  const s = toHalfWidth(text);
  const word = LEAVE_WORDS.find((w) => s.includes(w));
  if (!word && !s.includes('请假')) return null;
  const t = word ? parseLeaveType(word === '陪产假' ? '产假' : word === '工伤假' ? '工伤' : word === '年休假' ? '年假' : word) : null;
  const type = t === null || isBad(t) ? null : t;
  const dates = [...s.matchAll(/(\d{1,2})-(\d{1,2})\s+\d{1,2}:\d{2}/g)].map((m) => `${+m[1]}-${+m[2]}`);
  const multiDay = dates.length >= 2 && dates[0] !== dates[dates.length - 1];
  const hours = /(\d+(?:\.\d+)?)\s*小时/.exec(s);
  const dayNum = /(\d+(?:\.\d+)?)\s*天/.exec(s);
  let days = 1;
  if (!multiDay) {
    if (/半天|上午|下午/.test(s) || (dayNum && +dayNum[1] === 0.5) || (hours && +hours[1] <= 4.5)) days = 0.5;
  }
  return { type, days };
}
