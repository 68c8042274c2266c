// Preset outbound-center (policies.md §1, seed 000) in the general rule kinds: every (default) of the spec is a parameter.
import { type Policy, policySchema } from '../rules/policy.js';
import { ev, step } from './common.js';
import { floorCatalogue } from './floor-discipline.js';
import { DEFAULT_CALL_STATUSES } from '../imports/statuses.js';

const board = (zh: string, en: string, metric: string, basis: 'value' | 'improvement', topN: number, amountFen: number) => ({
  kind: 'rank', rule: 'A-BON-4', name: { zh, en }, metric, period: 'week', basis, topN, topPercent: null, amountFen,
  flag: null, requireClean: false, streakMonths: 1,
});

const failed = (from: number) => ({ measure: 'score', from, to: 0, each: true, op: 'below', value: 60 });

export const outboundCenter: Policy = policySchema.parse({
  id: 'outbound-center',
  version: '1',
  name: { zh: '外呼中心绩效考核及奖惩办法', en: 'Outbound centre performance and rewards' },
  language: null,
  score: { base: 100 },
  calendar: { workWeek: [1, 2, 3, 4, 5], chineseHolidays: true },
  kpiColumns: [],
  rankingMetric: 'successes',
  rules: [
    {
      kind: 'attendance', rule: 'A-ATT-1', absenceRule: 'A-ATT-5', unreportedRule: 'A-ATT-3', excessLeaveRule: 'A-ATT-4',
      segments: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }],
      graceMinutes: 0,
      finePerMinuteFen: 100,
      latePoints: [],
      lateToAbsenceMinutes: 60,
      absenceFineFen: 10000,
      absencePoints: -15,
      missingDayIsAbsence: true,
      absenceLimit: { count: 3, windowMonths: 12 },
      // 旷工 is a breach of discipline: it bars the team prize (A-BON-3) and the excellent flag (A-BON-5).
      absenceIsViolation: true,
      unreportedFineFen: 2000,
      unreportedPoints: -5,
      restAllowanceDays: 4,
      countedLeave: ['rest', 'personal'],
      excessLeaveFinePerDayFen: 5000,
      exemptLeave: ['marriage', 'bereavement', 'maternity', 'injury'],
      fullAttendanceMaxLeaveDays: 4,
    },
    {
      kind: 'catalogue', rule: 'A', name: { zh: '外呼中心奖惩目录', en: 'Outbound centre events' },
      events: [
        // A-ATT-6: each breach of the service code, 10 元 and −2 points.
        ev('A-ATT-6', 'A-ATT-6', '违反服务规范', 'service-code breach', -2, -1000, { violation: true }),
        // A-BON-4: the supervisor's best-service pick, 20 元 each, paid with its week (the month of the week's Sunday).
        ev('A-BON-4', 'A-BON-4', '最佳服务奖', 'best service award', 0, 2000, { weekly: true }),
        ev('COMPLAINT', 'COMPLAINT', '客户投诉', 'customer complaint', 0, 0, { complaint: true }),
        ev('QUALITY', 'QUALITY', '质检不合格', 'failed quality check', 0, 0, { quality: true }),
      ],
    },
    // A-TGT-2: a worked day with fewer than 45 successes and fewer than 100 connected calls costs 2 points.
    {
      kind: 'target', rule: 'A-TGT-2', name: { zh: '日目标', en: 'daily target' }, period: 'day',
      metrics: [{ metric: 'successes', value: 45, byLevel: null }, { metric: 'connected', value: 100, byLevel: null }],
      combine: 'any', scale: 'fixed', direction: 'at-least', thresholdPercent: 100, miss: step(-2, 0),
      streakSteps: [], refundPercent: 0, performance: false,
    },
    // A-TGT-1 (default): monthly target = 45 successes × days worked; missing it costs 10 points.
    {
      kind: 'target', rule: 'A-TGT-1', name: { zh: '月目标', en: 'monthly target' }, period: 'month',
      metrics: [{ metric: 'successes', value: 45, byLevel: null }],
      combine: 'all', scale: 'days-worked', direction: 'at-least', thresholdPercent: 100, miss: step(-10, 0),
      streakSteps: [], refundPercent: 0, performance: false,
    },
    { kind: 'first', rule: 'A-BON-1', metric: 'successes', thresholds: [{ threshold: 50, amountFen: 5000 }, { threshold: 100, amountFen: 10000 }] },
    {
      kind: 'tiers', rule: 'A-BON-2', name: { zh: '月度阶梯奖', en: 'monthly tiers' }, metric: 'successes',
      tiers: [{ min: 2000, amountFen: 30000 }, { min: 1500, amountFen: 6000 }, { min: 1300, amountFen: 3000 }],
      requireFullAttendance: true, requireClean: false, streakMonths: 1,
    },
    {
      kind: 'team', rule: 'A-BON-3', name: { zh: '团队奖', en: 'team prize' }, metric: 'successes',
      leaderFen: 10000, memberFen: 5000, sharedFen: 0, requireTarget: 'A-TGT-1', requireClean: true,
    },
    board('周成功榜（优秀奖）', 'weekly successes (excellence)', 'successes', 'value', 10, 1000),
    board('周进步榜（进步奖）', 'weekly improvement (progress)', 'successes', 'improvement', 10, 1000),
    board('周外呼量榜（啄木鸟奖）', 'weekly dials (woodpecker)', 'dials', 'value', 3, 2000),
    // A-BON-5: monthly successes in the top 60% and a clean month → excellent (no cash).
    {
      kind: 'rank', rule: 'A-BON-5', name: { zh: '优秀员工', en: 'excellent agent' }, metric: 'successes', period: 'month',
      basis: 'value', topN: 0, topPercent: 60, amountFen: 0, flag: 'excellent', requireClean: true, streakMonths: 1,
    },
    { kind: 'new-hire', rule: 'A-FLAG-1', days: 7, metric: 'dials', min: 1600, flag: 'dismissal-recommended' },
    // A-SCORE-2: a failed month warns; a second failed month in a row recommends dismissal instead.
    { kind: 'status', rule: 'A-SCORE-2', name: { zh: '不及格', en: 'failed month' }, flag: 'warning', otherwise: null,
      replaces: [], tenureMonth: null, levels: [], when: [failed(0)] },
    { kind: 'status', rule: 'A-SCORE-2', name: { zh: '连续两月不及格', en: 'two failed months' }, flag: 'dismissal-recommended',
      otherwise: null, replaces: ['warning'], tenureMonth: null, levels: [], when: [failed(1)] },
    // policies.md §4: the floor-discipline items D-01…D-21 (10 元 a point) combine with this preset.
    floorCatalogue,
  ],
  // Pay (default; the seed sets no formula): base salary + seniority pay + bonuses − fines, never below 0; lines carry A-PAY.
  pay: {
    rule: 'A-PAY', base: 'full', paidLeave: [], performance: 'none', performanceRule: 'A-PAY', seniority: true,
    fixedPay: { baseSalary: true, performanceBase: false, seniority: false }, floorZero: true,
  },
  // What dialer statuses mean, per export (src/engine/imports/statuses.ts): written to the Policy sheet for HR to edit.
  callStatuses: DEFAULT_CALL_STATUSES.map((v) => ({ ...v })),
});

