// ISO calendar dates (yyyy-mm-dd) as day numbers: month bounds, weekdays, Monday–Sunday weeks.

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 for an ISO date. */
export function dayNumber(iso: string): number {
  return Math.floor(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
}

/** ISO date for a day number. */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return isoDate(dayNumber(iso) + days);
}

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export function isoWeekday(iso: string): number {
  const d = (dayNumber(iso) + 4) % 7; // 1970-01-01 was a Thursday
  return d === 0 ? 7 : d;
}

/** The Monday that starts the Monday–Sunday week holding this date. */
export function weekStart(iso: string): string {
  return addDays(iso, 1 - isoWeekday(iso));
}

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** First and last ISO date of a yyyy-mm month. */
export function monthBounds(month: string): { first: string; last: string } {
  const y = +month.slice(0, 4);
  const m = +month.slice(5, 7);
  const first = `${month}-01`;
  const last = isoDate(Math.floor(Date.UTC(y, m, 1) / DAY_MS) - 1);
  return { first, last };
}

/** Every ISO date of the month, in order. */
export function monthDays(month: string): string[] {
  const { first, last } = monthBounds(month);
  const out: string[] = [];
  for (let d = dayNumber(first), end = dayNumber(last); d <= end; d++) out.push(isoDate(d));
  return out;
}

/** The month `delta` months away from a yyyy-mm month. */
export function shiftMonth(month: string, delta: number): string {
  const index = +month.slice(0, 4) * 12 + (+month.slice(5, 7) - 1) + delta;
  const y = Math.floor(index / 12);
  return `${y}-${String(index - y * 12 + 1).padStart(2, '0')}`;
}

/** Seconds after midnight for HH:MM. */
export function hhmmSeconds(hhmm: string): number {
  return +hhmm.slice(0, 2) * 3600 + +hhmm.slice(3, 5) * 60;
}
