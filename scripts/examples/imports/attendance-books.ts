// The scenario week as DingTalk (原始记录, 每日统计, 打卡时间), WeCom (上下班打卡_日报) and Feishu (月度汇总) write it.
import type { BookCell, BookSheet, ExampleBook } from '../book.js';
import { AGENTS, contractAttendance, DATES, type Day, hhmm, kept, roster, WEEK, WEEKDAYS } from './scenario.js';

const w = (header: string, width = 10) => ({ header, width });
const blanks = (n: number): BookCell[] => Array.from({ length: n }, () => null);
/** A sheet whose first row is a title: the book writer's header row carries it. */
function titled(name: string, title: string, width: number, rows: BookCell[][]): BookSheet {
  return { name, columns: [w(title, 30), ...Array.from({ length: width - 1 }, () => w('', 12))], rows };
}
const short = (date: string, i: number) => `${date.slice(2)} 星期${WEEKDAYS[i]}`;
const SCHEDULE = ['09:00', '12:00', '13:30', '18:00'];

/** The slots a day's kept punches fill, as the systems pair them: in/out, or in/noon out/noon in/out. */
function slots(d: Day): (string | null)[] {
  const p = kept(d).map(hhmm);
  if (p.length === 4) return p;
  return [p[0] ?? null, p[1] ?? null, null, null];
}

function result(slot: number, t: string | null, four: boolean, d: Day): string {
  if (d.leave) return '请假';
  if (t === null) return '缺卡';
  const due = four ? SCHEDULE[slot] : slot === 0 ? '09:00' : '18:00';
  if (slot % 2 === 0) return t > due ? (t > '10:00' ? '严重迟到' : '迟到') : '正常';
  return t < due ? '早退' : '正常';
}

/** DingTalk 原始记录: two title rows, header on row 3, one row per punch (duplicates included). */
export function dingtalkRaw(): ExampleBook {
  const header = ['姓名', '考勤组', '部门', '工号', '职位', 'UserId', '考勤日期', '考勤时间', '打卡时间', '打卡结果', '打卡地址', '打卡备注',
    '异常打卡原因', '打卡图片1', '打卡图片2', '打卡设备', '管理员修改备注'];
  const rows: BookCell[][] = [[`统计日期：${DATES[0]} 至 ${DATES[4]}`, ...blanks(header.length - 1)], header];
  for (const a of AGENTS) {
    WEEK[a.id].forEach((d, i) => {
      const date = DATES[i];
      d.punches.forEach((p, k) => {
        const due = p < '12:30' ? '09:00' : '18:00';
        const res = due === '09:00' ? (hhmm(p) > '09:00' ? '迟到' : '正常') : (hhmm(p) < '18:00' ? '早退' : '正常');
        rows.push([a.name, '外呼中心', '一组', '', '坐席', a.dingtalk, short(date, i), `${date} ${due}`, `${date} ${hhmm(p)}`, res,
          '杭州市西湖区', '', '', '', '', k === 0 ? 'iPhone' : 'iPhone', '']);
      });
    });
  }
  return { sheets: [roster(), titled('原始记录', '原始记录', header.length, rows),
    contractAttendance((id, date) => id === 'A001' && date === '2026-10-16')] };
}

/** DingTalk 每日统计: title rows 1–2, header rows 3–4 (merged down), every day of the week, 关联的审批单 for leave. */
export function dingtalkDaily(): ExampleBook {
  const header = ['姓名', '考勤组', '部门', '工号', '职位', 'UserId', '日期', '班次', '上班1打卡时间', '上班1打卡结果', '下班1打卡时间', '下班1打卡结果',
    '上班2打卡时间', '上班2打卡结果', '下班2打卡时间', '下班2打卡结果', '关联的审批单', '出勤天数', '迟到次数', '迟到时长(分钟)', '早退时长(分钟)', '上班缺卡次数', '旷工天数', '事假(天)'];
  const rows: BookCell[][] = [[`统计日期：${DATES[0]} 至 ${DATES[4]} 报表生成时间：2026-11-01 10:00`, ...blanks(header.length - 1)], header, blanks(header.length)];
  for (const a of AGENTS) {
    WEEK[a.id].forEach((d, i) => {
      const s = slots(d);
      const four = s[2] !== null;
      const res = s.map((t, k) => (k >= 2 && !four ? '' : result(four ? k : k === 0 ? 0 : 1, t, four, d)));
      const approval = d.leave ? `${d.leave} 10-16 09:00到10-16 18:00 1天` : '';
      rows.push([a.name, '外呼中心', '一组', a.id, '坐席', a.dingtalk, short(DATES[i], i), '早班 09:00-18:00',
        s[0], res[0], s[1], res[1], s[2], res[2], s[3], res[3], approval,
        d.leave || s.every((t) => t === null) ? 0 : 1, 0, 0, 0, 0, 0, d.leave ? 1 : 0].map((v) => (v === '' ? null : v)));
    });
  }
  // A rest day as DingTalk lists it: 班次 休息, nothing punched.
  rows.push(['张伟', '外呼中心', '一组', 'A003', '坐席', 'ding-zw', '26-10-17 星期六', '休息', ...blanks(header.length - 8)]);
  return { sheets: [roster(), titled('每日统计', '每日统计', header.length, rows)] };
}

/** DingTalk 打卡时间: title rows, header rows 3–4 (day number over weekday), every punch of a day in one cell, one per line. */
export function dingtalkGrid(): ExampleBook {
  const fixed = ['姓名', '考勤组', '部门', '工号', '职位', 'UserId'];
  const rows: BookCell[][] = [
    [`统计日期：${DATES[0]} 至 ${DATES[4]}`, ...blanks(fixed.length + DATES.length - 1)],
    [...fixed, ...DATES.map((d) => String(+d.slice(8)))],
    [...blanks(fixed.length), ...WEEKDAYS],
  ];
  for (const a of AGENTS) {
    rows.push([a.name, '外呼中心', '一组', a.id, '坐席', a.dingtalk, ...WEEK[a.id].map((d) => (d.punches.length ? d.punches.map(hhmm).join('\n') : null))]);
  }
  return { sheets: [roster(), titled('打卡时间', '打卡时间', fixed.length + DATES.length, rows),
    contractAttendance((id, date) => id === 'A001' && date === '2026-10-16')] };
}

/** WeCom 上下班打卡_日报: title, 统计时间 line, a two-row header with grouped punch columns, newest day first, `--` for nothing. */
export function wecomDaily(): ExampleBook {
  const fixed = ['时间', '姓名', '账号', '部门', '职务', '工号', '所属规则', '班次', '最早', '最晚', '打卡次数(次)', '标准工作时长(小时)', '实际工作时长(小时)', '假勤申请', '考勤结果'];
  const groups = ['上班1', '下班1', '上班2', '下班2'];
  const width = fixed.length + groups.length * 2 + 1;
  const rows: BookCell[][] = [
    [`统计时间:${DATES[0]} 至 ${DATES[4]} 制表时间:2026-11-01 10:00(UTC+8)`, ...blanks(width - 1)],
    [...fixed, ...groups.flatMap((g) => [g, null]), '打卡时间记录'],
    [...blanks(fixed.length), ...groups.flatMap(() => ['打卡时间', '打卡状态']), null],
  ];
  for (let i = DATES.length - 1; i >= 0; i--) {
    for (const a of AGENTS) {
      const d = WEEK[a.id][i];
      const s = slots(d);
      const four = s[2] !== null;
      const status = (k: number) => {
        if (d.leave) return '请假';
        const t = s[k];
        if (t === null) return '未打卡';
        const r = result(four ? k : k === 0 ? 0 : 1, t, four, d);
        return r === '正常' ? '正常' : r === '缺卡' ? '未打卡' : r === '早退' ? '早退' : '迟到';
      };
      const p = kept(d).map(hhmm);
      const groupsCells = [0, 1, 2, 3].flatMap((k) => (k >= 2 && !four ? ['--', '--'] : [s[k] ?? '--', status(k)]));
      rows.push([`2026/10/${DATES[i].slice(8)} 星期${WEEKDAYS[i]}`, a.name, a.wecom, '一组', '坐席', '--', '外呼中心', '早班',
        p[0] ?? '--', p[p.length - 1] ?? '--', p.length, 8, p.length >= 2 ? 8 : 0, d.leave ? `${d.leave} 1天` : '--',
        d.leave ? '请假' : p.length === 0 ? '旷工' : '正常', ...groupsCells, p.join(';') || '--']);
    }
  }
  return { sheets: [roster(), titled('概况统计与打卡明细', '上下班打卡_日报', width, rows)] };
}

/** Feishu 月度汇总: header row with the group 每日考勤结果, the dates under it, each day cell its results with times. */
export function feishuMonthly(): ExampleBook {
  const fixed = ['姓名', '工号', '部门', '考勤组', '应出勤天数', '实际出勤天数', '迟到次数', '早退次数', '缺卡次数', '旷工天数'];
  const header: BookCell[] = [...fixed, '每日考勤结果', ...blanks(DATES.length - 1)];
  const rows: BookCell[][] = [[...blanks(fixed.length), ...DATES.map((d, i) => `${d} 星期${WEEKDAYS[i]}`)]];
  for (const a of AGENTS) {
    const cells = WEEK[a.id].map((d) => {
      if (d.leave) return `${d.leave}(全天)`;
      const s = slots(d);
      const four = s[2] !== null;
      const items = (four ? s : s.slice(0, 2)).map((t, k) => (t === null ? '缺卡(-)' : `${result(four ? k : k === 0 ? 0 : 1, t, four, d)}(${t})`));
      return s.every((t) => t === null) ? '旷工' : items.join(',');
    });
    rows.push([a.name, a.id, '一组', '外呼中心', 5, 0, 0, 0, 0, 0, ...cells]);
  }
  return { sheets: [roster(), { name: '飞书考勤', columns: header.map((h) => w(String(h ?? ''), 14)), rows }] };
}
