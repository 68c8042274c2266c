// Command-line arguments of the offline runner: one table of options, checked by hand; usage faults throw { code: 'usage' }.
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_PRESET } from '../engine/presets/index.js';
import type { Lang } from '../engine/types.js';

interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  /** argument name and help text for USAGE */
  arg?: string;
  help: string;
}

/** Every option of `npm run report`, in the order USAGE shows them. Add new options here. */
export const OPTIONS = {
  month: { type: 'string', arg: 'YYYY-MM', help: 'month to compute (required)' },
  preset: { type: 'string', arg: 'NAME', help: `policy preset when the workbook has no Policy sheet (default ${DEFAULT_PRESET})` },
  out: { type: 'string', arg: 'FILE', help: 'report workbook to write (default <workbook>-report-YYYY-MM.xlsx beside the input):\n'
    + 'the input workbook with the generated tabs added; the input is never modified' },
  json: { type: 'string', arg: 'FILE', help: 'also write the report as JSON (never the same file as --out)' },
  'init-policy': { type: 'boolean', help: 'write a copy of the workbook (or a new one) with the preset as an editable Policy sheet\n'
    + '(default --out <workbook>-policy.xlsx)' },
  lang: { type: 'string', arg: 'zh|en', help: 'language of that Policy sheet (default: Chinese when the workbook\'s sheets are)' },
  calls: { type: 'string', arg: 'GLOB', help: "call records in files (.csv, tab-separated .txt, .parquet; e.g. 'cdr/*.csv'), aggregated\n"
    + 'by DuckDB in place of the Calls sheet (docs/call-records.md)' },
  statements: { type: 'string', arg: 'DIR', help: 'also write one printable pay statement (.xlsx, one A4 page) per agent into DIR' },
  team: { type: 'string', arg: 'NAME', help: "a team lead's view: statements and the Payout tab of that team only" },
  approve: { type: 'boolean', help: 'approve the month: record who, when, the policy and a fingerprint of every input row\n'
    + 'in the report workbook (hidden sheet "Callboard approvals"); an approved month is not\n'
    + 'regenerated (exit 2, with what changed since) unless --unlock' },
  by: { type: 'string', arg: 'NAME', help: 'who approves (default: the user logged in)' },
  unlock: { type: 'boolean', help: 'regenerate an approved month (the approval is dropped unless --approve is given again)' },
  'compare-policy': { type: 'string', arg: 'SHEET_OR_PRESET', help: 'what-if: also run the month under a draft Policy sheet (e.g. "Policy draft") or a\n'
    + 'preset, and write a Compare tab and a "compare" object in the JSON (docs/workflow.md)' },
  help: { type: 'boolean', short: 'h', help: 'show this text' },
} satisfies Record<string, OptionSpec>;

function optionLines(): string {
  return Object.entries(OPTIONS as Record<string, OptionSpec>).map(([name, o]) => {
    const head = `  --${name}${o.arg ? ` ${o.arg}` : ''}`;
    const [first, ...rest] = o.help.split('\n');
    return [`${head.padEnd(20)}${first}`, ...rest.map((l) => `${' '.repeat(20)}${l}`)].join('\n');
  }).join('\n');
}

export const USAGE = `Usage: npm run report -- <workbook.xlsx> [more inputs…] --month YYYY-MM [--preset NAME] [--out FILE] [--json FILE]
       npm run report -- [<workbook.xlsx>] --init-policy [--preset NAME] [--lang zh|en] [--out FILE]

  The first .xlsx is the workbook; further inputs are exports read as extra tabs: .xlsx (each of its tabs),
  .csv or tab-separated .txt (one tab named after the file), in UTF-8 or GB18030.

${optionLines()}

Exit status: 0 success; 1 blocking data errors (nothing payable is written: --out holds only the Issues tab);
2 usage error, unreadable input or unwritable output; 3 internal error.`;

export interface CliArgs {
  /** the workbook (first input) */
  input: string;
  /** further inputs: exports as .xlsx, .csv or .txt */
  extras?: string[];
  month: string;
  preset: string;
  out: string;
  json: string | null;
  help: boolean;
  initPolicy?: boolean;
  lang?: Lang | null;
  /** --calls: glob of call-record files */
  calls?: string | null;
  /** the month's workflow (docs/workflow.md) */
  statements?: string | null;
  team?: string | null;
  approve?: boolean;
  by?: string | null;
  unlock?: boolean;
  comparePolicy?: string | null;
}

const usage = (message: string, code = 'usage', vars: Record<string, string> = {}) => new Error(message, { cause: { code, ...vars } });

/** Default report path: 'data/team.xlsx' → 'data/team-report-2026-10.xlsx'. */
export function defaultOut(input: string, month: string): string {
  return `${input.replace(/\.xlsx$/i, '')}-report-${month}.xlsx`;
}

/** What kind of input a file is, by its extension: a workbook or a text export. */
export function inputKind(file: string): 'xlsx' | 'text' | null {
  const ext = extname(file).toLowerCase();
  if (ext === '.xlsx' || ext === '.xlsm' || ext === '.xls' || ext === '.xlsb') return 'xlsx';
  if (ext === '.csv' || ext === '.txt' || ext === '.tsv') return 'text';
  return null;
}

function parse(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, strict: true, options: OPTIONS });
  } catch (err) {
    throw usage((err as Error).message);
  }
}

/** Parses argv (without node and the script); throws { code: 'usage' | 'bad-month' | 'same-output' } on a fault. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parse(argv);
  if (values.help) return { input: '', month: '', preset: '', out: '', json: null, help: true };
  for (const name of ['month', 'preset', 'out', 'json', 'lang', 'calls', 'statements', 'team', 'by', 'compare-policy'] as const) {
    const v = values[name];
    if (v !== undefined && v.trim() === '') throw usage(`--${name} needs a value`);
  }
  const input = positionals[0] ?? '';
  const preset = values.preset ?? DEFAULT_PRESET;
  if (values['init-policy']) {
    if (positionals.length > 1) throw usage(`--init-policy takes one workbook, got ${positionals.join(' ')}`);
    if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw usage(`--lang "${values.lang}" is not zh or en`);
    if (values.month !== undefined || values.json !== undefined) throw usage('--init-policy takes no --month or --json');
    if (!input && !values.out) throw usage('--init-policy without a workbook needs --out FILE');
    const out = values.out ?? `${input.replace(/\.xlsx$/i, '')}-policy.xlsx`;
    return { input, month: '', preset, out, json: null, help: false, initPolicy: true, lang: (values.lang as Lang | undefined) ?? null };
  }
  if (values.lang !== undefined) throw usage('--lang goes with --init-policy; the report follows the policy and workbook');
  if (!input) throw usage('missing the workbook file');
  if (inputKind(input) === 'text') throw usage(`the first input must be the .xlsx workbook, not ${input}`);
  const extras = positionals.slice(1);
  for (const file of extras) {
    if (inputKind(file) === null) throw usage(`cannot tell what ${file} is: give .xlsx, .csv or .txt files`, 'usage', { file });
  }
  const month = values.month;
  if (month === undefined) throw usage('missing --month YYYY-MM');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usage(`--month "${month}" is not a month like 2026-10`, 'bad-month', { month });
  const out = values.out ?? defaultOut(input, month);
  const json = values.json ?? null;
  if (json !== null && json === out) throw usage(`--json and --out name the same file ${out}`, 'same-output', { file: out });
  if (values.by !== undefined && !values.approve) throw usage('--by goes with --approve');
  // The further options appear only when given, so a plain run's arguments stay as they were.
  const more = { calls: values.calls, statements: values.statements, team: values.team, approve: values.approve, by: values.by,
    unlock: values.unlock, comparePolicy: values['compare-policy'] };
  return { input, extras, month, preset, out, json, help: false,
    ...Object.fromEntries(Object.entries(more).filter(([, v]) => v !== undefined)) };
}
