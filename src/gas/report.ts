// Check and generate for the add-on: read, run the engine, then write the tabs as a job that may span executions.
import { resolvePolicy } from '../engine/read/policy-sheet/resolve.js';
import { runWorkbook } from '../engine/run.js';
import { monthOverMonth } from '../engine/workflow/change.js';
import { liveCallTableStep } from './bigquery.js';
import { summaryData, type SummaryData } from '../engine/report/summary.js';
import { allTabNames, renderTabs, tabName, type TabSpec } from '../engine/report/tabs.js';
import { CELL_TEXT_LIMIT, cutLongText } from '../engine/report/text-limit.js';
import type { Issue, Report, SourceInfo } from '../engine/types.js';
import { fault } from './errors.js';
import { entryOf, newJournal, stepJob, type JobProgress } from './job.js';
import { loadLastJob, saveJournal } from './journal.js';
import { assertFits } from './limits.js';
import { cellLink, gidMap } from './links.js';
import { dataMonths, requireMonth } from './months.js';
import { readWorkbook } from './read.js';
import { deadlineFrom, runtime } from './runtime.js';
import { recover, rollBack } from './swap.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface CheckResult {
  issues: (Issue & { url: string | null })[];
  counts: { errors: number; warnings: number };
  /** every tab read as a source: what it was read as, rows, people, dates */
  sources: SourceInfo[];
}

export type Summary = Omit<SummaryData, 'top'> & { top: { rank: number; id: string; name: string; team: string | null; value: number }[] };

export interface GenerateResult {
  /** names of the tabs written, in order */
  tabs: string[];
  /** true when the data had blocking errors: only the Issues tab was written */
  blocking: boolean;
  /** totals, top and flags; null for a blocked run, which shows nothing that could be taken for a payroll */
  summary: Summary | null;
  /** for a blocked run: its issues with links to their cells (what the sidebar lists instead of a summary) */
  issues: CheckResult | null;
}

/** One step of a report job: where it stands, and the result once done. */
export interface ReportStep extends JobProgress {
  result: GenerateResult | null;
}

interface MonthRun {
  month: string;
  preset: string;
  report: Report;
  /** the tabs to write: all four, or only Issues when blocked */
  tabs: TabSpec[];
  /** names the swap removes besides the tabs written */
  retire: string[];
}

/**
 * Reads the workbook and runs the month with its Policy sheet when it has one, else the preset. A month with no
 * Attendance, Calls or KPI rows is refused ({ code: 'no-data-month' }) rather than giving a payroll of nothing.
 */
function runMonth(ss: Spreadsheet, month: unknown, preset: unknown, requireData: boolean): MonthRun {
  const m = requireMonth(month);
  const p = preset === undefined || preset === null || preset === '' ? '' : String(preset);
  const wb = readWorkbook(ss);
  if (requireData) {
    const months = dataMonths(wb);
    if (!months.includes(m)) throw fault('no-data-month', `no data for ${m}`, { month: m, months });
  }
  const name = p === '' ? undefined : p;
  // With each agent's change from the previous month (workflow/change.ts), as the offline runner shows it.
  const report = monthOverMonth(wb, runWorkbook(wb, m, name, { sources: liveCallTableStep(resolvePolicy(wb, name).policy) }).report, name);
  // Text past Sheets' cell limit is cut (each cut a warning on the Issues tab), so no write fails half-way.
  const all = renderTabs(cutLongText(report, CELL_TEXT_LIMIT.sheets), report.language);
  const tabs = report.blocking ? all.filter((t) => t.role === 'issues') : all;
  const written = new Set(tabs.map((t) => t.name.toLowerCase()));
  // A rerun replaces the month's tabs whatever language they were written in, and drops a stale Issues tab.
  const retire = (report.blocking ? [tabName('issues', m, 'en'), tabName('issues', m, 'zh')] : allTabNames(m))
    .filter((n) => !written.has(n.toLowerCase()));
  return { month: m, preset: p, report, tabs, retire };
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

function checkOf(ss: Spreadsheet, report: Report): CheckResult {
  const urls = issueUrls(ss, report.issues);
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  return {
    issues: report.issues.map((issue, i) => ({ ...issue, url: urls[i] })),
    counts: { errors, warnings: report.issues.length - errors },
    sources: report.sources ?? [],
  };
}

/** The month's data problems, each with a link to its cell, and what each tab was read as. Writes nothing, takes no lock. */
export function checkData(ss: Spreadsheet, month: unknown, preset?: unknown): CheckResult {
  return checkOf(ss, runMonth(ss, month, preset, false).report);
}

function resultOf(ss: Spreadsheet, run: MonthRun, tabs: string[]): GenerateResult {
  if (run.report.blocking) return { tabs, blocking: true, summary: null, issues: checkOf(ss, run.report) };
  const data = summaryData(run.report, 5);
  return {
    tabs,
    blocking: false,
    summary: { ...data, top: data.top.map(({ rank, id, name, team, value }) => ({ rank, id, name, team, value })) },
    issues: null,
  };
}

function stepOf(ss: Spreadsheet, progress: JobProgress, run: MonthRun): ReportStep {
  return { ...progress, result: progress.done ? resultOf(ss, run, progress.tabs) : null };
}

/**
 * Starts a report: finishes or undoes any interrupted write, computes the month, refuses one that would not fit
 * the spreadsheet, then writes as much as fits in this execution's budget. Blocked: only the Issues tab is
 * written, the last good Payout, Ranking and Details stay. Continue with continueReport(jobId) until done.
 */
export function startReport(ss: Spreadsheet, month: unknown, preset?: unknown): ReportStep {
  const started = runtime.now();
  recover(ss);
  const run = runMonth(ss, month, preset, true);
  assertFits(ss, run.tabs);
  const j = newJournal(ss, run.month, run.preset, run.tabs.map(entryOf), run.retire, run.report.blocking);
  saveJournal(j);
  return stepOf(ss, stepJob(ss, j, run.tabs, deadlineFrom(started)), run);
}

/**
 * Continues job `jobId` in a new execution: the month is computed again (same data, same tabs, checked by their
 * hashes) and writing resumes where the journal stands. Data changed meanwhile: the job is undone
 * ({ code: 'inputs-changed' }). A job already finished answers done again; an unknown one { code: 'job-unknown' }.
 */
export function continueReport(ss: Spreadsheet, jobId: unknown): ReportStep {
  const started = runtime.now();
  const id = String(jobId);
  const j = recover(ss, { resume: id });
  if (!j) {
    const last = loadLastJob();
    if (!last || last.jobId !== id) throw fault('job-unknown', `no job ${id}`);
    const run = runMonth(ss, last.month, '', false);
    return { jobId: id, month: last.month, phase: 'done', done: true, rowsWritten: 0, rowsTotal: 0, tabsDone: last.tabs.length, tabsTotal: last.tabs.length, tabs: last.tabs, result: resultOf(ss, run, last.tabs) };
  }
  const run = runMonth(ss, j.month, j.preset, false);
  const same = run.tabs.length === j.tabs.length && run.tabs.every((t, i) => {
    const e = entryOf(t);
    return e.name === j.tabs[i].name && e.rows === j.tabs[i].rows && e.hash === j.tabs[i].hash;
  });
  if (!same) {
    rollBack(ss, j);
    throw fault('inputs-changed', `data changed under job ${id}`);
  }
  return stepOf(ss, stepJob(ss, j, run.tabs, deadlineFrom(started)), run);
}

/**
 * The whole report in one execution (the menu's command): as startReport, and when it does not finish within the
 * budget the progress is kept and { code: 'report-continues' } asks the user to finish it from the sidebar.
 */
export function generateReport(ss: Spreadsheet, month: unknown, preset?: unknown): GenerateResult {
  const step = startReport(ss, month, preset);
  if (!step.result) throw fault('report-continues', `job ${step.jobId} continues`, { jobId: step.jobId });
  return step.result;
}

