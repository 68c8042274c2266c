// Cells that hold a word from a closed list: yes/no, levels, leave types, leave days, calendar day types.
import { isBlank, normText } from '../cells.js';
import type { CellValue, LeaveType, Level } from '../../types.js';
import { Bad } from './bad.js';

const BAD_BOOL = new Bad('bad-bool', 'is not yes or no');
const BAD_LEVEL = new Bad('bad-level', 'is not a level');
const BAD_LEAVE_TYPE = new Bad('bad-leave-type', 'is not a leave type');
const BAD_LEAVE_DAYS = new Bad('bad-leave-days', 'must be 0.5 or 1');
const BAD_DAY_TYPE = new Bad('bad-calendar-type', 'is not workday or holiday');

function lookup<T>(pairs: [T, string[]][]): Map<string, T> {
  const map = new Map<string, T>();
  for (const [value, words] of pairs) for (const w of words) map.set(w, value);
  return map;
}

const BOOLS = lookup<boolean>([
  [true, ['yes', 'y', 'true', 't', '1', '是', '√', '✓']],
  [false, ['no', 'n', 'false', 'f', '0', '否', '×', '✗']],
]);

/** yes/no, 是/否, Y/N, TRUE/FALSE, 1/0 (any case, full-width too); blank is null. */
export function parseBool(v: CellValue): boolean | null | Bad {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v === 1 ? true : v === 0 ? false : BAD_BOOL;
  if (v === null || (typeof v === 'string' && isBlank(v))) return null;
  if (typeof v !== 'string') return BAD_BOOL;
  return BOOLS.get(normText(v)) ?? BAD_BOOL;
}

const LEVELS = lookup<Level>([
  ['junior', ['junior', '初级']],
  ['intermediate', ['intermediate', '中级']],
  ['senior', ['senior', '高级']],
]);

/** junior/intermediate/senior or 初级/中级/高级; blank is null. */
export function parseLevel(v: CellValue): Level | null | Bad {
  if (v === null || (typeof v === 'string' && isBlank(v))) return null;
  return typeof v === 'string' ? LEVELS.get(normText(v)) ?? BAD_LEVEL : BAD_LEVEL;
}

const LEAVE_TYPES = lookup<LeaveType>([
  ['rest', ['rest', '公休', '调休']],
  ['personal', ['personal', '事假']],
  ['sick', ['sick', '病假']],
  ['annual', ['annual', '年假', '年休假']],
  ['marriage', ['marriage', '婚假']],
  ['bereavement', ['bereavement', '丧假']],
  ['maternity', ['maternity', '产假']],
  ['injury', ['injury', '工伤', '工伤假']],
  ['absent', ['absent', 'absence', '旷工', '霸王假']],
]);

/** A leave type: English words (any case, 'sick leave' too) or 公休 事假 病假 年假 婚假 丧假 产假 工伤 旷工 (调休 = rest); blank is null. */
export function parseLeaveType(v: CellValue): LeaveType | null | Bad {
  if (v === null || (typeof v === 'string' && isBlank(v))) return null;
  if (typeof v !== 'string') return BAD_LEAVE_TYPE;
  const k = normText(v);
  return LEAVE_TYPES.get(k) ?? LEAVE_TYPES.get(k.replace(/\s+leave$/, '')) ?? BAD_LEAVE_TYPE;
}

/** Leave days: 0.5 or 1 (also '0.5天', '半天', '1天'); blank is null. */
export function parseLeaveDays(v: CellValue): number | null | Bad {
  if (typeof v === 'number') return v === 0.5 || v === 1 ? v : BAD_LEAVE_DAYS;
  if (v === null || (typeof v === 'string' && isBlank(v))) return null;
  if (typeof v !== 'string') return BAD_LEAVE_DAYS;
  const k = normText(v).replace(/\s*(天|日|days?)$/, '');
  return k === '0.5' || k === '.5' || k === '半' ? 0.5 : k === '1' || k === '1.0' || k === '一' ? 1 : BAD_LEAVE_DAYS;
}

const DAY_TYPES = lookup<boolean>([
  [true, ['workday', 'work', '工作日', '上班', '班']],
  [false, ['holiday', 'rest', '节假日', '休息日', '假日', '休']],
]);

/** Calendar day type: workday/工作日 → true, holiday/节假日/休息日/rest → false; blank is null. */
export function parseDayType(v: CellValue): boolean | null | Bad {
  if (v === null || (typeof v === 'string' && isBlank(v))) return null;
  return typeof v === 'string' ? DAY_TYPES.get(normText(v)) ?? BAD_DAY_TYPE : BAD_DAY_TYPE;
}
