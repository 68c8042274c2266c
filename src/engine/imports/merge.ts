// Several sources of one person-day: the contract's sheets are HR's own word and win; exports fill what the sheets leave blank.
import { clock } from '../month/lines.js';
import { makeIssue } from '../messages.js';
import { callRecords, callRowsOf, figureAt } from '../read/sources/call-store.js';
import type { AttendanceDay, CallRow, CallRows, Issue } from '../types.js';

const SLOTS = ['clockIn', 'noonOut', 'noonIn', 'clockOut'] as const;
const SLOT_LABEL = { clockIn: { zh: '上班打卡', en: 'clock-in' }, noonOut: { zh: '午间下班', en: 'noon clock-out' },
  noonIn: { zh: '午间上班', en: 'noon clock-in' }, clockOut: { zh: '下班打卡', en: 'clock-out' } };

/** Punches this many seconds apart are the same punch in two sources. */
const SAME_PUNCH_SECONDS = 60;

/**
 * Attendance of one person-day from several sources, in order (the Attendance sheet first, then exports in tab order).
 * Leave: the first source that has leave. Each punch slot: the first source that has it; a later source with another
 * time in the same slot is an 'import-conflict' warning naming both. The day keeps the first source's row.
 */
export function mergeAttendance(sources: { sheet: string; days: AttendanceDay[] }[]): { days: AttendanceDay[]; issues: Issue[] } {
  const byKey = new Map<string, { day: AttendanceDay; sheet: string }>();
  const order: string[] = [];
  const issues: Issue[] = [];
  for (const { sheet, days } of sources) {
    for (const d of days) {
      const k = `${d.id}\u0000${d.date}`;
      const first = byKey.get(k);
      if (!first) {
        byKey.set(k, { day: d, sheet });
        order.push(k);
        continue;
      }
      const m: AttendanceDay = { ...first.day, cells: plainCells(first.day.cells) };
      if (m.leaveType === null && d.leaveType !== null) {
        m.leaveType = d.leaveType;
        m.leaveDays = d.leaveDays;
        m.reported = d.reported;
        if (d.cells.leaveType) m.cells.leaveType = d.cells.leaveType;
      }
      for (const s of SLOTS) {
        const theirs = d[s];
        if (theirs === null) continue;
        const ours = m[s];
        if (ours === null) {
          m[s] = theirs;
          if (d.cells[s]) m.cells[s] = d.cells[s];
        } else if (Math.abs(ours - theirs) > SAME_PUNCH_SECONDS) {
          issues.push(makeIssue('import-conflict', { sheet, row: d.row, column: null, value: clock(theirs), cell: d.cells[s] ?? null },
            { id: d.id, date: d.date, field: SLOT_LABEL[s], exported: clock(theirs), typed: clock(ours), sheet: first.sheet }));
        }
      }
      byKey.set(k, { day: m, sheet: first.sheet });
    }
  }
  return { days: order.map((k) => byKey.get(k)!.day), issues };
}

/**
 * Calls of the Calls sheet and of exports are summed per person-day, except that a metric the sheet gives for a
 * person-day (any non-zero row) is taken from the sheet alone: the export's rows of that day count 0 of it, and one
 * 'import-calls-overlap' warning says so. So successes typed from the CRM combine with dials from the dialer.
 */
export function mergeCalls(sheetRows: CallRows, sheetName: string | null, exports: { sheet: string; calls: CallRow[] }[]): { calls: CallRows; issues: Issue[] } {
  // Only attendance exports (or call tabs without rows): the sheet's rows stay as they are, not copied row by row.
  if (exports.every((e) => e.calls.length === 0)) return { calls: sheetRows, issues: [] };
  const typed = new Map<string, Set<'dials' | 'connected' | 'successes'>>();
  const { ids, dates, agent, day } = sheetRows;
  for (let i = 0; i < sheetRows.length; i++) {
    const k = `${ids[agent[i]]}\u0000${dates[day[i]]}`;
    let s = typed.get(k);
    if (!s) typed.set(k, s = new Set());
    if (figureAt(sheetRows.dials, i) > 0) s.add('dials');
    if (figureAt(sheetRows.connected, i) > 0) s.add('connected');
    if (figureAt(sheetRows.successes, i) > 0) s.add('successes');
  }
  const issues: Issue[] = [];
  const out = callRecords(sheetRows);
  for (const { sheet, calls } of exports) {
    const told = new Set<string>();
    for (const c of calls) {
      const k = `${c.id}\u0000${c.date}`;
      const s = typed.get(k);
      const overlap = s ? (['dials', 'connected', 'successes'] as const).filter((m) => s.has(m) && c[m] > 0) : [];
      if (overlap.length === 0) {
        out.push(c);
        continue;
      }
      const fixed = { ...c };
      for (const m of overlap) fixed[m] = 0;
      out.push(fixed);
      if (told.has(k)) continue;
      told.add(k);
      const names = { zh: overlap.map((m) => ({ dials: '外呼量', connected: '接通量', successes: '成功量' })[m]).join('、'), en: overlap.join(', ') };
      issues.push(makeIssue('import-calls-overlap', { sheet, row: c.row, column: null, value: c.date, cell: c.cells.date ?? null },
        { id: c.id, date: c.date, field: names, sheet: sheetName ?? 'Calls' }));
    }
  }
  return { calls: callRowsOf(out), issues };
}

/** A copy of a day's cells as a plain object (an Attendance sheet's day builds them on demand: its fields are inherited). */
function plainCells(cells: AttendanceDay['cells']): AttendanceDay['cells'] {
  const out: AttendanceDay['cells'] = {};
  for (const k in cells) out[k as keyof typeof cells] = cells[k as keyof typeof cells];
  return out;
}
