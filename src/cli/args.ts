// Command-line arguments of the offline runner, checked by hand: usage faults throw { code: 'usage' }.
import { parseArgs } from 'node:util';
import { DEFAULT_PRESET } from '../engine/presets/index.js';

export const USAGE = `Usage: npm run report -- <workbook.xlsx> --month YYYY-MM [--preset NAME] [--out FILE] [--json FILE]

  --month YYYY-MM   month to compute (required)
  --preset NAME     policy preset when the workbook has no Policy sheet (default outbound-center)
  --out FILE        report workbook to write (default <workbook>-report-YYYY-MM.xlsx beside the input);
                    a copy of the input with the generated tabs; the input is never modified
  --json FILE       also write the report as JSON
  --help            show this text

Exit status: 0 success, 1 the data has blocking errors (report still written), 2 usage error.`;

export interface CliArgs {
  input: string;
  month: string;
  preset: string;
  out: string;
  json: string | null;
  help: boolean;
}

const usage = (message: string, code = 'usage') => new Error(message, { cause: { code } });

/** Default report path: 'data/team.xlsx' → 'data/team-report-2026-10.xlsx'. */
export function defaultOut(input: string, month: string): string {
  const base = input.replace(/\.xlsx$/i, '');
  return `${base}-report-${month}.xlsx`;
}

/** Parses argv (without node and the script); throws { code: 'usage' | 'bad-month' } on a fault. */
export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        month: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string' },
        json: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    throw usage((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return { input: '', month: '', preset: '', out: '', json: null, help: true };
  if (positionals.length !== 1) {
    throw usage(positionals.length === 0 ? 'missing the workbook file' : `one workbook expected, got ${positionals.join(' ')}`);
  }
  const month = values.month;
  if (month === undefined) throw usage('missing --month YYYY-MM');
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usage(`--month "${month}" is not a month like 2026-10`, 'bad-month');
  const input = positionals[0];
  for (const [name, v] of [['preset', values.preset], ['out', values.out], ['json', values.json]] as const) {
    if (v !== undefined && v.trim() === '') throw usage(`--${name} needs a value`);
  }
  return {
    input,
    month,
    preset: values.preset ?? DEFAULT_PRESET,
    out: values.out ?? defaultOut(input, month),
    json: values.json ?? null,
    help: false,
  };
}
