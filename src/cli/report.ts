// Entry point of `npm run report`: parse, run, and turn any thrown error into a message and exit status.
import { USAGE, parseCliArgs } from './args.js';
import { EXIT_OK, describeError } from './errors.js';
import { initPolicy } from './init-policy.js';
import { runCli } from './run.js';

async function main(argv: string[]): Promise<number> {
  const io = { out: (s: string) => console.log(s), err: (s: string) => console.error(s) };
  try {
    const args = parseCliArgs(argv);
    if (args.help) {
      io.out(USAGE);
      return EXIT_OK;
    }
    if (args.initPolicy) {
      const done = await initPolicy({ input: args.input || null, out: args.out, preset: args.preset, lang: args.lang ?? null });
      io.out(`Wrote ${done.out} with the ${args.preset} policy as sheet "${done.sheetName}"`);
      return EXIT_OK;
    }
    return (await runCli(args, io)).exit;
  } catch (err) {
    const { text, exit, usage } = describeError(err);
    io.err(text);
    if (usage) io.err(`\n${USAGE}`);
    return exit;
  }
}

process.exitCode = await main(process.argv.slice(2));
