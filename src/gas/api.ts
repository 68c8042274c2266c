// The server API: everything the sidebar may call, each under the document lock, faults turned into user text.
import { getPreset } from '../engine/presets/index.js';
import type { Lang } from '../engine/types.js';
import { toUserError } from './errors.js';
import { insertExampleLayout as layout, type LayoutResult } from './layout.js';
import { withDocumentLock } from './lock.js';
import { writePolicySheet, type PolicySheetResult } from './policy.js';
import { listMonthTabs as listTabs, removeMonthTabs as removeTabs, type MonthTabList, type RemoveResult } from './month-tabs.js';
import {
  checkData as check, continueReport as resume, generateReport as generate, startReport as start,
  type CheckResult, type GenerateResult, type ReportStep,
} from './report.js';
import { langOfLocale, sidebarState, type SidebarState } from './state.js';
import * as workflow from './workflow.js';
import { type CallTableTest, storeCallTable, storedCallTable, testCallTable as testTable } from './bigquery.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function activeSpreadsheet(): Spreadsheet {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  if (!ss) throw new Error('no active spreadsheet', { cause: { code: 'no-spreadsheet' } });
  return ss;
}

/** The sheet language asked for: 'zh' or 'en', else (absent) the spreadsheet's; anything else throws { code: 'bad-lang' }. */
function sheetLang(ss: Spreadsheet, lang: unknown): Lang {
  if (lang === undefined || lang === null || lang === '') return langOfLocale(ss.getSpreadsheetLocale());
  if (lang !== 'zh' && lang !== 'en') throw new Error(`bad language ${JSON.stringify(lang)}`, { cause: { code: 'bad-lang' } });
  return lang;
}

/** Wraps one API function that writes: takes the document lock, and turns any fault into a bilingual user message. */
function serve<A extends unknown[], R>(fn: (ss: Spreadsheet, ...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return withDocumentLock(() => fn(activeSpreadsheet(), ...args));
    } catch (err) {
      throw toUserError(err);
    }
  };
}

/**
 * Wraps one API function that only reads: no lock, so the sidebar opens and checks data while a report is being
 * written (temp sheets are not read; a swap renames sheets the reader does not read).
 */
function serveRead<A extends unknown[], R>(fn: (ss: Spreadsheet, ...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return fn(activeSpreadsheet(), ...args);
    } catch (err) {
      throw toUserError(err);
    }
  };
}

export const api = {
  /** Opening state: default month (the latest with data), months with data, policy, presets, language, a report under way. */
  getSidebarState: serveRead((ss): SidebarState => sidebarState(ss)),
  /** The month's data problems with links to their cells, and what each tab was read as; writes nothing, no lock. */
  checkData: serveRead((ss, month: string, preset?: string): CheckResult => check(ss, month, preset)),
  /**
   * The whole report in one execution (the menu's command): the tabs' names and the summary, or for a blocked run
   * only the Issues tab and the issues. Too large for one execution: { code: 'report-continues' }.
   */
  generateReport: serve((ss, month: string, preset?: string): GenerateResult => {
    workflow.refuseIfApproved(ss, month); // an approved month is locked (docs/workflow.md)
    return generate(ss, month, preset);
  }),
  /** Starts a report job and does what fits in this execution; returns its progress (and result when done). */
  startReport: serve((ss, month: string, preset?: string): ReportStep => {
    workflow.refuseIfApproved(ss, month);
    return start(ss, month, preset);
  }),
  /** Continues a report job in a new execution, after a step that ran out of time or an execution Google killed. */
  continueReport: serve((ss, jobId: string): ReportStep => resume(ss, jobId)),
  /** Months with generated tabs, their cells, and the spreadsheet's cells against the 10,000,000 limit; no lock. */
  listMonthTabs: serveRead((ss): MonthTabList => listTabs(ss)),
  /** Removes the generated tabs of `months`; with `archive` copies them to a new spreadsheet in Drive first. */
  removeMonthTabs: serve((ss, months: string[], archive?: boolean | null): RemoveResult => removeTabs(ss, months, archive === true)),
  /** Creates the missing source sheets with header rows in the spreadsheet's language. */
  insertExampleLayout: serve((ss): LayoutResult => layout(ss, langOfLocale(ss.getSpreadsheetLocale()))),
  /**
   * Writes the preset as the Policy sheet (规则 / Policy by `lang`, default the spreadsheet's language). Refuses
   * with { code: 'policy-exists' } when the spreadsheet has one, unless `options.replace`: then swaps it out whole.
   */
  insertPolicySheet: serve((ss, preset: string, lang?: Lang | null, options?: { replace?: boolean } | null): PolicySheetResult => {
    const policy = getPreset(String(preset));
    return writePolicySheet(ss, policy, sheetLang(ss, lang), options?.replace === true, String(preset));
  }),
  // The month's workflow (docs/workflow.md).
  /** Whether the month is approved, and what would change now and why (the diff). Writes nothing. */
  approvalStatus: serve((ss, month: string, preset?: string): workflow.ApprovalStatus => workflow.approvalStatus(ss, month, preset)),
  /** Approves the month: the record in the hidden approvals sheet, warning protection on its tabs. */
  approveMonth: serve((ss, month: string, by?: string, preset?: string) => workflow.approveMonth(ss, month, by, preset)),
  /** Drops the month's approval and the add-on's protection of its tabs. */
  unlockMonth: serve((ss, month: string) => workflow.unlockMonth(ss, month)),
  /** Writes the Statements tab: every agent's statement (or one team's), one under the other. */
  writeStatements: serve((ss, month: string, preset?: string, team?: string) => workflow.writeStatementsTab(ss, month, preset, team)),
  /** Appends an open appeal for a row of the month's Details tab to the Appeals sheet (paid by default next month). */
  fileAppeal: serve((ss, month: string, detailsRow: number, reason: string, payMonth?: string) => workflow.fileAppeal(ss, month, detailsRow, reason, payMonth)),
  /** What-if: the month under a draft Policy sheet or a preset; writes the Compare tab and returns the comparison. */
  comparePolicy: serve((ss, month: string, draft: string, preset?: string): workflow.CompareResult => workflow.comparePolicy(ss, month, draft, preset)),
  /** The BigQuery table of call records read in place of the Calls sheet (document property), or null. */
  getCallTable: serve((): { table: string | null } => ({ table: storedCallTable() })),
  /** Sets the call-records table ('project.dataset.table'; { code: 'bad-call-table' } otherwise), or clears it with null / ''. */
  setCallTable: serve((_ss, table: string | null): { table: string | null } => ({ table: storeCallTable(table === null ? null : String(table)) })),
  /** Dry-runs the table (given, or the one set): columns read as what, missing ones, bytes a report scans. Asks for the BigQuery scope. */
  testCallTable: serve((_ss, table?: string | null): CallTableTest => testTable(table ?? null)),
};

/** The sidebar's typed client is generated against this type (sidebar/client.ts). */
export type ServerApi = typeof api;

/** Names of the API functions, which the build exposes as globals for google.script.run. */
export const API_NAMES = Object.keys(api) as (keyof ServerApi)[];
