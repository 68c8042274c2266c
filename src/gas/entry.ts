// What the Apps Script bundle exposes: the triggers, menu commands, sidebar API and custom function runner.
import { customFunctionImpls } from '../functions/index.js';
import { api } from './api.js';

export { menuGenerateLastMonth, menuHelp, menuInsertExampleLayout, menuInsertPolicySheet, onInstall, onOpen, showSidebar } from './menu.js';

export const getSidebarState = api.getSidebarState;
export const checkData = api.checkData;
export const generateReport = api.generateReport;
export const insertExampleLayout = api.insertExampleLayout;
export const insertPolicySheet = api.insertPolicySheet;
export const startReport = api.startReport;
export const continueReport = api.continueReport;
export const listMonthTabs = api.listMonthTabs;
export const removeMonthTabs = api.removeMonthTabs;

function spreadsheetTimeZone(): string {
  try {
    return SpreadsheetApp.getActiveSpreadsheet()?.getSpreadsheetTimeZone() ?? Session.getScriptTimeZone();
  } catch {
    return Session.getScriptTimeZone();
  }
}

/** Calls the custom function `name` with the spreadsheet's time zone; the build emits one stub per function. */
export function runCustomFunction(name: string, args: unknown[]): unknown {
  const impl = customFunctionImpls[name];
  if (!impl) throw new Error(`no custom function ${name}`, { cause: { code: 'unknown-function' } });
  return impl({ timeZone: spreadsheetTimeZone() }, ...args);
}
