// One week of three agents (2026-10-12 … 16), written once: every export example and its contract twin are made from it.
import type { BookCell, BookSheet } from '../book.js';

export const DATES = ['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'] as const;
export const WEEKDAYS = ['一', '二', '三', '四', '五'] as const;

export interface Agent {
  id: string;
  name: string;
  dingtalk: string;
  wecom: string;
  /** 考勤号码 as the Roster keeps it (text, leading zeros) and as the clock writes it (a number) */
  clock: string;
  clockNumber: number;
  seat: string;
  dialer: string;
}

export const AGENTS: readonly Agent[] = [
  { id: 'A001', name: '王芳', dingtalk: 'ding-wf', wecom: 'wangfang', clock: '007', clockNumber: 7, seat: '2001', dialer: 'wf01' },
  { id: 'A002', name: '李强', dingtalk: 'ding-lq', wecom: 'liqiang', clock: '012', clockNumber: 12, seat: '2002', dialer: 'lq02' },
  { id: 'A003', name: '张伟', dingtalk: 'ding-zw', wecom: 'zhangwei', clock: '003', clockNumber: 3, seat: '2003', dialer: 'zw03' },
];

/**
 * A day: punches as the clock saw them (hh:mm or hh:mm:ss, near-duplicates included), or leave.
 * Hand-worked under outbound-center (09:00–12:00, 13:30–18:00, 1 元 a minute, late > 60 min = absence 100 元 −15):
 * A001: 10-13 late 7 min (7 元; 09:07:40 is a duplicate of 09:07:12); 10-14 four punches on time; 10-15 no clock-out
 *       (a missing punch, not a fine); 10-16 事假 1 day.
 * A002: 10-12 left 10 min early (10 元); 10-13 late 75 min → absence; 10-14 no punch, no leave → absence.
 * A003: on time every day.
 */
export interface Day { punches: string[]; leave?: '事假' }

export const WEEK: Record<string, Day[]> = {
  A001: [
    { punches: ['08:58:10', '18:03:05'] },
    { punches: ['09:07:12', '09:07:40', '18:00:30'] },
    { punches: ['08:55:00', '12:01:00', '13:29:00', '18:05:00'] },
    { punches: ['08:59:00'] },
    { punches: [], leave: '事假' },
  ],
  A002: [
    { punches: ['09:00:00', '17:50:00'] },
    { punches: ['10:15:00', '18:00:00'] },
    { punches: [] },
    { punches: ['08:59:30', '18:01:00'] },
    { punches: ['08:57:00', '18:02:00'] },
  ],
  A003: [
    { punches: ['08:50:00', '18:10:00'] },
    { punches: ['08:51:00', '18:00:00'] },
    { punches: ['08:52:00', '18:11:00'] },
    { punches: ['08:53:00', '18:12:00'] },
    { punches: ['08:54:00', '18:13:00'] },
  ],
};

/** The punches a day keeps once near-duplicates (within a minute) are dropped. */
export function kept(day: Day): string[] {
  const out: string[] = [];
  const sec = (t: string) => t.split(':').reduce((s, x, i) => s + +x * [3600, 60, 1][i], 0);
  for (const p of day.punches) if (out.length === 0 || sec(p) - sec(out[out.length - 1]) > 60) out.push(p);
  return out;
}

export const hhmm = (t: string) => t.slice(0, 5);

/** Calls: per agent and date, statuses in the words of a VICIdial disposition (mapped per export by the books). */
export const CALLS: Record<string, Record<string, ('SALE' | 'NI' | 'CALLBK' | 'NA' | 'B' | 'DC' | 'A')[]>> = {
  A001: { '2026-10-12': ['SALE', 'NI', 'NA', 'B'], '2026-10-13': ['CALLBK', 'DC', 'SALE'] },
  A002: { '2026-10-12': ['A', 'NA'], '2026-10-15': ['SALE'] },
  A003: {},
};

/** Every call in time order: agent, date, time (09:10 plus five minutes a call), status. */
export function callList(): { agent: Agent; date: string; time: string; status: string; talk: number }[] {
  const out: { agent: Agent; date: string; time: string; status: string; talk: number }[] = [];
  for (const agent of AGENTS) {
    for (const [date, statuses] of Object.entries(CALLS[agent.id])) {
      statuses.forEach((status, i) => {
        const m = 10 + i * 5;
        out.push({ agent, date, time: `09:${m < 10 ? '0' : ''}${m}:00`, status, talk: status === 'SALE' ? 300 : status === 'NI' || status === 'CALLBK' ? 60 : 0 });
      });
    }
  }
  return out;
}

const col = (header: string, width = 10) => ({ header, width });

/** The Roster in the contract's form, with each system's key column. */
export function roster(): BookSheet {
  return {
    name: '花名册',
    columns: [col('工号', 8), col('姓名', 10), col('组别', 8), col('职级', 8), col('组长', 6), col('入职日期', 12), col('基本工资', 10),
      col('钉钉UserId', 12), col('企业微信账号', 12), col('考勤号码', 10), col('座席号', 8), col('外呼系统账号', 12)],
    rows: AGENTS.map((a, i) => [a.id, a.name, '一组', '初级', i === 0 ? '是' : '否', { date: '2026-01-05' }, 4000,
      a.dingtalk, a.wecom, a.clock, a.seat, a.dialer]),
  };
}

/** The same week typed into the contract's 考勤 sheet: slots as the schedule assigns them, leave as typed. */
export function contractAttendance(only?: (id: string, date: string) => boolean): BookSheet {
  const rows: BookCell[][] = [];
  for (const a of AGENTS) {
    WEEK[a.id].forEach((d, i) => {
      const date = DATES[i];
      if (only && !only(a.id, date)) return;
      const p = kept(d).map(hhmm);
      const t = (x: string | undefined): BookCell => (x === undefined ? null : { time: x });
      const [clockIn, noonOut, noonIn, clockOut] = p.length === 4 ? p : p.length === 2 ? [p[0], undefined, undefined, p[1]]
        : p.length === 1 ? [p[0], undefined, undefined, undefined] : [];
      rows.push([a.id, { date }, t(clockIn), t(noonOut), t(noonIn), t(clockOut), d.leave ?? null, d.leave ? 1 : null]);
    });
  }
  return {
    name: '考勤',
    columns: [col('工号', 8), col('日期', 12), col('上班打卡'), col('午间下班'), col('午间上班'), col('下班打卡'), col('请假类型'), col('请假天数')],
    rows,
  };
}

/** The same calls typed into the contract's 外呼 sheet, one row per call with its result. */
export function contractCalls(withSuccess: boolean): BookSheet {
  const result = (s: string) => (s === 'SALE' ? (withSuccess ? 'success' : 'connected') : s === 'NI' || s === 'CALLBK' ? 'connected' : '');
  return {
    name: '外呼',
    columns: [col('工号', 8), col('日期', 18), col('结果', 10)],
    rows: callList().map((c) => [c.agent.id, `${c.date} ${c.time}`, result(c.status)]),
  };
}
