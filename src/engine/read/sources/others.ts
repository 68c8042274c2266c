// The Events, Calendar and KPI sheets: event rows with counts, calendar overrides, monthly KPI figures.
import { Bad, isBlank, parseCount, parseDataDate, parseDayType, parseMonth, parseNumber, parseText, toHalfWidth } from '../cells.js';
import type { CalendarDay, CellValue, EventRow, KpiRow } from '../../types.js';
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
  const date: Parser<string> = (v) => parseDataDate(v, rd.timeZone);
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
  const date: Parser<string> = (v) => parseDataDate(v, rd.timeZone);
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
  const scales = new Map(metrics.filter((c) => isPercentHeader(c.header)).map((c) => [c, percentParser(values, rd.headerIndex, c.index)]));
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    const m = rd.read(cMonth, month, true);
    if (id === null || m === null || !rd.isKnown(id, cId)) continue;
    if (rd.repeats(firstRow, `${id}\u0000${m}`, 'duplicate-month', cMonth, { month: m })) continue;
    const row: KpiRow = { id, month: m, metrics: {}, row: rd.row, cells: rd.cells() };
    for (const c of metrics) {
      const pct = scales.get(c);
      const n = rd.read(c, pct?.parse ?? kpiNumber);
      if (n === null) continue;
      // A percent-point column with 0.99 in it: kept as typed, said once per cell, since it may mean 99%.
      if (pct && !pct.fractions && n > 0 && n < 1 && !PCT_TEXT.test(String(rd.raw(c)))) rd.fail('percent-ambiguous', c, { pct: tidy(n * 100) });
      row.metrics[c.key] = n;
    }
    out.push(row);
  }
  rd.finish();
  return out;
}

/** A KPI figure beyond this (either sign) is no month's figure: 1e308 or a pasted serial number. */
export const MAX_KPI_VALUE = 1e9;

const IMPLAUSIBLE = new Bad('implausible-number', 'is not a plausible figure', { max: '1,000,000,000' });

/** A KPI figure: parseNumber ('98%' → 0.98), refused beyond ±MAX_KPI_VALUE. */
function kpiNumber(v: CellValue): number | null | Bad {
  const n = parseNumber(v);
  return typeof n === 'number' && Math.abs(n) > MAX_KPI_VALUE ? IMPLAUSIBLE : n;
}

/** Headers of KPI columns held in percent points: a % sign, 率 (rate), 满意度, 'rate' or 'satisfaction'. */
export function isPercentHeader(header: string): boolean {
  return /[%％]|率|满意度|\brate\b|satisfaction/i.test(header);
}

const PCT_TEXT = /[%％]\s*$/;
const tidy = (n: number) => Number(n.toPrecision(12));

/**
 * A percent column is read in percent points, one meaning for the whole column: '99%' is 99; a number is taken as
 * typed (99 is 99%) unless every number of the column lies within 0…1 with some strictly between (a column formatted
 * as percentages, where 99% arrives as 0.99): then every number is ×100. In a column of percent points, a number
 * strictly between 0 and 1 is read as typed and warned about ('percent-ambiguous'), since 0.99 may mean 99%.
 */
function percentParser(values: CellValue[][], headerIndex: number, col: number): { parse: Parser<number>; fractions: boolean } {
  let numbers = 0;
  let inUnit = 0;
  let strictlyInside = 0;
  for (let r = headerIndex + 1; r < values.length; r++) {
    const v = values[r]?.[col];
    if (typeof v === 'string' && PCT_TEXT.test(v)) continue;
    const n = typeof v === 'number' || typeof v === 'string' ? parseNumber(v) : null;
    if (typeof n !== 'number') continue;
    numbers++;
    if (n >= 0 && n <= 1) inUnit++;
    if (n > 0 && n < 1) strictlyInside++;
  }
  const fractions = numbers > 0 && inUnit === numbers && strictlyInside > 0;
  const parse: Parser<number> = (v) => {
    if (typeof v === 'string' && PCT_TEXT.test(v)) return kpiNumber(v.replace(PCT_TEXT, ''));
    const n = kpiNumber(v);
    return typeof n === 'number' && fractions ? tidy(n * 100) : n;
  };
  return { parse, fractions };
}
