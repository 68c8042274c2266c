// Chinese and English labels for every policy field, keyed by schema path ('[]' marks array items).
import type { Lang } from './types.js';

/** [中文, English, note: rule ids (any language) or a [中文, English] hint for the note column]. */
export type LabelDef = readonly [zh: string, en: string, note?: string | readonly [zh: string, en: string]];

/**
 * One entry per section, table and leaf of policySchema. A field added to the schema without a label here
 * fails test/engine/policy-sheet/labels.test.ts. { zh, en } pairs are labelled once (their halves get
 * （中文）/（英文）), enum-keyed records once (their rows get the key's value label).
 */
export const POLICY_LABELS: Record<string, LabelDef> = {
  id: ['规则编号', 'policy id'],
  version: ['版本', 'version', ['修改规则后请改版本号', 'change it when you change the policy']],
  name: ['规则名称', 'policy name'],
  language: ['报表语言', 'report language', ['留空 = 跟随工作簿', 'blank = follow the workbook']],

  score: ['分数', 'score'],
  'score.base': ['月初基础分', 'base points each month', 'A-SCORE-1'],
  'score.passMark': ['及格分', 'pass mark', 'A-SCORE-2'],

  calendar: ['工作日历', 'calendar'],
  'calendar.workWeek': ['每周工作日（1=周一 … 7=周日）', 'workdays of the week (1 = Monday … 7 = Sunday)'],
  'calendar.chineseHolidays': ['按国家法定节假日调休', 'Chinese statutory holidays and make-up days'],

  attendance: ['考勤', 'attendance'],
  'attendance.segments': ['上班时段', 'work segments', 'A-ATT-1'],
  'attendance.segments[].start': ['开始', 'start'],
  'attendance.segments[].end': ['结束', 'end'],
  'attendance.graceMinutes': ['迟到宽限分钟', 'grace minutes', 'A-ATT-1'],
  'attendance.finePerMinuteFen': ['迟到早退每分钟罚款', 'fine per minute late or early', 'A-ATT-1'],
  'attendance.lateToAbsenceMinutes': ['迟到超过多少分钟按旷工', 'late by more than this many minutes is absence', 'A-ATT-2'],
  'attendance.absenceFineFen': ['旷工每天罚款', 'absence fine per day', 'A-ATT-5'],
  'attendance.absencePoints': ['旷工每天扣分', 'absence points per day', 'A-ATT-5'],
  'attendance.missingDayIsAbsence': ['无打卡无请假按旷工', 'a workday without punches or leave is an absence', 'A-ATT-5'],
  'attendance.absenceDismissalCount': ['旷工几次建议辞退', 'absences that recommend dismissal', 'A-ATT-5'],
  'attendance.absenceWindowMonths': ['旷工累计月数', 'absence window in months', 'A-ATT-5'],
  'attendance.absenceIsViolation': ['旷工算违规', 'an absence counts as a violation', 'A-BON-3'],
  'attendance.unreportedFineFen': ['临时请假每次罚款', 'unreported leave fine', 'A-ATT-3'],
  'attendance.unreportedPoints': ['临时请假每次扣分', 'unreported leave points', 'A-ATT-3'],
  'attendance.restAllowanceDays': ['每月公休天数', 'rest allowance days per month', 'A-ATT-4'],
  'attendance.countedLeave': ['计入公休的假别', 'leave counted against the allowance', 'A-ATT-4'],
  'attendance.excessLeaveFinePerDayFen': ['超出公休每天罚款', 'fine per day beyond the allowance', 'A-ATT-4'],
  'attendance.exemptLeave': ['不计入的法定假', 'statutory leave not counted', 'A-ATT-4'],

  events: ['奖惩目录', 'event catalogue'],
  'events[].code': ['代码', 'code'],
  'events[].rule': ['规则', 'rule'],
  'events[].name': ['名称', 'name'],
  'events[].points': ['分数', 'points'],
  'events[].amountFen': ['金额', 'amount'],
  'events[].violation': ['违规', 'violation'],
  'events[].complaint': ['投诉', 'complaint'],
  'events[].quality': ['质检问题', 'quality issue'],
  'events[].weekly': ['按周计', 'weekly'],

  targets: ['目标', 'targets'],
  'targets.dailySuccesses': ['每日成功量目标', 'daily successes target', 'A-TGT-2'],
  'targets.dailyConnected': ['或每日接通量', 'or daily connected calls', 'A-TGT-2'],
  'targets.dailyMissPoints': ['未达日目标扣分', 'points per missed day', 'A-TGT-2'],
  'targets.monthlyMissPoints': ['未达月目标扣分', 'points for a missed month', 'A-TGT-1'],
  'targets.dailySuccessesByLevel': ['各职级每日成功量', 'daily successes by level', 'A-TGT-1'],

  firsts: ['率先达标奖', 'first to reach', 'A-BON-1'],
  'firsts[].threshold': ['成功量', 'successes'],
  'firsts[].amountFen': ['奖金', 'prize'],

  tiers: ['月度阶梯奖', 'monthly tiers', 'A-BON-2'],
  'tiers.requireFullAttendance': ['需全勤', 'full attendance required', 'A-BON-2'],
  'tiers.tiers': ['阶梯（只取最高一档）', 'tiers (highest only)', 'A-BON-2'],
  'tiers.tiers[].min': ['成功量不少于', 'successes at least'],
  'tiers.tiers[].amountFen': ['奖金', 'prize'],

  teamPrize: ['团队奖', 'team prize', 'A-BON-3'],
  'teamPrize.leaderFen': ['组长奖金', 'leader prize'],
  'teamPrize.memberFen': ['组员奖金', 'member prize'],
  'teamPrize.requireAllMetTarget': ['需全员达月目标', 'every member met the target'],
  'teamPrize.requireClean': ['需无违规无投诉', 'no violation or complaint'],

  weeklyBoard: ['每周张榜', 'weekly board', 'A-BON-4'],
  'weeklyBoard.topN': ['优秀奖人数', 'top successes: places'],
  'weeklyBoard.topFen': ['优秀奖每人', 'top successes: prize each'],
  'weeklyBoard.improvementN': ['进步奖人数', 'most improved: places'],
  'weeklyBoard.improvementFen': ['进步奖每人', 'most improved: prize each'],
  'weeklyBoard.dialsN': ['啄木鸟奖人数', 'most dials: places'],
  'weeklyBoard.dialsFen': ['啄木鸟奖每人', 'most dials: prize each'],

  excellent: ['优秀员工', 'excellent', 'A-BON-5'],
  'excellent.topPercent': ['成功量前百分之几', 'top percent by successes', 'A-BON-5'],

  newHire: ['新员工', 'new hires', 'A-FLAG-1'],
  'newHire.firstWeekDays': ['首周天数', 'first week in days'],
  'newHire.minDials': ['首周最少外呼量', 'minimum dials in the first week'],

  pay: ['工资', 'pay'],
  'pay.rule': ['工资行规则编号', 'rule id of pay lines'],
  'pay.floorZero': ['实发不低于0', 'never below 0'],
};

/** Display words of enum values (leave types, levels, languages); values without one are shown as written. */
export const VALUE_LABELS: Record<string, readonly [zh: string, en: string]> = {
  rest: ['公休', 'rest'],
  personal: ['事假', 'personal'],
  sick: ['病假', 'sick'],
  annual: ['年假', 'annual'],
  marriage: ['婚假', 'marriage'],
  bereavement: ['丧假', 'bereavement'],
  maternity: ['产假', 'maternity'],
  injury: ['工伤', 'injury'],
  absent: ['旷工', 'absent'],
  junior: ['初级', 'junior'],
  intermediate: ['中级', 'intermediate'],
  senior: ['高级', 'senior'],
  zh: ['中文', 'Chinese'],
  en: ['英文', 'English'],
};

const IDX = { zh: 0, en: 1 } as const;

/** The note of a label key in a language, or ''. */
export function policyNote(key: string, lang: Lang): string {
  const note = POLICY_LABELS[key]?.[2];
  return note === undefined ? '' : typeof note === 'string' ? note : note[IDX[lang]];
}

/** The label of a policy path in a language, or null when the path has none. */
export function policyLabel(key: string, lang: Lang): string | null {
  return POLICY_LABELS[key]?.[IDX[lang]] ?? null;
}

/** The display word of an enum value in a language, or the value itself. */
export function valueLabel(value: string, lang: Lang): string {
  return VALUE_LABELS[value]?.[IDX[lang]] ?? value;
}
