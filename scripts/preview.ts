// Local preview of the sidebar: the built page, a google.script.run shim, and the real server API over a fake spreadsheet.
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext } from 'playwright-core';
import { API_NAMES, api } from '../src/gas/api.js';
import { fakeSpreadsheet } from '../test/fakes/index.js';
import { xlsxFakeOptions } from '../test/fakes/xlsx.js';
import { buildSidebar } from './build-sidebar.js';
import { writeExample } from './gen-examples.js';

export const DEFAULT_PORT = 8787;
/** A system Chromium to use instead of the one from npm (@sparticuz/chromium), only when set. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH;
const MAX_BODY_BYTES = 1 << 20;

export interface PreviewOptions {
  /** 0 picks any free port */
  port?: number;
  /** an .xlsx to serve instead of the generated outbound-center example */
  workbook?: string;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

type ApiFunction = (...args: unknown[]) => unknown;

/**
 * The page-side stand-in for google.script.run: the same chaining (withSuccessHandler, withFailureHandler,
 * withUserObject) and exactly the server's function names, each POSTing {fn, args} to /api.
 */
export function runShim(names: string[]): string {
  return `(function () {
  var NAMES = ${JSON.stringify(names)};
  function runner(ok, fail, user) {
    var r = {
      withSuccessHandler: function (f) { return runner(f, fail, user); },
      withFailureHandler: function (f) { return runner(ok, f, user); },
      withUserObject: function (u) { return runner(ok, fail, u); }
    };
    NAMES.forEach(function (name) {
      r[name] = function () {
        var args = Array.prototype.slice.call(arguments);
        fetch('/api', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
          .then(function (res) { return res.json(); })
          .then(function (res) {
            if (res.ok) { if (ok) ok(res.value, user); }
            else if (fail) { fail(new Error(res.message), user); }
          }, function (err) { if (fail) fail(err, user); });
      };
    });
    return r;
  }
  window.google = { script: { run: runner(null, null, undefined) } };
})();`;
}

/** The built page with the shim run before the page's own script. */
export function injectShim(html: string, names: string[]): string {
  if (!html.includes('</head>')) throw new Error('sidebar html has no </head>', { cause: { code: 'sidebar-template' } });
  return html.replace('</head>', () => `<script>${runShim(names).replace(/<\//g, '<\\/')}</script>\n</head>`);
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large', { cause: { code: 'body-too-large' } });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { 'content-type': `${type}; charset=utf-8`, 'cache-control': 'no-store' });
  res.end(body);
}

/** Answers one {fn, args} call with the server API, as google.script.run would: {ok, value} or {ok:false, message}. */
async function answer(api: Record<string, ApiFunction>, body: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let call: { fn?: unknown; args?: unknown };
  try { call = JSON.parse(body) as typeof call; } catch { return { ok: false, message: 'request is not JSON' }; }
  const { fn, args = [] } = call;
  if (typeof fn !== 'string' || !Object.prototype.hasOwnProperty.call(api, fn) || typeof api[fn] !== 'function') {
    return { ok: false, message: `no server function ${String(fn)}` };
  }
  if (!Array.isArray(args)) return { ok: false, message: 'args must be an array' };
  try {
    const value = await api[fn](...args);
    // google.script.run hands over plain data only; a JSON round trip shows the same shape the page gets.
    return { ok: true, value: value === undefined ? null : JSON.parse(JSON.stringify(value)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function listen(port: number, handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<Server> {
  const server = createServer(handler);
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => ok(server));
  });
}

/** Builds the page and the example workbook, installs the fake spreadsheet, and serves both on 127.0.0.1. */
export async function startPreview({ port = DEFAULT_PORT, workbook }: PreviewOptions = {}): Promise<Preview> {
  const dir = await mkdtemp(join(tmpdir(), 'callboard-preview-'));
  let restoreGlobals = () => {};
  try {
    const pageFile = join(dir, 'sidebar.html');
    await buildSidebar(pageFile);
    const workbookFile = workbook ?? join(dir, 'outbound-center.xlsx');
    if (!workbook) await writeExample('outbound-center', workbookFile);
    // The same fakes the adapter tests use: SpreadsheetApp, LockService, … as globals for the API module.
    restoreGlobals = fakeSpreadsheet(await xlsxFakeOptions(workbookFile)).install();
    const functions = api as unknown as Record<string, ApiFunction>;
    const names = API_NAMES.filter((name) => typeof functions[name] === 'function');
    const page = injectShim(await readFile(pageFile, 'utf8'), names);
    const server = await listen(port, (req, res) => {
      const path = (req.url ?? '/').split('?')[0];
      if (req.method === 'GET' && (path === '/' || path === '/index.html')) {
        send(res, 200, 'text/html', page);
      } else if (req.method === 'POST' && path === '/api') {
        readBody(req)
          .then((body) => answer(functions, body))
          .then((result) => send(res, 200, 'application/json', JSON.stringify(result)),
            (error: unknown) => send(res, 413, 'text/plain', error instanceof Error ? error.message : String(error)));
      } else {
        send(res, 404, 'text/plain', 'not found');
      }
    });
    const address = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${address.port}/`,
      close: async () => {
        server.closeAllConnections();
        await new Promise<void>((ok) => server.close(() => ok()));
        restoreGlobals();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    restoreGlobals();
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}

/** Flags of @sparticuz/chromium that would make the page less like a browser's (web security off): left out. */
const UNSAFE_FLAGS = new Set(['--disable-web-security', '--allow-running-insecure-content']);

/**
 * The browser: the Chromium shipped inside the @sparticuz/chromium npm package (unpacked once to /tmp), so the
 * tests need no apt step; a system one only when CHROMIUM_PATH names it. Headless, with a fresh profile.
 */
export async function chromiumLaunch(): Promise<{ executablePath: string; args: string[] }> {
  const common = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
  if (CHROMIUM_PATH) {
    if (!existsSync(CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH names ${CHROMIUM_PATH}, which does not exist; unset it to use the Chromium from npm`,
        { cause: { code: 'no-chromium' } });
    }
    return { executablePath: CHROMIUM_PATH, args: ['--headless', ...common] };
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  packaged.setGraphicsMode = false;
  const executablePath = await packaged.executablePath();
  // Playwright sets --headless itself; the package's own headless mode flag would fight it.
  const args = packaged.args.filter((a) => !UNSAFE_FLAGS.has(a) && !a.startsWith('--headless'));
  return { executablePath, args: [...args, ...common.filter((a) => !args.includes(a))] };
}

/** The browser of chromiumLaunch with a fresh profile in a temp dir, sized as Sheets sizes a sidebar. */
export async function launchChromium(): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  // playwright-core is loaded only when a browser is wanted: the plain preview does without it.
  const [{ executablePath, args }, { chromium }] = await Promise.all([chromiumLaunch(), import('playwright-core')]);
  const profile = await mkdtemp(join(tmpdir(), 'callboard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args,
    // Google Sheets gives an add-on sidebar 300 px.
    viewport: { width: 300, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    deviceScaleFactor: 2,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Opens the preview, generates the default month's report and saves a full-page screenshot to file. `browser` may be
 * launched beforehand (main starts it while the preview builds, so the two overlap).
 */
export async function screenshot(url: string, file: string,
  browser?: Awaited<ReturnType<typeof launchChromium>>): Promise<void> {
  const own = browser ?? await launchChromium();
  try {
    const page = await own.context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: /生成报表|Generate/ }).click();
    await page.getByTestId('summary').getByTestId('summary-counts').waitFor({ timeout: 60_000 });
    await mkdir(dirname(resolve(file)), { recursive: true });
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    if (!browser) await own.close();
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

async function main(args: string[]): Promise<void> {
  const portText = option(args, '--port') ?? process.env.PORT;
  const port = portText === undefined ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a number from 0 to 65535, got ${portText}`);
    process.exitCode = 2;
    return;
  }
  const shot = option(args, '--screenshot');
  if (shot) {
    // The browser starts while the page and the example workbook are built: the two waits overlap.
    const launching = launchChromium();
    const preview = await startPreview({ port: 0 }).catch(async (error: unknown) => {
      await (await launching).close();
      throw error;
    });
    const browser = await launching.catch(async (error: unknown) => { await preview.close(); throw error; });
    try { await screenshot(preview.url, shot, browser); } finally { await browser.close(); await preview.close(); }
    console.log(`screenshot written to ${shot}`);
    return;
  }
  const preview = await startPreview({ port });
  console.log(`Callboard sidebar preview: ${preview.url}  (Ctrl+C to stop)`);
  const stop = () => { void preview.close().then(() => process.exit(0)); };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    const inUse = (error as { code?: unknown }).code === 'EADDRINUSE';
    console.error(inUse ? `${(error as Error).message}: choose another --port, or --port 0 for any free one`
      : error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
