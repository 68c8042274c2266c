// Week ranges and workday counts of one month, worked out once and shared by every agent's targets.
import type { IsWorkday } from './calendar.js';
import { addDays, isoWeekday } from '../read/dates.js';

/** A Monday–Sunday week clipped to a range: [first day, last day], ISO dates. */
export type Week = readonly [string, string];

/** Workdays from..to inclusive. */
export function countWorkdays(from: string, to: string, isWorkday: IsWorkday): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(d)) n += 1;
  return n;
}

/** Monday–Sunday weeks from..to, clipped to the range: [first day, last day] pairs in order. */
export function weeksOf(from: string, to: string): [string, string][] {
  const out: [string, string][] = [];
  for (let d = from; d <= to;) {
    const sunday = addDays(d, 7 - isoWeekday(d));
    const end = sunday < to ? sunday : to;
    out.push([d, end]);
    d = addDays(end, 1);
  }
  return out;
}

/** How many of the ISO dates fall within from..to inclusive, counted without copying. */
export function countBetween(dates: readonly string[], from: string, to: string): number {
  let n = 0;
  for (const d of dates) if (d >= from && d <= to) n += 1;
  return n;
}

/**
 * One month's periods by start date (the month's first day, or a later hire date): its weeks and workday counts are
 * computed the first time an agent asks and reused for every other agent with the same start.
 */
export class MonthPeriods {
  private readonly weeks = new Map<string, readonly Week[]>();
  private readonly workdays = new Map<string, number>();

  constructor(readonly last: string, private readonly isWorkday: IsWorkday) {}

  /** Monday–Sunday weeks from `start` to the month's last day. */
  weeksFrom(start: string): readonly Week[] {
    let weeks = this.weeks.get(start);
    if (weeks === undefined) this.weeks.set(start, weeks = weeksOf(start, this.last));
    return weeks;
  }

  /** Workdays from..to inclusive, counted once per range. */
  workdaysBetween(from: string, to: string): number {
    const key = `${from}|${to}`;
    let n = this.workdays.get(key);
    if (n === undefined) this.workdays.set(key, n = countWorkdays(from, to, this.isWorkday));
    return n;
  }
}
