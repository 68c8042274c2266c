// One source sheet being read: its header row, its columns by field, and per-row parsing that reports issues.
import { colPrefix } from '../a1.js';
import { fieldOf, type FieldDef, type SheetDef } from '../aliases.js';
import { Bad, BLANK, cellText, FORMULA_NO_VALUE, isBad, isBlank, NO_CACHED_VALUE, parseId } from '../cells.js';
import { makeIssue, severityOf, type IssueCode, type MessageVars } from '../../messages.js';
import { headersHint } from './suggest.js';
import type { CellValue, Issue, Lang, SheetData, Text } from '../../types.js';

/** A column of the sheet that maps to a field (or, in KPI, a metric keyed by its header). */
export interface Column {
  key: string;
  label: Text;
  index: number;
  /** header as written */
  header: string;
  /** A1 prefix of the column ('Calls!E'): append a row number for a cell address */
  prefix: string;
}

/** Issues of one kind in one column beyond this many are counted, not listed. */
const MAX_PER_KIND = 100;
/** Rows searched for the header (a title row above it is tolerated). */
const HEADER_SEARCH = 10;

const ROW = Symbol('row');

export type Parser<T> = (v: CellValue) => T | null | Bad;

export class SheetReader {
  readonly name: string;
  /** 0-based index of the header row in values */
  readonly headerIndex: number;
  readonly columns: Column[] = [];
  /** header texts that map to no field (ignored columns), as written */
  readonly unknownHeaders: string[] = [];
  /** data rows visited (non-blank in a known column) and the distinct IDs kept and left out, for the source report */
  rowsRead = 0;
  readonly people = new Set<string>();
  /** every required column is present */
  readonly ok: boolean;
  /** 1-based sheet row of the current row, and its values */
  row = 0;
  values: CellValue[] = [];
  /** ID of the current row once read, for messages */
  id: string | null = null;
  /** Roster IDs; rows with other IDs are left out (null: no roster, keep every row) */
  known: ReadonlySet<string> | null = null;
  private readonly unknown = new Map<string, { row: number; cell: string; count: number }>();
  private readonly byKey = new Map<string, Column>();
  private readonly counts = new Map<string, number>();

  constructor(
    readonly sheet: SheetData,
    readonly def: SheetDef,
    readonly timeZone: string,
    readonly issues: Issue[],
    lang: Lang,
  ) {
    this.name = sheet.name;
    this.headerIndex = findHeader(sheet.values, def);
    const header = sheet.values[this.headerIndex] ?? [];
    const headerRow = this.headerIndex + 1;
    for (let c = 0; c < header.length; c++) {
      const h = header[c];
      if (isBlank(h)) continue;
      const text = String(h).trim();
      const field = fieldOf(def.role, text);
      const key = field ? field.key : def.openColumns ? text : null;
      if (key === null) {
        this.unknownHeaders.push(text); // ignored, but named when a needed column is missing
        continue;
      }
      const prefix = colPrefix(this.name, c);
      if (this.byKey.has(key)) {
        const first = this.byKey.get(key) as Column;
        this.issue('duplicate-column', { sheet: this.name, row: headerRow, column: text, value: text, cell: prefix + headerRow }, { field: first.label });
        continue;
      }
      const col: Column = { key, label: field ? field.label : { en: text, zh: text }, index: c, header: text, prefix };
      this.byKey.set(key, col);
      this.columns.push(col);
    }
    let ok = true;
    for (const field of def.fields) {
      if (!field.required || this.byKey.has(field.key)) continue;
      ok = false;
      const names = field.names.slice(0, 2).map((n) => `"${n}"`).join(' / ');
      const hint = headersHint(def.role, this.unknownHeaders, [field.key]);
      this.issue('missing-column', { sheet: this.name, row: headerRow, column: lang === 'zh' ? field.names[1] : field.names[0], value: '', cell: null }, { field: field.label, names, hint });
    }
    this.ok = ok;
  }

  /** The column of a field, or null when the sheet has none. */
  col(key: string): Column | null {
    return this.byKey.get(key) ?? null;
  }

  /** Moves to the row at values[index]; false when it is blank in every known column (skipped). */
  at(index: number): boolean {
    const values = this.sheet.values[index];
    if (!values) return false;
    this.values = values;
    this.row = index + 1;
    this.id = null;
    for (const c of this.columns) {
      if (!isBlank(values[c.index])) {
        this.rowsRead++;
        return true;
      }
    }
    return false;
  }

  /** Moves to the row at values[index], known not to be blank (at() without the scan of its cells). */
  enter(index: number): void {
    this.values = this.sheet.values[index];
    this.row = index + 1;
    this.id = null;
    this.rowsRead++;
  }

  raw(c: Column | null): CellValue {
    return c === null ? null : this.values[c.index] ?? null;
  }

  cell(c: Column): string {
    return c.prefix + this.row;
  }

  /** A1 address of every column of the current row, keyed by field. */
  cells(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const c of this.columns) out[c.key] = c.prefix + this.row;
    return out;
  }

  /**
   * Like cells(), for sheets of a million rows: one small object per row whose field getters build the A1
   * address on first use (reads like a plain object; JSON.stringify and toJSON() give the plain form).
   */
  lazyCells(): (row: number) => Record<string, string> {
    const proto: Record<string | symbol, unknown> = {};
    for (const c of this.columns) {
      Object.defineProperty(proto, c.key, {
        get(this: { [ROW]: number }) { return c.prefix + this[ROW]; },
        enumerable: true,
      });
    }
    const columns = this.columns;
    Object.defineProperty(proto, 'toJSON', {
      value(this: { [ROW]: number }) {
        const out: Record<string, string> = {};
        for (const c of columns) out[c.key] = c.prefix + this[ROW];
        return out;
      },
    });
    function Cells(this: { [ROW]: number }, row: number) { this[ROW] = row; }
    Cells.prototype = proto;
    const Ctor = Cells as unknown as new (row: number) => Record<string, string>;
    return (row) => new Ctor(row);
  }

  /**
   * Parses a cell: blank gives null (and a missing-value issue when `required`); a bad value is reported
   * and gives null, so a bad optional value counts as blank.
   */
  read<T>(c: Column | null, parse: Parser<T>, required = false): T | null {
    if (c === null) return null;
    const v = this.values[c.index] ?? null;
    const r = isBlank(v) ? (required ? BLANK : null) : v === NO_CACHED_VALUE ? FORMULA_NO_VALUE : parse(v);
    if (r === null) return null;
    if (isBad(r)) {
      this.fail(r, c);
      return null;
    }
    return r;
  }

  /** Reads the row's required ID and remembers it, so every message about the row names the agent; null when unreadable. */
  readId(c: Column | null): string | null {
    const id = this.read(c, parseId, true);
    if (id !== null) this.id = id;
    return id;
  }

  /**
   * First row wins: true when `key` was seen on an earlier row of this sheet — then the current row is reported with
   * `code` against column `c` (vars get `first`, the earlier row) and should be skipped; otherwise the row is remembered.
   */
  repeats(seen: Map<string, number>, key: string, code: IssueCode, c: Column, vars: MessageVars = {}): boolean {
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, this.row);
      return false;
    }
    this.fail(code, c, { ...vars, first });
    return true;
  }

  /** Reports a Bad (or an issue code) against a cell of the current row. */
  fail(bad: Bad | IssueCode, c: Column, vars: MessageVars = {}): void {
    const code = typeof bad === 'string' ? bad : bad.code;
    const v = this.values[c.index] ?? null;
    this.issue(code, this.where(c, v), { id: this.id, field: c.label, ...(typeof bad === 'string' ? {} : bad.vars), ...vars });
  }

  where(c: Column, v: CellValue): { sheet: string; row: number; column: string; value: string; cell: string } {
    return { sheet: this.name, row: this.row, column: c.header, value: cellText(v, this.timeZone), cell: c.prefix + this.row };
  }

  /** Adds an issue, listing at most MAX_PER_KIND of one code in one column. */
  issue(code: IssueCode, at: Parameters<typeof makeIssue>[1], vars?: MessageVars): void {
    const kind = `${code}\u0000${at.column ?? ''}`;
    const n = (this.counts.get(kind) ?? 0) + 1;
    this.counts.set(kind, n);
    if (n <= MAX_PER_KIND) this.issues.push(makeIssue(code, at, vars));
  }

  /** True when the ID is in the Roster; otherwise counts it for one unknown-id issue per ID. */
  isKnown(id: string, c: Column): boolean {
    if (this.known === null || this.known.has(id)) {
      this.people.add(id);
      return true;
    }
    const seen = this.unknown.get(id);
    if (seen) seen.count++;
    else this.unknown.set(id, { row: this.row, cell: c.prefix + this.row, count: 1 });
    return false;
  }

  /** Distinct IDs of the sheet that are not in the Roster. */
  get unmatched(): number {
    return this.unknown.size;
  }

  /** The first unknown all-digit ID that is a Roster ID without its leading zeros ('1' for '001'), or null. */
  private lostZeros(): { id: string; like: string } | null {
    if (this.known === null || this.unknown.size === 0) return null;
    const padded = new Map<string, string>();
    for (const k of this.known) if (/^0+\d+$/.test(k)) padded.set(String(Number(k)), k);
    if (padded.size === 0) return null;
    for (const id of this.unknown.keys()) {
      const like = /^\d+$/.test(id) ? padded.get(String(Number(id))) : undefined;
      if (like !== undefined) return { id, like };
    }
    return null;
  }

  /** Closes the sheet: one unknown-id issue per ID, one 'more-issues' line per kind that went over the limit. */
  finish(): void {
    const idCol = this.col('id');
    for (const [id, u] of this.unknown) {
      this.issue('unknown-id', { sheet: this.name, row: u.row, column: idCol ? idCol.header : null, value: id, cell: u.cell }, { count: u.count });
    }
    const lost = this.lostZeros();
    if (lost) {
      const u = this.unknown.get(lost.id)!;
      this.issue('ids-lost-zeros', { sheet: this.name, row: u.row, column: idCol ? idCol.header : null, value: lost.id, cell: u.cell }, { like: lost.like });
    }
    for (const [kind, n] of this.counts) {
      if (n <= MAX_PER_KIND) continue;
      const [code, column] = kind.split('\u0000') as [IssueCode, string];
      const c = this.columns.find((x) => x.header === column);
      const more = makeIssue('more-issues', { sheet: this.name, row: null, column: column || null, value: '', cell: null }, {
        count: n - MAX_PER_KIND, field: c ? c.label : column || code,
      });
      this.issues.push({ ...more, severity: severityOf(code) });
    }
  }
}

/** 0-based header row: the first of the leading rows holding every required column, else the first non-blank row. */
export function findHeader(values: CellValue[][], def: SheetDef): number {
  const required = def.fields.filter((f: FieldDef) => f.required).map((f) => f.key);
  let firstNonBlank = -1;
  const last = Math.min(values.length, HEADER_SEARCH);
  for (let r = 0; r < last; r++) {
    const row = values[r] ?? [];
    const keys = new Set<string>();
    let blank = true;
    for (const h of row) {
      if (isBlank(h)) continue;
      blank = false;
      const f = fieldOf(def.role, String(h).trim());
      if (f) keys.add(f.key);
    }
    if (!blank && firstNonBlank < 0) firstNonBlank = r;
    if (required.every((k) => keys.has(k))) return r;
  }
  return Math.max(firstNonBlank, 0);
}
