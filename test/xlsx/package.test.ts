// --out keeps the input package: every part it does not replace byte for byte, a retired tab's parts gone cleanly.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allTabNames, type TabSpec } from '../../src/engine/report/tabs.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { writeReport } from '../../src/xlsx/write.js';
import { entryBytes, entryText, openZip, type ZipArchive } from '../../src/xlsx/zip.js';
import { RICH_PARTS, richWorkbook } from './rich-fixture.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-pkg-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const input = join(dir, 'rich.xlsx');
const out = join(dir, 'rich-out.xlsx');

const payout: TabSpec = {
  name: 'Payout 2026-10', role: 'payout', header: ['ID', 'Payout'], columns: [{ kind: 'text' }, { kind: 'money', format: '#,##0.00 "元"' }],
  rows: [['007', 3000], ['Total', 3000]], rowStyles: [null, 'total'], filter: true, frozenColumns: 1,
  print: { landscape: true, fitToWidth: true, repeatHeader: true }, note: 'outbound-center v1 · 2026-10',
};

/** Parts the writer edits in place (lists of sheets, relationships, content types, styles, titles). */
const EDITED = new Set(['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml', 'docProps/app.xml']);
/** The retired 'Payout 2026-10' tab's own parts in the fixture. */
const STALE = ['xl/worksheets/sheet2.xml', 'xl/worksheets/_rels/sheet2.xml.rels', 'xl/comments2.xml', 'xl/drawings/vmlDrawing2.vml'];

let a: ZipArchive;
let b: ZipArchive;

beforeAll(async () => {
  writeFileSync(input, await richWorkbook());
  await writeReport(input, out, [payout], { retire: allTabNames('2026-10') });
  a = openZip(readFileSync(input));
  b = openZip(readFileSync(out));
});

describe('writeReport keeps the input package', () => {
  it('the fixture has a chart, a pivot cache, data validation and comments', () => {
    for (const part of RICH_PARTS) expect(a.byName.has(part)).toBe(true);
    expect(entryText(a, 'xl/worksheets/sheet1.xml')).toContain('<dataValidations');
    expect(a.byName.has('xl/comments1.xml')).toBe(true);
  });

  it('every input part but the edited lists and the retired tab is in --out byte for byte', () => {
    const kept = a.entries.filter((e) => !EDITED.has(e.name) && !STALE.includes(e.name));
    expect(kept.length).toBeGreaterThan(15);
    for (const e of kept) {
      const copy = b.byName.get(e.name);
      expect(copy, e.name).toBeDefined();
      expect(entryBytes(b, copy!).equals(entryBytes(a, e)), e.name).toBe(true);
    }
  });

  it('the retired tab leaves no part, relationship, content type or defined name behind', () => {
    for (const part of STALE) expect(b.byName.has(part), part).toBe(false);
    const types = entryText(b, '[Content_Types].xml')!;
    expect(types).not.toContain('/xl/comments2.xml');
    const workbook = entryText(b, 'xl/workbook.xml')!;
    expect(workbook).not.toContain('rId5');
    expect(entryText(b, 'xl/_rels/workbook.xml.rels')).not.toContain('Id="rId5"');
    expect(workbook).toContain('<pivotCaches><pivotCache cacheId="1" r:id="rIdPivot1"/></pivotCaches>');
    expect(workbook.match(/<definedName [^>]*>[^<]*<\/definedName>/g)).toEqual([
      '<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;Roster&apos;!$1:$1</definedName>',
      '<definedName name="_xlnm._FilterDatabase" localSheetId="1" hidden="1">\'Payout 2026-10\'!$A$1:$B$3</definedName>',
      '<definedName name="_xlnm.Print_Titles" localSheetId="1">\'Payout 2026-10\'!$1:$1</definedName>',
    ]);
  });

  it('the edited lists keep what the input had: chart and pivot content types, the styles before ours', () => {
    const types = entryText(b, '[Content_Types].xml')!;
    expect(types).toContain('/xl/charts/chart1.xml');
    expect(types).toContain('/xl/pivotCache/pivotCacheDefinition1.xml');
    const before = entryText(a, 'xl/styles.xml')!;
    const after = entryText(b, 'xl/styles.xml')!;
    const xfs = (x: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(x)![1];
    expect(xfs(after).startsWith(xfs(before))).toBe(true);
  });

  it('reads back with the new tab, its number format, fill, filter, note, frozen pane and print set-up', async () => {
    expect((await readWorkbook(out)).sheets.map((s) => [s.name, s.values])).toEqual([
      ['Roster', [['ID', 'Name', 'Base salary'], ['007', 'Wang', 3000], ['008', 'Li', 3100], ['009', 'Zhang', 3200]]],
      ['Payout 2026-10', [['ID', 'Payout'], ['007', 3000], ['Total', 3000]]],
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Payout 2026-10')!;
    expect(ws.getCell('B2').numFmt).toBe('#,##0.00 "元"');
    expect(ws.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFD9E1F2' } });
    expect(ws.getCell('A3').font).toMatchObject({ bold: true });
    expect(ws.getCell('A1').font).toMatchObject({ bold: true });
    expect(ws.autoFilter).toBe('A1:B3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 1 });
    expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getCell('A1').note).toBe('outbound-center v1 · 2026-10');
  });
});
