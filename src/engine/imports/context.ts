// One export tab being read: whose rows they are, where each value sat, what was read, and what went wrong.
import { colPrefix } from '../read/a1.js';
import { cellText } from '../read/cells.js';
import { makeIssue, type IssueCode, type MessageVars } from '../messages.js';
import type { AttendanceDay, CallRow, CellValue, Employee, Issue, SheetData, SourceInfo, Text } from '../types.js';
import { type Header, textOf } from './header.js';
import { KEY_LABELS, KeyProblems, PersonMatcher, type PersonRef } from './keys.js';
import type { Layout } from './layouts.js';
import type { Segment } from './punches.js';
import type { CallStatusVocabulary } from './statuses.js';

/** Columns (0-based, −1 when absent) that name a row's person: the system's own key, an HR 工号, the name. */
export interface PersonColumns {
  key: number;
  id: number;
  name: number;
}

/** What every reader is given. */
export interface ImportSettings {
  timeZone: string;
  /** the attendance rule's segments, seconds after midnight */
  segments: Segment[];
  /** the policy's call status rows (absent: the defaults) */
  callStatuses?: readonly CallStatusVocabulary[] | null;
}

/** What one export tab gave. */
export interface ExportResult {
  attendance: AttendanceDay[];
  calls: CallRow[];
  info: SourceInfo;
  /** call exports: whether the export carries successes */
  hasSuccess?: boolean;
}

/** Issues of one kind beyond this many per tab are counted, not listed. */
const MAX_PER_KIND = 50;

export class ExportSheet {
  readonly name: string;
  readonly values: CellValue[][];
  readonly issues: Issue[] = [];
  readonly counts: Record<string, number> = {};
  private readonly matcher: PersonMatcher;
  private readonly problems = new KeyProblems();
  private readonly people = new Set<string>();
  private readonly perKind = new Map<string, number>();
  private keyColumn: { header: string; index: number } | null = null;
  private from: string | null = null;
  private to: string | null = null;
  rows = 0;

  constructor(sheet: SheetData, readonly layout: Layout, employees: readonly Employee[], readonly settings: ImportSettings) {
    this.name = sheet.name;
    this.values = sheet.values;
    this.matcher = new PersonMatcher(employees, layout.system);
  }

  get timeZone(): string {
    return this.settings.timeZone;
  }

  private readonly prefixes: string[] = [];

  /** A1 address of a 0-based column on a 1-based row (column prefixes built once: exports run to a million rows). */
  cell(row: number, col: number): string {
    return (this.prefixes[col] ??= colPrefix(this.name, col)) + row;
  }

  /** Sets the column whose value issues about unmatched people point at. */
  keyAt(header: string, index: number): void {
    this.keyColumn = { header, index };
  }

  /** The Roster ID of a row's person, or null (noted for one issue per key). `shown` is the key as the issue names it. */
  person(ref: PersonRef, row: number): string | null {
    const m = this.matcher.match(ref);
    if (m.id !== null) {
      this.people.add(m.id);
      return m.id;
    }
    const shown = ref.key || ref.id || ref.name || '';
    this.problems.note(m, shown, ref.key || ref.id ? ref.name ?? '' : '', row);
    return null;
  }

  /**
   * For exports that name a person by their own key, an HR 工号 and a name (column indexes, −1 when absent): the column
   * that identifies a row (the key, else the 工号, else the name), set as the one unmatched-person issues point at.
   */
  personColumn(written: readonly string[], c: PersonColumns): number {
    const col = c.key >= 0 ? c.key : c.id >= 0 ? c.id : c.name;
    this.keyAt(written[col], col);
    return col;
  }

  /**
   * The data rows under the header that name someone (a name in `nameCol` or a value in `keyCol`); blank rows are
   * skipped, the others counted in `rows`. Yields each row's values and its 1-based sheet row.
   */
  *namedRows(h: Header, nameCol: number, keyCol: number): Generator<{ v: CellValue[]; row: number }> {
    for (let r = h.dataStart; r < this.values.length; r++) {
      const v = this.values[r];
      if (textOf(v[nameCol]) === '' && textOf(v[keyCol]) === '') continue;
      this.rows++;
      yield { v, row: r + 1 };
    }
  }

  /** The Roster ID of the person a row names through those columns, or null (noted as in `person`). */
  personIn(v: readonly CellValue[], c: PersonColumns, row: number): string | null {
    const at = (col: number) => (col < 0 ? null : textOf(v[col]));
    return this.person({ key: at(c.key), id: at(c.id), name: textOf(v[c.name]) }, row);
  }

  /**
   * As `person` for `total` rows of one person reference at once, of which `rows` are the first few in row order
   * (records aggregated in a database; empty when they have no order).
   */
  personRows(ref: PersonRef, rows: readonly number[], total: number): string | null {
    const m = this.matcher.match(ref);
    if (m.id !== null) {
      this.people.add(m.id);
      return m.id;
    }
    this.problems.noteRows(m, ref.key || ref.id || ref.name || '', ref.key || ref.id ? ref.name ?? '' : '', rows, total);
    return null;
  }

  /** Counts `n` more issues of a code past the ones listed (they show in the 'more' line only). */
  countIssues(code: IssueCode, n: number): void {
    this.perKind.set(code, (this.perKind.get(code) ?? 0) + n);
  }

  /** Widens the date range of what was read. */
  saw(date: string): void {
    if (this.from === null || date < this.from) this.from = date;
    if (this.to === null || date > this.to) this.to = date;
  }

  count(name: string, n = 1): void {
    this.counts[name] = (this.counts[name] ?? 0) + n;
  }

  /** An issue at a cell of the tab (at most MAX_PER_KIND of a code; the rest counted in one line). */
  issue(code: IssueCode, row: number | null, col: number | null, header: string | null, v: CellValue, vars: MessageVars = {}): void {
    const n = (this.perKind.get(code) ?? 0) + 1;
    this.perKind.set(code, n);
    if (n > MAX_PER_KIND) return;
    this.issues.push(makeIssue(code, {
      sheet: this.name, row, column: header, value: cellText(v, this.timeZone),
      cell: row !== null && col !== null ? this.cell(row, col) : null,
    }, vars));
  }

  /** Closes the tab: key issues, 'more' lines, and its SourceInfo. */
  finish(label: Text = this.layout.label): SourceInfo {
    const k = this.keyColumn;
    this.issues.push(...this.problems.issues(this.name, k?.header ?? null, KEY_LABELS[this.layout.system],
      (row) => (k ? this.cell(row, k.index) : null)));
    for (const [code, n] of this.perKind) {
      if (n <= MAX_PER_KIND) continue;
      const more = makeIssue('more-issues', { sheet: this.name, row: null, column: null, value: '', cell: null }, {
        count: n - MAX_PER_KIND, field: code,
      });
      this.issues.push(more);
    }
    return {
      sheet: this.name, readAs: this.layout.id, label, rows: this.rows, people: this.people.size,
      unmatched: this.problems.size, from: this.from, to: this.to, counts: { ...this.counts },
    };
  }
}
