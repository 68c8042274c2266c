// `npm run demo [-- --preset NAME] [--example NAME] [--month YYYY-MM]`: writes the example workbook, runs the report, prints the summary.
// --example names an import example (dingtalk-raw, wecom-daily, zkteco-usb, vicidial-calls, … see scripts/examples/imports).
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { describeError } from '../src/cli/errors.js';
import { runCli } from '../src/cli/run.js';
import { writeExample } from './gen-examples.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: { preset: { type: 'string', default: 'outbound-center' }, month: { type: 'string', default: '2026-10' }, example: { type: 'string' } },
  });
  const preset = values.preset!;
  const example = values.example ?? preset;
  const month = values.month!;
  const dir = fileURLToPath(new URL('../examples/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const input = join(dir, `${example}.xlsx`);
  const out = join(dir, `${example}-report-${month}.xlsx`);
  const json = join(dir, `${example}-report-${month}.json`);
  const shown = (p: string) => relative(process.cwd(), p) || p;

  await writeExample(example, input);
  console.log(`Example workbook: ${shown(input)}\n`);
  const result = await runCli(
    { input, month, preset, out, json, help: false },
    { out: (s) => console.log(s), err: (s) => console.error(s) },
  );
  const errors = result.report.issues.filter((i) => i.severity === 'error').length;
  if (errors > 0) console.log(`${errors} blocking data errors (listed above); the report was still written.`);
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  const { text, exit } = describeError(err);
  console.error(text);
  process.exitCode = exit;
}
