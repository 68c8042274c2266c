// Builds the Apps Script project: bundle src/gas/entry.ts as one IIFE, append the global stubs, copy the manifest and sidebar.
import { build as esbuild, type Plugin } from 'esbuild';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from '../src/functions/catalog.js';
import { buildSidebar } from './build-sidebar.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Globals Apps Script must see besides the custom functions: triggers, menu commands, the sidebar API. */
export const SERVER_GLOBALS: { name: string; params: string[]; doc: string }[] = [
  { name: 'onOpen', params: ['e'], doc: 'Adds the Callboard menu (simple trigger; safe under AuthMode.NONE).' },
  { name: 'onInstall', params: ['e'], doc: 'Adds the menu right after installation.' },
  { name: 'showSidebar', params: [], doc: 'Opens the Callboard sidebar.' },
  { name: 'menuGenerateLastMonth', params: [], doc: "Menu: generate last month's report." },
  { name: 'menuInsertExampleLayout', params: [], doc: 'Menu: insert the source sheets with header rows.' },
  { name: 'menuInsertPolicySheet', params: [], doc: 'Menu: insert the default preset as the Policy sheet.' },
  { name: 'menuHelp', params: [], doc: 'Menu: how to use Callboard.' },
  { name: 'getSidebarState', params: [], doc: 'Sidebar API: opening state.' },
  { name: 'checkData', params: ['month', 'preset'], doc: "Sidebar API: the month's data problems." },
  { name: 'generateReport', params: ['month', 'preset'], doc: "Sidebar API: writes the month's tabs." },
  { name: 'insertExampleLayout', params: [], doc: 'Sidebar API: creates the missing source sheets.' },
  { name: 'insertPolicySheet', params: ['preset', 'lang', 'options'], doc: 'Sidebar API: writes a preset as the Policy sheet.' },
  { name: 'getCallTable', params: [], doc: 'Sidebar API: the BigQuery call-records table, or null.' },
  { name: 'setCallTable', params: ['table'], doc: 'Sidebar API: sets or clears the BigQuery call-records table.' },
  { name: 'testCallTable', params: ['table'], doc: 'Sidebar API: dry-runs the call-records table (columns, bytes scanned).' },
];

const IDENT = /^[A-Za-z_$][\w$]*$/;

function identifier(name: string, what: string): string {
  if (!IDENT.test(name)) throw new Error(`${what} "${name}" is not a JavaScript identifier`, { cause: { code: 'bad-global-name' } });
  return name;
}

const clean = (s: string) => s.replace(/\*\//g, '* /').replace(/\s+/g, ' ').trim();

/** One custom function stub with the JSDoc Sheets shows in its formula help. */
export function customFunctionStub(spec: CustomFunctionSpec): string {
  const params = spec.params.map((p) => identifier(p.name, `parameter of ${spec.name}`));
  const doc = [
    '/**',
    ` * ${clean(spec.summary.en)} ${clean(spec.summary.zh)}`,
    ` * Example: ${clean(spec.example)}`,
    ...spec.params.map((p) => ` * @param {${clean(p.type)}} ${p.optional ? `[${p.name}]` : p.name} ${clean(p.description)}${p.descriptionZh ? ` ${clean(p.descriptionZh)}` : ''}`),
    ` * @return {${clean(spec.returns)}}`,
    ' * @customfunction',
    ' */',
  ];
  const name = identifier(spec.name, 'custom function');
  return `${doc.join('\n')}\nfunction ${name}(${params.join(', ')}) {\n  return Callboard.${name}(${params.join(', ')});\n}\n`;
}

function serverStub(g: (typeof SERVER_GLOBALS)[number]): string {
  const name = identifier(g.name, 'global');
  return `/** ${clean(g.doc)} */\nfunction ${name}(${g.params.join(', ')}) {\n  return Callboard.${name}(${g.params.join(', ')});\n}\n`;
}

/** Every top-level name the built Code.js declares. */
export function expectedGlobals(): string[] {
  return ['Callboard', ...SERVER_GLOBALS.map((g) => g.name), ...CUSTOM_FUNCTIONS.map((f) => f.name)];
}

/** The entry esbuild bundles: src/gas/entry.ts plus one export per custom function, forwarding to its implementation. */
function entrySource(): string {
  const lines = ["export * from './src/gas/entry.ts';", "import { runCustomFunction } from './src/gas/entry.ts';"];
  for (const f of CUSTOM_FUNCTIONS) {
    const name = identifier(f.name, 'custom function');
    lines.push(`export function ${name}(...args) { return runCustomFunction(${JSON.stringify(name)}, args); }`);
  }
  return lines.join('\n');
}

/**
 * zod bundles its error messages in 60+ languages (~380 KB of the add-on's script). Callboard words every message
 * itself (the issue catalogue), so only zod's English locale, its default, goes into Code.js.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      (/[\\/]zod[\\/]/.test(args.importer) ? { path: 'zod-locales', namespace: 'zod-locales' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'zod-locales' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';", resolveDir: ROOT, loader: 'js',
    }));
  },
};

/** Bundles into `outDir` (default dist/): Code.js, appsscript.json, sidebar.html. Returns the Code.js path. */
export async function build(outDir = join(ROOT, 'dist')): Promise<string> {
  const result = await esbuild({
    stdin: { contents: entrySource(), resolveDir: ROOT, sourcefile: 'callboard-entry.ts', loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'Callboard',
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    metafile: true,
    write: false,
    logLevel: 'silent',
    plugins: [zodEnglishOnly],
  });
  for (const output of Object.values(result.metafile.outputs)) {
    const external = output.imports.filter((i) => i.external);
    if (external.length > 0) {
      throw new Error(`bundle imports ${external.map((i) => i.path).join(', ')}, which Apps Script cannot load`, { cause: { code: 'external-import' } });
    }
  }
  const bundle = result.outputFiles[0].text;
  const stubs = [...SERVER_GLOBALS.map(serverStub), ...CUSTOM_FUNCTIONS.map(customFunctionStub)];
  const code = `// Callboard for Google Sheets: generated by scripts/build.ts; edit src/, not this file.\n${bundle}\n${stubs.join('\n')}`;
  await mkdir(outDir, { recursive: true });
  const codeFile = join(outDir, 'Code.js');
  await writeFile(codeFile, code, 'utf8');
  await copyFile(join(ROOT, 'appsscript.json'), join(outDir, 'appsscript.json'));
  await buildSidebar(join(outDir, 'sidebar.html'));
  return codeFile;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = process.argv[2] ? resolve(process.argv[2]) : undefined;
  build(out).then(
    (file) => console.log(`built ${file}`),
    (err: Error) => {
      console.error(err.message);
      process.exit(1);
    },
  );
}
