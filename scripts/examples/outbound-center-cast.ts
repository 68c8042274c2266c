// The outbound-center example's people and what each one's two months hold (see examples/README.md).

export const MONTHS = ['2026-09', '2026-10'] as const;
export type Month = (typeof MONTHS)[number];

/** 'HH:MM' is a time cell, { text } a text cell such as '9:07', null a missing punch (缺卡). */
export type Punch = string | { text: string } | null;

export interface Punches {
  in?: Punch;
  out?: Punch;
  noonOut?: Punch;
  noonIn?: Punch;
}

export type LeaveName = '公休' | '事假' | '婚假' | '旷工';

/** One planted day: leave (a half day keeps punches for the other half), no row at all, or punches. */
export type DayPlan =
  | { leave: LeaveName; half?: 'am' | 'pm'; reported?: false }
  | { noRecord: true }
  | Punches;

export interface MonthPlan {
  /** exact monthly total of successes (成功量) */
  successes: number;
  /** every worked day under 45 successes and under 100 connected (A-TGT-2 missed daily) */
  weak?: boolean;
  /** successes on given dates (the A-BON-1 races) */
  fixed?: Record<string, number>;
  days?: Record<string, DayPlan>;
  /** dials per connected call, default [2.6, 3.2] */
  dialRatio?: [number, number];
}

export interface Agent {
  id: string;
  name: string;
  team: '一组' | '二组' | '三组';
  level: '初级' | '中级' | '高级';
  leader: boolean;
  hire: string;
  /** 元 */
  base: number;
  /** 元 */
  seniority: number;
  /** clocks four times every day */
  fourPunch?: boolean;
  months: Partial<Record<Month, MonthPlan>>;
}

const rest = { leave: '公休' } as const;
const personal = { leave: '事假' } as const;

export const CAST: Agent[] = [
  // 一组: the top team; a complaint in September, clean in October (A-BON-3).
  { id: '001', name: '王芳', team: '一组', level: '高级', leader: true, hire: '2019-03-11', base: 4000, seniority: 350,
    months: { '2026-09': { successes: 2046, fixed: { '2026-09-01': 58, '2026-09-02': 40 } },
      '2026-10': { successes: 1720, fixed: { '2026-10-08': 49, '2026-10-09': 55 } } } },
  { id: '002', name: '李娜', team: '一组', level: '中级', leader: false, hire: '2021-06-01', base: 3600, seniority: 250,
    months: { '2026-09': { successes: 1600, fixed: { '2026-09-01': 48, '2026-09-02': 55 } },
      '2026-10': { successes: 1560, fixed: { '2026-10-08': 52, '2026-10-09': 47 } } } },
  { id: '003', name: '张伟', team: '一组', level: '中级', leader: false, hire: '2022-02-14', base: 3500, seniority: 200,
    fourPunch: true, months: { '2026-09': { successes: 1350 }, '2026-10': { successes: 1320 } } },
  { id: '004', name: '刘洋', team: '一组', level: '初级', leader: false, hire: '2024-07-01', base: 3200, seniority: 100,
    months: { '2026-09': { successes: 1250 },
      '2026-10': { successes: 1000, fixed: { '2026-10-08': 50, '2026-10-09': 49 } } } },
  { id: '005', name: '陈静', team: '一组', level: '初级', leader: false, hire: '2023-09-04', base: 3200, seniority: 150,
    months: { '2026-09': { successes: 1200 },
      '2026-10': { successes: 850, days: { '2026-10-12': { leave: '婚假' }, '2026-10-13': { leave: '婚假' }, '2026-10-14': { leave: '婚假' } } } } },
  { id: '006', name: '杨磊', team: '一组', level: '初级', leader: false, hire: '2024-03-18', base: 3100, seniority: 100,
    months: { '2026-09': { successes: 1150, days: { '2026-09-16': { leave: '旷工' } } }, '2026-10': { successes: 1000 } } },
  { id: '007', name: '赵敏', team: '一组', level: '初级', leader: false, hire: '2025-02-10', base: 3000, seniority: 50,
    months: { '2026-09': { successes: 1150, days: { '2026-09-23': { noRecord: true } } }, '2026-10': { successes: 980 } } },

  // 二组: the attendance boundaries.
  { id: '008', name: '周杰', team: '二组', level: '高级', leader: true, hire: '2020-05-06', base: 3800, seniority: 300,
    months: { '2026-09': { successes: 1550, days: { '2026-09-08': { in: '09:07' } } }, '2026-10': { successes: 1100 } } },
  { id: '009', name: '吴婷', team: '二组', level: '中级', leader: false, hire: '2021-11-15', base: 3500, seniority: 250,
    months: { '2026-09': { successes: 1100, days: { '2026-09-15': { leave: '公休', half: 'am' }, '2026-09-24': { leave: '公休', half: 'pm' } } },
      '2026-10': { successes: 950, days: { '2026-10-13': { in: '09:00' }, '2026-10-20': { in: { text: '9:07' } } } } } },
  { id: '010', name: '郑浩', team: '二组', level: '中级', leader: false, hire: '2022-08-22', base: 3400, seniority: 200,
    months: { '2026-09': { successes: 1150, days: { '2026-09-18': rest } },
      '2026-10': { successes: 900, days: { '2026-10-14': { in: '10:00' }, '2026-10-27': { noRecord: true } } } } },
  { id: '011', name: '孙丽', team: '二组', level: '初级', leader: false, hire: '2024-01-08', base: 3100, seniority: 100,
    months: { '2026-09': { successes: 1100, days: { '2026-09-17': { leave: '旷工' } } },
      '2026-10': { successes: 900, days: { '2026-10-15': { in: '10:01' }, '2026-10-22': { leave: '旷工' } } } } },
  { id: '012', name: '马超', team: '二组', level: '初级', leader: false, hire: '2023-04-17', base: 3200, seniority: 150,
    months: { '2026-09': { successes: 1150 },
      '2026-10': { successes: 950, days: { '2026-10-16': { out: '17:45' },
        '2026-10-21': { in: '08:58', noonOut: '11:55', noonIn: '13:40', out: '18:02' } } } } },
  { id: '013', name: '黄蕾', team: '二组', level: '初级', leader: false, hire: '2023-10-09', base: 3200, seniority: 150,
    months: { '2026-09': { successes: 1100, days: { '2026-09-03': { out: { text: '18:05' } }, '2026-09-04': { out: { text: '18:12' } } } },
      '2026-10': { successes: 800, days: { '2026-10-08': { out: { text: '18:10' } },
        '2026-10-19': rest, '2026-10-26': rest, '2026-10-27': rest, '2026-10-28': rest } } } },
  { id: '014', name: '林峰', team: '二组', level: '初级', leader: false, hire: '2025-06-03', base: 3000, seniority: 50,
    months: { '2026-09': { successes: 700, weak: true }, '2026-10': { successes: 560, weak: true } } },

  // 三组: leave allowance, events, the hostile names, the failures and the new hire.
  { id: '015', name: '何雪', team: '三组', level: '中级', leader: true, hire: '2020-09-01', base: 3700, seniority: 300,
    months: { '2026-09': { successes: 1200, days: { '2026-09-29': rest } },
      '2026-10': { successes: 1000, days: { '2026-10-20': { out: null } } } } },
  { id: '016', name: '罗军', team: '三组', level: '初级', leader: false, hire: '2024-05-20', base: 3100, seniority: 100,
    months: { '2026-09': { successes: 1100 },
      '2026-10': { successes: 700, days: { '2026-10-12': rest, '2026-10-13': rest, '2026-10-19': rest, '2026-10-20': rest,
        '2026-10-30': { leave: '事假', half: 'am' } } } } },
  { id: '017', name: '=HYPERLINK("http://x","y")', team: '三组', level: '初级', leader: false, hire: '2025-03-03', base: 3000, seniority: 50,
    months: { '2026-09': { successes: 920, days: { '2026-09-09': { in: { text: '08:55' } } } },
      '2026-10': { successes: 900, days: { '2026-10-21': { leave: '事假', reported: false } } } } },
  { id: '018', name: '<img src=x onerror=alert(1)>', team: '三组', level: '初级', leader: false, hire: '2024-11-11', base: 3000, seniority: 50,
    months: { '2026-09': { successes: 1100 }, '2026-10': { successes: 950 } } },
  { id: '019', name: '徐静', team: '三组', level: '初级', leader: false, hire: '2023-12-04', base: 3200, seniority: 150,
    months: { '2026-09': { successes: 1100, days: { '2026-09-21': rest, '2026-09-22': rest } },
      '2026-10': { successes: 750, days: { '2026-10-15': rest, '2026-10-16': rest, '2026-10-23': rest,
        '2026-10-29': personal, '2026-10-30': personal } } } },
  { id: '020', name: '高飞', team: '三组', level: '初级', leader: false, hire: '2025-01-06', base: 3000, seniority: 50,
    months: { '2026-09': { successes: 1150 }, '2026-10': { successes: 580, weak: true } } },
  { id: '021', name: '宋雨', team: '三组', level: '初级', leader: false, hire: '2026-10-12', base: 3000, seniority: 0,
    months: { '2026-10': { successes: 600, dialRatio: [2.2, 2.6] } } },
];

/** The Events sheet (奖惩记录): [工号, 日期, 代码, 次数, 备注]. */
export const EVENTS: [string, string, string, number, string][] = [
  ['012', '2026-09-10', 'A-ATT-6', 1, '未使用标准开场白'],
  ['001', '2026-09-11', 'A-BON-4', 1, '最佳服务奖'],
  ['008', '2026-09-11', 'A-BON-4', 1, '最佳服务奖'],
  ['015', '2026-09-11', 'A-BON-4', 1, '最佳服务奖'],
  ['004', '2026-09-17', 'COMPLAINT', 1, '客户投诉：态度生硬'],
  ['009', '2026-09-30', 'A-BON-4', 1, '最佳服务奖（9/28–10/4 周，周日在十月）'],
  ['002', '2026-10-16', 'A-BON-4', 1, '最佳服务奖'],
  ['010', '2026-10-16', 'A-BON-4', 1, '最佳服务奖'],
  ['016', '2026-10-16', 'A-BON-4', 1, '最佳服务奖'],
  ['018', '2026-10-16', 'A-ATT-6', 2, '抢话、打断客户'],
  ['003', '2026-10-23', 'A-BON-4', 1, '最佳服务奖'],
  ['015', '2026-10-23', 'A-BON-4', 1, '最佳服务奖'],
  ['019', '2026-10-23', 'A-BON-4', 1, '最佳服务奖'],
  ['018', '2026-10-23', 'QUALITY', 1, '质检录音不合格'],
];
