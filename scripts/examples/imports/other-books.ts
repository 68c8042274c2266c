// The scenario as ZKTeco clocks (原始打卡记录, USB 刷卡记录) and as dialers (TI-NET Clink, VICIdial, 7moor) write it.
import type { BookCell, BookSheet, ExampleBook } from '../book.js';
import { AGENTS, callList, contractAttendance, DATES, hhmm, roster, WEEK } from './scenario.js';

const w = (header: string, width = 10) => ({ header, width });
const blanks = (n: number): BookCell[] => Array.from({ length: n }, () => null);
const plain = (name: string, header: string[], rows: BookCell[][]): BookSheet => ({ name, columns: header.map((h) => w(h, 14)), rows });
const leaveRow = () => contractAttendance((id, date) => id === 'A001' && date === '2026-10-16');
/** '2026-10-13', '09:07:12' → '2026/10/13 9:07:12', as ZKTime writes a punch. */
const zk = (date: string, t: string) => `${date.replace(/-/g, '/').replace(/\/0/g, '/')} ${t.replace(/^0/, '')}`;

/** ZKTeco 原始打卡记录: one header row, one row per finger on the reader (duplicates included), 考勤号码 as a number. */
export function zktecoRaw(): ExampleBook {
  const header = ['部门', '姓名', '考勤号码', '日期时间', '机器号', '编号', '比对方式', '卡号'];
  const rows: BookCell[][] = [];
  let n = 1;
  for (const a of AGENTS) {
    WEEK[a.id].forEach((d, i) => {
      for (const p of d.punches) rows.push(['外呼中心', a.name, a.clockNumber, zk(DATES[i], p), 1, n++, '指纹', null]);
    });
  }
  return { sheets: [roster(), plain('原始打卡记录', header, rows), leaveRow()] };
}

/** ZKTeco USB 刷卡记录: title, 考勤日期 range on row 3, day numbers on row 4, then a label row and a punch row per person. */
export function zktecoUsb(): ExampleBook {
  const width = 22;
  const rows: BookCell[][] = [
    blanks(width),
    ['考勤日期:', null, `${DATES[0].replace(/-/g, '/')} ~ ${DATES[4].replace(/-/g, '/')}`, ...blanks(width - 3)],
    [...DATES.map((d) => +d.slice(8)), ...blanks(width - DATES.length)],
  ];
  for (const a of AGENTS) {
    const label = blanks(width);
    label[0] = '工 号:'; label[2] = a.clockNumber; label[8] = '姓 名:'; label[10] = a.name; label[17] = '部 门:'; label[19] = '外呼中心';
    rows.push(label);
    rows.push([...WEEK[a.id].map((d) => (d.punches.length ? `${d.punches.map(hhmm).join('\n')}\n` : null)), ...blanks(width - DATES.length)]);
  }
  return { sheets: [roster(), { name: '刷卡记录', columns: [w('刷卡记录', 12), ...Array.from({ length: width - 1 }, () => w('', 8))], rows }, leaveRow()] };
}

const CLINK_STATUS: Record<string, string> = {
  SALE: '双方接听', NI: '双方接听', CALLBK: '双方接听', NA: '座席接听，客户未接听(超时)', B: '座席接听，客户未接听(占线)',
  DC: '座席接听，客户未接听(空号)', A: '座席未接听',
};
const hms = (s: number) => `00:${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;

/** TI-NET Clink 通话记录 外呼: one row per call, newest first; 接听状态 in words; no success field. */
export function clinkOutbound(): ExampleBook {
  const header = ['通话ID', '客户号码', '号码归属地', '座席号', '座席名称', '座席电话', '呼叫类型', '外呼任务', '开始时间', '座席接听时间', '客户接听时间',
    '结束时间', '通话时长', '总时长', '接听状态', '挂机原因'];
  const rows = callList().reverse().map((c, i) => {
    const start = `${c.date} ${c.time}`;
    const answered = CLINK_STATUS[c.status] === '双方接听';
    return [`ob-${1000 + i}`, '138****0001', '浙江杭州', c.agent.seat, c.agent.name, '0571-0000', '预览外呼', '十月回访', start,
      start, answered ? start : '', start, hms(c.talk), hms(c.talk + 20), CLINK_STATUS[c.status], answered ? '客户挂机' : '座席挂机'] as BookCell[];
  });
  return { sheets: [roster(), plain('通话记录', header, rows)] };
}

/** VICIdial Export Calls Report (EXPORT_CALL_REPORT_…txt opened and saved): call_date, status codes, user logins. */
export function vicidialCalls(): ExampleBook {
  const header = ['call_date', 'phone_number_dialed', 'status', 'user', 'full_name', 'campaign_id', 'vendor_lead_code', 'source_id', 'list_id',
    'gmt_offset_now', 'phone_code', 'phone_number', 'title', 'first_name', 'last_name', 'length_in_sec', 'user_group', 'lead_id', 'list_name', 'status_name'];
  const names: Record<string, string> = { SALE: 'Sale Made', NI: 'Not Interested', CALLBK: 'Call Back', NA: 'No Answer AutoDial', B: 'Busy', DC: 'Disconnected Number', A: 'Answering Machine' };
  const rows = callList().map((c, i) => [`${c.date} ${c.time}`, '13800000001', c.status, c.agent.dialer, c.agent.name, 'OCT', '', '', 101,
    '8.00', '86', '13800000001', '', '', '', c.talk, 'AGENTS', 5000 + i, 'October', names[c.status]] as BookCell[]);
  return { sheets: [roster(), plain('EXPORT_CALL_REPORT', header, rows)] };
}

/** 7moor (容联七陌) call records with the fields of its CDR: one row per call, inbound rows too (skipped). */
export function moorCdr(): ExampleBook {
  const header = ['CALL_SHEET_ID', 'CALL_NO', 'CALLED_NO', 'CONNECT_TYPE', 'STATUS', 'EXTEN', 'DISPOSAL_AGENT', 'OFFERING_TIME', 'BEGIN_TIME',
    'END_TIME', 'CALL_TIME_LENGTH', 'QUEUE_NAME', 'PROVINCE', 'DISTRICT'];
  const rows: BookCell[][] = callList().map((c, i) => {
    const answered = ['SALE', 'NI', 'CALLBK'].includes(c.status);
    const at = `${c.date} ${c.time}`;
    return [`cs-${i}`, '057100000', '13800000001', 'dialout', answered ? 'dealing' : 'notDeal', c.agent.seat, `agent-${c.agent.seat}`, at,
      answered ? at : '', at, c.talk, '外呼组', '浙江', '杭州'];
  });
  rows.push(['cs-in-1', '13800000009', '057100000', 'normal', 'dealing', AGENTS[2].seat, 'agent-2003', '2026-10-14 10:00:00', '2026-10-14 10:00:05',
    '2026-10-14 10:03:00', 175, '客服组', '浙江', '杭州']);
  return { sheets: [roster(), plain('通话记录', header, rows)] };
}
