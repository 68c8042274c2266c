// One worksheet part streamed into rows of CellValues: sparse input stays compact, reading can stop after the first rows.
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { CellValue, MergedRange } from '../engine/types.js';
import { NotPlain, SheetScanner } from './sheet-scan.js';
import { rangeOfA1 } from '../engine/read/sources/merged.js';
import { formulaWithoutValue, numberValue, serialToDate, textValue } from './values.js';
import { entryTextChunks, type ZipArchive, type ZipEntry } from './zip.js';

export interface SheetContext {
  strings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

const local = (name: string) => {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
};

/** 'AB12' → 27 (0-based column), or -1. */
export function columnOf(ref: string): number {
  let c = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const k = ref.charCodeAt(i);
    if (k >= 65 && k <= 90) c = c * 26 + (k - 64);
    else if (k >= 97 && k <= 122) c = c * 26 + (k - 96);
    else break;
  }
  return i === 0 ? -1 : c - 1;
}

/** Stops a sheet read early (the sheet was classified as not needed). */
class Stop extends Error {}

/**
 * Streams a sheet part: rows[r] is sheet row r + 1, each row an array up to its last non-blank cell (a value
 * in column XFD widens that row only); missing rows are empty arrays. `firstRows` rows into the sheet (or at
 * its end), `keep(rows)` decides whether to read on; false stops the read and returns null. The sheet's merged
 * ranges (<mergeCells>, after the rows) are pushed into `merges` when given.
 */
export async function readSheetXml(zip: ZipArchive, entry: ZipEntry, ctx: SheetContext, firstRows: number,
  keep: (rows: CellValue[][]) => boolean, merges?: MergedRange[]): Promise<CellValue[][] | null> {
  try {
    return await scanSheet(zip, entry, ctx, firstRows, keep, merges);
  } catch (err) {
    if (!(err instanceof NotPlain)) throw err;
  }
  return parseSheet(zip, entry, ctx, firstRows, keep, merges);
}

/** The fast path: the plain XML spreadsheet programs write, scanned without a full parser. */
async function scanSheet(zip: ZipArchive, entry: ZipEntry, ctx: SheetContext, firstRows: number,
  keep: (rows: CellValue[][]) => boolean, merges?: MergedRange[]): Promise<CellValue[][] | null> {
  const scan = new SheetScanner(ctx);
  let decided = false;
  for await (const chunk of entryTextChunks(zip, entry)) {
    const n = scan.write(chunk);
    if (!decided && n >= firstRows) {
      decided = true;
      if (!keep(scan.rows)) return null;
    }
  }
  const rows = scan.end();
  if (!decided && !keep(rows)) return null;
  merges?.push(...scan.merges);
  return rows;
}

/** The full XML parser, for sheets with CDATA, comments or other rarities. */
async function parseSheet(zip: ZipArchive, entry: ZipEntry, ctx: SheetContext, firstRows: number,
  keep: (rows: CellValue[][]) => boolean, merges?: MergedRange[]): Promise<CellValue[][] | null> {
  const rows: CellValue[][] = [];
  let decided = false;
  let row: CellValue[] = [];
  let rowIndex = -1;
  let col = -1;
  let type = 'n';
  let style = 0;
  let hasFormula = false;
  let text: string[] | null = null;
  let v: string | null = null;
  let inIs = 0;
  let inPhonetic = 0;
  let target: 'v' | 't' | null = null;
  let cellText = '';

  const p = new SaxesParser();
  p.on('opentag', (tag: SaxesTagPlain) => {
    switch (local(tag.name)) {
      case 'row': {
        const r = Number(tag.attributes.r);
        rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1;
        row = [];
        col = -1;
        break;
      }
      case 'c': {
        const ref = tag.attributes.r;
        col = ref ? columnOf(ref) : col + 1;
        type = tag.attributes.t ?? 'n';
        style = tag.attributes.s ? Number(tag.attributes.s) : 0;
        hasFormula = false;
        v = null;
        text = null;
        break;
      }
      case 'f': hasFormula = true; break;
      case 'v': target = 'v'; cellText = ''; break;
      case 'is': inIs++; text = []; break;
      case 'rPh': inPhonetic++; break;
      case 'mergeCell': {
        const range = rangeOfA1(String(tag.attributes.ref ?? ''));
        if (range && merges) merges.push(range);
        break;
      }
      case 't': if (inIs > 0 && inPhonetic === 0) { target = 't'; cellText = ''; } break;
      default: break;
    }
  });
  p.on('text', (t) => {
    if (target !== null) cellText += t;
  });
  p.on('cdata', (t) => {
    if (target !== null) cellText += t;
  });
  p.on('closetag', (tag) => {
    switch (local(tag.name)) {
      case 'v': if (target === 'v') v = cellText; target = null; break;
      case 't': if (target === 't') text?.push(cellText); target = null; break;
      case 'is': inIs--; break;
      case 'rPh': inPhonetic--; break;
      case 'c': {
        const value = cellValue(type, v, text, hasFormula, style, ctx);
        if (value !== null && col >= 0) {
          for (let k = row.length; k < col; k++) row.push(null);
          row[col] = value;
        }
        break;
      }
      case 'row': {
        if (row.length > 0) {
          while (rows.length < rowIndex) rows.push([]);
          rows[rowIndex] = row;
        }
        if (!decided && rowIndex + 1 >= firstRows) {
          decided = true;
          if (!keep(rows)) throw new Stop();
        }
        break;
      }
      default: break;
    }
  });
  try {
    for await (const chunk of entryTextChunks(zip, entry)) p.write(chunk);
    p.close();
  } catch (err) {
    if (err instanceof Stop) return null;
    throw err;
  }
  if (!decided && !keep(rows)) return null;
  return rows;
}

export function cellValue(type: string, v: string | null, text: string[] | null, formula: boolean, style: number, ctx: SheetContext): CellValue {
  switch (type) {
    case 's': return v === null ? null : textValue(ctx.strings[Number(v)] ?? '');
    case 'inlineStr': return text ? textValue(text.join('')) : v === null ? null : textValue(v);
    case 'str': return v === null ? (formula ? formulaWithoutValue() : null) : textValue(v);
    case 'b': return v === null ? (formula ? formulaWithoutValue() : null) : v.trim() === '1' || v.trim() === 'true';
    case 'e': return v === null ? null : textValue(v);
    case 'd': {
      if (v === null) return formula ? formulaWithoutValue() : null;
      const d = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(v) ? v : `${v}Z`);
      return Number.isNaN(d.getTime()) ? textValue(v) : d;
    }
    default: {
      if (v === null || v.trim() === '') return formula ? formulaWithoutValue() : null;
      const n = Number(v);
      if (!Number.isFinite(n)) return numberValue(n);
      return ctx.dateStyles[style] ? serialToDate(n, ctx.date1904) : n;
    }
  }
}

/** The shared strings part streamed into its list (rich text joined, phonetic runs left out). */
export async function readSharedStrings(zip: ZipArchive, entry: ZipEntry | undefined): Promise<string[]> {
  const out: string[] = [];
  if (!entry) return out;
  let parts: string[] = [];
  let inT = false;
  let inPhonetic = 0;
  let cur = '';
  const p = new SaxesParser();
  p.on('opentag', (tag: SaxesTagPlain) => {
    const n = local(tag.name);
    if (n === 'si') parts = [];
    else if (n === 'rPh') inPhonetic++;
    else if (n === 't' && inPhonetic === 0) { inT = true; cur = ''; }
  });
  p.on('text', (t) => { if (inT) cur += t; });
  p.on('cdata', (t) => { if (inT) cur += t; });
  p.on('closetag', (tag) => {
    const n = local(tag.name);
    if (n === 't' && inT) { parts.push(cur); inT = false; }
    else if (n === 'rPh') inPhonetic--;
    else if (n === 'si') out.push(parts.length === 1 ? parts[0] : parts.join(''));
  });
  for await (const chunk of entryTextChunks(zip, entry)) p.write(chunk);
  p.close();
  return out;
}
