// What the sidebar needs to open: default month, months with data, policy, presets, language and zone.
import { resolvePolicy } from '../engine/policy-sheet/index.js';
import { DEFAULT_PRESET, getPreset, PRESET_NAMES } from '../engine/presets/index.js';
import type { Lang, Text } from '../engine/types.js';
import { dataMonths, lastMonth } from './months.js';
import { readWorkbook } from './read.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SidebarState {
  /** last month in the spreadsheet's time zone, yyyy-mm */
  defaultMonth: string;
  /** months with Attendance or Calls rows, newest first */
  months: string[];
  /** the Policy sheet's policy when the workbook has a valid one, else the default preset */
  policy: { id: string; version: string; name: Text };
  presets: string[];
  lang: Lang;
  timeZone: string;
}

/** 'zh_CN', 'zh_TW', 'zh' → 'zh'; anything else (or unknown) → 'en'. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}

export function sidebarState(ss: Spreadsheet, now: Date = new Date()): SidebarState {
  const wb = readWorkbook(ss);
  // The Policy sheet's policy when it reads cleanly, else the default preset (checkData lists the sheet's issues).
  const policy = resolvePolicy(wb).policy ?? getPreset(DEFAULT_PRESET);
  return {
    defaultMonth: lastMonth(now, wb.timeZone),
    months: dataMonths(wb),
    policy: { id: policy.id, version: policy.version, name: { zh: policy.name.zh, en: policy.name.en } },
    presets: [...PRESET_NAMES],
    lang: langOfLocale(wb.locale),
    timeZone: wb.timeZone,
  };
}
