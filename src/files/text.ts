// Text exports (.csv, tab-separated .txt) read as one sheet: encoding sniffed (BOM, UTF-8 validity, else GB18030), rows streamed.
import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import iconv from 'iconv-lite';
import type { CellValue, SheetData } from '../engine/types.js';
import { checkRegularFile, MAX_TEXT_BYTES } from './check.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface TextSheet {
  sheet: SheetData;
  encoding: TextEncoding;
  delimiter: ',' | '\t' | ';';
}

/** Chunks of a file's text in `encoding` (a BOM dropped); a UTF-8 fault throws when `fatal`. */
async function* decode(file: string, encoding: TextEncoding): AsyncGenerator<string> {
  const stream = createReadStream(file, { highWaterMark: 1 << 20 });
  if (encoding === 'gb18030') {
    const dec = iconv.getDecoder('gb18030');
    for await (const chunk of stream) yield dec.write(chunk as Buffer);
    const tail = dec.end();
    if (tail) yield tail;
    return;
  }
  const dec = new TextDecoder(encoding, { fatal: true, ignoreBOM: false });
  for await (const chunk of stream) yield dec.decode(chunk as Buffer, { stream: true });
  const tail = dec.decode();
  if (tail) yield tail;
}

/** The encoding from the first bytes: a BOM, else UTF-8 when the head is valid UTF-8, else GB18030. */
export function sniffEncoding(head: Uint8Array): TextEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

async function head(file: string, bytes: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let n = 0;
  for await (const chunk of createReadStream(file, { start: 0, end: bytes - 1 })) {
    parts.push(chunk as Buffer);
    n += (chunk as Buffer).length;
  }
  return Buffer.concat(parts, n);
}

/** Splits text chunks into rows of fields (RFC 4180 quotes, CRLF or LF), without holding the whole file. */
export class CsvRows {
  private field = '';
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  readonly rows: CellValue[][] = [];

  constructor(private readonly delimiter: string) {}

  private endField(): void {
    this.row.push(this.field);
    this.field = '';
    this.afterQuote = false;
  }

  private endRow(): void {
    this.endField();
    // A row is as long as its last non-blank field; blank fields are null.
    let last = this.row.length - 1;
    while (last >= 0 && this.row[last].trim() === '') last--;
    const out: CellValue[] = [];
    for (let i = 0; i <= last; i++) out.push(this.row[i] === '' ? null : this.row[i]);
    this.rows.push(out);
    this.row = [];
  }

  write(text: string): void {
    const d = this.delimiter;
    let i = 0;
    while (i < text.length) {
      const ch = text[i];
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 < text.length && text[i + 1] === '"') {
            this.field += '"';
            i += 2;
            continue;
          }
          if (i + 1 === text.length) {
            // A quote at the chunk's end: a closing quote, or the first of a doubled one in the next chunk.
            this.quoted = false;
            this.pendingQuote = true;
            i++;
            continue;
          }
          this.quoted = false;
          this.afterQuote = true;
        } else this.field += ch;
        i++;
        continue;
      }
      if (this.pendingQuote) {
        this.pendingQuote = false;
        if (ch === '"') {
          this.field += '"';
          this.quoted = true;
          i++;
          continue;
        }
        this.afterQuote = true;
      }
      const lf = this.afterCr;
      this.afterCr = false;
      if (ch === d) this.endField();
      else if (ch === '\n') {
        if (!lf) this.endRow();
      } else if (ch === '\r') {
        this.endRow();
        this.afterCr = true;
      } else if (ch === '"' && this.field === '' && !this.afterQuote) this.quoted = true;
      else this.field += ch;
      i++;
    }
  }

  private pendingQuote = false;
  /** the last character was a CR: a LF right after it ends no further row */
  private afterCr = false;

  end(): CellValue[][] {
    if (this.pendingQuote) this.pendingQuote = false;
    if (this.field !== '' || this.row.length > 0) this.endRow();
    while (this.rows.length > 0 && this.rows[this.rows.length - 1].length === 0) this.rows.pop();
    return this.rows;
  }
}

/** The delimiter of a text export: tab for .txt/.tsv, comma for .csv, unless the first line plainly says otherwise. */
function delimiterOf(file: string, firstLine: string): ',' | '\t' | ';' {
  const count = (c: string) => firstLine.split(c).length - 1;
  const tabs = count('\t');
  const commas = count(',');
  const semis = count(';');
  const ext = extname(file).toLowerCase();
  if (ext === '.csv') return commas === 0 && tabs > 0 ? '\t' : commas === 0 && semis > 0 ? ';' : ',';
  return tabs === 0 && commas > 0 ? ',' : tabs === 0 && semis > 0 ? ';' : '\t';
}

/** The sheet name a text export stands for: its base name ('exports/calls.txt' → 'calls'). */
export function sheetNameOf(file: string): string {
  return basename(file, extname(file)).trim() || basename(file);
}

/**
 * Reads a .csv / .txt export as one sheet named after the file, cells as text (the engine reads text numbers,
 * dates and times as it does in Sheets). Refuses non-regular files and files over MAX_TEXT_BYTES.
 */
export async function readTextSheet(file: string, limit = MAX_TEXT_BYTES): Promise<TextSheet> {
  checkRegularFile(file, limit);
  let encoding = sniffEncoding(await head(file, 1 << 16));
  for (;;) {
    try {
      let delimiter: ',' | '\t' | ';' | null = null;
      let csv: CsvRows | null = null;
      let pending = '';
      for await (const text of decode(file, encoding)) {
        if (!csv) {
          pending += text;
          const nl = pending.search(/[\r\n]/);
          if (nl < 0 && pending.length < 1 << 16) continue;
          delimiter = delimiterOf(file, nl < 0 ? pending : pending.slice(0, nl));
          csv = new CsvRows(delimiter);
          csv.write(pending.replace(/^\ufeff/, ''));
          continue;
        }
        csv.write(text);
      }
      if (!csv) {
        delimiter = delimiterOf(file, pending);
        csv = new CsvRows(delimiter);
        csv.write(pending.replace(/^\ufeff/, ''));
      }
      return { sheet: { name: sheetNameOf(file), values: csv.end() }, encoding, delimiter: delimiter! };
    } catch (err) {
      // Valid UTF-8 at the head but not further on: the file is GB18030 after all.
      if (encoding === 'utf-8' && err instanceof TypeError) {
        encoding = 'gb18030';
        continue;
      }
      throw new Error(`cannot read ${file}: ${(err as Error).message}`, { cause: { code: 'unreadable-file', file } });
    }
  }
}
