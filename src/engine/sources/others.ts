// The Events, Calendar and KPI sheets: event rows with counts, calendar overrides, monthly KPI figures.
import { isBlank, parseCount, parseDate, parseDayType, parseMonth, parseNumber, parseText, toHalfWidth } from '../cells.js';
import type { CalendarDay, EventRow, KpiRow } from '../types.js';
import type { Parser, SheetReader } from './sheet.js';

const parseCode: Parser<string> = (v) => {
  const s = toHalfWidth(String(v)).trim();
  return s === '' ? null : s;
};

/** More occurrences than this in one Events row is a typo, not a month of events. */
export const MAX_EVENT_COUNT = 1000;

/** Events: ID, date and code required; a blank Count is 1, a bad one leaves the row out; Note defaults to ''. */
export function readEvents(rd: SheetReader): EventRow[] {
  const out: EventRow[] = [];
  if (!rd.ok) return out;
  const cId = rd.col('id')!;
  const cDate = rd.col('date')!;
  const cCode = rd.col('code')!;
  const cCount = rd.col('count');
  const cNote = rd.col('note');
  const date: Parser<string> = (v) => parseDate(v, rd.timeZone);
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    const day = rd.read(cDate, date, true);
    const code = rd.read(cCode, parseCode, true);
    // A blank Count is 1; an unreadable or implausible one is reported and the row left out (its amount would be a guess).
    let count = cCount === null || isBlank(rd.raw(cCount)) ? 1 : rd.read(cCount, parseCount);
    if (count !== null && count > MAX_EVENT_COUNT) {
      rd.fail('count-too-large', cCount!, { max: MAX_EVENT_COUNT });
      count = null;
    }
    if (id === null || day === null || code === null || count === null || !rd.isKnown(id, cId)) continue;
    out.push({
      id,
      date: day,
      code,
      count,
      note: rd.read(cNote, parseText) ?? '',
      row: rd.row,
      cells: rd.cells(),
    });
  }
  rd.finish();
  return out;
}

/** Calendar: date and type required (workday/工作日, holiday/节假日/休息日); a repeated date keeps its first row. */
export function readCalendar(rd: SheetReader): CalendarDay[] {
  const out: CalendarDay[] = [];
  if (!rd.ok) return out;
  const cDate = rd.col('date')!;
  const cType = rd.col('type')!;
  const date: Parser<string> = (v) => parseDate(v, rd.timeZone);
  const firstRow = new Map<string, number>();
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const day = rd.read(cDate, date, true);
    const workday = rd.read(cType, parseDayType, true);
    if (day === null || workday === null) continue;
    if (rd.repeats(firstRow, day, 'duplicate-date', cDate, { date: day })) continue;
    out.push({ date: day, workday, row: rd.row });
  }
  rd.finish();
  return out;
}

/** KPI: ID and month (yyyy-mm) required; every other column is a metric keyed by its header; blank metrics are left out. */
export function readKpi(rd: SheetReader): KpiRow[] {
  const out: KpiRow[] = [];
  if (!rd.ok) return out;
  const cId = rd.col('id')!;
  const cMonth = rd.col('month')!;
  const metrics = rd.columns.filter((c) => c !== cId && c !== cMonth);
  const month: Parser<string> = (v) => parseMonth(v, rd.timeZone);
  const firstRow = new Map<string, number>();
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    const m = rd.read(cMonth, month, true);
    if (id === null || m === null || !rd.isKnown(id, cId)) continue;
    if (rd.repeats(firstRow, `${id}\u0000${m}`, 'duplicate-month', cMonth, { month: m })) continue;
    const row: KpiRow = { id, month: m, metrics: {}, row: rd.row, cells: rd.cells() };
    for (const c of metrics) {
      const n = rd.read(c, parseNumber);
      if (n !== null) row.metrics[c.key] = n;
    }
    out.push(row);
  }
  rd.finish();
  return out;
}
