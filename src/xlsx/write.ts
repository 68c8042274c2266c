// Writes generated tabs into a copy of the workbook: whole-sheet replace, text kept as text, 元 as #,##0.00.
import { realpathSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { splitA1 } from '../engine/a1.js';
import type { ColumnKind, TabSpec } from '../engine/tabs.js';
import { loadWorkbook } from './read.js';

const NUM_FMT: Record<ColumnKind, string> = {
  text: '@',
  flags: '@',
  date: '@',
  money: '#,##0.00',
  int: '0',
  number: '0.##',
};

const HIGHLIGHT: Record<string, string> = { payout: 'FFFFF2CC', issues: 'FFF8D7DA', ranking: 'FFFFF2CC', details: 'FFFFF2CC' };

/** Display width of a value: CJK characters count double. */
function textWidth(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const s = typeof v === 'number' ? v.toFixed(2) : String(v);
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

/** 'Attendance!C5' or "'My sheet'!C5:C9" → "#'Attendance'!C5", an in-workbook hyperlink. */
export function internalLink(a1: string): string | null {
  const parts = splitA1(a1);
  return parts ? `#'${parts.sheet.replace(/'/g, "''")}'!${parts.range}` : null;
}

/** Removes the sheet named `name`, compared case-insensitively as Excel does. */
function removeSheet(wb: ExcelJS.Workbook, name: string): void {
  const old = wb.worksheets.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
  if (old) wb.removeWorksheet(old.id);
}

function addTab(wb: ExcelJS.Workbook, tab: TabSpec): void {
  removeSheet(wb, tab.name);
  const ws = wb.addWorksheet(tab.name, { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  const sample = tab.rows.slice(0, 500);
  ws.columns = tab.header.map((h, c) => {
    const kind = tab.columns[c]?.kind ?? 'text';
    const width = Math.max(textWidth(h), ...sample.map((row) => textWidth(row[c])));
    return { width: Math.min(60, Math.max(6, width + 2)), style: { numFmt: NUM_FMT[kind] } };
  });
  // Header and cells are assigned as plain values: a string starting with '=' stays a string, never a formula.
  const headerRow = ws.getRow(1);
  tab.header.forEach((h, c) => (headerRow.getCell(c + 1).value = h));
  headerRow.font = { bold: true };
  if (tab.note) headerRow.getCell(1).note = tab.note;
  const fill = HIGHLIGHT[tab.role];
  const highlight = new Set(tab.highlightRows ?? []);
  tab.rows.forEach((values, i) => {
    const row = ws.getRow(i + 2);
    values.forEach((v, c) => {
      if (v === null || v === '') return;
      const cell = row.getCell(c + 1);
      const kind = tab.columns[c]?.kind ?? 'text';
      const isText = kind === 'text' || kind === 'flags' || kind === 'date';
      const link = c === tab.linkColumn && typeof v === 'string' ? internalLink(tab.links?.[i] ?? '') : null;
      cell.value = link ? { text: String(v), hyperlink: link } : isText ? String(v) : v;
      cell.numFmt = NUM_FMT[kind];
    });
    if (highlight.has(i)) {
      for (let c = 1; c <= tab.header.length; c++) {
        row.getCell(c).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
      }
    }
  });
}

/**
 * Adds (or replaces, sheet by sheet) the generated tabs in an open workbook, after removing the `retire`d
 * sheets (a month's earlier tabs in either language, a stale Issues tab); other sheets are untouched.
 */
export function applyTabs(wb: ExcelJS.Workbook, tabs: TabSpec[], retire: readonly string[] = []): void {
  for (const name of retire) removeSheet(wb, name);
  for (const tab of tabs) addTab(wb, tab);
}

/** Throws { code: 'out-is-input' } when `out` names the input workbook. */
export function assertNotInput(input: string, out: string): void {
  if (samePath(input, out)) {
    throw new Error(`--out ${out} is the input workbook; the input is never modified`, { cause: { code: 'out-is-input' } });
  }
}

/** True when two paths name the same file (after resolving links for the one that exists). */
function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

/**
 * Adds `tabs` to `input` (or to `loaded`, the same file already opened), removing `retire`d sheets first,
 * and writes the result to `out` through a temporary file beside it. The input is never written: `out` naming it throws { code: 'out-is-input' }.
 */
export async function writeReport(input: string, out: string, tabs: TabSpec[],
  options: { loaded?: ExcelJS.Workbook; retire?: readonly string[] } = {}): Promise<void> {
  assertNotInput(input, out);
  const wb = options.loaded ?? (await loadWorkbook(input));
  applyTabs(wb, tabs, options.retire);
  const tmp = resolve(dirname(resolve(out)), `.${process.pid}.${Date.now()}.callboard.tmp.xlsx`);
  try {
    await wb.xlsx.writeFile(tmp);
    await rename(tmp, out);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new Error(`cannot write ${out}: ${(err as Error).message}`, { cause: { code: 'write-failed' } });
  }
}
