// The Policy sheet's rows indexed by their column-A key: one row per setting key, a list per table-item key.
import { cellText, isBlank, toHalfWidth } from '../cells.js';
import type { CellValue, Issue } from '../../types.js';
import { policyIssue, SHEET_DETAILS } from './details.js';

export interface KeyedRow {
  /** 1-based sheet row */
  row: number;
  key: string;
  cells: CellValue[];
}

/** The form keys are compared in: half-width, without spaces, lower-case. */
export function normKey(key: string): string {
  return toHalfWidth(key).replace(/\s+/g, '').toLowerCase();
}

export class SheetIndex {
  private readonly rows = new Map<string, KeyedRow>();
  private readonly items = new Map<string, KeyedRow[]>();
  private readonly used = new Set<KeyedRow>();
  readonly issues: Issue[] = [];

  constructor(readonly sheet: string, values: CellValue[][], readonly timeZone: string) {
    values.forEach((cells, i) => this.add(cells, i + 1));
  }

  private add(cells: CellValue[], row: number): void {
    const a = cells[0];
    const rest = cells.slice(1);
    if (isBlank(a ?? null)) {
      const c = rest.findIndex((v) => !isBlank(v ?? null));
      if (c >= 0) this.issues.push(policyIssue(this.sheet, { row, col: c + 1, column: null, value: this.text(rest[c]) }, SHEET_DETAILS.noKey));
      return;
    }
    const key = this.text(a).trim();
    if (key.startsWith('#')) return;
    const k = normKey(key);
    const entry: KeyedRow = { row, key, cells };
    if (k.endsWith('[]')) {
      const list = this.items.get(k) ?? [];
      list.push(entry);
      this.items.set(k, list);
      return;
    }
    const first = this.rows.get(k);
    if (first) {
      this.issues.push(policyIssue(this.sheet, { row, col: 0, column: key, value: key }, SHEET_DETAILS.duplicateKey(key, first.row)));
      return;
    }
    this.rows.set(k, entry);
  }

  /** A cell as issue text. */
  text(v: CellValue | undefined): string {
    return cellText(v ?? null, this.timeZone);
  }

  /** The row of a setting, section or table heading key, marked as read; null when absent. */
  take(key: string): KeyedRow | null {
    const r = this.rows.get(normKey(key)) ?? null;
    if (r) this.used.add(r);
    return r;
  }

  /** The item rows of a table key ('events' → rows keyed 'events[]'), marked as read. */
  takeItems(key: string): KeyedRow[] {
    const list = this.items.get(normKey(`${key}[]`)) ?? [];
    for (const r of list) this.used.add(r);
    return list;
  }

  /** Marks every row below a key as read ('rules[2].…'): the rows of a block whose kind is unknown say nothing new. */
  claimBelow(key: string): void {
    const k = normKey(key);
    const below = (x: string) => x.startsWith(`${k}.`) || x.startsWith(`${k}[`);
    for (const [x, r] of this.rows) if (below(x)) this.used.add(r);
    for (const [x, list] of this.items) if (below(x)) for (const r of list) this.used.add(r);
  }

  /** Block numbers under a key: 'rules[1].kind', 'rules[3]' … → [1, 3], ascending. */
  blockNumbers(key: string): number[] {
    const prefix = `${normKey(key)}[`;
    const found = new Set<number>();
    for (const k of [...this.rows.keys(), ...this.items.keys()]) {
      if (!k.startsWith(prefix)) continue;
      const m = /^(\d+)\]/.exec(k.slice(prefix.length));
      if (m) found.add(Number(m[1]));
    }
    return [...found].sort((a, b) => a - b);
  }

  /** Issues for every keyed row nothing read: keys the policy does not have. */
  unknownKeys(): Issue[] {
    const out: Issue[] = [];
    const all = [...this.rows.values(), ...[...this.items.values()].flat()].sort((a, b) => a.row - b.row);
    for (const r of all) {
      if (!this.used.has(r)) out.push(policyIssue(this.sheet, { row: r.row, col: 0, column: r.key, value: r.key }, SHEET_DETAILS.unknownKey(r.key)));
    }
    return out;
  }
}
