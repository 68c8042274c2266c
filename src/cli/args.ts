// Command-line arguments of the offline runner, checked by hand: usage faults throw { code: 'usage' }.
import { parseArgs } from 'node:util';
import { DEFAULT_PRESET } from '../engine/presets/index.js';
import type { Lang } from '../engine/types.js';

export const USAGE = `Usage: npm run report -- <workbook.xlsx> --month YYYY-MM [--preset NAME] [--out FILE] [--json FILE]
       npm run report -- [<workbook.xlsx>] --init-policy [--preset NAME] [--lang zh|en] [--out FILE]

  --month YYYY-MM   month to compute (required)
  --preset NAME     policy preset when the workbook has no Policy sheet (default ${DEFAULT_PRESET})
  --out FILE        report workbook to write (default <workbook>-report-YYYY-MM.xlsx beside the input);
                    a copy of the input with the generated tabs; the input is never modified
  --json FILE       also write the report as JSON
  --calls GLOB      call records in files (.csv, tab-separated .txt, .parquet; e.g. 'cdr/*.csv'), aggregated
                    by DuckDB in place of the Calls sheet
  --init-policy     write a copy of the workbook (or a new one) with the preset as an editable Policy sheet
                    (default --out <workbook>-policy.xlsx)
  --lang zh|en      language of that Policy sheet (default: Chinese when the workbook's sheets are)
  --statements DIR  also write one printable pay statement (.xlsx, one A4 page) per agent into DIR
  --team NAME       a team lead's view: statements and the Payout tab of that team only
  --approve         approve the month: record who, when, the policy and a fingerprint of every input row
                    in the report workbook (hidden sheet "Callboard approvals"); an approved month is not
                    regenerated (exit 2, with what changed since) unless --unlock
  --by NAME         who approves (default: the user logged in)
  --unlock          regenerate an approved month (the approval is dropped unless --approve is given again)
  --compare-policy SHEET_OR_PRESET
                    what-if: also run the month under a draft Policy sheet (e.g. "Policy draft") or a preset,
                    and write a Compare tab and a "compare" object in the JSON
  --help            show this text

Exit status: 0 success, 1 the data has blocking errors (report still written), 2 usage error.`;

export interface CliArgs {
  input: string;
  month: string;
  preset: string;
  out: string;
  json: string | null;
  help: boolean;
  initPolicy?: boolean;
  lang?: Lang | null;
  /** the month's workflow (docs/workflow.md) */
  statements?: string | null;
  team?: string | null;
  approve?: boolean;
  by?: string | null;
  unlock?: boolean;
  comparePolicy?: string | null;
  /** --calls: glob of call-record files */
  calls?: string | null;
}

const usage = (message: string, code = 'usage') => new Error(message, { cause: { code } });

/** Default report path: 'data/team.xlsx' → 'data/team-report-2026-10.xlsx'. */
export function defaultOut(input: string, month: string): string {
  return `${input.replace(/\.xlsx$/i, '')}-report-${month}.xlsx`;
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        month: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'string' },
        calls: { type: 'string' },
        'init-policy': { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        statements: { type: 'string' }, team: { type: 'string' }, approve: { type: 'boolean' }, by: { type: 'string' },
        unlock: { type: 'boolean' }, 'compare-policy': { type: 'string' },
      },
    });
  } catch (err) {
    throw usage((err as Error).message);
  }
}

/** Parses argv (without node and the script); throws { code: 'usage' | 'bad-month' } on a fault. */
export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parse(argv);
  if (values.help) return { input: '', month: '', preset: '', out: '', json: null, help: true };
  for (const name of ['month', 'preset', 'out', 'json', 'lang', 'statements', 'team', 'by', 'compare-policy', 'calls'] as const) {
    const v = values[name];
    if (v !== undefined && v.trim() === '') throw usage(`--${name} needs a value`);
  }
  if (positionals.length > 1) throw usage(`one workbook expected, got ${positionals.join(' ')}`);
  const input = positionals[0] ?? '';
  const preset = values.preset ?? DEFAULT_PRESET;
  if (values['init-policy']) {
    if (values.lang !== undefined && values.lang !== 'zh' && values.lang !== 'en') throw usage(`--lang "${values.lang}" is not zh or en`);
    if (values.month !== undefined || values.json !== undefined) throw usage('--init-policy takes no --month or --json');
    if (!input && !values.out) throw usage('--init-policy without a workbook needs --out FILE');
    const out = values.out ?? `${input.replace(/\.xlsx$/i, '')}-policy.xlsx`;
    return { input, month: '', preset, out, json: null, help: false, initPolicy: true, lang: (values.lang as Lang | undefined) ?? null };
  }
  if (values.lang !== undefined) throw usage('--lang goes with --init-policy; the report follows the policy and workbook');
  if (!input) throw usage('missing the workbook file');
  const month = values.month;
  if (month === undefined) throw usage('missing --month YYYY-MM');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usage(`--month "${month}" is not a month like 2026-10`, 'bad-month');
  if (values.by !== undefined && !values.approve) throw usage('--by goes with --approve');
  // The workflow's options appear only when given, so a plain run's arguments stay as they were.
  const workflow = { statements: values.statements, team: values.team, approve: values.approve, by: values.by,
    unlock: values.unlock, comparePolicy: values['compare-policy'], calls: values.calls };
  return { input, month, preset, out: values.out ?? defaultOut(input, month), json: values.json ?? null, help: false,
    ...Object.fromEntries(Object.entries(workflow).filter(([, v]) => v !== undefined)) };
}
