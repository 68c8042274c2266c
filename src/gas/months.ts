// Which months the data covers, and which month is "last month" in the spreadsheet's time zone.
import { isMonth, shiftMonth } from '../engine/read/dates.js';
import { monthsWithRows, readSources } from '../engine/read/sources.js';
import type { WorkbookData } from '../engine/types.js';

/** The yyyy-mm months that have Attendance, Calls or KPI rows, newest first, read as the engine reads them. */
export function dataMonths(wb: WorkbookData): string[] {
  return monthsWithRows(readSources(wb));
}

/** The month before `now` as the spreadsheet's clock shows it (yyyy-mm). */
export function lastMonth(now: Date, timeZone: string): string {
  return shiftMonth(Utilities.formatDate(now, timeZone, 'yyyy-MM'), -1);
}

/** Checks a month argument from the sidebar; throws { code: 'bad-month' }. */
export function requireMonth(month: unknown): string {
  if (typeof month !== 'string' || !isMonth(month.trim())) {
    throw new Error(`bad month ${JSON.stringify(month)}`, { cause: { code: 'bad-month' } });
  }
  return month.trim();
}
