// The Policy sheet as rows: a title block, labelled settings by section, small tables, a block per complex item.
import type { z } from 'zod';
import { colLetter } from '../a1.js';
import { type Policy, policySchema } from '../../rules/policy.js';
import { policyNote, valueLabel } from '../../rules/policy-labels.js';
import { sheetWord } from './words.js';
import type { Lang } from '../../types.js';
import { isFlat, type Leaf, modelOf, type ObjNode, type PartNode, type Slot, type TableNode, type UnionNode } from './model.js';
import { blockRef, columnsOf, fieldRef, ROOT, type Ref, rowRef } from './paths.js';
import { optionsText, type Out, renderLeaf } from './values.js';

/** Sheet names of the policy per language. */
export const POLICY_SHEET_NAMES = { en: 'Policy', zh: '规则' } as const;

export interface PolicySheetLayout {
  /** rectangular grid, row 1 first; column A holds each row's key */
  values: Out[][];
  /** cells holding 元 amounts ('C12'), for a 0.00 number format */
  moneyCells: string[];
}

interface Part {
  node: PartNode;
  value: unknown;
  ref: Ref;
}

class Writer {
  readonly rows: Out[][] = [];
  readonly money: string[] = [];
  constructor(readonly lang: Lang) {}

  push(row: Out[], moneyCols: number[] = []): void {
    this.rows.push(row);
    for (const c of moneyCols) this.money.push(`${colLetter(c)}${this.rows.length}`);
  }

  blank(): void {
    if (this.rows.length > 0 && this.rows[this.rows.length - 1].length > 0) this.rows.push([]);
  }
}

function get(value: unknown, name: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[name] : undefined;
}

/** The column heading or row label of a leaf: its label, with （元） for money. */
function leafLabel(leaf: Leaf, ref: Ref, lang: Lang): string {
  return ref.label[lang] + (leaf.kind === 'money' ? sheetWord('yuan', lang) : '');
}

function autoNote(leaf: Leaf, lang: Lang): string {
  if (leaf.kind === 'boolean') return `${sheetWord('yes', lang)} / ${sheetWord('no', lang)}`;
  if (leaf.kind === 'time') return 'HH:MM';
  const options = leaf.kind === 'list' ? leaf.item! : leaf;
  return options.kind === 'enum' ? optionsText(options)[lang] : '';
}

function settingRow(w: Writer, leaf: Leaf, v: unknown, ref: Ref): void {
  const note = [policyNote(ref.lk, w.lang), autoNote(leaf, w.lang)].filter((s) => s !== '').join('; ');
  w.push([ref.key, leafLabel(leaf, ref, w.lang), renderLeaf(leaf, v, w.lang), note || null], leaf.kind === 'money' ? [2] : []);
}

/** The tag field as an enum of the union's kinds. */
export function tagLeaf(u: UnionNode): Leaf {
  return { t: 'leaf', kind: 'enum', values: [...u.options.keys()], item: null };
}

/** The option object of a union value without its tag field, or null when the kind is unknown. */
export function optionOf(u: UnionNode, kind: unknown): ObjNode | null {
  const o = u.options.get(String(kind));
  return o ? { ...o, fields: o.fields.filter((f) => f.name !== u.tag) } : null;
}

function unionSettings(w: Writer, u: UnionNode, value: unknown, ref: Ref, parts: Part[]): void {
  const first = u.options.values().next().value!;
  const kind = get(value, u.tag);
  settingRow(w, tagLeaf(u), kind, fieldRef(ref, first, u.tag));
  const option = optionOf(u, kind);
  if (option) settings(w, option, value, ref, parts, false);
}

/** Settings rows of an object's leaves (nested objects flatten to dotted keys); tables and sections go to parts. */
function settings(w: Writer, obj: ObjNode, value: unknown, ref: Ref, parts: Part[], sectionize: boolean): void {
  for (const f of obj.fields) {
    const r = fieldRef(ref, obj, f.name);
    const v = get(value, f.name);
    const n = f.slot.node;
    if (n.t === 'leaf') settingRow(w, n, v, r);
    else if (n.t === 'table' || n.t === 'blocks' || n.t === 'record' || (sectionize && !(n.t === 'object' && n.text))) {
      parts.push({ node: n, value: v, ref: r });
    } else if (n.t === 'object') settings(w, n, v, r, parts, false);
    else unionSettings(w, n, v, r, parts);
  }
}

function group(w: Writer, node: PartNode, value: unknown, ref: Ref): void {
  const parts: Part[] = [];
  if (node.t === 'object') settings(w, node, value, ref, parts, false);
  else if (node.t === 'union') unionSettings(w, node, value, ref, parts);
  for (const p of parts) part(w, p);
}

function valueColumns(slot: Slot, base: Ref, lang: Lang): { label: string; leaf: Leaf; sub: string[] }[] {
  const n = slot.node;
  if (n.t === 'leaf') return [{ label: sheetWord('value', lang) + (n.kind === 'money' ? sheetWord('yuan', lang) : ''), leaf: n, sub: [] }];
  return columnsOf(n as ObjNode, base).map((c) => ({ label: leafLabel(c.field.slot.node as Leaf, c.ref, lang), leaf: c.field.slot.node as Leaf, sub: c.sub }));
}

function pick(item: unknown, sub: string[]): unknown {
  return sub.reduce<unknown>((v, k) => get(v, k), item);
}

function table(w: Writer, ref: Ref, cols: { label: string; leaf: Leaf; sub: string[] }[], items: [string, Out, unknown][], keyed: boolean): void {
  const head = keyed ? [sheetWord('key', w.lang)] : [];
  const money = cols.map((c, i) => (c.leaf.kind === 'money' ? i + 2 + head.length : -1)).filter((i) => i >= 0);
  w.push([ref.key, ref.label[w.lang], ...head, ...cols.map((c) => c.label)]);
  for (const [key, k, item] of items) {
    w.push([key, null, ...(keyed ? [k] : []), ...cols.map((c) => renderLeaf(c.leaf, pick(item, c.sub), w.lang))], money);
  }
  w.blank();
}

function isEmpty(v: unknown): boolean {
  return v === undefined || v === null || (Array.isArray(v) && v.length === 0);
}

/** Rows of a table; with deep fields, items are numbered and each item's non-empty deep fields follow it. */
function tablePart(w: Writer, node: TableNode, items: unknown[], ref: Ref): void {
  const cols = valueColumns({ node: node.element, optional: false, nullable: false }, rowRef(ref, 0), w.lang);
  const key = (i: number) => (node.deep ? blockRef(ref, i + 1, i).key : `${ref.key}[]`);
  table(w, ref, cols, items.map((item, i) => [key(i), null, item]), false);
  if (!node.deep) return;
  items.forEach((item, i) => {
    const br = blockRef(ref, i + 1, i);
    for (const f of node.element.fields) {
      const v = get(item, f.name);
      if (!isFlat(f.slot.node) && !isEmpty(v)) part(w, { node: f.slot.node, value: v, ref: fieldRef(br, node.element, f.name) });
    }
  });
}

function part(w: Writer, { node, value, ref }: Part): void {
  if (node.t === 'table') {
    if (value === undefined) return;
    tablePart(w, node, value as unknown[], ref);
  } else if (node.t === 'record') {
    if (value === undefined) return;
    const cols = valueColumns(node.value, rowRef(ref, 0), w.lang);
    table(w, ref, cols, Object.entries(value as Record<string, unknown>).map(([k, v]) => [`${ref.key}[]`, k, v]), true);
  } else if (node.t === 'blocks') {
    if (value === undefined) return;
    w.push([ref.key, ref.label[w.lang]]);
    (value as unknown[]).forEach((item, i) => {
      const br = blockRef(ref, i + 1, i);
      const el = node.element.node;
      // A block of a kind union is titled with its kind: "item 2 · catalogue".
      const kind = el.t === 'union' ? get(item, el.tag) : undefined;
      w.push([br.key, typeof kind === 'string' ? `${br.label[w.lang]} · ${valueLabel(kind, w.lang)}` : br.label[w.lang]]);
      group(w, el, item, br);
      w.blank();
    });
  } else {
    w.push([ref.key, ref.label[w.lang]]);
    group(w, node, value, ref);
  }
  w.blank();
}

/** The Policy sheet of a policy in a language: rows of strings, numbers (元 for fen) and blanks, and the 元 cells. */
export function policySheetLayout(policy: Policy, lang: Lang): PolicySheetLayout {
  return sheetLayout(policySchema, policy, lang);
}

/** The sheet of any value of an object schema the model supports (policySheetLayout for other schemas, in tests). */
export function sheetLayout(schema: z.ZodType, policy: unknown, lang: Lang): PolicySheetLayout {
  const w = new Writer(lang);
  const name = get(get(policy, 'name'), lang) ?? get(policy, 'id');
  const title = typeof name === 'string' ? `${sheetWord('title', lang)}${lang === 'zh' ? '：' : ': '}${name}` : sheetWord('title', lang);
  w.push(['#', title, null, sheetWord('intro', lang)]);
  w.push(['#', sheetWord('setting', lang), sheetWord('value', lang), sheetWord('note', lang)]);
  const parts: Part[] = [];
  settings(w, modelOf(schema), policy, ROOT, parts, true);
  w.blank();
  for (const p of parts) part(w, p);
  while (w.rows.length > 0 && w.rows[w.rows.length - 1].length === 0) w.rows.pop();
  const width = Math.max(4, ...w.rows.map((r) => r.length));
  const values = w.rows.map((r) => [...r, ...Array<Out>(width - r.length).fill(null)]);
  return { values, moneyCells: w.money };
}

/** The Policy sheet's cells for a policy in a language (see policySheetLayout). */
export function policyToSheet(policy: Policy, lang: Lang): Out[][] {
  return policySheetLayout(policy, lang).values;
}
