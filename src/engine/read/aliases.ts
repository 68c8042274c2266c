// Sheet and column names of the workbook contract (workbook.md) as data: English and 中文 aliases per role.
import { toHalfWidth } from './cells.js';
import type { SourceData, Text } from '../types.js';

export type Role = keyof SourceData['sheetNames'] & string;

export interface FieldDef {
  /** record field key, as in the `cells` of types.ts */
  key: string;
  /** how messages name the field */
  label: Text;
  /** header names that map to it (English first, then 中文) */
  names: string[];
  required: boolean;
}

export interface SheetDef {
  role: Role;
  label: Text;
  names: string[];
  fields: FieldDef[];
  /** KPI: every other column is a metric keyed by its header text */
  openColumns: boolean;
}

function f(key: string, en: string, zh: string, names: string[], required = false): FieldDef {
  return { key, label: { en, zh }, names, required };
}

// Synonyms (after the contract's own two names) are headers HR writes in practice; docs/reading.md lists them.
const ID = f('id', 'ID', '工号', ['ID', '工号', 'Employee ID', 'Staff ID', 'Agent ID', '员工编号', '员工工号'], true);
const DATE = f('date', 'date', '日期', ['Date', '日期'], true);
const ATT_DATE = f('date', 'date', '日期', ['Date', '日期', '考勤日期', '打卡日期'], true);

export const SHEETS: readonly SheetDef[] = [
  {
    role: 'roster', label: { en: 'Roster', zh: '花名册' }, names: ['Roster', '花名册', 'Staff', 'Employees', '员工名单', '人员名单', '员工花名册'], openColumns: false,
    fields: [
      ID,
      f('name', 'name', '姓名', ['Name', '姓名', 'Employee name', '员工姓名'], true),
      f('team', 'team', '组别', ['Team', '组别', 'Group', '小组', '团队', '班组']),
      f('level', 'level', '职级', ['Level', '职级', '级别']),
      f('leader', 'leader', '组长', ['Leader', '组长', 'Team leader', '是否组长']),
      f('hireDate', 'hire date', '入职日期', ['Hire date', '入职日期', 'Start date', '入职时间', '到岗日期']),
      f('baseSalary', 'base salary', '基本工资', ['Base salary', '基本工资', 'Basic salary', 'Base pay', '底薪', '基本薪资', '基础工资']),
      f('performanceBase', 'performance base', '绩效工资', ['Performance base', '绩效工资', 'Performance pay', '绩效基数']),
      f('seniority', 'seniority pay', '工龄工资', ['Seniority pay', '工龄工资', '工龄补贴']),
      // Optional keys of other systems, so their exports find the person (src/engine/imports/keys.ts).
      f('key:dingtalk', 'DingTalk UserId', '钉钉UserId', ['DingTalk UserId', '钉钉UserId', 'DingTalk ID', '钉钉ID', 'UserId']),
      f('key:wecom', 'WeCom account', '企业微信账号', ['WeCom account', '企业微信账号', '企微账号', 'WeCom ID']),
      f('key:feishu', 'Feishu ID', '飞书工号', ['Feishu ID', '飞书工号', '飞书ID', 'Lark ID']),
      f('key:clock', 'clock number', '考勤号码', ['Clock number', '考勤号码', '考勤号', 'Clock ID']),
      f('key:seat', 'seat number', '座席号', ['Seat number', '座席号', '坐席号', '座席工号', '坐席工号']),
      f('key:dialer', 'dialer login', '外呼系统账号', ['Dialer login', '外呼系统账号', '外呼账号', 'Dialer user']),
    ],
  },
  {
    role: 'attendance', label: { en: 'Attendance', zh: '考勤' }, names: ['Attendance', '考勤', '考勤记录', '出勤记录'], openColumns: false,
    fields: [
      ID,
      ATT_DATE,
      f('clockIn', 'clock-in', '上班打卡', ['Clock in', '上班打卡', 'Check in', 'Time in', '上班时间', '上班打卡时间', '签到', '签到时间']),
      f('clockOut', 'clock-out', '下班打卡', ['Clock out', '下班打卡', 'Check out', 'Time out', '下班时间', '下班打卡时间', '签退', '签退时间']),
      f('noonOut', 'noon clock-out', '午间下班', ['Noon out', '午间下班']),
      f('noonIn', 'noon clock-in', '午间上班', ['Noon in', '午间上班']),
      f('leaveType', 'leave type', '请假类型', ['Leave type', '请假类型', '假别', '请假类别']),
      f('leaveDays', 'leave days', '请假天数', ['Leave days', '请假天数']),
      f('reported', 'reported', '已报备', ['Reported', '已报备']),
    ],
  },
  {
    role: 'calls', label: { en: 'Calls', zh: '外呼' }, names: ['Calls', '外呼', 'Call log', '外呼记录', '外呼数据'], openColumns: false,
    fields: [
      ID,
      DATE,
      f('dials', 'dials', '外呼量', ['Dials', '外呼量', 'Outbound calls', '呼出量', '外呼次数', '拨打量', '呼叫量']),
      f('connected', 'connected', '接通量', ['Connected', '接通量', 'Answered', '接通数', '接通次数']),
      f('successes', 'successes', '成功量', ['Successes', '成功量', 'Deals', '成功数', '成交量', '成单量']),
      f('result', 'result', '结果', ['Result', '结果', 'Call result', '通话结果', '呼叫结果']),
      f('talkMinutes', 'talk minutes', '通话分钟', ['Talk minutes', '通话分钟']),
      f('appointments', 'appointments', '邀约', ['Appointments', '邀约']),
      f('opportunities', 'opportunities', '商机', ['Opportunities', '商机']),
      f('contractPayment', 'contract payment', '回款', ['Contract payment', '回款']),
      f('contacts', 'contacts', '新增联系人', ['Contacts', '新增联系人']),
      f('invitations', 'invitations', '意向参会', ['Invitations', '意向参会']),
    ],
  },
  {
    role: 'events', label: { en: 'Events', zh: '奖惩记录' }, names: ['Events', '奖惩记录', '奖惩', '奖惩登记'], openColumns: false,
    fields: [
      ID,
      DATE,
      f('code', 'code', '代码', ['Code', '代码', '奖惩代码'], true),
      f('count', 'count', '次数', ['Count', '次数', '数量']),
      f('note', 'note', '备注', ['Note', '备注']),
    ],
  },
  {
    role: 'calendar', label: { en: 'Calendar', zh: '日历' }, names: ['Calendar', '日历', '工作日历'], openColumns: false,
    fields: [DATE, f('type', 'type', '类型', ['Type', '类型'], true)],
  },
  {
    role: 'kpi', label: { en: 'KPI', zh: '客服指标' }, names: ['KPI', '客服指标', '绩效指标'], openColumns: true,
    fields: [ID, f('month', 'month', '月份', ['Month', '月份', '统计月份'], true)],
  },
  {
    // Manual adjustments: a source like the others, never written by the add-on, so they survive every regeneration.
    role: 'adjustments', label: { en: 'Adjustments', zh: '调整' }, names: ['Adjustments', '调整'], openColumns: false,
    fields: [
      ID,
      f('month', 'month', '月份', ['Month', '月份'], true),
      f('amount', 'amount', '金额', ['Amount', '金额']),
      f('points', 'points', '分数', ['Points', '分数', '积分']),
      f('reason', 'reason', '原因', ['Reason', '原因'], true),
      f('approvedBy', 'approved by', '审批人', ['Approved by', '审批人']),
    ],
  },
  {
    // Appeals (申诉): agents dispute a Details line; an accepted one with an amount is paid as an ADJ line in its month.
    role: 'appeals', label: { en: 'Appeals', zh: '申诉' }, names: ['Appeals', '申诉'], openColumns: false,
    fields: [
      ID,
      f('month', 'month', '月份', ['Month', '月份'], true),
      f('line', 'line', '申诉明细', ['Line', 'Details line', 'Rule', '申诉明细', '明细', '规则']),
      f('reason', 'reason', '原因', ['Reason', '原因', '申诉理由'], true),
      f('status', 'status', '状态', ['Status', '状态']),
      f('resolution', 'resolution', '处理结果', ['Resolution', '处理结果', '处理意见']),
      f('amount', 'amount', '金额', ['Amount', '金额']),
    ],
  },
];

/** Zero-width and invisible characters a pasted name may carry (ZWSP, ZWNJ, ZWJ, word joiner, BOM, soft hyphen). */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

const ALIAS_KEYS = new Map<string, string>();

/**
 * The form names are compared in: half-width, lower-case, without invisible characters, spaces, '_' or '-',
 * and without a trailing unit in brackets ('Base salary (元)' → 'basesalary').
 */
export function aliasKey(name: string): string {
  // Header words come back for every tab, layout and row an export is looked for in: each is worked out once.
  let key = ALIAS_KEYS.get(name);
  if (key !== undefined) return key;
  key = toHalfWidth(name.replace(INVISIBLE, ''))
    .toLowerCase()
    .replace(/\s*[(（[【][^)）\]】]*[)）\]】]\s*$/, '')
    .replace(/[\s_\-\u00a0]+/g, '');
  if (ALIAS_KEYS.size >= 10_000) ALIAS_KEYS.clear();
  ALIAS_KEYS.set(name, key);
  return key;
}

/** A month or year written before or after a tab's name: '2026-10', '2026年10月', '10月', '202610', '2026'. */
const PERIOD = '(?:\\d{4}(?:[-/.年]?\\d{1,2}月?(?:份)?)?|\\d{1,2}月份?)';
const PERIOD_END = new RegExp(`${PERIOD}$`);
const PERIOD_START = new RegExp(`^${PERIOD}`);

/**
 * The form tab names are compared in: aliasKey, then without a month or year before or after it and without a
 * trailing 表 ('Attendance 2026-10', '考勤(10月)', '10月考勤', '考勤表' → the key of 'Attendance' / '考勤').
 * The same for every sheet, the Policy sheet included.
 */
export function sheetKey(name: string): string {
  const k = aliasKey(name);
  const bare = k.replace(PERIOD_END, '').replace(PERIOD_START, '').replace(/表$/, '');
  return bare === '' ? k : bare;
}

const roleByName = new Map<string, SheetDef>();
for (const sheet of SHEETS) for (const n of sheet.names) roleByName.set(sheetKey(n), sheet);

/** The source sheet a sheet name stands for, or null (generated and other sheets). */
export function sheetDefOf(sheetName: string): SheetDef | null {
  return roleByName.get(sheetKey(sheetName)) ?? null;
}

const fieldsByRole = new Map<Role, Map<string, FieldDef>>();
for (const sheet of SHEETS) {
  const m = new Map<string, FieldDef>();
  for (const field of sheet.fields) for (const n of field.names) m.set(aliasKey(n), field);
  fieldsByRole.set(sheet.role, m);
}

/** The field a column header stands for in a sheet of this role, or null (an unknown column). */
export function fieldOf(role: Role, header: string): FieldDef | null {
  return fieldsByRole.get(role)?.get(aliasKey(header)) ?? null;
}

const labels = new Map<string, Text>();
for (const sheet of SHEETS) for (const field of sheet.fields) if (!labels.has(field.key)) labels.set(field.key, field.label);

/** How messages name a field key ('clockIn' → clock-in / 上班打卡), or null for an unknown key. */
export function fieldLabel(key: string): Text | null {
  return labels.get(key) ?? null;
}

/** True when a name has CJK ideographs in it (the workbook is written in Chinese). */
export function isChinese(name: string): boolean {
  return /[\u3400-\u9fff]/.test(name);
}

/** A column's header as the workbook writes it, else the field's label in the workbook's language (for issues). */
export function columnName(src: Pick<SourceData, 'headers' | 'language'>, role: Role, field: string): string {
  return src.headers?.[role]?.[field] ?? fieldLabel(field)?.[src.language] ?? field;
}
