// Words of the Policy sheet itself (title, headings, yes/no, 元), zh and en.
import type { Lang } from '../../types.js';

/** Words of the sheet itself: title, column headings, halves of a { zh, en } pair, record columns, blocks. */
export const SHEET_WORDS = {
  title: ['规则', 'Policy'],
  intro: ['A 列是程序用的键，请勿修改；# 开头的行为说明', 'Column A holds the keys the program reads; do not edit it. Rows starting with # are notes'],
  setting: ['项目', 'setting'],
  value: ['值', 'value'],
  note: ['说明', 'note'],
  zh: ['（中文）', ' (Chinese)'],
  en: ['（英文）', ' (English)'],
  yuan: ['（元）', ' (元)'],
  key: ['名称', 'key'],
  item: ['第 {n} 项', 'item {n}'],
  yes: ['是', 'yes'],
  no: ['否', 'no'],
} as const satisfies Record<string, readonly [string, string]>;

const IDX = { zh: 0, en: 1 } as const;

/** A sheet word in a language. */
export function sheetWord(word: keyof typeof SHEET_WORDS, lang: Lang): string {
  return SHEET_WORDS[word][IDX[lang]];
}
