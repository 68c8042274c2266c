// The BUILT dist/Code.js in a fresh node:vm context with the fake globals: declared names, JSDoc, menu, no leaks.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, expectedGlobals, SERVER_GLOBALS } from '../../scripts/build.js';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog.js';
import { API_NAMES } from '../../src/gas/api.js';
import type { TextCache } from '../../src/functions/context.js';
import { AuthMode, fakeSpreadsheet, type Fake } from '../fakes/index.js';
import { novemberRanges } from '../functions/month-fixture.js';

let dir: string;
let code: string;
let manifest: Record<string, unknown>;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callboard-build-'));
  code = await readFile(await build(dir), 'utf8');
  manifest = JSON.parse(await readFile(join(dir, 'appsscript.json'), 'utf8'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Loads Code.js as Apps Script does: one global scope holding the services. */
function load(fake: Fake, extra: Record<string, unknown> = {}): vm.Context & Record<string, (...args: unknown[]) => unknown> {
  const context = vm.createContext({ ...fake.globals, ...extra });
  fake.useDateClass(vm.runInContext('Date', context));
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context as never;
}

const docOf = (name: string) => new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\nfunction ${name}\\(`).exec(code)?.[1] ?? null;

describe('dist/Code.js', () => {
  it('declares every expected global as a top-level function, and nothing else', () => {
    const declared = [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]);
    const variables = [...code.matchAll(/^var ([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
    expect(variables).toEqual(['Callboard', 'CallboardEngine_', 'CallboardEngineSource_']);
    expect(declared.sort()).toEqual(expectedGlobals().filter((n) => !variables.includes(n)).sort());
    // The engine getter ends in _, so Apps Script lists it nowhere (run menu, google.script.run, formulas).
    expect(declared.filter((n) => n.endsWith('_'))).toEqual(['callboard_']);
    expect(declared).toContain('onOpen');
    expect(declared).toContain('generateReport');
    expect(declared).toContain('insertPolicySheet');
    expect(declared).toContain('menuInsertPolicySheet');
    expect(declared).toContain('LATE_MINUTES');
  });

  it('declares every server API function, so google.script.run can reach each one', () => {
    const declared = new Set([...code.matchAll(/^function ([A-Za-z_$][\w$]*)\(/gm)].map((m) => m[1]));
    expect(API_NAMES.filter((name) => !declared.has(name))).toEqual([]);
  });

  it('gives every custom function stub JSDoc with each @param, @return and @customfunction', () => {
    for (const spec of CUSTOM_FUNCTIONS) {
      const doc = docOf(spec.name);
      expect(doc, spec.name).not.toBeNull();
      expect(doc).toContain('@customfunction');
      expect(doc).toContain(`@return {${spec.returns}}`);
      expect(doc!.match(/@param \{/g)?.length ?? 0, spec.name).toBe(spec.params.length);
    }
    for (const g of SERVER_GLOBALS) expect(docOf(g.name), g.name).not.toContain('@customfunction');
  });

  it('leaks no globals besides the stubs and Callboard, and calls no service while loading', () => {
    const fake = fakeSpreadsheet();
    const context = load(fake);
    const added = Object.keys(context).filter((k) => !(k in fake.globals));
    // zod keeps its config and schema registry on globalThis: data, not functions, so Apps Script lists neither.
    const zodData = ['__zod_globalConfig', '__zod_globalRegistry'];
    expect(added.filter((k) => !zodData.includes(k)).sort()).toEqual(expectedGlobals().sort());
    for (const k of zodData) expect(typeof context[k]).not.toBe('function');
    expect(fake.log.total).toBe(0);
    expect(code).not.toMatch(/\brequire\(|["']node:/);
  });

  it('loads without running the engine: LATE_MINUTES and onOpen leave it unloaded, the first menu command loads it once', () => {
    const fake = fakeSpreadsheet();
    const context = load(fake);
    const engineLoaded = () => vm.runInContext('CallboardEngine_ !== null', context) as boolean;
    expect(engineLoaded()).toBe(false);
    expect(context.LATE_MINUTES('9:07', '09:00', 5, 'forgive')).toBe(2);
    expect(engineLoaded()).toBe(false);
    // Opening the spreadsheet (the onOpen simple trigger) builds the menu without the engine too.
    context.onOpen({ authMode: AuthMode.NONE });
    expect(engineLoaded()).toBe(false);
    context.menuHelp();
    const engine = vm.runInContext('CallboardEngine_', context);
    expect(engineLoaded()).toBe(true);
    context.menuHelp();
    expect(vm.runInContext('CallboardEngine_', context)).toBe(engine);
  });

  it('keeps the engine out of the code run at load: no zod, no presets, no engine month code before the engine source', () => {
    const eager = code.slice(0, code.indexOf('\nvar CallboardEngine_'));
    expect(Buffer.byteLength(eager)).toBeLessThan(80 * 1024);
    // esbuild heads each module with a `// path` comment (node_modules through this worktree's symlink: `// ../…`).
    const modules = [...eager.matchAll(/^ {2}\/\/ (\S+)$/gm)].map((m) => m[1]);
    expect(modules).toContain('src/functions/month.ts');
    for (const heavy of ['src/engine/presets/', 'src/engine/report/report.ts', 'src/engine/read/policy-sheet/', 'node_modules/zod/', 'node_modules/chinese-days/']) {
      expect(modules.filter((m) => m.includes(heavy)), heavy).toEqual([]);
    }
  });

  it('month formulas share one engine run through CacheService: a later execution answers without loading the engine', () => {
    const store = new Map<string, string>();
    const calls: string[] = [];
    const cache: TextCache = {
      getAll: (keys) => { calls.push('getAll'); return Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, store.get(k)!])); },
      putAll: (values, seconds) => { calls.push(`putAll ${seconds}`); for (const [k, v] of Object.entries(values)) store.set(k, v); },
    };
    const CacheService = { getDocumentCache: () => cache };
    const { roster, attendance, calls: callRows, events } = novemberRanges();
    const args = [[['A001'], ['A002']], '2026-11', roster, attendance, callRows, events];

    const first = load(fakeSpreadsheet({ locale: 'zh_CN', timeZone: 'Asia/Shanghai' }), { CacheService });
    expect(first.CALLBOARD_PAYOUT(...args)).toEqual([[3188], [3185]]);
    expect(first.CALLBOARD_FLAGS(...args)).toEqual([['优秀员工'], ['']]);
    expect(calls).toEqual(['getAll', 'putAll 21600']);

    const later = load(fakeSpreadsheet({ locale: 'en_US', timeZone: 'Asia/Shanghai' }), { CacheService });
    expect(later.CALLBOARD_FLAGS(...args)).toEqual([['excellent'], ['']]);
    expect(vm.runInContext('CallboardEngine_', later)).toBeNull();
    expect(calls).toEqual(['getAll', 'putAll 21600', 'getAll']);
  });

  it('builds the add-on menu under AuthMode.NONE without reading the spreadsheet, properties or session', () => {
    const fake = fakeSpreadsheet();
    load(fake).onOpen({ authMode: AuthMode.NONE });
    expect(fake.calls).toEqual({ 'SpreadsheetApp.getUi': 1, 'Ui.createAddonMenu': 1 });
    expect(fake.ui.menus).toEqual([{
      addon: true, caption: '', added: true,
      items: [
        { caption: '打开 Callboard Open Callboard', functionName: 'showSidebar' },
        { caption: "生成上月报表 Generate last month's report", functionName: 'menuGenerateLastMonth' },
        'separator',
        { caption: '插入示例数据表头 Insert example data layout', functionName: 'menuInsertExampleLayout' },
        { caption: '插入规则表 Insert policy sheet', functionName: 'menuInsertPolicySheet' },
        { caption: '帮助 Help', functionName: 'menuHelp' },
      ],
    }]);
    const declared = new Set(expectedGlobals());
    for (const item of fake.ui.menus[0].items) if (item !== 'separator') expect(declared.has(item.functionName)).toBe(true);
  });

  it('onInstall builds the same menu right away, in the user’s language (installing authorises the add-on)', () => {
    const fake = fakeSpreadsheet({ userLocale: 'zh_CN' });
    load(fake).onInstall({ authMode: AuthMode.FULL });
    expect(fake.ui.menus).toHaveLength(1);
    expect(fake.ui.menus[0]).toMatchObject({ addon: true, added: true });
    expect(fake.ui.menus[0].items[0]).toEqual({ caption: '打开 Callboard', functionName: 'showSidebar' });
  });

  it('labels the menu in the user’s language once authorised', () => {
    const fake = fakeSpreadsheet({ userLocale: 'zh_CN' });
    load(fake).onOpen({ authMode: AuthMode.LIMITED });
    expect(fake.ui.menus[0].items[0]).toEqual({ caption: '打开 Callboard', functionName: 'showSidebar' });
  });

  it('opens the sidebar from sidebar.html and runs a custom function through its stub', () => {
    const fake = fakeSpreadsheet({ htmlFiles: { sidebar: '<p>page</p>' } });
    const context = load(fake);
    context.showSidebar();
    expect(fake.ui.sidebars.map((s) => [s.getTitle(), s.getContent()])).toEqual([['Callboard', '<p>page</p>']]);
    expect(context.LATE_MINUTES('9:07')).toBe(7);
  });

  it('generates a report through the global API function inside the bundle', () => {
    const at = (iso: string) => new Date(`${iso}T01:00:00Z`);
    const fake = fakeSpreadsheet({ locale: 'en_US', sheets: [
      { name: 'Roster', values: [['ID', 'Name'], ['A001', 'Wang']] },
      { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'], ['A001', at('2026-10-08'), '09:00', '18:00']] },
      { name: 'Calls', values: [['ID', 'Date', 'Successes'], ['A001', at('2026-10-08'), 50]] },
    ] });
    const result = load(fake).generateReport('2026-10') as { tabs: string[] };
    expect(result.tabs.slice(0, 3)).toEqual(['Payout 2026-10', 'Ranking 2026-10', 'Details 2026-10']);
    expect(fake.lock.holder).toBeNull();
  });

  it('inserts the Policy sheet through the global API function and the menu command inside the bundle', () => {
    const fake = fakeSpreadsheet({ locale: 'zh_CN', userLocale: 'en_US' });
    const context = load(fake);
    expect(context.insertPolicySheet('telesales-team', 'en')).toMatchObject({ sheet: 'Policy', preset: 'telesales-team' });
    context.menuInsertPolicySheet();
    expect(fake.raw._names()).toEqual(['Sheet1', 'Policy']);
    expect(fake.ui.alerts).toEqual(['Callboard\n表格中已有规则表，未作改动。如需用预设替换，请在侧边栏中插入并确认替换。\nThe spreadsheet already has a Policy sheet; nothing was changed. To replace it with a preset, insert it from the sidebar and confirm.']);
    expect(fake.lock.holder).toBeNull();
  });

  it('explains every manifest scope in docs/deploy.md, and has no addOns block (that is for Workspace add-ons, not Editor add-ons)', async () => {
    const doc = await readFile(new URL('../../docs/deploy.md', import.meta.url), 'utf8');
    for (const scope of manifest.oauthScopes as string[]) expect(doc).toContain(`| \`${scope}\` |`);
    expect(manifest).not.toHaveProperty('addOns');
  });

  it('ships a V8 manifest with the current-spreadsheet and container-UI scopes, and BigQuery for a call-records table', () => {
    expect(manifest).toEqual({
      timeZone: 'Asia/Shanghai', exceptionLogging: 'STACKDRIVER', runtimeVersion: 'V8',
      dependencies: { enabledAdvancedServices: [{ userSymbol: 'BigQuery', serviceId: 'bigquery', version: 'v2' }] },
      oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly', 'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/bigquery'],
    });
  });
});
