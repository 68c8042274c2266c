// `--init-policy`: a copy of the workbook (or a new one) with the preset written as a Policy sheet HR can edit.
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { isChinese } from '../engine/read/aliases.js';
import { POLICY_SHEET_NAMES, policySheetLayout } from '../engine/read/policy-sheet/layout.js';
import { findPolicySheet } from '../engine/read/policy-sheet/resolve.js';
import { getPreset } from '../engine/presets/index.js';
import type { Lang } from '../engine/types.js';
import { loadWorkbook, toWorkbookData } from '../xlsx/read.js';
import { assertNotInput } from '../xlsx/write.js';

export interface InitPolicyOptions {
  /** workbook to copy; null or a missing file starts a new workbook */
  input: string | null;
  out: string;
  preset: string;
  /** sheet language; null = Chinese when the workbook has Chinese sheet names or there is no workbook */
  lang: Lang | null;
}

export interface InitPolicyResult {
  out: string;
  sheetName: string;
  lang: Lang;
}

const WIDTHS = [38, 34, 40, 30];

function addPolicySheet(wb: ExcelJS.Workbook, preset: string, lang: Lang): string {
  const { values, moneyCells } = policySheetLayout(getPreset(preset), lang);
  const name = POLICY_SHEET_NAMES[lang];
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', xSplit: 1, ySplit: 2 }] });
  ws.columns = values[0].map((_, c) => ({ width: WIDTHS[c] ?? 16 }));
  ws.getColumn(1).numFmt = '@';
  values.forEach((row, r) => {
    const line = ws.getRow(r + 1);
    // Plain values: a string starting with '=' stays text, never a formula.
    row.forEach((v, c) => {
      if (v !== null) line.getCell(c + 1).value = v;
    });
    if (r < 2) line.font = { bold: true };
  });
  for (const cell of moneyCells) ws.getCell(cell).numFmt = '0.00';
  return name;
}

/**
 * Writes `out`: the input workbook (never modified) plus the preset as a Policy / 规则 sheet, or a new workbook
 * holding only that sheet. A workbook that already has a Policy sheet throws { code: 'policy-exists' }.
 */
export async function initPolicy(o: InitPolicyOptions): Promise<InitPolicyResult> {
  const fromFile = o.input !== null && existsSync(o.input);
  if (fromFile) assertNotInput(o.input!, o.out);
  const wb = fromFile ? await loadWorkbook(o.input!) : new ExcelJS.Workbook();
  const data = toWorkbookData(wb);
  const existing = findPolicySheet(data);
  if (existing) {
    throw new Error(`${o.input} already has a Policy sheet ("${existing.name}"); edit it there`, { cause: { code: 'policy-exists' } });
  }
  const lang = o.lang ?? (data.sheets.length === 0 || data.sheets.some((s) => isChinese(s.name)) ? 'zh' : 'en');
  const sheetName = addPolicySheet(wb, o.preset, lang);
  const tmp = resolve(dirname(resolve(o.out)), `.${process.pid}.${Date.now()}.callboard.tmp.xlsx`);
  try {
    await wb.xlsx.writeFile(tmp);
    await rename(tmp, o.out);
  } catch (err) {
    await rm(tmp, { force: true });
    throw new Error(`cannot write ${o.out}: ${(err as Error).message}`, { cause: { code: 'write-failed' } });
  }
  return { out: o.out, sheetName, lang };
}
