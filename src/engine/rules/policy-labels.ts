// Chinese and English labels for every policy field, keyed by schema path ('[]' marks array items).
import { KIND_LIST } from './kinds/index.js';
import type { Lang } from '../types.js';

/** [中文, English, note: rule ids (any language) or a [中文, English] hint for the note column]. */
export type LabelDef = readonly [zh: string, en: string, note?: string | readonly [zh: string, en: string]];

/**
 * The policy's general fields and the rule fields several kinds share. { zh, en } pairs are labelled once (their halves
 * get （中文）/（英文）), enum-keyed records once (their rows get the key's value label).
 */
const GENERAL_LABELS: Record<string, LabelDef> = {
  id: ['规则编号', 'policy id'],
  version: ['版本', 'version', ['修改规则后请改版本号', 'change it when you change the policy']],
  name: ['规则名称', 'policy name'],
  language: ['报表语言', 'report language', ['留空 = 跟随工作簿', 'blank = follow the workbook']],

  score: ['分数', 'score'],
  'score.base': ['月初基础分', 'base points each month', 'A-SCORE-1'],

  calendar: ['工作日历', 'calendar'],
  'calendar.workWeek': ['每周工作日（1=周一 … 7=周日）', 'workdays of the week (1 = Monday … 7 = Sunday)'],
  'calendar.chineseHolidays': ['按国家法定节假日调休', 'Chinese statutory holidays and make-up days'],

  kpiColumns: ['客服指标列', 'KPI columns'],
  'kpiColumns[].key': ['指标', 'metric'],
  'kpiColumns[].headers': ['列标题（逗号分隔）', 'column headings (comma-separated)'],
  rankingMetric: ['排名指标', 'ranking metric'],

  callStatuses: ['外呼状态含义（按导出类型）', 'call statuses (per export)'],
  'callStatuses[].export': ['导出类型', 'export'],
  'callStatuses[].notDial': ['不算外呼的状态', 'statuses that are no dial'],
  'callStatuses[].connected': ['算接通的状态', 'connected statuses'],
  'callStatuses[].success': ['算成功的状态（留空 = 导出无成功字段）', 'success statuses (blank = the export has none)'],

  rules: ['规则项', 'rules'],
  'rules[].kind': ['类型', 'kind'],
  'rules[].rule': ['规则编号', 'rule id'],
  'rules[].name': ['名称', 'name'],
  'rules[].metric': ['指标', 'metric'],
  'rules[].period': ['周期', 'period'],
  'rules[].flag': ['标记', 'flag'],
  'rules[].amountFen': ['金额', 'amount'],
  'rules[].requireClean': ['需无违规无投诉', 'no violation or complaint'],
  'rules[].streakMonths': ['连续月数', 'months running'],
  'rules[].basis': ['依据', 'basis'],

  // each kind's own fields: in its module (rules/kinds/), added below

  pay: ['工资', 'pay'],
  'pay.rule': ['工资行规则编号', 'rule id of pay lines'],
  'pay.base': ['基本工资', 'base salary', 'B-PAY-1'],
  'pay.paidLeave': ['计为出勤的假别', 'leave counted as attended'],
  'pay.performance': ['绩效工资', 'performance pay', 'B-PAY-2, C-PAY-2'],
  'pay.performanceRule': ['绩效行规则编号', 'rule id of performance lines'],
  'pay.seniority': ['计工龄工资', 'seniority pay'],
  'pay.fixedPay': ['固定工资', 'fixed pay', 'C-PEN'],
  'pay.fixedPay.baseSalary': ['固定工资含基本工资', 'fixed pay includes base salary'],
  'pay.fixedPay.performanceBase': ['固定工资含绩效工资', 'fixed pay includes performance base'],
  'pay.fixedPay.seniority': ['固定工资含工龄工资', 'fixed pay includes seniority pay'],
  'pay.floorZero': ['实发不低于0', 'never below 0'],
};

/** Display words of enum values (leave types, levels, languages, flags, options). */
const GENERAL_VALUES: Record<string, readonly [zh: string, en: string]> = {
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
  warning: ['警告', 'warning'],
  'dismissal-recommended': ['建议辞退', 'dismissal recommended'],
  'demotion-or-dismissal': ['降级或辞退', 'demotion or dismissal'],
  demote: ['降级', 'demote'],
  promote: ['晋级', 'promote'],
  confirm: ['转正', 'confirm'],
  'probation-failed': ['试用期不合格', 'probation failed'],
  eliminate: ['淘汰', 'eliminate'],
  reassign: ['调岗', 'reassign'],
  excellent: ['优秀', 'excellent'],
  // the kinds' own names: in their modules (rules/kinds/), added below
  day: ['日', 'day'],
  week: ['周', 'week'],
  month: ['月', 'month'],
  any: ['任一', 'any'],
  all: ['全部', 'all'],
  fixed: ['固定', 'fixed'],
  'days-worked': ['按出勤天数', 'days worked'],
  workdays: ['按工作日', 'workdays'],
  'at-least': ['不少于', 'at least'],
  'at-most': ['不多于', 'at most'],
  below: ['低于', 'below'],
  value: ['按数值', 'value'],
  improvement: ['按进步', 'improvement'],
  'per-unit': ['按件', 'per unit'],
  percent: ['按比例', 'percent'],
  pool: ['均分奖池', 'pool'],
  item: ['每笔', 'per item'],
  period: ['每期', 'per period'],
  grade: ['等级', 'grade'],
  level: ['职级', 'level'],
  none: ['无', 'none'],
  occurrence: ['按次数', 'by occurrence'],
  months: ['按连续月数', 'by months running'],
  full: ['全额', 'full'],
  prorated: ['按出勤折算', 'prorated'],
  deductions: ['扣减', 'deductions'],
  score: ['按分数', 'score'],
};

/**
 * One entry per section, table and leaf of policySchema: the general fields and those several kinds share above, each
 * kind's own fields from its module. A field added to the schema without a label fails
 * test/engine/read/policy-sheet/labels.test.ts.
 */
export const POLICY_LABELS: Record<string, LabelDef> = { ...GENERAL_LABELS, ...Object.assign({}, ...KIND_LIST.map((k) => k.labels)) };

/** Display words of enum values (leave types, levels, languages, kinds …); values without one are shown as written. */
export const VALUE_LABELS: Record<string, readonly [zh: string, en: string]> = {
  ...GENERAL_VALUES, ...Object.fromEntries(KIND_LIST.map((k) => [k.kind, k.title])),
};

const IDX = { zh: 0, en: 1 } as const;

/** The note of a label key in a language, or ''. */
export function policyNote(key: string, lang: Lang): string {
  const note = POLICY_LABELS[key]?.[2];
  return note === undefined ? '' : typeof note === 'string' ? note : note[IDX[lang]];
}

/** The display word of an enum value in a language, or the value itself. */
export function valueLabel(value: string, lang: Lang): string {
  return VALUE_LABELS[value]?.[IDX[lang]] ?? value;
}
