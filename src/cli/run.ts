// The offline run: read the inputs, compute the month, write the report workbook and JSON, print what matters.
import { toJsonText } from '../engine/report/json.js';
import { getPreset } from '../engine/presets/index.js';
import { runWorkbook } from '../engine/run.js';
import { issueLine, summarize } from '../engine/report/summary.js';
import { allTabNames, renderTabs } from '../engine/report/tabs.js';
import { CELL_TEXT_LIMIT, cutLongText } from '../engine/report/text-limit.js';
import type { Lang, Report, SourceData, WorkbookData } from '../engine/types.js';
import { openPackage } from '../xlsx/package.js';
import { writeReport } from '../xlsx/write.js';
import type { CliArgs } from './args.js';
import { EXIT_DATA, EXIT_OK } from './errors.js';
import { loadInputs, packageLanguage } from './inputs.js';
import { LINES } from './messages.js';
import { checkOutput, writeTextFile } from './output.js';
import { approvalStep } from './approve.js';
import { compareStep } from './compare.js';
import { statementsStep, workflowReport } from './statements.js';

export interface RunResult {
  report: Report;
  exit: number;
  out: string;
  json: string | null;
}

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
  /** the workbook's language once known, for the messages of a later failure */
  lang?: Lang;
}

/** The month's report, or — when the Policy sheet is broken — a report holding only the sheet's issues. */
function compute(data: WorkbookData, args: CliArgs, io: Output, calls?: (src: SourceData) => SourceData): { report: Report; noPolicy: boolean } {
  const { report, resolved } = runWorkbook(data, args.month, args.preset, { sources: calls });
  if (resolved.source === 'sheet') io.out(`Policy: sheet "${resolved.sheetName}"${resolved.policy ? ` v${resolved.policy.version}` : ''}`);
  return { report, noPolicy: resolved.policy === null };
}

/**
 * Runs the report for parsed arguments; user faults throw with a cause code, data faults give exit 1.
 * A blocked run (blocking issues) pays no one: it prints the issues and no totals, `--out` gets only the
 * Issues tab (a month's earlier tabs are removed), and the JSON keeps the figures with "blocking": true.
 */
export async function runCli(args: CliArgs, io: Output): Promise<RunResult> {
  getPreset(args.preset); // an unknown --preset is a usage error even when a Policy sheet makes it moot
  const inputs = [args.input, ...(args.extras ?? [])];
  const pkg = openPackage(args.input);
  io.lang = packageLanguage(pkg);
  checkOutput(args.out, '--out', inputs);
  if (args.json) checkOutput(args.json, '--json', inputs);

  const loaded = await loadInputs(pkg, args.extras ?? []);
  io.lang = loaded.lang;
  for (const note of loaded.notes) io.out(note);
  // DuckDB is loaded only for --calls.
  const calls = args.calls ? await (await import('../duckdb/cli.js')).callFilesStep(args.calls, loaded.data, args.preset) : undefined;
  const computed = compute(loaded.data, args, io, calls);
  const { noPolicy } = computed;
  // The month's workflow (docs/workflow.md): a team's view, the approval and its diff, a what-if under a draft policy.
  const report = workflowReport(loaded.data, computed.report, args);
  const approval = await approvalStep(loaded.data, computed.report, report, args, io);
  if (approval.exit !== null) return { report, exit: approval.exit, out: args.out, json: args.json };
  const whatIf = compareStep(loaded.data, computed.report, args, io);
  const lang = report.language;
  io.lang = lang;
  const blocked = report.blocking || noPolicy;
  const generatedAt = new Date().toISOString().slice(0, 16).replace('T', ' ');
  // Text past Excel's cell limit is cut in the tabs, each cut a warning on the Issues tab; the JSON keeps it whole.
  let tabs = renderTabs(cutLongText(report, CELL_TEXT_LIMIT.xlsx), lang, { generatedAt: `generated ${generatedAt} UTC` });
  if (blocked) tabs = tabs.filter((t) => t.role === 'issues');
  else tabs.push(...whatIf.tabs);
  tabs.push(...approval.tabs);
  // A month's earlier tabs go whatever their language: no stale Payout survives a blocked rerun, no stale Issues a clean one.
  const retire = [...allTabNames(args.month), ...approval.retire];
  const written = await writeReport(args.input, args.out, tabs, { pkg: loaded.pkg, retire });
  if (args.json) await writeTextFile(args.json, whatIf.json(toJsonText(report)));
  if (!blocked) await statementsStep(report, args, io);

  const errors = report.issues.filter((i) => i.severity === 'error');
  if (blocked) {
    io.out(`${report.month} · ${report.policy} v${report.policyVersion}`);
    io.out(LINES.blocked[lang](errors.length));
    io.out(LINES.blockedOut[lang]);
  } else {
    io.out(summarize(report));
  }
  for (const t of written.truncated) io.err(LINES.truncated[lang](`${t.tab}!${t.cell}`, t.length));
  for (const file of [args.out, args.json]) if (file) io.out(`${LINES.wrote[lang]} ${file}`);
  for (const issue of errors) io.err(`${lang === 'zh' ? '错误' : 'error'}: ${issueLine(issue, lang)}`);
  return { report, exit: blocked ? EXIT_DATA : EXIT_OK, out: args.out, json: args.json };
}
