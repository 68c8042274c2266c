// Finding an export's header below its title rows, across a two-row merged header, and its columns by name.
import { aliasKey } from '../read/aliases.js';
import { isBlank, toHalfWidth } from '../read/cells.js';
import type { CellValue } from '../types.js';

/** Rows searched for the header (title rows, 统计时间 lines above it). */
const HEADER_SEARCH = 12;

/** A cell as trimmed half-width text; '' for blank and for the exports' "nothing" marks ('--', '-'). */
export function textOf(v: CellValue | undefined): string {
  if (v === null || v === undefined || isBlank(v)) return '';
  const s = typeof v === 'string' ? toHalfWidth(v).trim() : v instanceof Date ? '' : String(v);
  return s === '--' || s === '-' || s === '—' ? '' : s;
}

/** The header of an export: its rows, the names each column answers to, and the first data row. */
export interface Header {
  /** 0-based index of the (top) header row */
  row: number;
  /** 0-based index of the first data row */
  dataStart: number;
  /** per column: the header as written ('上班1 打卡时间' for a grouped column) */
  written: string[];
  /** per column: the name forms it answers to (top, sub, group + sub) */
  names: Set<string>[];
}

function headerNames(values: CellValue[][], r: number, withSub: boolean): { names: Set<string>[]; written: string[] } {
  const top = values[r] ?? [];
  const sub = withSub ? values[r + 1] ?? [] : [];
  const width = Math.max(top.length, sub.length);
  const names: Set<string>[] = [];
  const written: string[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const t = typeof top[c] === 'string' || typeof top[c] === 'number' ? textOf(top[c]) : '';
    const s = typeof sub[c] === 'string' || typeof sub[c] === 'number' ? textOf(sub[c]) : '';
    // A group header merged across columns ('上班1' over 打卡时间 / 打卡状态) is written in its first column only.
    if (t !== '') group = t;
    else if (s === '') group = '';
    const g = t !== '' ? t : group;
    const set = new Set<string>();
    if (t !== '') set.add(aliasKey(t));
    if (s !== '') set.add(aliasKey(s));
    if (g !== '' && s !== '' && g !== s) set.add(aliasKey(g + s));
    names.push(set);
    written.push(g !== '' && s !== '' && g !== s ? `${g} ${s}` : t || s);
  }
  return { names, written };
}

/**
 * A sheet's leading rows with the names of each row (alone or over the row below) worked out once: recognising a
 * tab tries every layout's signature against the same dozen rows.
 */
export class LeadingRows {
  private readonly memo = new Map<number, { names: Set<string>[]; written: string[] }>();

  constructor(readonly values: CellValue[][]) {}

  /** headerNames of row r (with the row below as sub-headers when `withSub`). */
  names(r: number, withSub: boolean): { names: Set<string>[]; written: string[] } {
    const key = 2 * r + (withSub ? 1 : 0);
    let h = this.memo.get(key);
    if (h === undefined) this.memo.set(key, h = headerNames(this.values, r, withSub));
    return h;
  }
}

/** Every wanted name in a column of its own. */
function hasAll(names: Set<string>[], want: string[]): boolean {
  const used = new Set<number>();
  return want.every((w) => {
    const c = names.findIndex((n, i) => !used.has(i) && n.has(w));
    if (c >= 0) used.add(c);
    return c >= 0;
  });
}

/**
 * The header holding every one of `required` (names compared like the contract's: half-width, case, spaces and a
 * trailing unit in brackets ignored), in a single row or across two (a group over sub-headers). Null when none does.
 * The row below a one-row match is a second header row (merged down, or sub-headers) when its `anchor` cell (a column
 * every data row fills, e.g. 姓名) is blank or repeats the header; data starts below it.
 */
export function locateHeader(rows: LeadingRows, required: readonly string[], anchor: string): Header | null {
  const values = rows.values;
  const want = required.map(aliasKey);
  const last = Math.min(values.length, HEADER_SEARCH);
  for (let r = 0; r < last; r++) {
    const one = rows.names(r, false);
    if (hasAll(one.names, want)) {
      const a = one.names.findIndex((n) => n.has(aliasKey(anchor)));
      const below = a < 0 ? 'x' : textOf(values[r + 1]?.[a]);
      if (below !== '' && aliasKey(below) !== aliasKey(anchor)) return { row: r, dataStart: r + 1, ...one };
      return { row: r, dataStart: r + 2, ...rows.names(r, true) };
    }
    const two = rows.names(r, true);
    // Only a true pair: a row below that holds the whole signature by itself is the header (found next time round).
    if (hasAll(two.names, want) && !hasAll(rows.names(r + 1, false).names, want)) return { row: r, dataStart: r + 2, ...two };
  }
  return null;
}

/** How many of `names` a sheet's leading rows show (for "looks like this export but …" checks). */
export function namesFound(rows: LeadingRows, names: readonly string[]): string[] {
  const last = Math.min(rows.values.length, HEADER_SEARCH);
  let best: string[] = [];
  const keys = new Map(names.map((w) => [w, aliasKey(w)]));
  for (let r = 0; r < last; r++) {
    const { names: cols } = rows.names(r, true);
    // Each name in a column of its own: one column listing header words row after row (an Issues tab) is no header.
    const used = new Set<number>();
    const found = names.filter((w) => {
      const key = keys.get(w)!;
      const c = cols.findIndex((n, i) => !used.has(i) && n.has(key));
      if (c >= 0) used.add(c);
      return c >= 0;
    });
    if (found.length > best.length) best = found;
  }
  return best;
}

/** The first column answering to any of the names, or -1. */
export function columnOf(h: Header, ...names: string[]): number {
  const keys = names.map(aliasKey);
  return h.names.findIndex((n) => keys.some((k) => n.has(k)));
}
