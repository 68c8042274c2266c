// writeReport/readWorkbook round trip: text stays text, header frozen, sheets replaced whole, input untouched.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTabNames, type TabSpec } from '../../src/engine/report/tabs.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { internalLink, writeReport } from '../../src/xlsx/write.js';
import { entryText, openZip } from '../../src/xlsx/zip.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-xlsx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'in.xlsx');
const out = join(dir, 'out.xlsx');
const FORMULA_NAME = '=HYPERLINK("http://x","y")';

const payout: TabSpec = {
  name: 'Payout 2026-10', role: 'payout',
  header: ['ID', 'Name', 'Flags', 'Payout'],
  columns: [{ kind: 'text' }, { kind: 'text' }, { kind: 'flags' }, { kind: 'money' }],
  rows: [['007', FORMULA_NAME, 'warning', 3243.1], ['+86', '-1', '@x', 0.3], ['Total', null, null, 3243.4]],
  highlightRows: [0], note: 'outbound-center v1 · 2026-10',
};
const details: TabSpec = {
  name: 'Details 2026-10', role: 'details',
  header: ['ID', 'Amount', 'Source'],
  columns: [{ kind: 'text' }, { kind: 'money' }, { kind: 'text' }],
  rows: [['007', -7, 'Attendance!C5']], links: ['Attendance!C5'], linkColumn: 2,
};

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
let before = '';

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Roster');
  roster.addRow(['ID', 'Name']);
  roster.addRow(['007', FORMULA_NAME]);
  roster.getCell('C2').value = { formula: '1+1', result: 2 };
  roster.getCell('D2').value = { richText: [{ text: 'Wang ' }, { text: 'Fang', font: { bold: true } }] };
  roster.getCell('E2').value = { error: '#N/A' };
  roster.getCell('F2').value = { text: 'site', hyperlink: 'http://example.com' };
  roster.getCell('G2').value = new Date(Date.UTC(2026, 9, 8, 9, 7));
  const stale = wb.addWorksheet('Payout 2026-10');
  stale.getCell('Z99').value = 'stale';
  wb.addWorksheet('问题 2026-10').getCell('A1').value = 'stale issues';
  await wb.xlsx.writeFile(input);
  before = sha(input);
  await writeReport(input, out, [payout, details]);
});

describe('readWorkbook', () => {
  it('turns formulas, rich text, errors and hyperlinks into plain values; Dates stay UTC', async () => {
    const data = await readWorkbook(input);
    expect(data.timeZone).toBe('UTC');
    expect(data.sheets[0].values).toEqual([
      ['ID', 'Name'],
      ['007', FORMULA_NAME, 2, 'Wang Fang', '#N/A', 'site', new Date(Date.UTC(2026, 9, 8, 9, 7))],
    ]);
  });
});

describe('writeReport', () => {
  it('never modifies the input file', () => {
    expect(sha(input)).toBe(before);
  });

  it('replaces a sheet of the same name whole and keeps the source sheets', async () => {
    const data = await readWorkbook(out);
    expect(data.sheets.map((s) => s.name)).toEqual(['Roster', '问题 2026-10', 'Payout 2026-10', 'Details 2026-10']);
    expect(data.sheets[2].values.flat()).not.toContain('stale');
  });

  it('retires a month\'s earlier tabs in either language, matching names case-insensitively', async () => {
    const out2 = join(dir, 'out2.xlsx');
    await writeReport(input, out2, [{ ...payout, name: 'PAYOUT 2026-10' }], { retire: allTabNames('2026-10') });
    expect((await readWorkbook(out2)).sheets.map((s) => s.name)).toEqual(['Roster', 'PAYOUT 2026-10']);
  });

  it('formula-looking strings and IDs with leading zeros are read back as the same text', async () => {
    const data = await readWorkbook(out);
    expect(data.sheets[2].values).toEqual([
      ['ID', 'Name', 'Flags', 'Payout'],
      ['007', FORMULA_NAME, 'warning', 3243.1],
      ['+86', '-1', '@x', 0.3],
      ['Total', null, null, 3243.4],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Payout 2026-10')!.getCell('B2').type).toBe(ExcelJS.ValueType.String);
  });

  it('freezes the header row, formats money as #,##0.00, highlights flagged rows, notes the policy', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Payout 2026-10')!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getCell('D2').numFmt).toBe('#,##0.00');
    expect(ws.getCell('A2').fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFFFF2CC' } });
    expect((ws.getCell('A3').fill as { pattern?: string } | undefined)?.pattern ?? 'none').toBe('none');
    expect(ws.getCell('A1').note).toBe('outbound-center v1 · 2026-10');
  });

  it('links a Details source cell to the source sheet (an in-workbook location, no relationship)', () => {
    const zip = openZip(readFileSync(out));
    const details = [...zip.byName.keys()].map((n) => entryText(zip, n) ?? '').find((x) => x.includes('Attendance!C5'))!;
    expect(details).toContain(`<hyperlink ref="C2" location="'Attendance'!C5" display="Attendance!C5"/>`);
  });

  it('refuses to write over the input', async () => {
    await expect(writeReport(input, join(dir, '.', 'in.xlsx'), [payout])).rejects.toMatchObject({ cause: { code: 'out-is-input' } });
  });
});

describe('internalLink', () => {
  it.each([
    ['Attendance!C5', "#'Attendance'!C5"],
    ["'My sheet'!C5:C9", "#'My sheet'!C5:C9"],
    ["'It''s'!A1", "#'It''s'!A1"],
    ['no sheet', null],
  ])('%s → %s', (a1, link) => {
    expect(internalLink(a1)).toBe(link);
  });
});
