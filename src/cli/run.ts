// The offline run: read the .xlsx, compute the month, write the report workbook and JSON, print what matters.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { getPreset } from '../engine/presets/index.js';
import { runReport } from '../engine/report.js';
import { toJsonText } from '../engine/json.js';
import { issueLine, summarize } from '../engine/summary.js';
import { renderTabs } from '../engine/tabs.js';
import type { Report } from '../engine/types.js';
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

const POLICY_SHEETS = new Set(['policy', '政策', '考核政策']);

/** Runs the report for parsed arguments; user faults throw with a cause code, data faults give exit 1. */
export async function runCli(args: CliArgs, io: Output): Promise<RunResult> {
  const policy = getPreset(args.preset);
  if (!existsSync(args.input)) {
    throw new Error(`workbook not found: ${args.input}`, { cause: { code: 'missing-file' } });
  }
  assertNotInput(args.input, args.out);
  if (args.json) assertNotInput(args.input, args.json);
  const book = await loadWorkbook(args.input);
  const data = toWorkbookData(book);
  if (data.sheets.some((s) => POLICY_SHEETS.has(s.name.trim().toLowerCase()))) {
    io.err(`note: the Policy sheet is not read by the offline runner yet; using preset ${args.preset}`);
  }
  const report = runReport(data, { month: args.month, policy });
  const generatedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  const tabs = renderTabs(report, report.language, { generatedAt: `generated ${generatedAt} UTC` });
  await writeReport(args.input, args.out, tabs, book);
  if (args.json) await writeFile(args.json, toJsonText(report), 'utf8');

  io.out(summarize(report));
  const wrote = report.language === 'zh' ? '已写入' : 'Wrote';
  for (const file of [args.out, args.json]) if (file) io.out(`${wrote} ${file}`);
  const errors = report.issues.filter((i) => i.severity === 'error');
  for (const issue of errors) io.err(`error: ${issueLine(issue, 'en')}`);
  return { report, exit: report.blocking ? EXIT_DATA : EXIT_OK, out: args.out, json: args.json };
}
