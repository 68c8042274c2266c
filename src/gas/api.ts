// The server API: everything the sidebar may call, each under the document lock, faults turned into user text.
import { getPreset } from '../engine/presets/index.js';
import type { Lang } from '../engine/types.js';
import { toUserError } from './errors.js';
import { insertExampleLayout as layout, type LayoutResult } from './layout.js';
import { withDocumentLock } from './lock.js';
import { writePolicySheet, type PolicySheetResult } from './policy.js';
import { checkData as check, generateReport as generate, type CheckResult, type GenerateResult } from './report.js';
import { langOfLocale, sidebarState, type SidebarState } from './state.js';
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

/** Wraps one API function: takes the document lock, and turns any fault into a bilingual user message. */
function serve<A extends unknown[], R>(fn: (ss: Spreadsheet, ...args: A) => R): (...args: A) => R {
  return (...args: A) => {
    try {
      return withDocumentLock(() => fn(activeSpreadsheet(), ...args));
    } catch (err) {
      throw toUserError(err);
    }
  };
}

export const api = {
  /** Opening state: default month (last month in the spreadsheet's zone), months with data, policy, presets, language. */
  getSidebarState: serve((ss): SidebarState => sidebarState(ss)),
  /** The month's data problems with links to their cells; writes nothing. */
  checkData: serve((ss, month: string, preset?: string): CheckResult => check(ss, month, preset)),
  /** Computes the month and swaps in its tabs; returns their names, the summary and whether errors blocked it. */
  generateReport: serve((ss, month: string, preset?: string): GenerateResult => generate(ss, month, preset)),
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
