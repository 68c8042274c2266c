// Hand-built source records for engine tests: compact builders with A1 cells that say where each value sits.
import type { AttendanceDay, CallRow, Employee, EventRow, SourceData } from '../../src/engine/types.js';
import { callRowsOf } from '../../src/engine/read/sources/call-store.js';

const hms = (t: string | null): number | null => {
  if (t === null) return null;
  const [h, m, s = '0'] = t.split(':');
  return +h * 3600 + +m * 60 + +s;
};

let row = 1;
const nextRow = () => ++row;

export function emp(id: string, over: Partial<Employee> = {}): Employee {
  const r = nextRow();
  return {
    id, name: `Agent ${id}`, team: null, level: null, leader: false, hireDate: null,
    baseSalaryFen: null, performanceBaseFen: null, seniorityFen: null, row: r,
    cells: { id: `Roster!A${r}`, baseSalary: `Roster!G${r}`, seniority: `Roster!I${r}`, team: `Roster!C${r}` },
    ...over,
  };
}

/** An attendance row; times as 'HH:MM[:SS]' or null. */
export function day(id: string, date: string, clockIn: string | null, clockOut: string | null,
  over: Partial<AttendanceDay> & { noon?: [string | null, string | null] } = {}): AttendanceDay {
  const r = over.row ?? nextRow();
  const { noon, ...rest } = over;
  return {
    id, date, clockIn: hms(clockIn), clockOut: hms(clockOut), noonOut: hms(noon?.[0] ?? null), noonIn: hms(noon?.[1] ?? null),
    leaveType: null, leaveDays: 0, reported: true, row: r,
    cells: {
      id: `Attendance!A${r}`, date: `Attendance!B${r}`, clockIn: `Attendance!C${r}`, clockOut: `Attendance!D${r}`,
      noonOut: `Attendance!E${r}`, noonIn: `Attendance!F${r}`, leaveType: `Attendance!G${r}`, leaveDays: `Attendance!H${r}`,
      reported: `Attendance!I${r}`,
    },
    ...rest,
  };
}

export function leave(id: string, date: string, type: AttendanceDay['leaveType'], days = 1, reported = true): AttendanceDay {
  return day(id, date, null, null, { leaveType: type, leaveDays: days, reported });
}

export function call(id: string, date: string, successes: number, connected = successes, dials = connected,
  time: string | null = null): CallRow {
  const r = nextRow();
  return {
    id, date, time: hms(time), dials, connected, successes, talkMinutes: 0, appointments: 0, opportunities: 0,
    contractPaymentFen: 0, contacts: 0, invitations: 0, row: r,
    cells: { id: `Calls!A${r}`, date: `Calls!B${r}`, dials: `Calls!C${r}`, connected: `Calls!D${r}`, successes: `Calls!E${r}` },
  };
}

export function event(id: string, date: string, code: string, count = 1, note = ''): EventRow {
  const r = nextRow();
  return { id, date, code, count, note, row: r,
    cells: { id: `Events!A${r}`, date: `Events!B${r}`, code: `Events!C${r}`, count: `Events!D${r}` } };
}

export function sources(parts: Partial<Pick<SourceData, 'employees' | 'attendance' | 'events' | 'calendar'>> & { calls?: CallRow[] }): SourceData {
  return {
    employees: parts.employees ?? [], attendance: parts.attendance ?? [], calls: callRowsOf(parts.calls ?? []),
    events: parts.events ?? [], calendar: parts.calendar ?? null, kpi: [], issues: [],
    sheetNames: { roster: 'Roster', attendance: 'Attendance', calls: 'Calls', events: 'Events', calendar: null, kpi: null },
    language: 'en',
  };
}

/** Workdays of October 2026 under the Chinese calendar (1–7 National Day off, Saturday 10th a make-up day). */
export const OCT_WORKDAYS = ['2026-10-08', '2026-10-09', '2026-10-10', '2026-10-12', '2026-10-13', '2026-10-14',
  '2026-10-15', '2026-10-16', '2026-10-19', '2026-10-20', '2026-10-21', '2026-10-22', '2026-10-23', '2026-10-26',
  '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30'];
