// Check and generate for the add-on: read the spreadsheet, run the engine, write the tabs, summarise.
import { resolvePolicy } from '../engine/policy-sheet/resolve.js';
import { runWorkbook } from '../engine/run.js';
import { liveCallTableStep } from './bigquery.js';
import { summaryData, type SummaryData } from '../engine/summary.js';
import { allTabNames, renderTabs, tabName } from '../engine/tabs.js';
import type { Issue, Report } from '../engine/types.js';
import { cellLink, gidMap } from './links.js';
import { requireMonth } from './months.js';
import { readWorkbook } from './read.js';
import { writeTabs } from './write.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckResult {
  issues: (Issue & { url: string | null })[];
  counts: { errors: number; warnings: number };
}

export interface GenerateResult {
  /** names of the tabs written, in order */
  tabs: string[];
  summary: Omit<SummaryData, 'top'> & { top: { rank: number; id: string; name: string; team: string | null; value: number }[] };
  /** true when the data had blocking errors: only the Issues tab was written */
  blocking: boolean;
}

/**
 * Runs the month with the workbook's Policy sheet when it has one, else the preset (default outbound-center).
 * A Policy sheet with errors gives a report holding only those issues, so nothing but the Issues tab is written.
 */
function run(ss: Spreadsheet, month: unknown, preset?: unknown): Report {
  const m = requireMonth(month);
  const wb = readWorkbook(ss);
  const name = preset === undefined || preset === null || preset === '' ? undefined : String(preset);
  return runWorkbook(wb, m, name, liveCallTableStep(resolvePolicy(wb, name).policy)).report;
}

/** Full URLs that open each issue's cell; one getSheetId per sheet. */
function issueUrls(ss: Spreadsheet, issues: readonly Issue[]): (string | null)[] {
  const sheets = ss.getSheets();
  const gids = gidMap(sheets, sheets.map((s) => s.getName()));
  const base = ss.getUrl().replace(/#.*$/, '');
  return issues.map((issue) => {
    const link = cellLink(issue.cell, gids);
    return link ? base + link : null;
  });
}

/** The month's data problems, each with a link to its cell. Writes nothing. */
export function checkData(ss: Spreadsheet, month: unknown, preset?: unknown): CheckResult {
  const report = run(ss, month, preset);
  const urls = issueUrls(ss, report.issues);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  return {
    issues: report.issues.map((issue, i) => ({ ...issue, url: urls[i] })),
    counts: { errors, warnings: report.issues.length - errors },
  };
}

/**
 * Computes the month and replaces its generated tabs (in either language). With blocking errors only the
 * Issues tab is replaced and the previous Payout, Ranking and Details stay as they were.
 */
export function generateReport(ss: Spreadsheet, month: unknown, preset?: unknown): GenerateResult {
  const report = run(ss, month, preset);
  const tabs = renderTabs(report, report.language);
  const chosen = report.blocking ? tabs.filter((t) => t.role === 'issues') : tabs;
  const written = new Set(chosen.map((t) => t.name.toLowerCase()));
  // A rerun replaces the month's tabs whatever language they were written in, and drops a stale Issues tab.
  const retire = report.blocking
    ? [tabName('issues', report.month, 'en'), tabName('issues', report.month, 'zh')]
    : allTabNames(report.month);
  const names = writeTabs(ss, chosen, { retire: retire.filter((n) => !written.has(n.toLowerCase())) });
  const data = summaryData(report, 5);
  return {
    tabs: names,
    summary: { ...data, top: data.top.map(({ rank, id, name, team, value }) => ({ rank, id, name, team, value })) },
    blocking: report.blocking,
  };
}
