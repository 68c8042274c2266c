// What the sidebar needs to open: default month, months with data, policy, presets, language and zone.
import { resolvePolicy } from '../engine/read/policy-sheet/index.js';
import { DEFAULT_PRESET, getPreset, PRESET_NAMES } from '../engine/presets/index.js';
import type { Lang, Text } from '../engine/types.js';
import { progressOf, type JobProgress } from './job.js';
import { loadJournal } from './journal.js';
import { dataMonths, lastMonth } from './months.js';
import { readWorkbook } from './read.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface SidebarState {
  /** the latest month with data; with none, last month in the spreadsheet's time zone (yyyy-mm) */
  defaultMonth: string;
  /** months with Attendance, Calls or KPI rows, newest first */
  months: string[];
  /**
   * The policy in force: the Policy sheet's when it reads cleanly (source 'sheet'), else the default preset.
   * sheetName is the workbook's Policy sheet whenever it has one, also one with errors (then source is 'preset'
   * and checkData lists the sheet's issues); null when it has none.
   */
  policy: { id: string; version: string; name: Text; source: 'sheet' | 'preset'; sheetName: string | null };
  presets: string[];
  lang: Lang;
  timeZone: string;
  /** a report being written across executions (the sidebar may continue it with continueReport), else null */
  job: JobProgress | null;
}

/** 'zh_CN', 'zh_TW', 'zh' → 'zh'; anything else (or unknown) → 'en'. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}

export function sidebarState(ss: Spreadsheet, now: Date = new Date()): SidebarState {
  const wb = readWorkbook(ss);
  // The Policy sheet's policy when it reads cleanly, else the default preset (checkData lists the sheet's issues).
  const resolved = resolvePolicy(wb);
  const policy = resolved.policy ?? getPreset(DEFAULT_PRESET);
  const source = resolved.policy ? resolved.source : 'preset';
  const months = dataMonths(wb);
  const journal = loadJournal();
  return {
    defaultMonth: months[0] ?? lastMonth(now, wb.timeZone),
    months,
    policy: {
      id: policy.id, version: policy.version, name: { zh: policy.name.zh, en: policy.name.en }, source, sheetName: resolved.sheetName ?? null,
    },
    presets: [...PRESET_NAMES],
    lang: langOfLocale(wb.locale),
    timeZone: wb.timeZone,
    job: journal && journal.phase === 'write' && journal.month !== '' ? progressOf(journal) : null,
  };
}
