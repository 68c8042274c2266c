// --init-policy: the preset written as a Policy sheet into an .xlsx reads back, through exceljs, as the same policy.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { initPolicy } from '../../src/cli/init-policy.js';
import { resolvePolicy } from '../../src/engine/read/policy-sheet/resolve.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { readWorkbook } from '../../src/xlsx/read.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-init-policy-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function book(file: string, sheets: string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) wb.addWorksheet(s).getCell('A1').value = 'ID';
  await wb.xlsx.writeFile(file);
  return file;
}

describe('initPolicy', () => {
  it('adds 规则 to a Chinese workbook; the copy reads back as the preset, versioned by its content', async () => {
    const input = await book(join(dir, 'zh.xlsx'), ['花名册', '考勤']);
    const out = join(dir, 'zh-policy.xlsx');
    expect(await initPolicy({ input, out, preset: 'outbound-center', lang: null })).toEqual({ out, sheetName: '规则', lang: 'zh' });
    const data = await readWorkbook(out);
    expect(data.sheets.map((s) => s.name)).toEqual(['花名册', '考勤', '规则']);
    const got = resolvePolicy(data);
    expect([got.source, got.issues]).toEqual(['sheet', []]);
    expect({ ...got.policy, version: '1' }).toEqual(getPreset('outbound-center'));
    expect((await readWorkbook(input)).sheets.map((s) => s.name)).toEqual(['花名册', '考勤']);
  });

  it('writes 元 cells with two decimals and keeps the version "1" as text', async () => {
    const out = join(dir, 'new.xlsx');
    await initPolicy({ input: null, out, preset: 'outbound-center', lang: 'en' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Policy')!;
    const rows: ExcelJS.Row[] = [];
    ws.eachRow((r) => rows.push(r));
    const version = rows.find((r) => r.getCell(1).value === 'version')!;
    const money = rows.find((r) => String(r.getCell(1).value).endsWith('finePerMinuteFen'))!;
    expect(version.getCell(3).value).toBe('1');
    expect([money.getCell(3).value, money.getCell(3).numFmt]).toEqual([1, '0.00']);
  });

  it('refuses a workbook that already has a Policy sheet, with code policy-exists', async () => {
    const input = await book(join(dir, 'has.xlsx'), ['Roster', 'Policy']);
    await expect(initPolicy({ input, out: join(dir, 'has-2.xlsx'), preset: 'outbound-center', lang: null }))
      .rejects.toThrow(expect.objectContaining({ cause: { code: 'policy-exists' } }));
  });
});
