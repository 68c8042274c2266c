// Readers of the day-per-row exports: DingTalk 每日统计, WeCom 上下班打卡_日报, Feishu 月度汇总.
import { aliasKey } from '../read/aliases.js';
import type { AttendanceDay } from '../types.js';
import type { ExportSheet } from './context.js';
import { dayFromSlots, rowDate, slotColumns, slotValue, type SlotValue } from './daily.js';
import { columnOf, type Header, textOf } from './header.js';
import { exportDate } from './values.js';

/** DingTalk 每日统计: 日期 (`26-10-08 星期四`), 班次, 上班1打卡时间 / 上班1打卡结果 …, 关联的审批单; person by UserId, 工号, 姓名. */
export function readDingtalkDaily(es: ExportSheet, h: Header): AttendanceDay[] {
  const slots = slotColumns(h, (n, k) => [`${k}${n}打卡时间`], (n, k) => [`${k}${n}打卡结果`]);
  return readDays(es, h, {
    key: columnOf(h, 'UserId'), id: columnOf(h, '工号'), name: columnOf(h, '姓名'), date: columnOf(h, '日期'),
    shift: columnOf(h, '班次'), result: -1, leave: columnOf(h, '关联的审批单'), slots,
  });
}

/** WeCom 上下班打卡_日报: 时间 (`2026/10/08 星期四`), 账号, 班次, 假勤申请, 考勤结果, 上班1 × (打卡时间, 打卡状态) …; `--` is nothing. */
export function readWecomDaily(es: ExportSheet, h: Header): AttendanceDay[] {
  const slots = slotColumns(h, (n, k) => [`${k}${n}打卡时间`], (n, k) => [`${k}${n}打卡状态`]);
  return readDays(es, h, {
    key: columnOf(h, '账号'), id: columnOf(h, '工号'), name: columnOf(h, '姓名'), date: columnOf(h, '时间'),
    shift: columnOf(h, '班次'), result: columnOf(h, '考勤结果'), leave: columnOf(h, '假勤申请'), slots,
  });
}

interface DayColumns {
  key: number; id: number; name: number; date: number; shift: number; result: number; leave: number;
  slots: { time: number; status: number }[];
}

function readDays(es: ExportSheet, h: Header, c: DayColumns): AttendanceDay[] {
  const out: AttendanceDay[] = [];
  const keyCol = es.personColumn(h.written, c);
  const seen = new Map<string, number>();
  for (const { v, row } of es.namedRows(h, c.name, keyCol)) {
    const date = rowDate(es, h, v, row, c.date);
    const id = es.personIn(v, c, row);
    if (date === null || id === null) continue;
    const first = seen.get(`${id}\u0000${date}`);
    if (first !== undefined) {
      es.issue('duplicate-day', row, c.date, h.written[c.date], v[c.date], { id, date, first });
      continue;
    }
    seen.set(`${id}\u0000${date}`, row);
    const slots: SlotValue[] = c.slots.map((s) => slotValue(es, h, v, row, s, id));
    const words = `${c.shift < 0 ? '' : textOf(v[c.shift])} ${c.result < 0 ? '' : textOf(v[c.result])}`;
    const day = dayFromSlots(es, { id, date, row, idCell: es.cell(row, keyCol), dateCell: es.cell(row, c.date) },
      slots, c.leave < 0 ? '' : textOf(v[c.leave]), /休息/.test(words));
    if (day) out.push(day);
  }
  return out;
}

/**
 * Feishu 月度汇总: one row per person; under the group header 每日考勤结果 one column per date (`2026-10-08 星期四`),
 * each cell the day's results with their times, `正常(09:00),迟到5分钟(09:05)…`, `缺卡(-)`, `事假(全天)`, `休息`.
 */
export function readFeishuMonthly(es: ExportSheet, h: Header): AttendanceDay[] {
  const group = h.names.findIndex((n) => n.has(aliasKey('每日考勤结果')));
  const sub = es.values[h.row + 1] ?? [];
  const dayCols: { col: number; date: string }[] = [];
  for (let c = group; c < sub.length; c++) {
    const d = exportDate(sub[c], es.timeZone);
    if (d !== null) dayCols.push({ col: c, date: d });
  }
  const name = columnOf(h, '姓名');
  const key = columnOf(h, '飞书工号', '用户ID', '人员编号');
  const idCol = columnOf(h, '工号');
  const keyCol = key >= 0 ? key : idCol >= 0 ? idCol : name;
  es.keyAt(h.written[keyCol], keyCol);
  const out: AttendanceDay[] = [];
  for (let r = h.dataStart; r < es.values.length; r++) {
    const v = es.values[r];
    const who = textOf(v[name]);
    if (who === '') continue;
    const row = r + 1;
    es.rows++;
    const id = es.person({ key: key < 0 ? null : textOf(v[key]), id: idCol < 0 ? null : textOf(v[idCol]), name: who }, row);
    if (id === null) continue;
    for (const { col, date } of dayCols) {
      es.saw(date);
      const text = textOf(v[col]);
      const cell = es.cell(row, col);
      // Each result in order: its time in brackets, or (-) for a missing punch.
      const items = [...text.matchAll(/([^,，()（）]*)[(（]([^)）]*)[)）]/g)].filter((m) => !/全天|上午|下午/.test(m[2]));
      const slots: SlotValue[] = items.slice(0, 4).map((m) => {
        const t = /^(\d{1,2}):(\d{2})/.exec(m[2].trim());
        return { at: t ? +t[1] * 3600 + +t[2] * 60 : null, status: m[1].trim(), cell };
      });
      while (slots.length < 4) slots.push({ at: null, status: '', cell: slots.length < 2 ? cell : null });
      const rest = /休息/.test(text);
      const leaveText = /假|请假|调休/.test(text) ? text : '';
      const day = dayFromSlots(es, { id, date, row, idCell: es.cell(row, keyCol), dateCell: cell }, slots, leaveText, rest || text === '');
      if (day) out.push(day);
    }
  }
  return out;
}
