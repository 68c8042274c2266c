// Preset telesales-team (policies.md §2, seed 002 电销组考核管理制度): every B-* rule, each (default) a named parameter.
import { type Policy, policySchema } from '../rules/policy.js';
import { ev, step } from './common.js';

/** B-TGT-1 daily targets by level (初级 / 中级 / 高级). */
export const DAILY_CONTACTS = { junior: 40, intermediate: 60, senior: 80 };
export const DAILY_INVITATIONS = { junior: 30, intermediate: 40, senior: 50 };
/** B-TGT-2: a week under 90% costs 100 元 of performance pay; 80% of the month's deductions come back when the month is met. */
export const WEEK_PASS_PERCENT = 90;
export const WEEK_DEDUCTION_FEN = 10000;
export const REFUND_PERCENT = 80;

const status = (rule: string, zh: string, en: string, flag: string, when: object[], o: object = {}) => ({
  kind: 'status', rule, name: { zh, en }, flag, otherwise: null, replaces: [], tenureMonth: null, levels: [], when, ...o,
});
const month = (k: number, op: 'below' | 'at-least', value: number, from = k) =>
  ({ measure: 'target:B-TGT-2', from, to: k, each: true, op, value });
const cumulative = (from: number, to: number, value: number) =>
  ({ measure: 'target:B-TGT-2', from, to, each: false, op: 'below', value });
const simpleTarget = (rule: string, zh: string, en: string, period: 'day' | 'month', metric: string, value: number) => ({
  kind: 'target', rule, name: { zh, en }, period, metrics: [{ metric, value, byLevel: null }], combine: 'all', scale: 'fixed',
  direction: 'at-least', thresholdPercent: 100, miss: step(0, 0), streakSteps: [], refundPercent: 0, performance: false,
});

export const telesalesTeam: Policy = policySchema.parse({
  id: 'telesales-team',
  version: '1',
  name: { zh: '电销组考核管理制度', en: 'Telesales team performance rules' },
  language: null,
  score: { base: 100 },
  calendar: { workWeek: [1, 2, 3, 4, 5], chineseHolidays: true },
  kpiColumns: [],
  rankingMetric: 'contacts',
  rules: [
    // B-ATT-1 attitude points: late or early 15–29 min −1, ≥30 min −2; absence −5 a day. No cash (seed 002 第九条 deducts bonus only).
    {
      kind: 'attendance', rule: 'B-ATT-1', absenceRule: 'B-ATT-1', unreportedRule: 'B-ATT-1', excessLeaveRule: 'B-ATT-1',
      // seed 002 第六条: 9:00–18:00 with lunch 12:00–13:00.
      segments: [{ start: '09:00', end: '12:00' }, { start: '13:00', end: '18:00' }],
      graceMinutes: 0, finePerMinuteFen: 0, latePoints: [{ minMinutes: 15, points: -1 }, { minMinutes: 30, points: -2 }],
      lateToAbsenceMinutes: null, absenceFineFen: 0, absencePoints: -5, missingDayIsAbsence: true, absenceLimit: null,
      absenceIsViolation: true,
      // Leave not reported ahead is treated as an unapproved day swap (default): −5.
      unreportedFineFen: 0, unreportedPoints: -5,
      restAllowanceDays: 0, countedLeave: ['rest', 'personal'], excessLeaveFinePerDayFen: 0,
      exemptLeave: ['sick', 'annual', 'marriage', 'bereavement', 'maternity', 'injury'], fullAttendanceMaxLeaveDays: 0,
    },
    {
      kind: 'catalogue', rule: 'B', name: { zh: '电销组奖惩目录', en: 'Telesales events' },
      events: [
        // B-ATT-1 items (noise, no badge or uniform, phone off, disobeying −1…−5 as the Count): −1 a count, the item in Note.
        ev('B-ATT-1', 'B-ATT-1', '工作态度扣分', 'attitude deduction', -1, 0, { violation: true }),
        ev('COMPLAINT', 'COMPLAINT', '客户投诉', 'customer complaint', 0, 0, { complaint: true }),
        ev('QUALITY', 'QUALITY', '质检不合格', 'failed quality check', 0, 0, { quality: true }),
      ],
    },
    // B-TGT-1/2: weekly target = daily target of the level × workdays that week, for the task worked (contacts or
    // invitations: any-of); under 90% costs 100 元 of performance pay; the month met refunds 80% of those deductions.
    {
      kind: 'target', rule: 'B-TGT-2', name: { zh: '周目标', en: 'weekly target' }, period: 'week',
      metrics: [{ metric: 'contacts', value: DAILY_CONTACTS.junior, byLevel: DAILY_CONTACTS },
        { metric: 'invitations', value: DAILY_INVITATIONS.junior, byLevel: DAILY_INVITATIONS }],
      combine: 'any', scale: 'workdays', direction: 'at-least', thresholdPercent: WEEK_PASS_PERCENT,
      miss: step(0, -WEEK_DEDUCTION_FEN), streakSteps: [], refundPercent: REFUND_PERCENT, performance: true,
    },
    // B-TGT-4 (daily management): available as targets, recorded without consequence.
    simpleTarget('B-TGT-4', '日外呼 90', '90 dials a day', 'day', 'dials', 90),
    simpleTarget('B-TGT-4', '月外呼 2000', '2000 dials a month', 'month', 'dials', 2000),
    simpleTarget('B-TGT-4', '月见面客户 10', '10 customer meetings a month', 'month', 'appointments', 10),
    simpleTarget('B-TGT-4', '月新增名单 500', '500 new names a month', 'month', 'contacts', 500),
    // B-COM-1: 10 元 a visit appointment; 100 元 a qualified opportunity; 1% of each contract payment, at most 1000 元 a contract.
    { kind: 'commission', rule: 'B-COM-1', name: { zh: '邀约提成', en: 'appointment commission' }, basis: 'per-unit',
      metric: 'appointments', rateFen: 1000, percent: 0, capFen: null, capPer: 'period' },
    { kind: 'commission', rule: 'B-COM-1', name: { zh: '商机提成', en: 'opportunity commission' }, basis: 'per-unit',
      metric: 'opportunities', rateFen: 10000, percent: 0, capFen: null, capPer: 'period' },
    { kind: 'commission', rule: 'B-COM-1', name: { zh: '回款提成', en: 'contract payment commission' }, basis: 'percent',
      metric: 'contractPaymentFen', rateFen: 0, percent: 1, capFen: 100000, capPer: 'item' },
    // B-TGT-3: two consecutive months below the monthly total.
    status('B-TGT-3', '连续两月未达月目标', 'two months under target', 'demotion-or-dismissal', [month(0, 'below', 100, 1)]),
    // B-FLAG-1: probation is two months; both at 100% confirm, otherwise probation failed.
    status('B-FLAG-1', '试用期考核', 'probation review', 'confirm', [month(0, 'at-least', 100, 1)],
      { otherwise: 'probation-failed', tenureMonth: 2 }),
    status('B-FLAG-1', '初级连续三月 120%', 'junior at 120% three months', 'promote', [month(0, 'at-least', 120, 2)],
      { levels: ['junior'] }),
    // B-FLAG-2: two months under 80% of their combined target and the third still under 80% of the three months' target …
    status('B-FLAG-2', '连续未达 80%', 'under 80% over three months', 'demote', [cumulative(2, 1, 80), cumulative(2, 0, 80)]),
    // … or one month under 60% and the next under 100%.
    status('B-FLAG-2', '低于 60% 后未达标', 'under 60% then under 100%', 'demote', [month(1, 'below', 60), month(0, 'below', 100)]),
  ],
  // B-PAY-1 base × days attended ÷ days expected; B-PAY-2 performance base − weekly deductions + refund, never below 0.
  pay: {
    rule: 'B-PAY-1', base: 'prorated', paidLeave: ['annual', 'marriage', 'bereavement', 'maternity', 'injury'],
    performance: 'deductions', performanceRule: 'B-PAY-2', seniority: true,
    fixedPay: { baseSalary: true, performanceBase: true, seniority: false }, floorZero: true,
  },
});
