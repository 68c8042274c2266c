// Which months the data covers, and which month is "last month" in the spreadsheet's time zone.
import { fieldOf, sheetDefOf } from '../engine/aliases.js';
import { isBad, parseDate } from '../engine/cells.js';
import { isMonth, shiftMonth } from '../engine/dates.js';
import type { WorkbookData } from '../engine/types.js';

/** The yyyy-mm months that have Attendance or Calls rows, newest first; unreadable dates are skipped here. */
export function dataMonths(wb: WorkbookData): string[] {
  const months = new Set<string>();
  for (const sheet of wb.sheets) {
    const def = sheetDefOf(sheet.name);
    if (!def || (def.role !== 'attendance' && def.role !== 'calls')) continue;
    const header = sheet.values[0] ?? [];
    const col = header.findIndex((h) => typeof h === 'string' && fieldOf(def.role, h)?.key === 'date');
    if (col < 0) continue;
    for (let r = 1; r < sheet.values.length; r++) {
      const iso = parseDate(sheet.values[r][col] ?? null, wb.timeZone);
      if (!isBad(iso)) months.add(iso.slice(0, 7));
    }
  }
  return [...months].sort().reverse();
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
