// zh/en detail texts of the Policy sheet's issues (all raised as code bad-policy), and the Issue builder.
import { a1 } from '../a1.js';
import { makeIssue } from '../../messages.js';
import type { Issue, Text } from '../../types.js';

const q = (s: string): Text => ({ en: `"${s}"`, zh: `“${s}”` });

/** Reasons a cell value is refused; the caller adds the field label and the value. */
export const REASONS = {
  blank: { en: 'is blank', zh: '为空' },
  notNumber: { en: 'is not a number', zh: '不是数字' },
  notWhole: { en: 'is not a whole number', zh: '不是整数' },
  notMoney: { en: 'is not an amount in 元', zh: '不是金额（元）' },
  notBool: { en: 'is not yes or no', zh: '不是“是”或“否”' },
  notTime: { en: 'is not a time of day (HH:MM)', zh: '不是时间（时:分）' },
  notText: { en: 'is not text', zh: '不是文字' },
  negative: { en: 'is negative: write fines and bonuses as positive amounts (only event and step amounts carry a sign)', zh: '是负数：罚款和奖励请填写正数（只有奖惩事项和阶梯金额带正负号）' },
  noCachedValue: { en: 'is a formula without a computed value; open and save the file in Excel or Sheets', zh: '是没有计算结果的公式；请用 Excel 或表格打开后重新保存' },
} as const satisfies Record<string, Text>;

/** "is not one of a, b, c" / "不是可选值（a、b、c）". */
export function notOneOf(options: Text): Text {
  return { en: `is not one of: ${options.en}`, zh: `不是可选值（${options.zh}）` };
}

/** A list item that is refused: 'item "x" is not …'. */
export function badItem(item: string, reason: Text): Text {
  return { en: `item "${item}" ${reason.en}`, zh: `其中“${item}”${reason.zh}` };
}

/** "<label> "<value>" <reason>" — the detail of a refused cell. */
export function cellDetail(label: Text, value: string, reason: Text): Text {
  const v = value === '' ? { en: '', zh: '' } : q(value);
  return { en: `${label.en} ${v.en}${v.en ? ' ' : ''}${reason.en}`.trim(), zh: `${label.zh}${v.zh}${reason.zh}` };
}

export const SHEET_DETAILS = {
  noKey: { en: 'row has values but no key in column A', zh: '该行有内容，但 A 列没有键' },
  unknownKey: (key: string): Text => ({ en: `unknown key "${key}" in column A`, zh: `A 列的键“${key}”不是规则中的项目` }),
  duplicateKey: (key: string, first: number): Text => ({
    en: `key "${key}" repeats row ${first}; this row is ignored`, zh: `键“${key}”与第${first}行重复，本行已忽略`,
  }),
  missingSetting: (key: string, label: Text): Text => ({
    en: `required setting ${label.en} (key "${key}") is missing`, zh: `缺少必填项目“${label.zh}”（键 ${key}）`,
  }),
  noHeader: (key: string): Text => ({
    en: `table "${key}" has item rows but no heading row`, zh: `表格“${key}”有数据行，但缺少标题行`,
  }),
  unknownColumn: (label: Text): Text => ({ en: `column heading not known in ${label.en}`, zh: `${label.zh}中有无法识别的列标题` }),
  duplicateColumn: (label: Text): Text => ({ en: `column repeats another in ${label.en}`, zh: `${label.zh}中该列与另一列重复` }),
  missingColumn: (label: Text, col: Text): Text => ({
    en: `${label.en} has no column ${col.en}`, zh: `${label.zh}缺少“${col.zh}”列`,
  }),
  strayValue: { en: 'value in a column without a heading', zh: '该值所在列没有标题' },
  duplicateEntry: (key: string): Text => ({ en: `"${key}" is listed twice`, zh: `“${key}”重复出现` }),
} as const;

/** Where an issue of the Policy sheet points: 1-based row and 0-based column, or the sheet as a whole. */
export interface At {
  row: number | null;
  col: number | null;
  /** the row key or column the issue is about (Issue.column) */
  column: string | null;
  value: string;
}

/** The bad-policy Issue for a place of the sheet. */
export function policyIssue(sheet: string, at: At, detail: Text): Issue {
  const cell = at.row !== null && at.col !== null ? a1(sheet, at.row, at.col) : null;
  return makeIssue('bad-policy', { sheet, row: at.row, column: at.column, value: at.value, cell }, { detail });
}
