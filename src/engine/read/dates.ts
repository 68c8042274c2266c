// ISO calendar dates (yyyy-mm-dd) as day numbers: month bounds, weekdays, Monday–Sunday weeks.

// Pure arithmetic (H. Hinnant's civil-date algorithms): no Date objects, which the engine would make by the million.

const digit = (s: string, i: number) => s.charCodeAt(i) - 48;

/** Days since 1970-01-01 for an ISO date (yyyy-mm-dd). */
export function dayNumber(iso: string): number {
  let y = digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3);
  const m = digit(iso, 5) * 10 + digit(iso, 6);
  const d = digit(iso, 8) * 10 + digit(iso, 9);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/** ISO date (yyyy-mm-dd) for a day number. */
export function isoDate(day: number): string {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${pad2(m)}-${pad2(d)}`;
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
  const first = `${month}-01`;
  const last = isoDate(dayNumber(`${shiftMonth(month, 1)}-01`) - 1);
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
