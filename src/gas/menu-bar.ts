// The add-on menu and its labels: loaded with the custom functions, so opening a spreadsheet never loads the engine.
import type { Lang, Text } from '../engine/types.js';
import { langOfLocale } from './locale.js';

const LABELS = {
  open: { zh: '打开 Callboard', en: 'Open Callboard' },
  generate: { zh: '生成上月报表', en: "Generate last month's report" },
  layout: { zh: '插入示例数据表头', en: 'Insert example data layout' },
  policy: { zh: '插入规则表', en: 'Insert policy sheet' },
  policyWritten: { zh: '已插入规则表：', en: 'Policy sheet inserted: ' },
  help: { zh: '帮助', en: 'Help' },
  done: { zh: '已生成：', en: 'Written: ' },
  blocked: { zh: '数据有错误，只写入了问题表：', en: 'The data has errors; only the Issues tab was written: ' },
  created: { zh: '已创建：', en: 'Created: ' },
  nothing: { zh: '数据表都已存在，未作改动。', en: 'Every source sheet already exists; nothing was changed.' },
  helpText: {
    zh: '1. 在花名册、考勤、外呼、奖惩记录表中录入数据（可用“插入示例数据表头”）。\n2. 打开 Callboard，选择月份，先检查数据再生成报表。\n3. 生成的表（薪酬、排名、明细、问题）每次整体替换，源数据表不会被改动。\n4. “插入规则表”把考核规则写成“规则”表，可直接修改；此后检查和生成都按该表计算。',
    en: '1. Enter data in the Roster, Attendance, Calls and Events sheets ("Insert example data layout" adds them).\n2. Open Callboard, pick a month, check the data, then generate.\n3. Generated tabs (Payout, Ranking, Details, Issues) are replaced whole on each run; source sheets are never changed.\n4. "Insert policy sheet" writes the pay policy as a Policy sheet you can edit; checks and reports then follow it.',
  },
} satisfies Record<string, Text>;

export type Label = keyof typeof LABELS;

/** Menu labels: bilingual under AuthMode.NONE (nothing is read there), else in the user's UI language. */
export function menuLabel(key: Label, lang: Lang | null): string {
  const t = LABELS[key];
  return lang ? t[lang] : `${t.zh} ${t.en}`;
}

/** The user's UI language (Session.getActiveUserLocale), English when it cannot be read. */
export function uiLang(): Lang {
  try {
    return langOfLocale(Session.getActiveUserLocale());
  } catch {
    return 'en';
  }
}

/**
 * Builds the add-on menu. Under AuthMode.NONE it touches no properties and no spreadsheet data. Google names the
 * Extensions submenu: the Marketplace listing's name once published, the script project's title in a test deployment
 * or a bound script, hence `clasp create-script --title Callboard` (docs/deploy.md).
 */
export function onOpen(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  const lang = !e || e.authMode === ScriptApp.AuthMode.NONE ? null : uiLang();
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(menuLabel('open', lang), 'showSidebar')
    .addItem(menuLabel('generate', lang), 'menuGenerateLastMonth')
    .addSeparator()
    .addItem(menuLabel('layout', lang), 'menuInsertExampleLayout')
    .addItem(menuLabel('policy', lang), 'menuInsertPolicySheet')
    .addItem(menuLabel('help', lang), 'menuHelp')
    .addToUi();
}

/** Runs when the add-on is installed: the menu appears without reloading. */
export function onInstall(e?: { authMode?: GoogleAppsScript.Script.AuthMode }): void {
  onOpen(e);
}
