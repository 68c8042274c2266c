// Preset service-kpi (policies.md §3, seeds 001 and 004): every C-* rule over a monthly KPI sheet; each (default) a parameter.
import { type Policy, policySchema } from '../rules/policy.js';
import { ev, step } from './common.js';

/** KPI sheet columns (客服指标) and the header texts that feed them. */
const KPI_COLUMNS: [string, string, string][] = [
  ['sales', 'Sales', '销售额'], ['plannedSales', 'Planned sales', '计划销售额'], ['inquiries', 'Inquiries', '咨询人数'],
  ['orders', 'Orders', '下单人数'], ['paidOrders', 'Paid orders', '付款订单数'], ['payingCustomers', 'Paying customers', '付款人数'],
  ['received', 'Messages received', '接待消息数'], ['replied', 'Messages replied', '回复消息数'],
  ['responseSeconds', 'Response seconds', '平均响应秒数'], ['followUp', 'Follow-up', '跟进服务'], ['execution', 'Execution', '执行力'],
  ['satisfaction', 'Satisfaction %', '满意度'], ['complaintRate', 'Complaint rate %', '投诉率'],
  ['publicSales', 'Public sales', '公共销售额'], ['cards', 'Membership cards', '会员卡'],
];

const component = (key: string, zh: string, en: string, weight: number, numerator: string, denominator: string | null,
  target: number, lowerIsBetter = false) => ({ key, name: { zh, en }, weight, numerator, denominator, target, lowerIsBetter });

/** C-PEN-1 ladder: warning and 5% of fixed pay; the second month in a row 10%; the third 20% and reassign. */
const PEN_LADDER = [step(0, 0, -5, 'warning'), step(0, 0, -10, null), step(0, 0, -20, 'reassign')];
const penalty = (zh: string, en: string, metric: string, value: number, direction: 'at-least' | 'at-most') => ({
  kind: 'target', rule: 'C-PEN-1', name: { zh, en }, period: 'month', metrics: [{ metric, value, byLevel: null }],
  combine: 'all', scale: 'fixed', direction, thresholdPercent: 100, miss: PEN_LADDER[0], streakSteps: PEN_LADDER,
  refundPercent: 0, performance: false,
});
const status = (rule: string, zh: string, en: string, flag: string, from: number, value: number, replaces: string[] = []) => ({
  kind: 'status', rule, name: { zh, en }, flag, otherwise: null, replaces, tenureMonth: null, levels: [],
  when: [{ measure: 'score', from, to: 0, each: true, op: 'below', value }],
});
const rank = (rule: string, zh: string, en: string, amountFen: number, streakMonths: number) => ({
  kind: 'rank', rule, name: { zh, en }, metric: 'score', period: 'month', basis: 'value', topN: 1, topPercent: null,
  amountFen, flag: null, requireClean: false, streakMonths,
});
const tiers = (rule: string, zh: string, en: string, metric: string, list: [number, number][], streakMonths = 1) => ({
  kind: 'tiers', rule, name: { zh, en }, metric, tiers: list.map(([min, amountFen]) => ({ min, amountFen })),
  requireFullAttendance: false, requireClean: false, streakMonths,
});

export const serviceKpi: Policy = policySchema.parse({
  id: 'service-kpi',
  version: '1',
  name: { zh: '客服绩效考核方案', en: 'Customer service KPI scheme' },
  language: null,
  score: { base: 100 },
  calendar: { workWeek: [1, 2, 3, 4, 5], chineseHolidays: true },
  kpiColumns: KPI_COLUMNS.map(([key, en, zh]) => ({ key, headers: [en, zh] })),
  rankingMetric: 'score',
  rules: [
    // Attendance only decides full attendance (C-BON-3); it costs nothing here.
    {
      kind: 'attendance', rule: 'C-BON-3', absenceRule: 'C-BON-3', unreportedRule: 'C-BON-3', excessLeaveRule: 'C-BON-3',
      segments: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }], graceMinutes: 0, finePerMinuteFen: 0,
      latePoints: [], lateToAbsenceMinutes: null, absenceFineFen: 0, absencePoints: 0, missingDayIsAbsence: true,
      absenceLimit: null, absenceIsViolation: false, unreportedFineFen: 0, unreportedPoints: 0, restAllowanceDays: 0,
      countedLeave: ['rest', 'personal', 'sick'], excessLeaveFinePerDayFen: 0,
      exemptLeave: ['annual', 'marriage', 'bereavement', 'maternity', 'injury'], fullAttendanceMaxLeaveDays: 0,
    },
    // C-KPI-1: eight weighted items; targets of conversion 40%, order success 90%, order value 200 元 and reply rate 100%
    // are (default); response time is full at ≤ 40 s and 0 at 80 s; follow-up and execution are the supervisor's points.
    {
      kind: 'weighted-score', rule: 'C-KPI-1', components: [
        component('completion', '目标完成率', 'target completion', 30, 'sales', 'plannedSales', 1),
        component('conversion', '询单转化率', 'inquiry conversion', 30, 'orders', 'inquiries', 0.4),
        component('orderSuccess', '下单成功率', 'order success', 10, 'paidOrders', 'orders', 0.9),
        component('orderValue', '客单价', 'average order value', 5, 'sales', 'payingCustomers', 200),
        component('replyRate', '回复率', 'reply rate', 5, 'replied', 'received', 1),
        component('response', '平均响应时间', 'response time', 5, 'responseSeconds', null, 40, true),
        component('followUp', '跟进服务', 'follow-up service', 5, 'followUp', null, 5),
        component('execution', '执行力', 'execution', 10, 'execution', null, 10),
      ],
    },
    {
      kind: 'catalogue', rule: 'C', name: { zh: '客服奖惩目录', en: 'Service events' },
      events: [
        // C-PAY-2: the self-assessment handed in late takes 10% off the score; falsified 50%.
        ev('C-PAY-2-LATE', 'C-PAY-2', '自评迟交', 'self-assessment late', 0, 0, { scorePercent: -10 }),
        ev('C-PAY-2-FALSE', 'C-PAY-2', '自评弄虚作假', 'self-assessment falsified', 0, 0, { scorePercent: -50, violation: true }),
        // C-PEN-2: first a warning, then a percent of fixed pay (by occurrence in the month).
        ev('C-PEN-2-ABUSE', 'C-PEN-2', '辱骂客户', 'abusive language', 0, 0, { violation: true, escalation: 'occurrence',
          steps: [step(0, 0, 0, 'warning'), step(0, 0, -10, null)] }),
        ev('C-PEN-2-PUSH', 'C-PEN-2', '推销无关产品', 'pushing unrelated products', 0, 0, { violation: true, escalation: 'occurrence',
          steps: [step(0, 0, 0, 'warning'), step(0, 0, -20, null)] }),
        ev('C-PEN-2-LEAK', 'C-PEN-2', '泄露机密', 'leaking confidential data', 0, 0,
          { violation: true, fixedPayPercent: -50, flag: 'dismissal-recommended' }),
        // C-BON-2 tasks completed on time 50 元; C-BON-3 grievance award (委屈奖) 300 元 an incident.
        ev('C-BON-2-TASK', 'C-BON-2', '按时完成任务', 'task completed on time', 0, 5000),
        ev('C-BON-3-GRIEVANCE', 'C-BON-3', '委屈奖', 'grievance award', 0, 30000),
        ev('COMPLAINT', 'COMPLAINT', '客户投诉', 'customer complaint', 0, 0, { complaint: true }),
        ev('QUALITY', 'QUALITY', '质检不合格', 'failed quality check', 0, 0, { quality: true }),
      ],
    },
    // C-PEN-1: satisfaction under 80%, complaint rate over the standard (2%, default): the same ladder.
    penalty('满意度低于 80%', 'satisfaction under 80%', 'satisfaction', 80, 'at-least'),
    penalty('投诉率超标', 'complaint rate over standard', 'complaintRate', 2, 'at-most'),
    // C-PAY-1: personal commission 1% of own sales (default); shared commission = public sales × 0.5% ÷ agents.
    { kind: 'commission', rule: 'C-PAY-1', name: { zh: '个人提成', en: 'personal commission' }, basis: 'percent',
      metric: 'sales', rateFen: 0, percent: 1, capFen: null, capPer: 'period' },
    { kind: 'commission', rule: 'C-PAY-1', name: { zh: '公共提成', en: 'shared commission' }, basis: 'pool',
      metric: 'publicSales', rateFen: 0, percent: 0.5, capFen: null, capPer: 'period' },
    // C-BON-1: rank 1 three months running 200 元 (paid in every third month of the run).
    rank('C-BON-1', '连续三月第一', 'rank 1 three months running', 20000, 3),
    // C-BON-2: best agent of the month 1000 元; satisfaction ≥ 98% 300 元; best team (per-head score) 500 元 shared.
    rank('C-BON-2', '月度最佳客服', 'best agent of the month', 100000, 1),
    tiers('C-BON-2', '满意度奖', 'satisfaction award', 'satisfaction', [[98, 30000]]),
    { kind: 'team', rule: 'C-BON-2', name: { zh: '最佳团队', en: 'best team' }, metric: 'score', leaderFen: 0, memberFen: 0,
      sharedFen: 50000, requireTarget: null, requireClean: false },
    // C-BON-3: membership cards, target 150: ≥ 180 200 元, ≥ 225 500 元 (the cap); full attendance 100 元, a full year +500 元.
    tiers('C-BON-3', '会员卡奖', 'membership cards', 'cards', [[180, 20000], [225, 50000]]),
    tiers('C-BON-3', '全勤奖', 'full attendance', 'fullAttendance', [[1, 10000]]),
    tiers('C-BON-3', '全年全勤奖', 'full year of full attendance', 'fullAttendance', [[1, 50000]], 12),
    // C-GRD-1 grade bands; C-LVL-1 level from the lower of the last two scores.
    { kind: 'bands', rule: 'C-GRD-1', output: 'grade', months: 1,
      bands: [{ min: 95, label: 'A' }, { min: 80, label: 'B' }, { min: 65, label: 'C' }, { min: 60, label: 'D' }, { min: -1000, label: 'E' }] },
    { kind: 'bands', rule: 'C-LVL-1', output: 'level', months: 2,
      bands: [{ min: 90, label: 'senior' }, { min: 80, label: 'intermediate' }, { min: 70, label: 'junior' }] },
    status('C-LVL-1', '低于 70 分', 'score under 70', 'warning', 0, 70),
    status('C-LVL-1', '连续两月低于 70 分', 'under 70 two months', 'eliminate', 1, 70, ['warning']),
    // C-BON-1: failing (under 60) three months running.
    status('C-BON-1', '连续三月不及格', 'failed three months running', 'dismissal-recommended', 2, 60),
  ],
  // C-PAY-1 post salary + commissions + seniority; C-PAY-2 performance pay = score ÷ 100 × performance base.
  pay: {
    rule: 'C-PAY-1', base: 'full', paidLeave: [], performance: 'score', performanceRule: 'C-PAY-2', seniority: true,
    fixedPay: { baseSalary: true, performanceBase: true, seniority: false }, floorZero: true,
  },
});
