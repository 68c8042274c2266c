// The run's inputs: the workbook (first .xlsx) and further exports (.xlsx tabs, .csv / .txt files) as one WorkbookData.
import { basename } from 'node:path';
import { isChinese, sheetDefOf } from '../engine/read/aliases.js';
import { workbookLanguage } from '../engine/read/sources.js';
import type { Lang, SheetData, WorkbookData } from '../engine/types.js';
import { readTextSheet } from '../files/text.js';
import { isSourceSheet, type SheetFilter } from '../xlsx/filter.js';
import { openPackage, type XlsxPackage } from '../xlsx/package.js';
import { readPackage } from '../xlsx/read.js';
import { inputKind } from './args.js';

export interface Inputs {
  /** the workbook's package, copied into --out */
  pkg: XlsxPackage;
  data: WorkbookData;
  lang: Lang;
  /** what each file was read as, for the run's first lines */
  notes: string[];
}

/** The workbook's language from its tab names alone (the Roster's name), before anything is read. */
export function packageLanguage(pkg: XlsxPackage): Lang {
  const roster = pkg.sheets.find((s) => sheetDefOf(s.name)?.role === 'roster');
  return roster ? (isChinese(roster.name) ? 'zh' : 'en') : pkg.sheets.some((s) => isChinese(s.name)) ? 'zh' : 'en';
}

const count = (n: number) => n.toLocaleString('en-US');

/** A sheet name not yet used in the workbook (compared case-insensitively): 'calls', else 'calls (calls.txt)'. */
function uniqueName(name: string, file: string, taken: Set<string>): string {
  let candidate = name;
  for (let k = 2; taken.has(candidate.toLowerCase()); k++) candidate = k === 2 ? `${name} (${basename(file)})` : `${name} (${basename(file)} ${k})`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

const ENCODING_NAMES: Record<string, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16', 'utf-16be': 'UTF-16', gb18030: 'GB18030' };
const DELIMITERS: Record<string, { en: string; zh: string }> = {
  ',': { en: 'comma-separated', zh: '逗号分隔' }, '\t': { en: 'tab-separated', zh: '制表符分隔' }, ';': { en: 'semicolon-separated', zh: '分号分隔' },
};

/**
 * Reads the workbook (tabs chosen by `filter`; the others are listed as not read) and each further input,
 * appending an extra .xlsx's tabs and a text export as one tab named after the file.
 */
export async function loadInputs(pkg: XlsxPackage, extras: readonly string[], filter: SheetFilter = isSourceSheet): Promise<Inputs> {
  const skipped: string[] = [];
  const data = await readPackage(pkg, { filter, onSkip: (name) => skipped.push(name) });
  const lang = workbookLanguage(data);
  const zh = lang === 'zh';
  const notes: string[] = [];
  if (skipped.length > 0) {
    const names = skipped.map((s) => `"${s}"`).join(', ');
    notes.push(zh ? `未读取（不是数据来源表）：${names}` : `Not read (not a source tab): ${names}`);
  }
  const taken = new Set(data.sheets.map((s) => s.name.toLowerCase()));
  for (const file of extras) {
    if (inputKind(file) === 'text') {
      const text = await readTextSheet(file);
      const sheet: SheetData = { ...text.sheet, name: uniqueName(text.sheet.name, file, taken) };
      data.sheets.push(sheet);
      const rows = count(Math.max(0, sheet.values.length - 1));
      const how = `${ENCODING_NAMES[text.encoding]}, ${DELIMITERS[text.delimiter][lang]}`;
      notes.push(zh ? `已读取 ${file}，作为表“${sheet.name}”（${how}，${rows} 行）` : `Read ${file} as tab "${sheet.name}" (${how}, ${rows} rows)`);
      continue;
    }
    const extra = await readPackage(openPackage(file), { filter });
    const read = extra.sheets.filter((s) => s.values.length > 0).map((s) => ({ ...s, name: uniqueName(s.name, file, taken) }));
    data.sheets.push(...read);
    const list = read.map((s) => `"${s.name}" (${count(Math.max(0, s.values.length - 1))})`).join(', ') || (zh ? '无' : 'none');
    notes.push(zh ? `已读取 ${file} 的表：${list}` : `Read ${file}: tabs ${list}`);
  }
  return { pkg, data, lang, notes };
}
