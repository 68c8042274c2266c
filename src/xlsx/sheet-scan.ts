// A fast scanner for worksheet XML as spreadsheet programs write it (rows of <c> cells); anything unusual
// (CDATA, comments, processing instructions inside the data) is left to the full XML parser in sheet-xml.ts.
import type { CellValue, MergedRange } from '../engine/types.js';
import type { SheetContext } from './sheet-xml.js';
import { columnOf, cellValue } from './sheet-xml.js';
import { rangeOfA1 } from '../engine/read/sources/merged.js';
import { unescapeXml } from './xml.js';

/** Thrown when the scanner meets XML it does not handle; the caller starts over with the full parser. */
export class NotPlain extends Error {}

const attr = (tag: string, name: string): string | null => {
  const i = tag.indexOf(` ${name}="`);
  if (i < 0) {
    const j = tag.indexOf(` ${name}='`);
    if (j < 0) return null;
    return tag.slice(j + name.length + 3, tag.indexOf("'", j + name.length + 3));
  }
  const s = i + name.length + 3;
  return tag.slice(s, tag.indexOf('"', s));
};

/** Longest tail of a chunk kept for a <mergeCell> tag cut by the chunk's end (the tag's own start is kept whole). */
const TAG_CARRY = 32;

/**
 * Rows of a sheet, fed with text chunks; rows are complete once their </row> has been seen. After </sheetData> the
 * rest of the part is only searched for its <mergeCell> ranges (`merges`), never kept whole.
 */
export class SheetScanner {
  private carry = '';
  private p = '';
  private started = false;
  /** past </sheetData>: only merged ranges are read */
  private tail = false;
  private rowIndex = -1;
  readonly rows: CellValue[][] = [];
  readonly merges: MergedRange[] = [];

  constructor(private readonly ctx: SheetContext) {}

  /** Feeds a chunk; returns the number of rows known so far. */
  write(chunk: string): number {
    let text = this.carry + chunk;
    if (!this.started) {
      const m = /<(?:([\w.-]+):)?sheetData\b[^>]*?(\/?)>/.exec(text);
      if (!m) {
        this.carry = text;
        return this.rows.length;
      }
      this.started = true;
      this.p = m[1] ? `${m[1]}:` : '';
      this.tail = m[2] === '/';
      text = text.slice(m.index + m[0].length);
    }
    if (text.includes('<![CDATA[') || text.includes('<!--') || text.includes('<?')) throw new NotPlain();
    if (this.tail) {
      this.carry = this.mergeCells(text);
      return this.rows.length;
    }
    const open = `<${this.p}row`;
    const close = `</${this.p}row>`;
    let pos = 0;
    for (;;) {
      const start = text.indexOf(open, pos);
      if (start < 0) break;
      const after = text.charCodeAt(start + open.length);
      if (after !== 32 && after !== 62 && after !== 47 && after !== 9 && after !== 10 && after !== 13) break; // <rowBreaks>: past the rows
      const headEnd = text.indexOf('>', start);
      if (headEnd < 0) break;
      const head = text.slice(start, headEnd + 1);
      if (head.endsWith('/>')) {
        this.rowIndex = this.rowNumber(head);
        pos = headEnd + 1;
        continue;
      }
      const end = text.indexOf(close, headEnd);
      if (end < 0) break;
      this.row(head, text.slice(headEnd + 1, end));
      pos = end + close.length;
    }
    // Searched only after the last complete row.
    const dataEnd = text.indexOf(`</${this.p}sheetData>`, pos);
    if (dataEnd < 0) this.carry = text.slice(pos);
    else {
      this.tail = true;
      this.carry = this.mergeCells(text.slice(dataEnd));
    }
    return this.rows.length;
  }

  /** Reads the complete <mergeCell ref="…"/> tags of text after </sheetData>; returns what to carry into the next chunk. */
  private mergeCells(text: string): string {
    const open = `<${this.p}mergeCell`;
    let pos = 0;
    for (;;) {
      const start = text.indexOf(open, pos);
      if (start < 0) break;
      const next = text.charCodeAt(start + open.length);
      if (Number.isNaN(next)) return text.slice(start); // cut after the name: is it <mergeCell or <mergeCells?
      if (next !== 32 && next !== 9 && next !== 10 && next !== 13 && next !== 47) {
        pos = start + open.length; // <mergeCells>
        continue;
      }
      const end = text.indexOf('>', start);
      if (end < 0) return text.slice(start);
      const ref = attr(text.slice(start, end + 1), 'ref');
      const range = ref === null ? null : rangeOfA1(ref);
      if (range) this.merges.push(range);
      pos = end + 1;
    }
    return text.slice(Math.max(pos, text.length - TAG_CARRY));
  }

  private rowNumber(head: string): number {
    const r = Number(attr(head, 'r'));
    return Number.isInteger(r) && r > 0 ? r - 1 : this.rowIndex + 1;
  }

  private row(head: string, body: string): void {
    this.rowIndex = this.rowNumber(head);
    const p = this.p;
    const cOpen = `<${p}c`;
    const row: CellValue[] = [];
    let col = -1;
    let pos = 0;
    for (;;) {
      const s = body.indexOf(cOpen, pos);
      if (s < 0) break;
      const next = body.charCodeAt(s + cOpen.length);
      if (next !== 32 && next !== 62 && next !== 47 && next !== 9 && next !== 10 && next !== 13) {
        pos = s + cOpen.length;
        continue;
      }
      const tagEnd = body.indexOf('>', s);
      const tag = body.slice(s, tagEnd + 1);
      const ref = attr(tag, 'r');
      col = ref ? columnOf(ref) : col + 1;
      const type = attr(tag, 't') ?? 'n';
      const st = attr(tag, 's');
      const style = st ? Number(st) : 0;
      let inner = '';
      if (tag.endsWith('/>')) pos = tagEnd + 1;
      else {
        const cClose = body.indexOf(`</${p}c>`, tagEnd);
        if (cClose < 0) throw new NotPlain();
        inner = body.slice(tagEnd + 1, cClose);
        pos = cClose + p.length + 4;
      }
      const value = this.value(type, style, inner);
      if (value !== null && col >= 0) {
        for (let k = row.length; k < col; k++) row.push(null);
        row[col] = value;
      }
    }
    if (row.length > 0) {
      while (this.rows.length < this.rowIndex) this.rows.push([]);
      this.rows[this.rowIndex] = row;
    }
  }

  private value(type: string, style: number, inner: string): CellValue {
    const p = this.p;
    const formula = inner.includes(`<${p}f`);
    let v: string | null = null;
    const vs = inner.indexOf(`<${p}v>`);
    if (vs >= 0) {
      const ve = inner.indexOf(`</${p}v>`, vs);
      v = unescapeXml(inner.slice(vs + p.length + 3, ve));
    } else if (inner.includes(`<${p}v `) || inner.includes(`<${p}v/>`)) throw new NotPlain();
    let text: string[] | null = null;
    if (type === 'inlineStr') {
      text = [];
      // <t> runs of the inline string, phonetic runs (<rPh>) left out.
      const body = inner.replace(new RegExp(`<${p}rPh\\b[\\s\\S]*?</${p}rPh>`, 'g'), '');
      const re = new RegExp(`<${p}t(?:\\s[^>]*)?>([\\s\\S]*?)</${p}t>|<${p}t(?:\\s[^>]*)?/>`, 'g');
      for (const m of body.matchAll(re)) text.push(unescapeXml(m[1] ?? ''));
    }
    return cellValue(type, v, text, formula, style, this.ctx);
  }

  /** The rows once the sheet's end has been fed. */
  end(): CellValue[][] {
    return this.rows;
  }
}
