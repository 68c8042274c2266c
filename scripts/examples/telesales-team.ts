// Preset telesales-team's example workbook: 12 agents over August–October 2026 with the B-* cases planted (see the test).
import type { BookCell, BookSheet, ExampleBook } from './book.js';
import { workdaysOf } from './calendar.js';

export const TELESALES_MONTHS = ['2026-08', '2026-09', '2026-10'] as const;
type Level = '初级' | '中级' | '高级';
type Task = 'contacts' | 'invitations';

interface Agent {
  id: string;
  name: string;
  team: string;
  level: Level;
  hire: string;
  task: Task;
  /** share of the daily target made each workday, per month (Aug, Sep, Oct) */
  factors: [number, number, number];
  seniority?: number;
}

const BASE: Record<Level, [number, number]> = { 初级: [1400, 700], 中级: [1800, 900], 高级: [2200, 1100] };
const DAILY: Record<Task, Record<Level, number>> = {
  contacts: { 初级: 40, 中级: 60, 高级: 80 },
  invitations: { 初级: 30, 中级: 40, 高级: 50 },
};

/** T02, T09, T10 have planted October days below; the factors set every other day. */
export const TELESALES_CAST: Agent[] = [
  { id: 'T01', name: '赵一', team: '一组', level: '初级', hire: '2025-03-01', task: 'contacts', factors: [1, 1, 1] },
  { id: 'T02', name: '钱二', team: '一组', level: '初级', hire: '2025-03-01', task: 'contacts', factors: [1, 1, 1.125] },
  { id: 'T03', name: '孙三', team: '一组', level: '初级', hire: '2025-03-01', task: 'contacts', factors: [1, 0.85, 0.85] },
  { id: 'T04', name: '李四', team: '一组', level: '中级', hire: '2024-06-01', task: 'invitations', factors: [1, 0.85, 0.85] },
  { id: 'T05', name: '周五', team: '二组', level: '初级', hire: '2025-05-01', task: 'contacts', factors: [1.25, 1.25, 1.25] },
  { id: 'T06', name: '吴六', team: '二组', level: '初级', hire: '2026-09-01', task: 'contacts', factors: [0, 1, 1] },
  { id: 'T07', name: '郑七', team: '二组', level: '初级', hire: '2026-09-01', task: 'contacts', factors: [0, 0.95, 1] },
  { id: 'T08', name: '王八', team: '二组', level: '高级', hire: '2023-01-01', task: 'contacts', factors: [1, 0.55, 0.9] },
  { id: 'T09', name: '冯九', team: '三组', level: '中级', hire: '2024-06-01', task: 'contacts', factors: [1, 1, 1] },
  { id: 'T10', name: '陈十', team: '三组', level: '高级', hire: '2023-01-01', task: 'contacts', factors: [1, 1, 1] },
  { id: 'T11', name: '褚十一', team: '三组', level: '中级', hire: '2024-06-01', task: 'invitations', factors: [1.1, 1.1, 1.1] },
  { id: 'T12', name: '卫十二', team: '三组', level: '高级', hire: '2023-01-01', task: 'invitations', factors: [1, 1, 1], seniority: 200 },
];

/** Planted October days: T02 makes 35 a day in the week of 12–16 October; T09 is late, absent and on a 10-minute lateness. */
const T02_WEAK_WEEK = ['2026-10-12', '2026-10-13', '2026-10-14', '2026-10-15', '2026-10-16'];
const T09_DAYS: Record<string, { in?: string; absent?: true }> = {
  '2026-10-13': { in: '09:20' }, '2026-10-14': { in: '09:45' }, '2026-10-15': { absent: true }, '2026-10-16': { in: '09:10' },
};
/** T10's October commissions: appointments, opportunities and two contract payments (元). */
const T10_EXTRA: Record<string, [number, number, number]> = {
  '2026-10-12': [12, 0, 0], '2026-10-13': [0, 2, 0], '2026-10-14': [0, 0, 50000], '2026-10-21': [0, 0, 150000],
};

const col = (header: string, width = 10) => ({ header, width });

function daily(a: Agent, monthIndex: number, date: string): number {
  if (a.id === 'T02' && T02_WEAK_WEEK.includes(date)) return 35;
  return Math.round(DAILY[a.task][a.level] * a.factors[monthIndex]);
}

/** The example: 花名册, 考勤, 外呼 (contacts, invitations, appointments …), 奖惩记录. */
export function telesalesTeamExample(): ExampleBook {
  const attendance: BookCell[][] = [];
  const calls: BookCell[][] = [];
  TELESALES_MONTHS.forEach((month, mi) => {
    for (const date of workdaysOf(month)) {
      for (const a of TELESALES_CAST) {
        if (date < a.hire) continue;
        const plan = a.id === 'T09' ? T09_DAYS[date] : undefined;
        if (plan?.absent) {
          attendance.push([a.id, { date }, null, null, '旷工', 1, '是']);
          continue;
        }
        attendance.push([a.id, { date }, { time: plan?.in ?? '09:00' }, { time: '18:00' }, null, null, null]);
        const made = daily(a, mi, date);
        const [appointments, opportunities, payment] = a.id === 'T10' ? T10_EXTRA[date] ?? [0, 0, 0] : [0, 0, 0];
        calls.push([a.id, { date }, 100, appointments, opportunities, payment,
          a.task === 'contacts' ? made : 0, a.task === 'invitations' ? made : 0]);
      }
    }
  });
  const roster: BookSheet = {
    name: '花名册',
    columns: [col('工号', 8), col('姓名', 10), col('组别', 8), col('职级', 8), col('组长', 6), col('入职日期', 12),
      col('基本工资'), col('绩效工资'), col('工龄工资')],
    rows: TELESALES_CAST.map((a) => [a.id, a.name, a.team, a.level, a.id === 'T01' ? '是' : '否', { date: a.hire },
      BASE[a.level][0], BASE[a.level][1], a.seniority ?? 0]),
  };
  return {
    sheets: [
      roster,
      { name: '考勤', columns: [col('工号', 8), col('日期', 12), col('上班打卡'), col('下班打卡'), col('请假类型'), col('请假天数'), col('已报备', 8)],
        rows: attendance },
      { name: '外呼', columns: [col('工号', 8), col('日期', 12), col('外呼量'), col('邀约'), col('商机'), col('回款', 12), col('新增联系人'), col('意向参会')],
        rows: calls },
      { name: '奖惩记录', columns: [col('工号', 8), col('日期', 12), col('代码', 12), col('次数', 6), col('备注', 30)],
        rows: [['T09', { date: '2026-10-20' }, 'B-ATT-1', 2, '未佩戴工牌、未穿工装']] },
    ],
  };
}
