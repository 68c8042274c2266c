// Tables of the Policy sheet: a heading row keyed by the array, item rows keyed 'array[]', columns by heading.
import { isBlank, toHalfWidth } from '../cells.js';
import { sheetWord } from './words.js';
import type { CellValue, Text } from '../../types.js';
import { cellDetail, REASONS, SHEET_DETAILS } from './details.js';
import type { Leaf, ObjNode, RecordNode, Slot, TableNode } from './model.js';
import { blockRef, columnsOf, type Ref, rowRef } from './paths.js';
import type { Got, Reader, Src } from './reader.js';
import type { KeyedRow } from './scan.js';
import { parseLeaf } from './values.js';

/** A column a heading may name: its sub-path in the item ('' for a record's value) and the words that name it. */
interface Wanted {
  sub: string;
  names: string[];
  label: Text;
  required: boolean;
}

const both = (t: Text): string[] => [t.zh, t.en, t.zh + sheetWord('yuan', 'zh'), t.en + sheetWord('yuan', 'en')];

/** The form headings are compared in: half-width, lower-case, without spaces, '_' or '-'. */
const headKey = (s: string): string => toHalfWidth(s).toLowerCase().replace(/[\s_\-]+/g, '');

function wantedOf(slot: Slot, base: Ref): Wanted[] {
  const n = slot.node;
  if (n.t === 'leaf') {
    const label = { zh: sheetWord('value', 'zh'), en: sheetWord('value', 'en') };
    return [{ sub: '', names: ['value', ...both(label)], label, required: !slot.optional && !slot.nullable }];
  }
  return columnsOf(n as ObjNode, base).map((c) => ({
    sub: c.sub.join('.'),
    names: [c.sub.join('.'), c.sub[c.sub.length - 1], ...both(c.ref.label)],
    label: c.ref.label,
    required: !c.field.slot.optional && !c.field.slot.nullable,
  }));
}

interface Layout {
  header: KeyedRow;
  /** 0-based sheet column → sub-path ('' = record value, '#key' = record key) */
  cols: Map<number, string>;
  items: KeyedRow[];
}

/** Reads the heading row, matches each heading to a wanted column, and reports unknown, repeated and missing ones. */
function layoutOf(rd: Reader, ref: Ref, wanted: Wanted[], required: boolean, empty: unknown): Layout | Got {
  const header = rd.idx.take(ref.key);
  const numbered = rd.idx.blockNumbers(ref.key).map((n) => rd.idx.take(`${ref.key}[${n}]`)).filter((r) => r !== null);
  const items = [...rd.idx.takeItems(ref.key), ...numbered].sort((a, b) => a.row - b.row)
    .filter((r) => r.cells.slice(1).some((v) => !isBlank(v ?? null)));
  rd.place(ref, header);
  if (!header && items.length === 0) return { value: required ? empty : undefined, present: false };
  if (!header) {
    rd.report(ref, items[0].row, 0, items[0].key, SHEET_DETAILS.noHeader(ref.key));
    return { value: undefined, present: true };
  }
  const byName = new Map<string, Wanted>();
  for (const w of wanted) for (const n of w.names) if (!byName.has(headKey(n))) byName.set(headKey(n), w);
  const cols = new Map<number, string>();
  const seen = new Set<string>();
  let bad = false;
  header.cells.forEach((v, c) => {
    if (c < 2 || isBlank(v ?? null)) return;
    const text = rd.idx.text(v);
    const w = byName.get(headKey(text));
    const detail = !w ? SHEET_DETAILS.unknownColumn(ref.label) : seen.has(w.sub) ? SHEET_DETAILS.duplicateColumn(ref.label) : null;
    if (detail) {
      rd.report(ref, header.row, c, text, detail);
      bad = true;
      return;
    }
    seen.add(w!.sub);
    cols.set(c, w!.sub);
  });
  for (const w of wanted) {
    if (w.required && !seen.has(w.sub)) {
      rd.report(ref, header.row, 0, header.key, SHEET_DETAILS.missingColumn(ref.label, w.label));
      bad = true;
    }
  }
  // Values under a blank heading are reported; under an unknown heading the heading itself already is.
  const headed = (c: number) => !isBlank(header.cells[c] ?? null);
  for (const r of items) {
    r.cells.forEach((v, c) => {
      if (c >= 2 && !headed(c) && !isBlank(v ?? null)) rd.report(ref, r.row, c, rd.idx.text(v), SHEET_DETAILS.strayValue);
    });
  }
  return bad ? { value: undefined, present: true } : { header, cols, items };
}

/** The cell source of one item row: a leaf finds its column by its key below the item's key. */
function rowSrc(item: Ref, row: KeyedRow, cols: Map<number, string>): Src {
  const bySub = new Map([...cols].map(([c, sub]) => [sub, c]));
  const prefix = item.key;
  return (ref) => {
    const sub = ref.key.slice(prefix.length).replace(/^\./, '');
    const col = bySub.get(sub);
    return col === undefined ? 'absent' : { row, col };
  };
}

/** An array of flat objects, one per item row (rows with nothing after the key are skipped). */
export function readTable(rd: Reader, node: TableNode, ref: Ref, required: boolean): Got {
  const wanted = wantedOf({ node: node.element, optional: false, nullable: false }, rowRef(ref, 0));
  const lay = layoutOf(rd, ref, wanted, required, []);
  if (!('header' in lay)) return lay;
  const value = lay.items.map((r, i) => {
    const n = /\[(\d+)\]$/.exec(r.key);
    const item = n ? blockRef(ref, Number(n[1]), i) : rowRef(ref, i);
    rd.place(item, r);
    return rd.object(node.element, item, rowSrc(item, r, lay.cols), {}).value;
  });
  return { value, present: true };
}

const KEY_LEAF: Leaf = { t: 'leaf', kind: 'string', values: [], item: null };

/** A record with text keys: the key column, then the value's columns; a key listed twice is an issue. */
export function readRecord(rd: Reader, node: RecordNode, ref: Ref, required: boolean): Got {
  const keyWord = { zh: sheetWord('key', 'zh'), en: sheetWord('key', 'en') };
  const keyCol: Wanted = { sub: '#key', names: ['key', ...both(keyWord)], label: keyWord, required: true };
  const lay = layoutOf(rd, ref, [keyCol, ...wantedOf(node.value, rowRef(ref, 0))], required, {});
  if (!('header' in lay)) return lay;
  const keyAt = [...lay.cols].find(([, sub]) => sub === '#key')![0];
  const out: Record<string, unknown> = {};
  const rows = new Map<string, number>();
  for (const r of lay.items) {
    const cell: CellValue = r.cells[keyAt] ?? null;
    const text = rd.idx.text(cell).trim();
    const at = { ...rowRef(ref, 0), vpath: [...ref.vpath, text] };
    if (isBlank(cell) || rows.has(text)) {
      const detail = isBlank(cell) ? cellDetail(keyWord, '', REASONS.blank) : SHEET_DETAILS.duplicateEntry(text);
      rd.report(at, r.row, keyAt, text, detail);
      continue;
    }
    rows.set(text, r.row);
    rd.place(at, r);
    const parsed = parseLeaf(KEY_LEAF, cell, rd.idx.timeZone);
    const key = parsed.ok ? String(parsed.value) : text;
    const got = rd.slot(node.value, { ...at, vpath: [...ref.vpath, key] }, rowSrc(at, r, lay.cols));
    if (got.value !== undefined) out[key] = got.value;
  }
  return { value: out, present: true };
}
