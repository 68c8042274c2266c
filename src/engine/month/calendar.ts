// The working calendar: Calendar sheet rows first, then Chinese statutory holidays, then the policy's work week.
// chinese-days is a CommonJS bundle: Node's ESM loader only sees its default export.
import chineseDays from 'chinese-days';
import { isoWeekday } from '../read/dates.js';
import type { CalendarDay } from '../types.js';

export interface CalendarRules {
  /** ISO weekdays that are workdays */
  workWeek: number[];
  chineseHolidays: boolean;
}

export type IsWorkday = (iso: string) => boolean;

/**
 * A workday test for ISO dates. A Calendar sheet row decides its date; otherwise a statutory holiday is off and a
 * make-up workday (调休) is on (from the `chinese-days` data package); otherwise the work week decides.
 */
export function makeCalendar(rules: CalendarRules, sheet: CalendarDay[] | null): IsWorkday {
  const overrides = new Map<string, boolean>();
  for (const day of sheet ?? []) overrides.set(day.date, day.workday);
  const week = new Set(rules.workWeek);
  const cache = new Map<string, boolean>();
  return (iso) => {
    const override = overrides.get(iso);
    if (override !== undefined) return override;
    let known = cache.get(iso);
    if (known === undefined) {
      known = week.has(isoWeekday(iso));
      if (rules.chineseHolidays) {
        const detail = statutory(iso);
        if (detail !== null) known = detail;
      }
      cache.set(iso, known);
    }
    return known;
  };
}

/** true for a make-up workday, false for a statutory holiday, null for an ordinary day or a year without data. */
function statutory(iso: string): boolean | null {
  try {
    const detail = chineseDays.getDayDetail(iso);
    // Holiday and make-up entries are named "National Day,国庆节,3"; ordinary days carry the weekday name.
    return detail.name.includes(',') ? detail.work : null;
  } catch {
    return null;
  }
}
