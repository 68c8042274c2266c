// Readers of the per-punch exports: DingTalk 原始记录 and 打卡时间 grid, ZKTeco 原始打卡记录 and the USB 刷卡记录 report.
import type { AttendanceDay, CellValue } from '../types.js';
import type { ExportSheet } from './context.js';
import { columnOf, type Header, textOf } from './header.js';
import { daysFromPunches, type Punch } from './punches.js';
import { exportDate, exportDateTime, timesIn } from './values.js';

/** Punches to days with the policy's schedule, counted into the tab's SourceInfo. */
function toDays(es: ExportSheet, punches: Punch[]): AttendanceDay[] {
  const r = daysFromPunches(punches, es.settings.segments);
  es.count('punchesRead', punches.length);
  es.count('punchesAssigned', r.assigned);
  es.count('duplicatesDropped', r.duplicates);
  if (r.extra > 0) es.count('extraPunches', r.extra);
  return r.days;
}

/** DingTalk 原始记录: one row per punch; 考勤日期 (`26-10-08 星期四`) is the work date, 打卡时间 (`2026-10-08 08:58`) the punch. */
export function readDingtalkRaw(es: ExportSheet, h: Header): AttendanceDay[] {
  const c = { key: columnOf(h, 'UserId'), id: columnOf(h, '工号'), name: columnOf(h, '姓名'), date: columnOf(h, '考勤日期'), at: columnOf(h, '打卡时间') };
  const keyCol = es.personColumn(h.written, c);
  const punches: Punch[] = [];
  for (const { v, row } of es.namedRows(h, c.name, keyCol)) {
    const date = exportDate(v[c.date] ?? null, es.timeZone);
    if (date === null) {
      es.issue('bad-date', row, c.date, h.written[c.date], v[c.date] ?? null, { field: h.written[c.date] });
      continue;
    }
    es.saw(date);
    const id = es.personIn(v, c, row);
    if (id === null) continue;
    const raw = v[c.at] ?? null;
    if (textOf(raw) === '' && !(raw instanceof Date)) continue; // no punch on this row (缺卡 lines)
    const at = punchAt(raw, es.timeZone);
    if (at === null) {
      es.issue('bad-time', row, c.at, h.written[c.at], raw, { id, field: h.written[c.at] });
      continue;
    }
    punches.push({ id, date, at, row, cell: es.cell(row, c.at), idCell: es.cell(row, keyCol) });
  }
  return toDays(es, punches);
}

/** ZKTeco 原始打卡记录: 考勤号码 (numeric), 姓名, 日期时间 (`2026/10/8 8:58:21`); the date of the punch is the work date. */
export function readZktecoRaw(es: ExportSheet, h: Header): AttendanceDay[] {
  const c = { key: columnOf(h, '考勤号码'), name: columnOf(h, '姓名'), at: columnOf(h, '日期时间') };
  es.keyAt(h.written[c.key], c.key);
  const punches: Punch[] = [];
  for (let r = h.dataStart; r < es.values.length; r++) {
    const v = es.values[r];
    if (textOf(v[c.key]) === '' && textOf(v[c.at]) === '') continue;
    const row = r + 1;
    es.rows++;
    const dt = exportDateTime(v[c.at] ?? null, es.timeZone);
    if (dt === null) {
      es.issue('bad-date', row, c.at, h.written[c.at], v[c.at] ?? null, { field: h.written[c.at] });
      continue;
    }
    es.saw(dt.date);
    const id = es.person({ key: textOf(v[c.key]), name: c.name < 0 ? null : textOf(v[c.name]) }, row);
    if (id === null) continue;
    punches.push({ id, date: dt.date, at: dt.seconds, row, cell: es.cell(row, c.at), idCell: es.cell(row, c.key) });
  }
  return toDays(es, punches);
}

/** DingTalk 打卡时间 grid: a column per day (the day number over its weekday); each cell every punch of the day, one per line. */
export function readDingtalkGrid(es: ExportSheet, h: Header): AttendanceDay[] | string {
  const month = monthAbove(es.values, h.row, es.timeZone);
  if (month === null) return 'its title rows give no month (统计日期)';
  const top = es.values[h.row] ?? [];
  const dayCols: { col: number; date: string }[] = [];
  for (let c = 0; c < top.length; c++) {
    const n = dayNumber(top[c]);
    const date = n === null ? null : exportDate(`${month}-${n}`, es.timeZone);
    if (date !== null) dayCols.push({ col: c, date });
  }
  if (dayCols.length === 0) return 'it has no day columns (1, 2, … 31)';
  const c = { key: columnOf(h, 'UserId'), id: columnOf(h, '工号'), name: columnOf(h, '姓名') };
  const keyCol = es.personColumn(h.written, c);
  const punches: Punch[] = [];
  for (const { v, row } of es.namedRows(h, c.name, keyCol)) {
    const id = es.personIn(v, c, row);
    for (const { col, date } of dayCols) {
      es.saw(date);
      if (id === null) continue;
      for (const at of timesIn(v[col] ?? null, es.timeZone)) punches.push({ id, date, at, row, cell: es.cell(row, col), idCell: es.cell(row, keyCol) });
    }
  }
  return toDays(es, punches);
}

/**
 * ZKTeco USB 刷卡记录: `考勤日期: 2026/10/01 ~ 2026/10/31` near the top, day numbers on the row below it, then per person
 * a label row (`工 号:` value, `姓 名:` value, `部 门:` value) and under it one cell per day with every punch on its own line.
 */
export function readZktecoUsb(es: ExportSheet): AttendanceDay[] | string {
  const range = usbRange(es.values, es.timeZone);
  if (range === null) return 'no 考勤日期 range (2026/10/01 ~ 2026/10/31) was found above the punches';
  const daysRow = es.values[range.row + 1] ?? [];
  const dayCols: { col: number; date: string }[] = [];
  for (let c = 0; c < daysRow.length; c++) {
    const n = dayNumber(daysRow[c]);
    if (n === null) continue;
    const date = dateInRange(n, range.from, range.to);
    if (date !== null) dayCols.push({ col: c, date });
  }
  if (dayCols.length === 0) return 'the row under 考勤日期 has no day numbers';
  const punches: Punch[] = [];
  for (let r = range.row + 2; r < es.values.length - 1; r++) {
    const v = es.values[r];
    const label = labelled(v, /^工\s*号[:：]?$/);
    if (!label) continue;
    const row = r + 1;
    es.rows++;
    es.keyAt('工 号:', label.col);
    const name = labelled(v, /^姓\s*名[:：]?$/)?.value ?? '';
    const id = es.person({ key: label.value, name }, row);
    const below = es.values[r + 1];
    for (const { col, date } of dayCols) {
      es.saw(date);
      if (id === null) continue;
      for (const at of timesIn(below[col] ?? null, es.timeZone)) punches.push({ id, date, at, row: row + 1, cell: es.cell(row + 1, col), idCell: es.cell(row, label.col) });
    }
    r++;
  }
  return toDays(es, punches);
}

/** True when a sheet has the USB report's marks: a 考勤日期 range and a 工 号: label. */
export function looksLikeUsb(values: CellValue[][]): boolean {
  if (usbRange(values, 'UTC') === null) return false;
  return values.slice(0, 12).some((v) => labelled(v, /^工\s*号[:：]?$/) !== null);
}

function labelled(v: CellValue[], re: RegExp): { value: string; col: number } | null {
  for (let c = 0; c < v.length; c++) {
    if (!re.test(textOf(v[c]))) continue;
    for (let k = c + 1; k < v.length; k++) {
      const t = textOf(v[k]);
      if (t !== '') return { value: t, col: k };
    }
    return null;
  }
  return null;
}

function usbRange(values: CellValue[][], tz: string): { row: number; from: string; to: string } | null {
  for (let r = 0; r < Math.min(values.length, 8); r++) {
    const line = (values[r] ?? []).map(textOf).join(' ');
    const m = /考勤日期\s*[:：]?\s*(\d{4}[/.-]\d{1,2}[/.-]\d{1,2})\s*[~～至-]+\s*(\d{4}[/.-]\d{1,2}[/.-]\d{1,2})/.exec(line);
    if (!m) continue;
    const from = exportDate(m[1], tz);
    const to = exportDate(m[2], tz);
    if (from && to) return { row: r, from, to };
  }
  return null;
}

/** The yyyy-mm a grid's title rows name (`统计日期：2026-10-01 至 2026-10-31`), or null. */
function monthAbove(values: CellValue[][], headerRow: number, tz: string): string | null {
  for (let r = 0; r < headerRow; r++) {
    const line = (values[r] ?? []).map(textOf).join(' ');
    const m = /(\d{4}[/.-]\d{1,2}[/.-]\d{1,2})/.exec(line);
    const d = m ? exportDate(m[1], tz) : null;
    if (d) return d.slice(0, 7);
  }
  return null;
}

function dayNumber(v: CellValue | undefined): number | null {
  const s = textOf(v ?? null);
  return /^\d{1,2}$/.test(s) && +s >= 1 && +s <= 31 ? +s : null;
}

/** The date with day number n within from..to (a range of at most a month), or null. */
function dateInRange(n: number, from: string, to: string): string | null {
  for (const month of new Set([from.slice(0, 7), to.slice(0, 7)])) {
    const date = `${month}-${n < 10 ? '0' : ''}${n}`;
    if (date >= from && date <= to) return date;
  }
  return null;
}

/** A punch time from a date-time cell or text ('2026-10-08 08:58', '08:58'); null when unreadable. */
function punchAt(v: CellValue, tz: string): number | null {
  const dt = exportDateTime(v, tz);
  if (dt) return dt.seconds;
  const t = timesIn(v, tz);
  return t.length === 1 ? t[0] : null;
}
