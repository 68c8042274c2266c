// `npm run demo [-- --preset NAME] [--example NAME] [--month YYYY-MM]`: writes the example workbook, runs the report, prints the summary.
// --example names an import example (dingtalk-raw, wecom-daily, zkteco-usb, vicidial-calls, … see scripts/examples/imports).
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeError } from '../src/cli/errors.js';
import { terminalOutput } from '../src/cli/main.js';
import { runCli } from '../src/cli/run.js';
import { getPreset } from '../src/engine/presets/index.js';
import { writeExample } from './gen-examples.js';

const usage = (message: string) => new Error(message, { cause: { code: 'usage' } });

function options() {
  try {
    return parseArgs({
      args: process.argv.slice(2),
      options: { preset: { type: 'string', default: 'outbound-center' }, month: { type: 'string', default: '2026-10' }, example: { type: 'string' } },
    }).values;
  } catch (err) {
    throw usage((err as Error).message);
  }
}

async function main(): Promise<number> {
  const values = options();
  const preset = values.preset!;
  const example = values.example ?? preset;
  const month = values.month!;
  getPreset(preset); // an unknown preset is a usage error (exit 2), before anything is written
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month)) throw usage(`--month "${month}" is not a month like 2026-10`);
  const dir = fileURLToPath(new URL('../examples/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `${example}.xlsx`);
  const out = join(dir, `${example}-report-${month}.xlsx`);
  const json = join(dir, `${example}-report-${month}.json`);
  const shown = (p: string) => relative(process.cwd(), p) || p;

  await writeExample(example, input);
  console.log(`Example workbook: ${shown(input)}\n`);
  // A blocked example prints its issues and no totals, as the report does, and exits 1.
  const result = await runCli({ input, month, preset, out, json, help: false }, terminalOutput());
  return result.exit;
}

try {
  process.exitCode = await main();
} catch (err) {
  const { text, exit } = describeError(err);
  console.error(text);
  process.exitCode = exit;
}
