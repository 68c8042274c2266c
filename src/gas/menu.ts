// The sidebar and the menu commands (the menu itself is menu-bar.ts, kept out of the engine bundle).
import { DEFAULT_PRESET } from '../engine/presets/index.js';
import { api } from './api.js';
import { menuLabel, uiLang } from './menu-bar.js';
import { lastMonth } from './months.js';

export { onInstall, onOpen } from './menu-bar.js';

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('sidebar').setTitle('Callboard');
  SpreadsheetApp.getUi().showSidebar(html);
}

function alertResult(run: () => string): void {
  const ui = SpreadsheetApp.getUi();
  let text: string;
  try {
    text = run();
  } catch (err) {
    // The API already turned the fault into user text.
    text = err instanceof Error ? err.message : String(err);
  }
  ui.alert('Callboard', text, ui.ButtonSet.OK);
}

export function menuGenerateLastMonth(): void {
  alertResult(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const month = lastMonth(new Date(), ss.getSpreadsheetTimeZone());
    const result = api.generateReport(month, DEFAULT_PRESET);
    const lang = uiLang();
    return menuLabel(result.blocking ? 'blocked' : 'done', lang) + result.tabs.join(lang === 'zh' ? '、' : ', ');
  });
}

export function menuInsertExampleLayout(): void {
  alertResult(() => {
    const result = api.insertExampleLayout();
    const lang = uiLang();
    return result.created.length > 0 ? menuLabel('created', lang) + result.created.join(lang === 'zh' ? '、' : ', ') : menuLabel('nothing', lang);
  });
}

/**
 * Writes the default preset as the Policy sheet in the spreadsheet's language. An existing Policy sheet is never
 * replaced from the menu: the alert says it is there (replacing is the sidebar's, after a confirmation).
 */
export function menuInsertPolicySheet(): void {
  alertResult(() => {
    const result = api.insertPolicySheet(DEFAULT_PRESET);
    const lang = uiLang();
    return `${menuLabel('policyWritten', lang)}${result.sheet} (${result.preset})`;
  });
}

export function menuHelp(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Callboard', menuLabel('helpText', uiLang()), ui.ButtonSet.OK);
}
