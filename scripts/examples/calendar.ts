// Which days of a month are workdays under Chinese statutory holidays and make-up days (调休).
// chinese-days is a minified CommonJS bundle: Node's ESM loader sees only its default export.
import chineseDays from 'chinese-days';

/** Every date of a month as yyyy-mm-dd; month is 'yyyy-mm'. */
export function daysOf(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  const count = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: count }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/**
 * The workdays of a month by the State Council calendar that chinese-days ships: weekends off,
 * holidays off (2026-10-01..07 National Day), make-up workdays on (2026-09-20 Sun, 2026-10-10 Sat).
 */
export function workdaysOf(month: string): string[] {
  return daysOf(month).filter((d) => chineseDays.isWorkday(d));
}

/** ISO weekday of a yyyy-mm-dd date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}
