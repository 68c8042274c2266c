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
  for (const name of ['month', 'preset', 'out', 'json', 'lang', 'calls'] as const) {
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
  return { input, month, preset, out: values.out ?? defaultOut(input, month), json: values.json ?? null, help: false,
    ...(values.calls !== undefined ? { calls: values.calls } : {}) };
}
