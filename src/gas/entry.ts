// What the engine bundle exposes (loaded on first use, see scripts/build.ts): triggers, menu commands, sidebar API, month runs.
import './zod-config.js';
import { api } from './api.js';

export { monthFigures } from '../functions/month-run.js';

export { menuGenerateLastMonth, menuHelp, menuInsertExampleLayout, menuInsertPolicySheet, onInstall, onOpen, showSidebar } from './menu.js';

export const getSidebarState = api.getSidebarState;
export const checkData = api.checkData;
export const generateReport = api.generateReport;
export const insertExampleLayout = api.insertExampleLayout;
export const insertPolicySheet = api.insertPolicySheet;
// The month's workflow (src/gas/workflow.ts).
export const approvalStatus = api.approvalStatus;
export const approveMonth = api.approveMonth;
export const unlockMonth = api.unlockMonth;
export const writeStatements = api.writeStatements;
export const fileAppeal = api.fileAppeal;
export const comparePolicy = api.comparePolicy;
export const startReport = api.startReport;
export const continueReport = api.continueReport;
export const listMonthTabs = api.listMonthTabs;
export const removeMonthTabs = api.removeMonthTabs;
