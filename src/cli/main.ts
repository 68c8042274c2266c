// The command line as a function: parse, run, and turn any thrown error into a message and an exit status.
import type { Lang } from '../engine/types.js';
import { USAGE, parseCliArgs } from './args.js';
import { EXIT_OK, describeError } from './errors.js';
import { LINES } from './messages.js';
import { runCli, type Output } from './run.js';
import { safeText } from './terminal.js';

/** Console output with every line made safe for a terminal (user strings reach it through issues and names). */
export function terminalOutput(write: { out: (s: string) => void; err: (s: string) => void } = {
  out: (s) => console.log(s), err: (s) => console.error(s),
}): Output {
  return { out: (s) => write.out(safeText(s)), err: (s) => write.err(safeText(s)) };
}

/** Runs `npm run report -- …argv`; returns the exit status. */
export async function main(argv: string[], io: Output = terminalOutput()): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (args.initPolicy) {
      const { initPolicy } = await import('./init-policy.js'); // exceljs, loaded only for --init-policy
      const done = await initPolicy({ input: args.input || null, out: args.out, preset: args.preset, lang: args.lang ?? null });
      io.out(`Wrote ${done.out} with the ${args.preset} policy as sheet "${done.sheetName}"`);
      return EXIT_OK;
    }
    return (await runCli(args, io)).exit;
  } catch (err) {
    const lang: Lang = io.lang ?? 'en';
    const { text, exit, usage } = describeError(err, lang);
    io.err(text);
    if (usage) io.err(`${LINES.usageHint[lang]}\n\n${USAGE}`);
    return exit;
  }
}
