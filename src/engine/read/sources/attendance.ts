// The Attendance sheet: one AttendanceDay per agent-day (first row wins), punches in seconds after midnight.
import { parseBool, parseDataDate, parseLeaveDays, parseLeaveType, parseTime } from '../cells.js';
import type { AttendanceDay } from '../../types.js';
import type { Parser, SheetReader } from './sheet.js';

/**
 * Reads every attendance row. Rows with an unreadable ID or date, an ID not in the Roster, or a second row
 * for the same agent-day are reported and left out. Leave days default to 1 with a leave type, Reported to yes.
 */
export function readAttendance(rd: SheetReader): AttendanceDay[] {
  const out: AttendanceDay[] = [];
  if (!rd.ok) return out;
  const cId = rd.col('id')!;
  const cDate = rd.col('date')!;
  const cIn = rd.col('clockIn');
  const cOut = rd.col('clockOut');
  const cNoonOut = rd.col('noonOut');
  const cNoonIn = rd.col('noonIn');
  const cType = rd.col('leaveType');
  const cDays = rd.col('leaveDays');
  const cReported = rd.col('reported');
  const tz = rd.timeZone;
  const date: Parser<string> = (v) => parseDataDate(v, tz);
  const time: Parser<number> = (v) => parseTime(v, tz);
  // First row of each agent-day, by ID then date: the ID and the date are strings the row already has (a key joining
  // them was a new string per row, 42,000 in a month, hashed into one large map).
  const firstRow = new Map<string, Map<string, number>>();
  const cellsAt = rd.lazyCells();
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    const day = rd.read(cDate, date, true);
    if (id === null || day === null || !rd.isKnown(id, cId)) continue;
    let seen = firstRow.get(id);
    if (seen === undefined) firstRow.set(id, seen = new Map());
    const first = seen.get(day);
    if (first !== undefined) {
      rd.fail('duplicate-day', cDate, { date: day, first });
      continue;
    }
    seen.set(day, rd.row);
    const clockIn = rd.read(cIn, time);
    let clockOut = rd.read(cOut, time);
    // Not an overnight shift (the schedule has none): a clock-out before the clock-in is a typo, never early leave.
    if (clockIn !== null && clockOut !== null && clockOut < clockIn && cOut) {
      rd.fail('clock-out-before-in', cOut, { clockIn: clockText(clockIn) });
      clockOut = null;
    }
    const noonOut = rd.read(cNoonOut, time);
    const noonIn = rd.read(cNoonIn, time);
    const leaveType = rd.read(cType, parseLeaveType);
    const days = rd.read(cDays, parseLeaveDays);
    if (leaveType === null && days !== null && cDays) rd.fail('orphan-leave-days', cDays);
    out.push({
      id,
      date: day,
      clockIn,
      clockOut,
      noonOut,
      noonIn,
      leaveType,
      leaveDays: leaveType === null ? 0 : days ?? 1,
      reported: rd.read(cReported, parseBool) ?? true,
      row: rd.row,
      cells: cellsAt(rd.row),
    });
  }
  rd.finish();
  return out;
}

function clockText(sec: number): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(sec / 3600))}:${p(Math.floor(sec / 60) % 60)}`;
}
