// The account of what was read: each tab as the source it was read as, with rows, people and date range.
import { SHEETS, type Role } from '../aliases.js';
import { monthBounds } from '../dates.js';
import type { SheetReader } from './sheet.js';
import type { AdjustmentRow, AttendanceDay, CalendarDay, CallRows, Employee, EventRow, KpiRow, SheetData, SourceInfo, WorkbookData } from '../../types.js';

export interface Records {
  employees: Employee[];
  attendance: AttendanceDay[];
  calls: CallRows;
  events: EventRow[];
  calendar: CalendarDay[] | null;
  kpi: KpiRow[];
  adjustments: AdjustmentRow[];
}

/**
 * First and last of ISO dates (yyyy-mm-dd), null when none. Arrays walked by index: a loop run once is not optimised,
 * and iterating (generators, for…of) made two result objects per row, ~5 MB of garbage over a month's Attendance.
 */
function span(dates: readonly string[]): { from: string | null; to: string | null } {
  let from: string | null = null;
  let to: string | null = null;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (from === null || d < from) from = d;
    if (to === null || d > to) to = d;
  }
  return { from, to };
}

function monthDates(months: readonly string[]): string[] {
  return months.flatMap((m) => {
    const b = monthBounds(m);
    return [b.first, b.last];
  });
}

function field<T, K extends keyof T>(rows: readonly T[], key: K): T[K][] {
  return rows.map((r) => r[key]);
}

/** The date range of a role's records (KPI and Adjustments months as their first and last days). */
function rangeOf(role: Role, rec: Records): { from: string | null; to: string | null } {
  switch (role) {
    case 'attendance': return span(field(rec.attendance, 'date'));
    case 'calls': return span(rec.calls.dates);
    case 'events': return span(field(rec.events, 'date'));
    case 'calendar': return span(field(rec.calendar ?? [], 'date'));
    case 'kpi': return span(monthDates(field(rec.kpi, 'month')));
    case 'adjustments': return span(monthDates(field(rec.adjustments, 'month')));
    default: return { from: null, to: null };
  }
}

const NOT_READ = { en: 'not read', zh: '未读取' };

/**
 * One SourceInfo per tab in workbook order: each contract sheet read (readAs its role), and each unread tab (readAs
 * 'none', rows 0) so HR sees what was left aside. Claimed, Policy, generated and second sheets of a role are not listed.
 */
export function sourceInfos(wb: WorkbookData, found: Map<Role, SheetData>, readers: Map<Role, SheetReader>, rec: Records,
  unread: readonly string[]): SourceInfo[] {
  const roleOf = new Map<string, Role>();
  for (const [role, sheet] of found) roleOf.set(sheet.name, role);
  const unreadSet = new Set(unread);
  const out: SourceInfo[] = [];
  for (const sheet of wb.sheets) {
    const role = roleOf.get(sheet.name);
    if (role) {
      const rd = readers.get(role);
      const def = SHEETS.find((s) => s.role === role)!;
      const roster = role === 'roster' || role === 'calendar';
      out.push({
        sheet: sheet.name, readAs: role, label: def.label, rows: rd?.rowsRead ?? 0,
        people: role === 'roster' ? rec.employees.length : roster ? 0 : rd?.people.size ?? 0,
        unmatched: rd?.unmatched ?? 0, ...rangeOf(role, rec),
      });
    } else if (unreadSet.has(sheet.name)) {
      out.push({ sheet: sheet.name, readAs: 'none', label: NOT_READ, rows: 0, people: 0, unmatched: 0, from: null, to: null });
    }
  }
  return out;
}
