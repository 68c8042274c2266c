// End to end in Chromium (from the @sparticuz/chromium npm package): the built sidebar against the preview server, the real API and the example workbook.
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatYuan } from '../../sidebar/format.js';
import { writeExample } from '../../scripts/gen-examples.js';
import { launchChromium, startPreview, type Preview } from '../../scripts/preview.js';

/** The month the example workbook's data is for (scripts/gen-examples.ts writes 2026-09 and 2026-10). */
const EXAMPLE_MONTH = '2026-10';
const XSS_NAME = '<img src=x onerror=alert(1)>';
const FORMULA_NAME = '=HYPERLINK("http://x","y")';
const YUAN = /^\d{1,3}(,\d{3})*\.\d{2} (元|yuan)$/;

interface ApiReply<T> { ok: boolean; value: T; message?: string }
interface State { defaultMonth: string; months: string[]; lang: string; timeZone: string; policy: { id: string; name: { zh: string; en: string } } }
/** What startReport answers when the report is done in one step: its progress and result. */
interface Generated { done: boolean; result: { summary: { top: { name: string }[]; totals: { payout: number; fines: number; bonuses: number } } } }

/**
 * The example workbook with agent 018's XSS-looking name swapped onto agent 001, the month's top agent, so
 * the name reaches the top-5 list (018 is neither top nor flagged in the example).
 */
async function exampleWithXssOnTop(file: string): Promise<void> {
  await writeExample('outbound-center', file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const roster = wb.getWorksheet('花名册');
  if (!roster) throw new Error('example has no 花名册 sheet');
  const header = (roster.getRow(1).values as unknown[]).map((v) => String(v ?? '').trim());
  const idCol = header.indexOf('工号');
  const nameCol = header.indexOf('姓名');
  const rows = new Map<string, ExcelJS.Row>();
  roster.eachRow((row, n) => { if (n > 1) rows.set(String(row.getCell(idCol).value), row); });
  const top = rows.get('001');
  const xss = rows.get('018');
  if (!top || !xss || xss.getCell(nameCol).value !== XSS_NAME) throw new Error('example lost agent 001 or 018');
  xss.getCell(nameCol).value = top.getCell(nameCol).value;
  top.getCell(nameCol).value = XSS_NAME;
  await wb.xlsx.writeFile(file);
}

/** Calls the preview's /api exactly as the page's shim does. */
async function callApi<T>(preview: Preview, fn: string, ...args: unknown[]): Promise<T> {
  const res = await fetch(new URL('api', preview.url), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ fn, args }),
  });
  const reply = await res.json() as ApiReply<T>;
  if (!reply.ok) throw new Error(`${fn} failed: ${reply.message}`);
  return reply.value;
}

const isCall = (fn: string) => (res: Response) =>
  res.url().endsWith('/api') && (res.request().postData() ?? '').includes(`"fn":"${fn}"`);

describe('sidebar in chromium', () => {
  let preview: Preview;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let page: Page;
  let shotDir: string;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const apiCalls: string[] = [];

  let setupError: unknown = null;
  /** Rethrows a failed setup in every test, so a missing chromium fails each one instead of skipping it. */
  const ready = () => { if (setupError) throw setupError; };

  beforeAll(async () => {
    try { await setup(); } catch (error) { setupError = error; }
  });

  // launchChromium throws when the browser cannot start (or CHROMIUM_PATH names a missing one): every test then fails.
  async function setup(): Promise<void> {
    shotDir = await mkdtemp(join(tmpdir(), 'callboard-sidebar-test-'));
    const workbook = join(shotDir, 'example.xlsx');
    await exampleWithXssOnTop(workbook);
    preview = await startPreview({ port: 0, workbook });
    browser = await launchChromium();
    page = await browser.context.newPage();
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); void dialog.dismiss(); });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('request', (req) => { if (req.url().endsWith('/api')) apiCalls.push(JSON.parse(req.postData() ?? '{}').fn); });
    await page.goto(preview.url);
  }

  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (shotDir) await rm(shotDir, { recursive: true, force: true });
  });

  it('opens on the latest month with data and shows the policy in force', async () => {
    ready();
    const state = await callApi<State>(preview, 'getSidebarState');
    expect(state.defaultMonth).toBe(state.months[0]);
    await expect.poll(() => page.inputValue('#month')).toBe(state.defaultMonth);
    expect(await page.getAttribute('#month', 'type')).toBe('month');
    await expect.poll(() => page.textContent('[data-testid=policy]')).toContain(state.policy.name[state.lang as 'zh' | 'en']);
    expect(await page.isEnabled('#generate')).toBe(true);
  });

  it('Generate shows the steps, disables the buttons and sends one request at a time', async () => {
    ready();
    // Hold the report request for a moment so the waiting state can be seen.
    await page.route('**/api', async (route) => {
      if ((route.request().postData() ?? '').includes('"startReport"')) await new Promise((ok) => setTimeout(ok, 2000));
      await route.continue();
    });
    await page.fill('#month', EXAMPLE_MONTH);
    const before = apiCalls.filter((fn) => fn === 'startReport').length;
    const reply = page.waitForResponse(isCall('startReport'), { timeout: 60_000 });
    await page.click('#generate');
    expect(await page.isDisabled('#generate')).toBe(true);
    expect(await page.isDisabled('#check')).toBe(true);
    await page.locator('#generate').click({ force: true }).catch(() => undefined);
    expect(await page.isVisible('#progress')).toBe(true);
    expect(await page.locator('#steps li').count()).toBe(4);
    expect(await page.locator('#steps li[aria-current=step]').count()).toBe(1);
    const body = await (await reply).json() as ApiReply<Generated>;
    expect([body.ok, body.value.done]).toEqual([true, true]);
    await page.getByTestId('totals').waitFor();
    await page.unroute('**/api');
    expect(apiCalls.filter((fn) => fn === 'startReport').length - before).toBe(1);
    expect(await page.locator('#steps li[data-step=done]').count()).toBe(4);
    expect(await page.isEnabled('#generate')).toBe(true);

    const top = await page.locator('[data-testid=top5] li').allTextContents();
    expect(top).toHaveLength(Math.min(5, body.value.result.summary.top.length));
    expect(top.length).toBeGreaterThan(0);
    top.forEach((text, i) => expect(text).toContain(body.value.result.summary.top[i].name));
    for (const id of ['total-payout', 'total-fines', 'total-bonuses']) {
      expect(await page.getByTestId(id).textContent()).toMatch(YUAN);
    }
    const { payout, fines, bonuses } = body.value.result.summary.totals;
    expect(await page.getByTestId('total-payout').textContent()).toBe(`${formatYuan(payout)} 元`);
    expect(await page.getByTestId('total-fines').textContent()).toBe(`${formatYuan(fines)} 元`);
    expect(await page.getByTestId('total-bonuses').textContent()).toBe(`${formatYuan(bonuses)} 元`);
    // Flags grouped by what they ask: the dismissals first, the excellent agents last, never mixed.
    expect(await page.locator('.flag-group').evaluateAll((els) => els.map((el) => el.getAttribute('data-meaning'))))
      .toEqual(['action', 'review', 'good']);
    expect(await page.locator('.flag-group[data-meaning=good]').textContent()).not.toContain('建议辞退');
    await page.screenshot({ path: join(shotDir, 'sidebar.png'), fullPage: true });
    expect(statSync(join(shotDir, 'sidebar.png')).size).toBeGreaterThan(1000);
  });

  it('shows the XSS-looking and formula-looking names as literal text and runs nothing from them', async () => {
    ready();
    expect(await page.locator('[data-testid=top5] li').first().textContent()).toContain(XSS_NAME);
    expect(await page.locator('[data-testid=flags]').textContent()).toContain(FORMULA_NAME);
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('img[src=x]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('switches the labels to English and keeps the choice after a reload', async () => {
    ready();
    expect(await page.textContent('h1')).toBe('Callboard 报表');
    await page.click('#lang');
    expect(await page.textContent('h1')).toBe('Callboard report');
    expect(await page.textContent('#generate')).toBe('Generate');
    expect(await page.textContent('#check')).toBe('Check data');
    expect(await page.textContent('[data-testid=summary] h2')).toBe(`Report for ${EXAMPLE_MONTH}`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await expect.poll(() => page.textContent('#generate')).toBe('Generate');
  });

  it('Check data lists the issues with links to their cells', async () => {
    ready();
    await page.fill('#month', EXAMPLE_MONTH);
    const reply = page.waitForResponse(isCall('checkData'), { timeout: 60_000 });
    await page.click('#check');
    const body = await (await reply).json() as ApiReply<{ issues: { url: string | null }[]; counts: { errors: number; warnings: number } }>;
    await page.getByTestId('issue-counts').waitFor();
    const { errors, warnings } = body.value.counts;
    expect(await page.getByTestId('issue-counts').textContent()).toBe(`Errors: ${errors}, warnings: ${warnings}`);
    const items = page.locator('[data-testid=issue-list] li');
    expect(await items.count()).toBe(Math.min(100, body.value.issues.length));
    expect(await items.count()).toBeGreaterThan(0);
    const links = page.locator('[data-testid=issue-list] a');
    expect(await links.count()).toBe(body.value.issues.slice(0, 100).filter((i) => i.url).length);
    expect(await links.count()).toBeGreaterThan(0);
    const href = await links.first().getAttribute('href');
    expect(href).toMatch(/^https?:\/\/.*#gid=\d+&range=[A-Z]+\d+/);
    expect(await links.first().getAttribute('target')).toBe('_blank');
    expect(await links.first().textContent()).toMatch(/^Open .+![A-Z]+\d+$/);
    expect(existsSync(join(shotDir, 'sidebar.png'))).toBe(true);
    expect(dialogs).toEqual([]);
  });

  // The example's policy in force is outbound-center: the service-kpi preset as the draft changes pay.
  it('What-if compares a draft, largest changes first, its button disabled while the server works', async () => {
    ready();
    await page.fill('#month', EXAMPLE_MONTH);
    await page.locator('#wf-panel > summary').click();
    await page.fill('#wf-draft', 'service-kpi');
    await page.route('**/api', async (route) => {
      if ((route.request().postData() ?? '').includes('"comparePolicy"')) await new Promise((ok) => setTimeout(ok, 1500));
      await route.continue();
    });
    const reply = page.waitForResponse(isCall('comparePolicy'), { timeout: 60_000 });
    await page.click('#wf-compare');
    expect(await page.isDisabled('#wf-compare')).toBe(true);
    const body = await (await reply).json() as ApiReply<{ tab: string; agents: { name: string; deltaFen: number }[]; totals: { changed: number } }>;
    await page.unroute('**/api');
    expect(body.message ?? '').toBe('');
    await page.getByTestId('compare-agents').waitFor();
    const sizes = body.value.agents.map((a) => Math.abs(a.deltaFen));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const rows = page.locator('[data-testid=compare-agents] tbody tr');
    expect(await rows.count()).toBe(Math.min(20, body.value.agents.length));
    expect(await rows.first().locator('td').first().textContent()).toContain(body.value.agents[0].name);
    expect(await page.getByTestId('compare-totals').textContent()).toContain(`${body.value.totals.changed} agents changed`);
    expect(await page.isEnabled('#wf-compare')).toBe(true);
    expect(await page.locator('img').count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('Old month tabs: lists them against the cell limit, asks before removing, archives then removes', async () => {
    ready();
    const removals = () => apiCalls.filter((fn) => fn === 'removeMonthTabs').length;
    await page.locator('#tabs-panel > summary').click();
    await page.getByTestId('cells-total').waitFor();
    expect(await page.getByTestId('cells-total').textContent()).toMatch(/^Spreadsheet: [\d,]+ cells of the 10,000,000 limit \([\d.]+%\)$/);
    const box = page.locator(`#tabs-result input[data-month="${EXAMPLE_MONTH}"]`);
    await box.check();
    await page.click('#tabs-remove');
    expect(await page.isVisible('#tabs-confirm')).toBe(true);
    expect(await page.textContent('#tabs-confirm-text')).toBe(`Remove the report tabs of ${EXAMPLE_MONTH}? They are first copied to a new spreadsheet in Drive; source sheets are not touched.`);
    await page.click('#tabs-confirm-no');
    expect(await page.isHidden('#tabs-confirm')).toBe(true);
    expect(removals()).toBe(0);
    await page.click('#tabs-remove');
    const reply = page.waitForResponse(isCall('removeMonthTabs'), { timeout: 60_000 });
    await page.click('#tabs-confirm-yes');
    const body = await (await reply).json() as ApiReply<{ removed: string[]; archive: { name: string } | null }>;
    expect(body.ok).toBe(true);
    expect(body.value.removed.length).toBeGreaterThan(0);
    expect(body.value.archive).not.toBeNull();
    await expect.poll(() => page.getByTestId('removed').textContent()).toContain(`Removed: ${body.value.removed.join(', ')}`);
    await expect.poll(() => box.count()).toBe(0);
    expect(removals()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  // Last: it adds a Policy sheet to the preview's spreadsheet, which the tests above do not expect.
  it('inserts the chosen preset as the Policy sheet, and asks before replacing it', async () => {
    ready();
    const inserts = () => apiCalls.filter((fn) => fn === 'insertPolicySheet').length;
    const before = await callApi<State & { policy: { sheetName: string | null } }>(preview, 'getSidebarState');
    expect(before.policy.sheetName).toBeNull();
    // Names in the page's language; the values stay the ids the server takes.
    expect(await page.locator('#policy-preset option').allTextContents()).toEqual(['Outbound centre', 'Telesales team', 'Customer service KPI', 'Floor discipline']);
    expect(await page.locator('#policy-preset option').evaluateAll((els) => els.map((el) => (el as HTMLOptionElement).value)))
      .toEqual(['outbound-center', 'telesales-team', 'service-kpi', 'floor-discipline']);
    await page.selectOption('#policy-preset', 'telesales-team');
    const first = page.waitForResponse(isCall('insertPolicySheet'), { timeout: 60_000 });
    await page.click('#insert-policy');
    const written = await (await first).json() as ApiReply<{ sheet: string; preset: string; version: string }>;
    expect(written.ok).toBe(true);
    // The example workbook is a Chinese spreadsheet: the sheet is 规则 whatever the sidebar's language.
    expect(written.value).toMatchObject({ sheet: '规则', preset: 'telesales-team' });
    await expect.poll(() => page.textContent('[data-testid=policy-result]'))
      .toBe(`Wrote the Policy sheet "规则" from preset Telesales team (version ${written.value.version}).`);
    await expect.poll(() => page.textContent('[data-testid=policy]')).toContain(`(telesales-team, version ${written.value.version}) · from the "规则" sheet`);
    expect(await page.isHidden('#policy-confirm')).toBe(true);

    // A second insert asks first; Cancel sends nothing.
    await page.selectOption('#policy-preset', 'service-kpi');
    await page.click('#insert-policy');
    expect(await page.isVisible('#policy-confirm')).toBe(true);
    expect(await page.textContent('#policy-confirm-text')).toBe('The spreadsheet already has the Policy sheet "规则". Replace it whole with preset Customer service KPI? Edits made in it will be lost.');
    await page.click('#policy-cancel');
    expect(await page.isHidden('#policy-confirm')).toBe(true);
    expect(inserts()).toBe(1);

    // Replace swaps the sheet in whole and the policy in force follows it.
    await page.click('#insert-policy');
    const second = page.waitForResponse(isCall('insertPolicySheet'), { timeout: 60_000 });
    await page.click('#policy-replace');
    const replaced = await (await second).json() as ApiReply<{ sheet: string; version: string }>;
    expect(replaced.ok).toBe(true);
    await expect.poll(() => page.textContent('[data-testid=policy-result]'))
      .toBe(`Wrote the Policy sheet "规则" from preset Customer service KPI (version ${replaced.value.version}).`);
    await expect.poll(() => page.textContent('[data-testid=policy]')).toContain('(service-kpi, version');
    expect(inserts()).toBe(2);
    const after = await callApi<State & { policy: { source: string; sheetName: string | null } }>(preview, 'getSidebarState');
    expect([after.policy.id, after.policy.source, after.policy.sheetName]).toEqual(['service-kpi', 'sheet', '规则']);
    await page.screenshot({ path: join(shotDir, 'policy.png'), fullPage: true });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

});
