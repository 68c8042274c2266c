// Walks the policy model over the indexed sheet: each leaf from its cell, each bad cell an issue, each cell remembered.
import { isBlank, NO_CACHED_VALUE } from '../cells.js';
import type { CellValue, Issue, Text } from '../../types.js';
import { cellDetail, policyIssue, REASONS, SHEET_DETAILS } from './details.js';
import { optionOf, tagLeaf } from './layout.js';
import { isFlat, type Leaf, type ObjNode, type PartNode, type Slot, type UnionNode } from './model.js';
import { blockRef, fieldRef, type Ref } from './paths.js';
import type { KeyedRow, SheetIndex } from './scan.js';
import { readRecord, readTable } from './tables.js';
import { blankValue, parseLeaf } from './values.js';

/** A value read, and whether any cell of it was filled in (an optional part left blank is absent). */
export interface Got {
  value: unknown;
  present: boolean;
}

/** Where a leaf's cell is: a row and 0-based column, 'absent' (a table column already reported), or null. */
export type Src = (ref: Ref) => { row: KeyedRow; col: number } | 'absent' | null;

/** A cell a value came from, for zod's issues. */
export interface Loc {
  row: number;
  col: number;
  value: string;
  label: Text;
  key: string;
  money: boolean;
}

export const vkey = (ref: Ref): string => ref.vpath.join('.');

/** Parts whose amounts carry a sign (an event or a consequence step: −10 元 is a fine, 20 元 a bonus). */
const SIGNED = new Set(['events', 'steps', 'miss', 'streakSteps']);

export class Reader {
  issues: Issue[] = [];
  readonly locs = new Map<string, Loc>();
  /** value paths that already carry an issue: zod's issues at or around them are not repeated */
  flagged: string[] = [];
  readonly settings: Src = (ref) => {
    const row = this.idx.take(ref.key);
    return row ? { row, col: 2 } : null;
  };

  constructor(readonly idx: SheetIndex) {}

  /** Records an issue at a cell (col null: the whole row or sheet) and flags the value path. */
  report(ref: Ref, row: number | null, col: number | null, value: string, detail: Text): void {
    this.issues.push(policyIssue(this.idx.sheet, { row, col, column: ref.key, value }, detail));
    this.flagged.push(vkey(ref));
  }

  /** Remembers the row (column A) a container came from. */
  place(ref: Ref, row: KeyedRow | null): void {
    if (row) this.locs.set(vkey(ref), { row: row.row, col: 0, value: row.key, label: ref.label, key: ref.key, money: false });
  }

  /** A required part with no rows at all. */
  missing(ref: Ref): void {
    this.report(ref, null, null, '', SHEET_DETAILS.missingSetting(ref.key, ref.label));
  }

  slot(slot: Slot, ref: Ref, src: Src): Got {
    const n = slot.node;
    if (n.t === 'leaf') return this.leaf(n, slot, ref, src);
    const mayBeAbsent = slot.optional || slot.nullable;
    const outer = this.issues;
    const flaggedBefore = this.flagged.length;
    if (mayBeAbsent) this.issues = [];
    const got = this.node(n, ref, src, !mayBeAbsent);
    if (!mayBeAbsent) return got;
    const inner = this.issues;
    this.issues = outer;
    if (got.present) {
      outer.push(...inner);
      return got;
    }
    // Nothing filled in: the part is absent, and the blanks inside it are not errors.
    this.flagged.length = flaggedBefore;
    return { value: slot.optional ? undefined : null, present: false };
  }

  leaf(leaf: Leaf, slot: Pick<Slot, 'optional' | 'nullable'>, ref: Ref, src: Src): Got {
    const at = src(ref);
    if (at === 'absent' || (at === null && slot.optional)) return { value: undefined, present: false };
    if (at === null) {
      this.missing(ref);
      return { value: undefined, present: false };
    }
    const cell: CellValue = at.row.cells[at.col] ?? null;
    const text = this.idx.text(cell);
    this.locs.set(vkey(ref), { row: at.row.row, col: at.col, value: text, label: ref.label, key: ref.key, money: leaf.kind === 'money' });
    if (isBlank(cell)) {
      if (slot.optional) return { value: undefined, present: false };
      if (slot.nullable) return { value: null, present: false };
      const blank = blankValue(leaf);
      if (blank !== undefined) return { value: blank, present: false };
      this.report(ref, at.row.row, at.col, '', cellDetail(ref.label, '', REASONS.blank));
      return { value: undefined, present: false };
    }
    if (cell === NO_CACHED_VALUE) {
      this.report(ref, at.row.row, at.col, text, cellDetail(ref.label, text, REASONS.noCachedValue));
      return { value: undefined, present: true };
    }
    const parsed = parseLeaf(leaf, cell, this.idx.timeZone);
    if (!parsed.ok) {
      this.report(ref, at.row.row, at.col, text, cellDetail(ref.label, text, parsed.reason));
      return { value: undefined, present: true };
    }
    // A fine of −1 per minute would pay lateness as a bonus: amounts are positive except where a sign is the meaning.
    if (leaf.kind === 'money' && typeof parsed.value === 'number' && parsed.value < 0 && !ref.vpath.some((p) => SIGNED.has(String(p)))) {
      this.report(ref, at.row.row, at.col, text, cellDetail(ref.label, text, REASONS.negative));
      return { value: undefined, present: true };
    }
    return { value: parsed.value, present: true };
  }

  /** A part with no rows at all is empty ([] or {}) when required and absent when optional; zod checks sizes. */
  node(n: PartNode, ref: Ref, src: Src, required: boolean): Got {
    switch (n.t) {
      case 'leaf':
        return this.leaf(n, { optional: false, nullable: false }, ref, src);
      case 'object':
      case 'union':
        if (src === this.settings) this.place(ref, this.idx.take(ref.key));
        return n.t === 'object' ? this.object(n, ref, src, {}) : this.union(n, ref, src);
      case 'table':
        return readTable(this, n, ref, required);
      case 'record':
        return readRecord(this, n, ref, required);
      default:
        return this.blocks(n.element, ref, required);
    }
  }

  object(obj: ObjNode, ref: Ref, src: Src, into: Record<string, unknown>): Got {
    let present = false;
    for (const f of obj.fields) {
      // Deep fields of a table item (nested tables, records) have rows of their own.
      const got = this.slot(f.slot, fieldRef(ref, obj, f.name), isFlat(f.slot.node) ? src : this.settings);
      if (got.value !== undefined) into[f.name] = got.value;
      present ||= got.present;
    }
    return { value: into, present };
  }

  union(u: UnionNode, ref: Ref, src: Src): Got {
    const first = u.options.values().next().value!;
    const tag = this.leaf(tagLeaf(u), { optional: false, nullable: false }, fieldRef(ref, first, u.tag), src);
    const option = tag.value === undefined ? null : optionOf(u, tag.value);
    if (!option) {
      // Without a known kind the other rows cannot be read; the kind cell's issue says why.
      if (src === this.settings) this.idx.claimBelow(ref.key);
      return { value: undefined, present: tag.present };
    }
    const kind = u.options.get(String(tag.value))!.fields.find((f) => f.name === u.tag)!.slot.node as Leaf;
    const got = this.object(option, ref, src, { [u.tag]: kind.values[0] });
    return { value: got.value, present: true };
  }

  blocks(element: Slot, ref: Ref, required: boolean): Got {
    const header = this.idx.take(ref.key);
    const numbers = this.idx.blockNumbers(ref.key);
    this.place(ref, header);
    if (!header && numbers.length === 0) return { value: required ? [] : undefined, present: false };
    const items = numbers.map((n, i) => {
      const br = blockRef(ref, n, i);
      this.place(br, this.idx.take(br.key));
      return this.slot(element, br, this.settings).value;
    });
    return { value: items, present: true };
  }
}
