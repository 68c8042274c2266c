// Preset outbound-center (policies.md §1, seed 000): every (default) of the spec is a parameter here.
import { policySchema, type Policy } from '../policy.js';

const ev = (code: string, rule: string, zh: string, en: string, points: number, amountFen: number,
  flags: { violation?: boolean; complaint?: boolean; quality?: boolean; weekly?: boolean } = {}) => ({
  code, rule, name: { zh, en }, points, amountFen,
  violation: flags.violation ?? false, complaint: flags.complaint ?? false, quality: flags.quality ?? false,
  weekly: flags.weekly ?? false,
});

export const outboundCenter: Policy = policySchema.parse({
  id: 'outbound-center',
  version: '1',
  name: { zh: '外呼中心绩效考核及奖惩办法', en: 'Outbound centre performance and rewards' },
  language: null,
  score: { base: 100, passMark: 60 },
  calendar: { workWeek: [1, 2, 3, 4, 5], chineseHolidays: true },
  attendance: {
    segments: [{ start: '09:00', end: '12:00' }, { start: '13:30', end: '18:00' }],
    graceMinutes: 0,
    finePerMinuteFen: 100,
    lateToAbsenceMinutes: 60,
    absenceFineFen: 10000,
    absencePoints: -15,
    missingDayIsAbsence: true,
    absenceDismissalCount: 3,
    absenceWindowMonths: 12,
    // 旷工 is a breach of discipline: it bars the team prize (A-BON-3) and the excellent flag (A-BON-5).
    absenceIsViolation: true,
    unreportedFineFen: 2000,
    unreportedPoints: -5,
    restAllowanceDays: 4,
    countedLeave: ['rest', 'personal'],
    excessLeaveFinePerDayFen: 5000,
    exemptLeave: ['marriage', 'bereavement', 'maternity', 'injury'],
  },
  events: [
    // A-ATT-6: each breach of the service code, 10 元 and −2 points.
    ev('A-ATT-6', 'A-ATT-6', '违反服务规范', 'service-code breach', -2, -1000, { violation: true }),
    // A-BON-4: the supervisor's best-service pick, 20 元 each, paid with its week (the month of the week's Sunday).
    ev('A-BON-4', 'A-BON-4', '最佳服务奖', 'best service award', 0, 2000, { weekly: true }),
    ev('COMPLAINT', 'COMPLAINT', '客户投诉', 'customer complaint', 0, 0, { complaint: true }),
    ev('QUALITY', 'QUALITY', '质检不合格', 'failed quality check', 0, 0, { quality: true }),
  ],
  targets: { dailySuccesses: 45, dailyConnected: 100, dailyMissPoints: -2, monthlyMissPoints: -10 },
  firsts: [{ threshold: 50, amountFen: 5000 }, { threshold: 100, amountFen: 10000 }],
  tiers: {
    requireFullAttendance: true,
    tiers: [{ min: 2000, amountFen: 30000 }, { min: 1500, amountFen: 6000 }, { min: 1300, amountFen: 3000 }],
  },
  teamPrize: { leaderFen: 10000, memberFen: 5000, requireAllMetTarget: true, requireClean: true },
  weeklyBoard: { topN: 10, topFen: 1000, improvementN: 10, improvementFen: 1000, dialsN: 3, dialsFen: 2000 },
  excellent: { topPercent: 60 },
  newHire: { firstWeekDays: 7, minDials: 1600 },
  // Pay (default; the seed sets no formula): its lines carry the id A-PAY.
  pay: { rule: 'A-PAY', floorZero: true },
});
