// Builds the sidebar into ONE self-contained html (HtmlService serves a single file): CSS and bundled JS inlined.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const SIDEBAR_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'sidebar');
const CSS_MARK = '/* @inline style.css */';
const JS_MARK = '/* @inline main.ts */';

/** Makes text safe inside a raw-text element: `</script` or `<!--` would end or confuse the element early. */
export function escapeRawText(text: string, tag: 'script' | 'style'): string {
  const close = new RegExp(`</(${tag})`, 'gi');
  return text.replace(close, '<\\/$1').replace(/<!--/g, '<\\!--');
}

/** The bundled page script: sidebar/main.ts and its imports as one browser IIFE. */
export async function bundleSidebarScript(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(SIDEBAR_DIR, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    charset: 'ascii',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The whole page as one html string, with nothing loaded from elsewhere. */
export async function renderSidebarHtml(): Promise<string> {
  const [template, css, js] = await Promise.all([
    readFile(resolve(SIDEBAR_DIR, 'index.html'), 'utf8'),
    readFile(resolve(SIDEBAR_DIR, 'style.css'), 'utf8'),
    bundleSidebarScript(),
  ]);
  if (!template.includes(CSS_MARK) || !template.includes(JS_MARK)) {
    throw new Error('sidebar/index.html lost its @inline markers', { cause: { code: 'sidebar-template' } });
  }
  // Function replacers: a `$&` inside the bundle must not be read as a replacement pattern.
  return template
    .replace(CSS_MARK, () => escapeRawText(css, 'style'))
    .replace(JS_MARK, () => escapeRawText(js, 'script'));
}

/** Writes the single-file sidebar to outFile (directories are created). */
export async function buildSidebar(outFile: string): Promise<void> {
  const html = await renderSidebarHtml();
  await mkdir(dirname(resolve(outFile)), { recursive: true });
  await writeFile(outFile, html, 'utf8');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const out = process.argv[2] ?? 'dist/sidebar.html';
  buildSidebar(out).then(
    () => console.log(`sidebar written to ${out}`),
    (error: unknown) => { console.error(error instanceof Error ? error.message : error); process.exitCode = 1; },
  );
}
