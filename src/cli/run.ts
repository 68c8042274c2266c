// The offline run: read the .xlsx, compute the month, write the report workbook and JSON, print what matters.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { toJsonText } from '../engine/json.js';
import { getPreset } from '../engine/presets/index.js';
import { runWorkbook } from '../engine/run.js';
import { issueLine, summarize } from '../engine/summary.js';
import { allTabNames, renderTabs } from '../engine/tabs.js';
import type { Report, WorkbookData } from '../engine/types.js';
import { loadWorkbook, toWorkbookData } from '../xlsx/read.js';
import { assertNotInput, writeReport } from '../xlsx/write.js';
import type { CliArgs } from './args.js';
import { EXIT_DATA, EXIT_OK } from './errors.js';

export interface RunResult {
  report: Report;
  exit: number;
  out: string;
  json: string | null;
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The month's report, or — when the Policy sheet is broken — a report holding only the sheet's issues. */
function compute(data: WorkbookData, args: CliArgs, io: Output): { report: Report; noPolicy: boolean } {
  const { report, resolved } = runWorkbook(data, args.month, args.preset);
  if (resolved.source === 'sheet') io.out(`Policy: sheet "${resolved.sheetName}"${resolved.policy ? ` v${resolved.policy.version}` : ''}`);
  return { report, noPolicy: resolved.policy === null };
}

/** Runs the report for parsed arguments; user faults throw with a cause code, data faults give exit 1. */
export async function runCli(args: CliArgs, io: Output): Promise<RunResult> {
  getPreset(args.preset); // an unknown --preset is a usage error even when a Policy sheet makes it moot
  if (!existsSync(args.input)) {
    throw new Error(`workbook not found: ${args.input}`, { cause: { code: 'missing-file' } });
  }
  assertNotInput(args.input, args.out);
  if (args.json) assertNotInput(args.input, args.json);
  const book = await loadWorkbook(args.input);
  const { report, noPolicy } = compute(toWorkbookData(book), args, io);
  const generatedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  let tabs = renderTabs(report, report.language, { generatedAt: `generated ${generatedAt} UTC` });
  if (noPolicy) tabs = tabs.filter((t) => t.role === 'issues');
  // A month's earlier tabs go whatever their language, so no stale Issues tab survives a clean rerun.
  await writeReport(args.input, args.out, tabs, { retire: allTabNames(args.month) });
  if (args.json) await writeFile(args.json, toJsonText(report), 'utf8');

  io.out(summarize(report));
  const wrote = report.language === 'zh' ? '已写入' : 'Wrote';
  for (const file of [args.out, args.json]) if (file) io.out(`${wrote} ${file}`);
  for (const issue of report.issues) if (issue.severity === 'error') io.err(`error: ${issueLine(issue, 'en')}`);
  return { report, exit: report.blocking ? EXIT_DATA : EXIT_OK, out: args.out, json: args.json };
}
