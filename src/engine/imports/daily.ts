// Day-per-row attendance exports: DingTalk 每日统计, WeCom 上下班打卡_日报, Feishu 月度汇总 — slots, results and leave text to AttendanceDay.
import type { AttendanceDay, CellValue } from '../types.js';
import type { ExportSheet } from './context.js';
import { columnOf, type Header, textOf } from './header.js';
import { exportDate, exportTime, leaveIn } from './values.js';

type Slot = 'clockIn' | 'noonOut' | 'noonIn' | 'clockOut';

/** One punch slot of a day as the export gives it: a time (or null), its result text, and the cell. */
export interface SlotValue { at: number | null; status: string; cell: string | null }

/** A result that says the slot was on leave (请假, 休假, 调休). */
const ON_LEAVE = /请假|休假|调休/;

/**
 * One AttendanceDay from an export's day: four slots written 上班1, 下班1, 上班2, 下班2 (a day with nothing in
 * the second pair is a two-punch day: in, out), leave from the approval text or from slots whose result is 请假.
 * A rest day (班次 or result 休息) without a punch gives no day; a day without punches or leave is kept empty, so
 * the policy decides what it is. Null when there is no day to keep.
 */
export function dayFromSlots(es: ExportSheet, d: { id: string; date: string; row: number; idCell: string; dateCell: string },
  slots: SlotValue[], leaveText: string, rest: boolean): AttendanceDay | null {
  const second = slots.slice(2).some((s) => s.at !== null || s.status !== '');
  const order: Slot[] = second ? ['clockIn', 'noonOut', 'noonIn', 'clockOut'] : ['clockIn', 'clockOut'];
  const used = second ? slots : [slots[0], slots[1]];
  const times: Record<Slot, number | null> = { clockIn: null, noonOut: null, noonIn: null, clockOut: null };
  const cells: AttendanceDay['cells'] = { id: d.idCell, date: d.dateCell };
  let punches = 0;
  used.forEach((s, i) => {
    if (s.cell) cells[order[i]] = s.cell;
    if (s.at !== null) {
      times[order[i]] = s.at;
      punches++;
    }
  });
  const leaveSlots = used.filter((s) => ON_LEAVE.test(s.status)).length;
  let leave = leaveIn(leaveText);
  if (!leave && leaveSlots > 0) leave = { type: null, days: leaveSlots >= used.length ? 1 : 0.5 };
  if (punches === 0 && !leave && rest) {
    es.count('restDays');
    return null;
  }
  es.count('punchesAssigned', punches);
  if (leave && leave.type === null) {
    es.issue('import-leave-type', d.row, null, null, leaveText || '请假', { id: d.id, date: d.date });
  }
  if (leave) es.count('leaveDays');
  return {
    id: d.id, date: d.date, ...times,
    leaveType: leave ? leave.type ?? 'personal' : null, leaveDays: leave ? leave.days : 0, reported: true,
    row: d.row, cells,
  };
}

/** The four slot columns of a daily export: time and result headers per slot (group + sub names). */
export function slotColumns(h: Header, time: (n: number, kind: '上班' | '下班') => string[], status: (n: number, kind: '上班' | '下班') => string[]):
  { time: number; status: number }[] {
  const out: { time: number; status: number }[] = [];
  for (const [n, kind] of [[1, '上班'], [1, '下班'], [2, '上班'], [2, '下班']] as const) {
    out.push({ time: columnOf(h, ...time(n, kind)), status: columnOf(h, ...status(n, kind)) });
  }
  return out;
}

/** A slot's value on one row: an unreadable time is an issue and counts as no punch. */
export function slotValue(es: ExportSheet, h: Header, values: CellValue[], row: number, col: { time: number; status: number }, id: string): SlotValue {
  const raw = col.time < 0 ? null : values[col.time] ?? null;
  let at = col.time < 0 ? null : exportTime(raw, es.timeZone);
  if (at === 'bad') {
    es.issue('bad-time', row, col.time, h.written[col.time], raw, { id, field: h.written[col.time] });
    at = null;
  }
  return { at, status: col.status < 0 ? '' : textOf(values[col.status]), cell: col.time < 0 ? null : es.cell(row, col.time) };
}

/** The row's date, or an issue (bad-date) and null. */
export function rowDate(es: ExportSheet, h: Header, values: CellValue[], row: number, col: number): string | null {
  const raw = values[col] ?? null;
  const d = exportDate(raw, es.timeZone);
  if (d === null) es.issue(textOf(raw) === '' ? 'missing-value' : 'bad-date', row, col, h.written[col], raw, { field: h.written[col] });
  else es.saw(d);
  return d;
}
