// Merged cells in an .xlsx: <mergeCells> after <sheetData>, caught by the streaming scanner (any chunking) and the full parser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { runWorkbook } from '../../src/engine/run.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { rangeOfA1 } from '../../src/engine/read/sources/merged.js';
import { SheetScanner } from '../../src/xlsx/sheet-scan.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-merges-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const day = (d: number) => new Date(Date.UTC(2026, 9, d));

describe('an .xlsx written by exceljs with merged cells', () => {
  it('lists each sheet\'s merged ranges; the run applies the merged ID and date to every row, with one warning per sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const roster = wb.addWorksheet('花名册');
    roster.addRow(['工号', '姓名', '组别', '基本工资']);
    roster.addRow(['A1', '王芳', '一组', 3000]);
    roster.addRow(['A2', '李娜', null, 3000]);
    roster.mergeCells('C2:C3'); // one team for both
    const att = wb.addWorksheet('考勤');
    att.addRow(['考勤 2026年10月']);
    att.mergeCells('A1:D1'); // a title: not data
    att.addRow(['工号', '日期', '上班打卡', '下班打卡']);
    for (const id of ['A1', 'A2']) for (const d of [8, 9]) att.addRow([id, day(d), '09:00', '18:00']);
    att.mergeCells('A3:A4'); // A1 over its two days
    att.mergeCells('A5:A6');
    const calls = wb.addWorksheet('外呼');
    calls.addRow(['工号', '日期', '外呼量', '接通量', '成功量']);
    for (const d of [8, 9]) for (const id of ['A1', 'A2']) calls.addRow([id, day(d), 100, 50, 10]);
    calls.mergeCells('B2:B3'); // the 8th over both agents
    calls.mergeCells('B4:B5');
    const file = join(dir, 'merged.xlsx');
    await wb.xlsx.writeFile(file);

    const data = await readWorkbook(file);
    expect(data.sheets.map((s) => [s.name, s.merges])).toEqual([
      ['花名册', [{ top: 1, left: 2, bottom: 2, right: 2 }]],
      ['考勤', [{ top: 0, left: 0, bottom: 0, right: 3 }, { top: 2, left: 0, bottom: 3, right: 0 }, { top: 4, left: 0, bottom: 5, right: 0 }]],
      ['外呼', [{ top: 1, left: 1, bottom: 2, right: 1 }, { top: 3, left: 1, bottom: 4, right: 1 }]],
    ]);
    // As the file holds them: the value in the top-left cell only.
    expect(data.sheets[1].values.map((r) => r[0] ?? null)).toEqual(['考勤 2026年10月', '工号', 'A1', null, 'A2', null]);

    const { report } = runWorkbook(data, '2026-10');
    expect(report.issues.map((i) => [i.code, i.cell, i.severity, i.value])).toEqual([
      ['merged-cells', '花名册!C2', 'warning', 'C2:C3'],
      ['merged-cells', '考勤!A3', 'warning', 'A3:A4'],
      ['merged-cells', '外呼!B2', 'warning', 'B2:B3'],
    ]);
    expect(report.issues[1].messageZh).toBe('考勤 第3行：数据区有 2 处合并单元格（A3:A4, A5:A6），已按显示把值用于每一行；请核对，或取消合并后逐行填写');
    expect(report.employees.map((e) => [e.id, e.team, e.stats.daysWorked, e.stats.dials])).toEqual([['A1', '一组', 2, 200], ['A2', '一组', 2, 200]]);
  });

  it('a workbook without merges has no merges field', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Roster').addRow(['ID', 'Name']);
    const file = join(dir, 'plain.xlsx');
    await wb.xlsx.writeFile(file);
    expect((await readWorkbook(file)).sheets).toEqual([{ name: 'Roster', values: [['ID', 'Name']] }]);
  });
});

const SHEET = '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
  + '<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row></sheetData>'
  + '<mergeCells count="3"><mergeCell ref="A2:A5"/><mergeCell ref="B10:D10"/><mergeCell ref="AA100:AB1048576"/></mergeCells>'
  + '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
  + '<rowBreaks count="1" manualBreakCount="1"><brk id="5" max="16383" man="1"/></rowBreaks></worksheet>';
const EXPECTED = [{ top: 1, left: 0, bottom: 4, right: 0 }, { top: 9, left: 1, bottom: 9, right: 3 }, { top: 99, left: 26, bottom: 1048575, right: 27 }];

describe('SheetScanner: merged ranges whatever the chunks', () => {
  it.each([1, 2, 3, 7, 13, 64, SHEET.length])('chunks of %i characters', (size) => {
    const scan = new SheetScanner({ strings: [], dateStyles: [], date1904: false });
    for (let i = 0; i < SHEET.length; i += size) scan.write(SHEET.slice(i, i + size));
    expect([scan.end(), scan.merges]).toEqual([[['ID'], [7]], EXPECTED]);
  });

  it('elements after the merges that start like a row (<rowBreaks/>) end nothing early', () => {
    const scan = new SheetScanner({ strings: [], dateStyles: [], date1904: false });
    scan.write(SHEET.replace('</worksheet>', '<rowBreaks/><rowBreaks count="1"><brk id="5" max="16383" man="1"/></rowBreaks></worksheet>'));
    expect([scan.end(), scan.merges]).toEqual([[['ID'], [7]], EXPECTED]);
  });

  it('a prefixed namespace, and a self-closing sheetData', () => {
    const scan = new SheetScanner({ strings: [], dateStyles: [], date1904: false });
    scan.write('<x:worksheet xmlns:x="urn:x"><x:sheetData/><x:mergeCells count="1"><x:mergeCell ref="C3:C4"/></x:mergeCells></x:worksheet>');
    expect(scan.merges).toEqual([{ top: 2, left: 2, bottom: 3, right: 2 }]);
  });

  it.each([['A2:A5', { top: 1, left: 0, bottom: 4, right: 0 }], ['$B$2:$C$3', { top: 1, left: 1, bottom: 2, right: 2 }], ['D4', { top: 3, left: 3, bottom: 3, right: 3 }],
    ['C5:A1', { top: 0, left: 0, bottom: 4, right: 2 }], ['nonsense', null], ['A0:B1', null]] as const)('rangeOfA1(%j)', (ref, range) => {
    expect(rangeOfA1(ref)).toEqual(range);
  });
});

describe('the full XML parser reads merged ranges too', () => {
  it('a sheet with a comment (not plain) gives the same merges', async () => {
    const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
    const file = join(dir, 'comment.xlsx');
    writeFileSync(file, zipSync({
      '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
      'xl/workbook.xml': strToU8(`<workbook ${NS}><sheets><sheet name="Calls" sheetId="1" r:id="rId1"/></sheets></workbook>`),
      'xl/_rels/workbook.xml.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
      'xl/worksheets/sheet1.xml': strToU8(SHEET.replace('<sheetData>', '<!-- written by hand --><sheetData>')),
    }));
    const data = await readWorkbook(file);
    expect(data.sheets).toEqual([{ name: 'Calls', values: [['ID'], [7]], merges: EXPECTED }]);
  });
});
