// Where a policy part lives: its column-A row key, its label key, its value path and its zh/en label.
import { POLICY_LABELS, valueLabel } from '../../rules/policy-labels.js';
import { sheetWord } from './words.js';
import type { Text } from '../../types.js';
import { type Field, isFlat, type ObjNode, type PartNode } from './model.js';

/** A part of the policy as the sheet names it. */
export interface Ref {
  /** row key in column A ('attendance.finePerMinuteFen', 'rules[2].tiers') */
  key: string;
  /** label key: the schema path with '[]' for array items ('rules[].tiers') */
  lk: string;
  /** path inside the policy value, as zod reports it */
  vpath: (string | number)[];
  label: Text;
  /** set below an enum-keyed record entry: children are labelled "entry · child" */
  prefix: Text | null;
}

export const ROOT: Ref = { key: '', lk: '', vpath: [], label: { zh: '', en: '' }, prefix: null };

function join(a: string, b: string): string {
  return a ? `${a}.${b}` : b;
}

/** The label of a label key; a key without one shows itself (labels.test.ts keeps that from happening). */
export function labelOf(lk: string): Text {
  const def = POLICY_LABELS[lk];
  return def ? { zh: def[0], en: def[1] } : { zh: lk, en: lk };
}

function withPrefix(prefix: Text | null, t: Text): Text {
  return prefix ? { zh: `${prefix.zh} · ${t.zh}`, en: `${prefix.en} · ${t.en}` } : t;
}

/** The ref of field `name` of object `obj` found at `parent`. */
export function fieldRef(parent: Ref, obj: ObjNode, name: string): Ref {
  const key = join(parent.key, name);
  const vpath = [...parent.vpath, name];
  if (obj.text) {
    const half = name === 'zh' ? 'zh' : 'en';
    const label = { zh: parent.label.zh + sheetWord(half, 'zh'), en: parent.label.en + sheetWord(half, 'en') };
    return { key, lk: join(parent.lk, name), vpath, label, prefix: null };
  }
  if (obj.keyed) {
    const label = { zh: `${parent.label.zh} · ${valueLabel(name, 'zh')}`, en: `${parent.label.en} · ${valueLabel(name, 'en')}` };
    return { key, lk: `${parent.lk}[]`, vpath, label, prefix: label };
  }
  const lk = join(parent.lk, name);
  return { key, lk, vpath, label: withPrefix(parent.prefix, labelOf(lk)), prefix: null };
}

/** The ref of block number `n` (1-based, as keyed in the sheet) at value index `index`. */
export function blockRef(parent: Ref, n: number, index: number): Ref {
  const item = (lang: 'zh' | 'en') => sheetWord('item', lang).replace('{n}', String(n));
  return { key: `${parent.key}[${n}]`, lk: `${parent.lk}[]`, vpath: [...parent.vpath, index], label: { zh: item('zh'), en: item('en') }, prefix: null };
}

/** The ref of the item rows of a table; `index` is the item's place in the array. */
export function rowRef(parent: Ref, index: number): Ref {
  return { key: `${parent.key}[]`, lk: `${parent.lk}[]`, vpath: [...parent.vpath, index], label: parent.label, prefix: null };
}

/** A leaf column of a flat object, in field order: its sub-path inside the item and its ref. */
export interface Column {
  sub: string[];
  field: Field;
  ref: Ref;
}

/** The leaf columns of an object's flat fields, items at `base` (nested objects flatten to name.zh, name.en). */
export function columnsOf(obj: ObjNode, base: Ref, sub: string[] = []): Column[] {
  const out: Column[] = [];
  for (const f of obj.fields) {
    if (!isFlat(f.slot.node)) continue;
    const ref = fieldRef(base, obj, f.name);
    const node = f.slot.node;
    if (node.t === 'object') out.push(...columnsOf(node, ref, [...sub, f.name]));
    else out.push({ sub: [...sub, f.name], field: f, ref });
  }
  return out;
}

/** Every label key the schema needs, in schema order: sections, tables, blocks and leaves. */
export function labelKeys(root: ObjNode): string[] {
  const keys = new Set<string>();
  const visit = (node: PartNode, lk: string, need: boolean): void => {
    if (need) keys.add(lk);
    switch (node.t) {
      case 'object':
        for (const f of node.fields) {
          if (node.keyed) visit(f.slot.node, `${lk}[]`, false);
          else visit(f.slot.node, lk ? `${lk}.${f.name}` : f.name, !node.text);
        }
        break;
      case 'union':
        for (const o of node.options.values()) visit(o, lk, false);
        break;
      case 'table':
        visit(node.element, `${lk}[]`, false);
        break;
      case 'blocks':
      case 'record':
        if (node.t === 'blocks') visit(node.element.node, `${lk}[]`, false);
        else if (node.value.node.t === 'object') visit(node.value.node, `${lk}[]`, false);
        break;
      default:
        break;
    }
  };
  visit(root, '', false);
  return [...keys];
}
