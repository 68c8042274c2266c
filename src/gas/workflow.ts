// The month's workflow in the add-on: statements tab, approve (record + protection) and unlock, appeals from a Details line, what-if.
import { shiftMonth } from '../engine/read/dates.js';
import { getPreset } from '../engine/presets/index.js';
import { runReport } from '../engine/report/report.js';
import { runWorkbook } from '../engine/run.js';
import { allTabNames, tabName } from '../engine/report/tabs.js';
import type { Lang, Report, WorkbookData } from '../engine/types.js';
import { type ApprovalRecord, APPROVALS_SHEET, approvalOf, approvalsTab, readApprovals } from '../engine/workflow/approval.js';
import { monthOverMonth } from '../engine/workflow/change.js';
import { type AgentCompare, comparePolicies, compareTab, compareTabName, draftPolicy, type PolicyCompare } from '../engine/workflow/compare.js';
import { type AgentDiff, diffApproval, diffText } from '../engine/workflow/diff.js';
import { fingerprintRows, rowOwner } from '../engine/workflow/fingerprint.js';
import { statementGrid, statementOf, teamReport, type StatementCell } from '../engine/workflow/statement.js';
import { requireMonth } from './months.js';
import { readWorkbook, toCell } from './read.js';
import { swapIn, writeTabs } from './write.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const fault = (code: string, message: string) => new Error(message, { cause: { code } });
const presetOf = (p: unknown) => (p === undefined || p === null || p === '' ? undefined : String(p));
/** Protections the add-on sets carry this description prefix, so unlocking removes only its own. */
const PROTECTION = 'Callboard approved';
const STATEMENTS = { zh: '工资条', en: 'Statements' } as const;

function sheetValues(sheet: Sheet) {
  return sheet.getDataRange().getValues().map((row) => row.map(toCell));
}

/** The approvals sheet's records (it is not an input sheet, so readWorkbook leaves it out). */
function approvals(ss: Spreadsheet): ApprovalRecord[] {
  const sheet = ss.getSheetByName(APPROVALS_SHEET.zh) ?? ss.getSheetByName(APPROVALS_SHEET.en);
  // The record is text and numbers only: no time zone is needed to read it.
  return sheet ? readApprovals({ timeZone: 'UTC', sheets: [{ name: sheet.getName(), values: sheetValues(sheet) }] }) : [];
}

function compute(wb: WorkbookData, month: string, preset: unknown): Report {
  return runWorkbook(wb, month, presetOf(preset)).report;
}

/** Rewrites the hidden approvals sheet with `records` (or removes it when none is left). */
function writeApprovals(ss: Spreadsheet, records: ApprovalRecord[], lang: Lang): void {
  const names = [APPROVALS_SHEET.zh, APPROVALS_SHEET.en];
  if (records.length === 0) {
    swapIn(ss, [], { retire: names });
    return;
  }
  const tab = approvalsTab(records, lang);
  writeTabs(ss, [tab], { retire: names.filter((n) => n !== tab.name) });
  ss.getSheetByName(tab.name)?.hideSheet();
}

/** The month's generated tabs present in the spreadsheet. */
function monthTabs(ss: Spreadsheet, month: string): Sheet[] {
  const wanted = new Set(allTabNames(month).map((n) => n.toLowerCase()));
  return ss.getSheets().filter((s) => wanted.has(s.getName().toLowerCase()));
}

export interface ApprovalStatus {
  month: string;
  approved: { by: string; at: string; policy: string; version: string } | null;
  /** what changed since approval (null when the month is not approved) */
  diff: { unchanged: boolean; totalDeltaFen: number; agents: AgentDiff[]; unattributed: string[]; text: string[] } | null;
}

/** Whether the month is approved and, if so, what would change now and why. Writes nothing. */
export function approvalStatus(ss: Spreadsheet, month: unknown, preset?: unknown): ApprovalStatus {
  const m = requireMonth(month);
  const wb = readWorkbook(ss);
  const record = approvals(ss).find((r) => r.month === m);
  if (!record) return { month: m, approved: null, diff: null };
  const report = compute(wb, m, preset);
  const d = diffApproval(record, report, fingerprintRows(wb), rowOwner(wb));
  return { month: m, approved: { by: record.by, at: record.at, policy: record.policy, version: record.version },
    diff: { unchanged: d.unchanged, totalDeltaFen: d.totalDeltaFen, agents: d.agents, unattributed: d.unattributed, text: diffText(d, report.language) } };
}

/** Throws { code: 'month-approved' } when the month is approved: Generate report must not replace its tabs. */
export function refuseIfApproved(ss: Spreadsheet, month: unknown): void {
  const m = requireMonth(month);
  if (approvals(ss).some((r) => r.month === m)) throw fault('month-approved', `${m} is approved`);
}

/**
 * Approves the month: records who, when, the policy and the input fingerprints in the hidden approvals sheet, and
 * protects the month's tabs (warning-only: editing them asks for confirmation; no extra scope needed).
 * A month with blocking errors throws { code: 'month-blocked' }.
 */
export function approveMonth(ss: Spreadsheet, month: unknown, by?: unknown, preset?: unknown): { month: string; by: string; at: string; protected: string[] } {
  const m = requireMonth(month);
  const wb = readWorkbook(ss);
  const report = compute(wb, m, preset);
  if (report.blocking) throw fault('month-blocked', `${m} has blocking errors`);
  const who = typeof by === 'string' && by.trim() ? by.trim() : activeUser();
  const at = Utilities.formatDate(new Date(), 'UTC', 'yyyy-MM-dd HH:mm');
  const records = approvals(ss).filter((r) => r.month !== m);
  writeApprovals(ss, [...records, approvalOf(report, fingerprintRows(wb), who, at)], report.language);
  const tabs = monthTabs(ss, m);
  for (const sheet of tabs) {
    removeProtections(sheet, m);
    sheet.protect().setDescription(`${PROTECTION} ${m}: ${who} ${at} UTC`).setWarningOnly(true);
  }
  return { month: m, by: who, at, protected: tabs.map((s) => s.getName()) };
}

/** Unlocks the month: drops its approval record and the add-on's protections of its tabs. */
export function unlockMonth(ss: Spreadsheet, month: unknown): { month: string; unprotected: string[] } {
  const m = requireMonth(month);
  const records = approvals(ss);
  if (records.some((r) => r.month === m)) writeApprovals(ss, records.filter((r) => r.month !== m), langOf(ss));
  const tabs = monthTabs(ss, m).filter((sheet) => removeProtections(sheet, m) > 0);
  return { month: m, unprotected: tabs.map((s) => s.getName()) };
}

function removeProtections(sheet: Sheet, month: string): number {
  let n = 0;
  for (const p of sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)) {
    if (p.getDescription().startsWith(`${PROTECTION} ${month}`)) {
      p.remove();
      n++;
    }
  }
  return n;
}

function activeUser(): string {
  try {
    return Session.getActiveUser().getEmail() || 'unknown';
  } catch {
    return 'unknown';
  }
}

function langOf(ss: Spreadsheet): Lang {
  return ss.getSpreadsheetLocale().toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/**
 * Writes the `工资条 YYYY-MM` / `Statements YYYY-MM` tab: every agent's statement (or one team's), one under the other,
 * two blank rows apart, in one setValues. A month with blocking errors throws { code: 'month-blocked' }.
 */
export function writeStatementsTab(ss: Spreadsheet, month: unknown, preset?: unknown, team?: unknown): { tab: string; agents: number } {
  const m = requireMonth(month);
  const wb = readWorkbook(ss);
  let report = monthOverMonth(wb, compute(wb, m, preset), presetOf(preset));
  if (report.blocking) throw fault('month-blocked', `${m} has blocking errors`);
  if (typeof team === 'string' && team.trim()) report = teamReport(report, team);
  const values: StatementCell[][] = [];
  const formats: string[][] = [];
  const bold: string[] = [];
  for (const e of report.employees) {
    if (values.length > 0) for (let k = 0; k < 2; k++) { values.push(Array(6).fill('')); formats.push(Array(6).fill('@')); }
    const grid = statementGrid(statementOf(report, e));
    for (const r of grid.rows) {
      values.push(r.cells.map((v) => v ?? ''));
      formats.push(r.cells.map((v, c) => (typeof v === 'number' && c === grid.moneyColumn ? '#,##0.00' : typeof v === 'number' ? '0' : '@')));
      if (r.kind !== 'line' && r.kind !== 'note' && r.kind !== 'blank') bold.push(`A${values.length}:F${values.length}`);
    }
  }
  const name = `${STATEMENTS[report.language]} ${m}`;
  const other = `${STATEMENTS[report.language === 'zh' ? 'en' : 'zh']} ${m}`;
  swapIn(ss, [{ name, fill: (sheet) => {
    if (values.length === 0) return;
    if (values.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    // Formats first, so a name like '=1+1' stays text.
    sheet.getRange(1, 1, values.length, 6).setNumberFormats(formats).setValues(values);
    if (bold.length) sheet.getRangeList(bold).setFontWeight('bold');
    [90, 90, 330, 130, 100, 60].forEach((w, c) => sheet.setColumnWidth(c + 1, w));
  } }], { retire: [other] });
  return { tab: name, agents: report.employees.length };
}

/**
 * Files an appeal from a row of the month's Details tab: appends ID, the month it is to be paid in (default the
 * next month), the line (rule, date, source), the reason and status open to the Appeals sheet, creating it with
 * its header when missing. Written as text. A row that is not a Details line throws { code: 'no-details-line' }.
 */
export function fileAppeal(ss: Spreadsheet, month: unknown, detailsRow: unknown, reason: unknown, payMonth?: unknown): { sheet: string; row: number } {
  const m = requireMonth(month);
  const pay = payMonth === undefined || payMonth === null || payMonth === '' ? shiftMonth(m, 1) : requireMonth(payMonth);
  const details = ss.getSheetByName(tabName('details', m, 'zh')) ?? ss.getSheetByName(tabName('details', m, 'en'));
  const r = Number(detailsRow);
  if (!details || !Number.isInteger(r) || r < 2 || r > details.getLastRow()) throw fault('no-details-line', `no Details line ${String(detailsRow)} in ${m}`);
  const [id, , rule, date, , , , source] = details.getRange(r, 1, 1, 9).getValues()[0].map((v) => (v === null || v === undefined ? '' : String(v)));
  if (!id) throw fault('no-details-line', `Details row ${r} has no ID`);
  const zh = details.getName().startsWith('明细');
  let appeals = ss.getSheetByName('申诉') ?? ss.getSheetByName('Appeals');
  if (!appeals) {
    appeals = ss.insertSheet(zh ? '申诉' : 'Appeals');
    appeals.getRange(1, 1, 1, 7).setNumberFormat('@').setValues([zh
      ? ['工号', '月份', '申诉明细', '原因', '状态', '处理结果', '金额']
      : ['ID', 'Month', 'Line', 'Reason', 'Status', 'Resolution', 'Amount']]);
  }
  const row = appeals.getLastRow() + 1;
  const line = [rule, date, source].filter(Boolean).join(' ');
  appeals.getRange(row, 1, 1, 5).setNumberFormat('@').setValues([[id, pay, line, String(reason ?? '').trim(), zh ? '待处理' : 'open']]);
  return { sheet: appeals.getName(), row };
}

export interface CompareResult {
  /** the Compare tab written, or null when the draft has errors */
  tab: string | null;
  issues: { message: string; messageZh: string; cell: string | null }[];
  totals: PolicyCompare['totals'] | null;
  /** the agents, largest change first (at most 50, for the sidebar's table and chart) */
  agents: AgentCompare[];
}

/**
 * What-if: the month under a draft (a sheet of that name read as a Policy sheet, else a preset) beside the real
 * policy; writes the `对比 YYYY-MM` / `Compare YYYY-MM` tab and returns the comparison. The real tabs are not touched.
 */
export function comparePolicy(ss: Spreadsheet, month: unknown, draft: unknown, preset?: unknown): CompareResult {
  const m = requireMonth(month);
  const name = String(draft ?? '').trim();
  const wb = readWorkbook(ss);
  const before = compute(wb, m, preset);
  if (before.blocking) throw fault('month-blocked', `${m} has blocking errors`);
  const sheet = ss.getSheetByName(name);
  const withDraft: WorkbookData = sheet ? { ...wb, sheets: [...wb.sheets, { name: sheet.getName(), values: sheetValues(sheet) }] } : wb;
  const d = draftPolicy(withDraft, name, getPreset);
  if (!d.policy) {
    return { tab: null, issues: d.issues.map((i) => ({ message: i.message, messageZh: i.messageZh, cell: i.cell })), totals: null, agents: [] };
  }
  const cmp = comparePolicies(before, runReport(wb, { month: m, policy: d.policy }));
  const tab = compareTab(cmp, before.language);
  writeTabs(ss, [tab], { retire: [compareTabName(m, before.language === 'zh' ? 'en' : 'zh')] });
  return { tab: tab.name, issues: [], totals: cmp.totals, agents: cmp.agents.slice(0, 50) };
}

