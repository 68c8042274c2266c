// Builds the Apps Script project: a small eager bundle for the custom functions, the engine bundle loaded on first use,
// the global stubs, the manifest and the sidebar.
import { build as esbuild, type BuildOptions, type Plugin } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CUSTOM_FUNCTIONS, type CustomFunctionSpec } from '../src/functions/catalog.js';
import { buildSidebar } from './build-sidebar.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Globals Apps Script must see besides the custom functions: triggers, menu commands, the sidebar API. */
export const SERVER_GLOBALS: { name: string; params: string[]; doc: string; eager?: boolean }[] = [
  // The triggers run on every spreadsheet open: they live in the eager bundle and never load the engine.
  { name: 'onOpen', params: ['e'], doc: 'Adds the Callboard menu (simple trigger; safe under AuthMode.NONE).', eager: true },
  { name: 'onInstall', params: ['e'], doc: 'Adds the menu right after installation.', eager: true },
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
  { name: 'approvalStatus', params: ['month', 'preset'], doc: 'Sidebar API: whether the month is approved, and what changed since.' },
  { name: 'approveMonth', params: ['month', 'by', 'preset'], doc: 'Sidebar API: approves and locks the month.' },
  { name: 'unlockMonth', params: ['month'], doc: "Sidebar API: drops the month's approval." },
  { name: 'writeStatements', params: ['month', 'preset', 'team'], doc: 'Sidebar API: writes the Statements tab.' },
  { name: 'fileAppeal', params: ['month', 'detailsRow', 'reason', 'payMonth'], doc: 'Sidebar API: files an appeal from a Details line.' },
  { name: 'comparePolicy', params: ['month', 'draft', 'preset'], doc: 'Sidebar API: what-if under a draft policy.' },
  { name: 'startReport', params: ['month', 'preset'], doc: 'Sidebar API: starts writing the month\'s tabs, as much as fits in one execution.' },
  { name: 'continueReport', params: ['jobId'], doc: 'Sidebar API: continues a report job in a new execution.' },
  { name: 'listMonthTabs', params: [], doc: 'Sidebar API: months with generated tabs and their cells.' },
  { name: 'removeMonthTabs', params: ['months', 'archive'], doc: 'Sidebar API: removes (optionally archives) old month tabs.' },
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
  return `${doc.join('\n')}\nfunction ${name}(${params.join(', ')}) {\n  return ${CELLS}.${name}(${params.join(', ')});\n}\n`;
}

function serverStub(g: (typeof SERVER_GLOBALS)[number]): string {
  const name = identifier(g.name, 'global');
  const target = g.eager ? CELLS : `${ENGINE_GETTER}()`;
  return `/** ${clean(g.doc)} */\nfunction ${name}(${g.params.join(', ')}) {\n  return ${target}.${name}(${g.params.join(', ')});\n}\n`;
}

/** The eager bundle's global: the custom functions. */
const CELLS = 'Callboard';
/** The engine bundle's getter and the variable it fills; both end in _, which Apps Script keeps private (no run menu, no google.script.run). */
const ENGINE_GETTER = 'callboard_';
const ENGINE_VAR = 'CallboardEngine_';
const ENGINE_SOURCE = 'CallboardEngineSource_';

/** Every top-level name the built Code.js declares. */
export function expectedGlobals(): string[] {
  return [CELLS, ENGINE_VAR, ENGINE_SOURCE, ENGINE_GETTER, ...SERVER_GLOBALS.map((g) => g.name), ...CUSTOM_FUNCTIONS.map((f) => f.name)];
}

/** The eager entry: one export per custom function, forwarding to the runner with the engine getter. */
function cellsEntrySource(): string {
  const lines = ["import { runCustomFunction } from './src/gas/functions.ts';", "export { onInstall, onOpen } from './src/gas/functions.ts';"];
  for (const f of CUSTOM_FUNCTIONS) {
    const name = identifier(f.name, 'custom function');
    lines.push(`export function ${name}(...args) { return runCustomFunction(${JSON.stringify(name)}, args, ${ENGINE_GETTER}); }`);
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

const COMMON: BuildOptions = {
  bundle: true,
  format: 'iife',
  target: 'es2020',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  charset: 'utf8',
  legalComments: 'none',
  metafile: true,
  write: false,
  logLevel: 'silent',
  plugins: [zodEnglishOnly],
};

/** Bundles one entry as `var <globalName> = (() => {…})();`, refusing imports Apps Script cannot load. */
async function bundle(contents: string, globalName: string, extra: BuildOptions = {}): Promise<string> {
  const result = await esbuild({
    ...COMMON, ...extra, globalName, stdin: { contents, resolveDir: ROOT, sourcefile: `${globalName}-entry.ts`, loader: 'ts' },
  });
  for (const output of Object.values(result.metafile!.outputs)) {
    const external = output.imports.filter((i) => i.external);
    if (external.length > 0) {
      throw new Error(`bundle imports ${external.map((i) => i.path).join(', ')}, which Apps Script cannot load`, { cause: { code: 'external-import' } });
    }
  }
  return result.outputFiles![0].text;
}

/**
 * Apps Script runs every top-level statement of every file before each execution, custom functions included. The
 * engine bundle (zod schemas, presets, holiday tables) is therefore kept as source text and compiled on its first
 * use. As text, loading only scans a string literal; as a function body, V8 would still pre-parse all of it on
 * every load (measured by scripts/bench-coldstart.ts: ≈3× slower). `new Function` runs in the global scope, which
 * is all the bundle uses; its sourceURL names it in stack traces.
 */
export function lazyModule(iife: string, globalName: string): string {
  const head = new RegExp(`^var ${globalName}\\s*=\\s*`).exec(iife);
  if (head === null || !/\}\)\(\);?\s*$/.test(iife)) {
    throw new Error(`esbuild output for ${globalName} is not the expected IIFE`, { cause: { code: 'unexpected-bundle' } });
  }
  const expression = iife.slice(head[0].length).trimEnd().replace(/;$/, '');
  const source = `return ${expression};\n//# sourceURL=callboard-engine.js`;
  return [
    `var ${ENGINE_VAR} = null;`,
    `var ${ENGINE_SOURCE} = ${JSON.stringify(source)};`,
    '/** The engine, triggers and sidebar API, compiled and evaluated on first use (private: the name ends in _). */',
    `function ${ENGINE_GETTER}() {`,
    `  if (${ENGINE_VAR} === null) ${ENGINE_VAR} = new Function(${ENGINE_SOURCE})();`,
    `  return ${ENGINE_VAR};`,
    '}',
    '',
  ].join('\n');
}

/** Code.js: the eager custom functions, the lazy engine, then the stubs Apps Script lists. */
export async function buildCode(): Promise<string> {
  // Minified: V8 scans the whole engine text on every load even though it runs none of it, so fewer bytes load faster
  // (≈690 KB → ≈350 KB). Errors still reach the user as Callboard's own messages, which name no minified identifier.
  const engine = await bundle("export * from './src/gas/entry.ts';", 'CallboardEngine', { minify: true });
  const build = createHash('sha256').update(engine).digest('hex').slice(0, 16);
  const cells = await bundle(cellsEntrySource(), CELLS, { define: { __CALLBOARD_BUILD__: JSON.stringify(build) } });
  const stubs = [...SERVER_GLOBALS.map(serverStub), ...CUSTOM_FUNCTIONS.map(customFunctionStub)];
  return `// Callboard for Google Sheets: generated by scripts/build.ts; edit src/, not this file.\n${cells}\n${lazyModule(engine, 'CallboardEngine')}\n${stubs.join('\n')}`;
}

/** Bundles into `outDir` (default dist/): Code.js, appsscript.json, sidebar.html. Returns the Code.js path. */
export async function build(outDir = join(ROOT, 'dist')): Promise<string> {
  const code = await buildCode();
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
