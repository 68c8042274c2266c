// The streaming reader on hand-written sheet XML: cell types, date styles, sparse rows, skipped tabs.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { isGeneratedTab, isSourceSheet } from '../../src/xlsx/filter.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { isDateFormatCode } from '../../src/xlsx/values.js';
import { NO_CACHED_VALUE } from '../../src/engine/read/cells.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A package with the given sheets (name → sheetData inner XML), shared strings and styles as Excel writes them. */
function pkg(file: string, sheets: Record<string, string>, o: { date1904?: boolean; prefix?: string } = {}): string {
  const names = Object.keys(sheets);
  const x = o.prefix ? `${o.prefix}:` : '';
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<workbook ${NS}>${o.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`),
    'xl/sharedStrings.xml': strToU8(`<sst ${NS}><si><t>007</t></si><si><r><t>Wang </t></r><r><rPr><b/></rPr><t>Fang</t></r><rPh><t>ワン</t></rPh></si><si><t xml:space="preserve"> a &amp; b </t></si></sst>`),
    // xf 0 general, 1 built-in date (14), 2 custom time, 3 custom with a quoted "d" only (not a date), 4 built-in 31 (CJK date)
    'xl/styles.xml': strToU8(`<styleSheet ${NS}><numFmts count="2"><numFmt numFmtId="164" formatCode="hh:mm"/><numFmt numFmtId="165" formatCode="0.00&quot;d&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="31"/></cellXfs></styleSheet>`),
  };
  names.forEach((n, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<${x}worksheet ${o.prefix ? NS.replace('xmlns=', `xmlns:${o.prefix}=`) : NS}><${x}sheetData>${sheets[n]}</${x}sheetData></${x}worksheet>`);
  });
  const path = join(dir, file);
  writeFileSync(path, zipSync(files));
  return path;
}

describe('readWorkbook (streaming)', () => {
  it('reads each cell type as exceljs did (shared and rich text, inline text, numbers, booleans, errors, formulas), a formula without its value as the engine\'s marker', async () => {
    const file = pkg('types.xlsx', {
      Roster: '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        + '<c r="D1" t="inlineStr"><is><t>inline</t></is></c><c r="E1"><v>12.5</v></c><c r="F1" t="b"><v>1</v></c>'
        + '<c r="G1" t="e"><v>#N/A</v></c><c r="H1" t="str"><f>A1&amp;"x"</f><v>007x</v></c><c r="I1"><f>1+1</f></c>'
        + '<c r="J1" t="inlineStr"><is><t></t></is></c><c r="K1"><v>1e999</v></c></row>',
    });
    expect((await readWorkbook(file)).sheets[0].values).toEqual([
      ['007', 'Wang Fang', ' a & b ', 'inline', 12.5, true, '#N/A', '007x', NO_CACHED_VALUE],
    ]);
  });

  it('numbers in date styles become Dates holding the wall clock as UTC; a quoted "d" is no date', async () => {
    const file = pkg('dates.xlsx', {
      Attendance: '<row r="1"><c r="A1" s="1"><v>46303</v></c><c r="B1" s="2"><v>0.37986111111111109</v></c>'
        + '<c r="C1" s="3"><v>2.5</v></c><c r="D1" s="4"><v>46303</v></c><c r="E1" s="1"><v>46303.5</v></c></row>',
    });
    expect((await readWorkbook(file)).sheets[0].values).toEqual([[
      new Date(Date.UTC(2026, 9, 8)), new Date(Date.UTC(1899, 11, 30, 9, 7)), 2.5, new Date(Date.UTC(2026, 9, 8)),
      new Date(Date.UTC(2026, 9, 8, 12)),
    ]]);
  });

  it('the 1904 date system shifts serials by 1,462 days', async () => {
    const file = pkg('1904.xlsx', { Calls: '<row r="1"><c r="A1" s="1"><v>44841</v></c></row>' }, { date1904: true });
    expect((await readWorkbook(file)).sheets[0].values).toEqual([[new Date(Date.UTC(2026, 9, 8))]]);
  });

  it('rows are as long as their last value, missing rows are empty, cells without r follow on', async () => {
    const file = pkg('sparse.xlsx', {
      Calls: '<row r="2"><c r="C2"><v>3</v></c></row><row r="5"><c><v>1</v></c><c><v>2</v></c></row><row r="6"><c r="XFD6"><v>9</v></c></row>',
    });
    const values = (await readWorkbook(file)).sheets[0].values;
    expect(values.slice(0, 5)).toEqual([[], [null, null, 3], [], [], [1, 2]]);
    expect([values[5].length, values[5][16383]]).toEqual([16384, 9]);
  });

  it('elements with a namespace prefix read the same', async () => {
    const file = pkg('prefix.xlsx', { Roster: '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>5</x:v></x:c></x:row>' }, { prefix: 'x' });
    expect((await readWorkbook(file)).sheets[0].values).toEqual([['007', 5]]);
  });

  it('a sheet with CDATA or comments is read by the full XML parser, to the same values', async () => {
    const file = pkg('cdata.xlsx', {
      Roster: '<!-- made by hand --><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a<b]]></t></is></c><c r="B1"><v>2</v></c></row>',
    });
    expect((await readWorkbook(file)).sheets[0].values).toEqual([['a<b', 2]]);
  });

  it('a filter skips tabs after their first rows: they come back without values, and are named to onSkip', async () => {
    const big = Array.from({ length: 20 }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c></row>`).join('');
    const file = pkg('filter.xlsx', { Roster: '<row r="1"><c r="A1" t="inlineStr"><is><t>ID</t></is></c></row>', 'Payout 2026-09': big });
    const skipped: string[] = [];
    const data = await readWorkbook(file, { filter: isSourceSheet, onSkip: (n) => skipped.push(n) });
    expect(data.sheets).toEqual([{ name: 'Roster', values: [['ID']] }, { name: 'Payout 2026-09', values: [] }]);
    expect(skipped).toEqual(['Payout 2026-09']);
  });
});

describe('isSourceSheet', () => {
  const header = [['工号', '日期', '上班打卡']];
  it.each([
    ['Attendance', [], 10e6, true],
    ['考勤', [], 10e6, true],
    ['Attendance 2026-10', [], 10e6, true],
    ['Policy (2026)', [], 10e6, true],
    ['规则', [], 10e6, true],
    ['考情', header, 10e6, true],
    ['Payout 2026-09', header, 10, false],
    ['明细 2026-10', [], 10, false],
    ['Notes', [['anything']], 1000, true],
    ['Dialer dump', [['anything']], 10e6, false],
  ])('%s (first rows %j, %d bytes) → %s', (name, rows, bytes, keep) => {
    expect(isSourceSheet(name, rows as never, bytes)).toBe(keep);
  });

  it('generated tabs are known in both languages, any month', () => {
    expect([isGeneratedTab('Details 2025-01'), isGeneratedTab('问题 2026-10'), isGeneratedTab('Payout notes')]).toEqual([true, true, false]);
  });
});

describe('isDateFormatCode', () => {
  it.each([
    ['yyyy-mm-dd', true], ['hh:mm', true], ['[h]:mm:ss', true], ['yyyy"年"m"月"d"日"', true],
    ['0.00', false], ['#,##0.00 "元"', false], ['[Red]0', false], ['@', false],
  ])('%s → %s', (code, date) => {
    expect(isDateFormatCode(code)).toBe(date);
  });
});
