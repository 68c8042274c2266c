// Writes the example workbooks (npm run examples [-- preset ...]) into examples/, deterministically.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DEFAULT_PRESET, getPreset } from '../src/engine/presets/index.js';
import { POLICY_SHEET_NAMES, policySheetLayout } from '../src/engine/read/policy-sheet/index.js';
import { type BookSheet, writeBook } from './examples/book.js';
import { EXAMPLES } from './examples/index.js';
import { IMPORT_EXAMPLES } from './examples/imports/index.js';

/** Writes the example workbook of a preset to an .xlsx file; an unknown preset is a usage fault. */
export async function writeExample(preset: string, file: string): Promise<void> {
  // Import examples (one per export kind: DingTalk, WeCom, clocks, dialers) run under the default preset.
  const build = EXAMPLES[preset] ?? IMPORT_EXAMPLES[preset];
  if (!build) {
    throw new Error(`no example for preset "${preset}"; known: ${[...Object.keys(EXAMPLES), ...Object.keys(IMPORT_EXAMPLES)].join(', ')}`, {
      cause: { code: 'UNKNOWN_PRESET' },
    });
  }
  const book = build();
  // The other presets' examples carry their policy as a 规则 sheet, so `npm run report` needs no --preset for them.
  if (preset !== DEFAULT_PRESET && EXAMPLES[preset]) book.sheets.push(policySheet(preset));
  await writeBook(book, file);
}

/** The preset as the editable Policy sheet (Chinese, like the examples' other sheets). */
function policySheet(preset: string): BookSheet {
  const [first, ...rest] = policySheetLayout(getPreset(preset), 'zh').values;
  const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));
  const cell = (v: unknown) => (typeof v === 'number' ? v : v === null || v === undefined ? null : String(v));
  return {
    name: POLICY_SHEET_NAMES.zh,
    columns: first.map((v, c) => ({ header: text(v), width: [28, 30, 18, 40][c] ?? 14 })),
    rows: rest.map((row) => row.map(cell)),
  };
}

async function main(argv: string[]): Promise<number> {
  const presets = argv.length > 0 ? argv : [...Object.keys(EXAMPLES), ...Object.keys(IMPORT_EXAMPLES)];
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
