// Text exports: the CSV splitter across chunk boundaries, encodings sniffed, delimiters chosen.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { CsvRows, readTextSheet, sniffEncoding } from '../../src/files/text.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('CsvRows', () => {
  const text = 'a,"b ""x"", y",c\r\n1,,3,,\n"multi\nline",2\n\n';
  const rows = [['a', 'b "x", y', 'c'], ['1', null, '3'], ['multi\nline', '2']];

  it('splits quoted fields, doubled quotes, CRLF and LF, blank trailing fields dropped', () => {
    const p = new CsvRows(',');
    p.write(text);
    expect(p.end()).toEqual(rows);
  });

  it('gives the same rows wherever the text is cut into chunks', () => {
    for (let cut = 1; cut < text.length; cut++) {
      const p = new CsvRows(',');
      p.write(text.slice(0, cut));
      p.write(text.slice(cut));
      expect(p.end(), `cut at ${cut}`).toEqual(rows);
    }
  });
});

describe('sniffEncoding', () => {
  it.each([
    ['a UTF-8 BOM', Buffer.from([0xef, 0xbb, 0xbf, 0x41]), 'utf-8'],
    ['a UTF-16LE BOM', Buffer.from([0xff, 0xfe, 0x41, 0]), 'utf-16le'],
    ['valid UTF-8 without BOM', Buffer.from('工号', 'utf8'), 'utf-8'],
    ['GB18030 bytes', iconv.encode('工号,姓名', 'gb18030'), 'gb18030'],
  ])('%s → %s', (_, bytes, enc) => {
    expect(sniffEncoding(bytes)).toBe(enc);
  });
});

describe('readTextSheet', () => {
  it.each([
    ['calls.txt', iconv.encode('工号\t日期\t外呼量\n007\t2026-10-08\t12\n', 'gb18030'), 'gb18030', '\t'],
    ['calls.csv', Buffer.from('\ufeff工号,日期,外呼量\n007,2026-10-08,12\n', 'utf8'), 'utf-8', ','],
    ['tabs.csv', Buffer.from('工号\t日期\t外呼量\n007\t2026-10-08\t12\n', 'utf8'), 'utf-8', '\t'],
    ['semis.csv', Buffer.from('工号;日期;外呼量\r\n007;2026-10-08;12\r\n', 'utf8'), 'utf-8', ';'],
  ])('%s: one tab named after the file, IDs kept as text', async (name, bytes, encoding, delimiter) => {
    const file = join(dir, name);
    writeFileSync(file, bytes);
    const got = await readTextSheet(file);
    expect(got).toEqual({
      sheet: { name: name.replace(/\.\w+$/, ''), values: [['工号', '日期', '外呼量'], ['007', '2026-10-08', '12']] }, encoding, delimiter,
    });
  });

  it('a file valid UTF-8 at its head but not further on is read as GB18030', async () => {
    const file = join(dir, 'late.csv');
    writeFileSync(file, Buffer.concat([Buffer.from(`ID,Name\n${'A,x\n'.repeat(20000)}`), iconv.encode('B,王芳\n', 'gb18030')]));
    const got = await readTextSheet(file);
    expect([got.encoding, got.sheet.values.at(-1)]).toEqual(['gb18030', ['B', '王芳']]);
  });
});
