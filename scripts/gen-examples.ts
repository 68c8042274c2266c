// Writes the example workbooks (npm run examples [-- preset ...]) into examples/, deterministically.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBook } from './examples/book.js';
import { EXAMPLES } from './examples/index.js';

/** Writes the example workbook of a preset to an .xlsx file; an unknown preset is a usage fault. */
export async function writeExample(preset: string, file: string): Promise<void> {
  const build = EXAMPLES[preset];
  if (!build) {
    throw new Error(`no example for preset "${preset}"; known: ${Object.keys(EXAMPLES).join(', ')}`, {
      cause: { code: 'UNKNOWN_PRESET' },
    });
  }
  await writeBook(build(), file);
}

async function main(argv: string[]): Promise<number> {
  const presets = argv.length > 0 ? argv : Object.keys(EXAMPLES);
  for (const preset of presets) {
    const file = fileURLToPath(new URL(`../examples/${preset}.xlsx`, import.meta.url));
    try {
      await writeExample(preset, file);
      console.log(`wrote ${file}`);
    } catch (err) {
      console.error(err instanceof Error ? err.message : String(err));
      return 2;
    }
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
