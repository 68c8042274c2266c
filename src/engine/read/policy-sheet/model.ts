// The policy's zod schema walked once into sheet parts: settings leaves, objects, kind unions, tables, blocks, records.
import type { z } from 'zod';

/** How one value is written in a cell. `money` is integer fen shown as 元; `list` is comma-separated items. */
export type LeafKind = 'int' | 'number' | 'money' | 'boolean' | 'enum' | 'literal' | 'string' | 'time' | 'list';

export interface Leaf {
  t: 'leaf';
  kind: LeafKind;
  /** enum options, or the one literal value */
  values: readonly (string | number | boolean)[];
  /** the element of a list */
  item: Leaf | null;
}

/** A child with its wrappers: optional (or defaulted) may be absent; nullable may be null. */
export interface Slot {
  node: PartNode;
  optional: boolean;
  nullable: boolean;
}

export interface Field {
  name: string;
  slot: Slot;
}

/**
 * An object; `text` marks a { zh, en } pair, labelled once for both halves; `keyed` marks an enum-keyed
 * record, whose fields are labelled by the record's label and the key's value label.
 */
export interface ObjNode {
  t: 'object';
  fields: Field[];
  text: boolean;
  keyed: boolean;
}

/** A union of objects told apart by a literal `tag` field (kind). */
export interface UnionNode {
  t: 'union';
  tag: string;
  options: Map<string, ObjNode>;
}

/**
 * An array of objects with leaves: one sheet row per item, one column per leaf. With `deep` fields (nested
 * tables, records, deep objects) items are numbered (key[1], key[2]) and those fields follow as parts.
 */
export interface TableNode {
  t: 'table';
  element: ObjNode;
  deep: boolean;
}

/** An array of items too deep for a row (unions, nested tables): one block of rows per item, numbered from 1. */
export interface BlocksNode {
  t: 'blocks';
  element: Slot;
}

/** A record with free text keys: a table whose first column is the key. Enum-keyed records become objects. */
export interface RecordNode {
  t: 'record';
  value: Slot;
}

export type PartNode = Leaf | ObjNode | UnionNode | TableNode | BlocksNode | RecordNode;

interface Def {
  type: string;
  [k: string]: unknown;
}

type Schema = z.ZodType;

function defOf(s: unknown): Def {
  return (s as { def: Def }).def;
}

function unsupported(what: string, path: string): never {
  throw new Error(`policy sheet: unsupported schema part ${what} at "${path}"`, { cause: { code: 'unsupported-policy-schema', path } });
}

/** True when a string schema's pattern accepts 09:00, so time cells may be read into it. */
function isTimePattern(def: Def): boolean {
  const checks = (def.checks ?? []) as { _zod: { def: { format?: string; pattern?: RegExp } } }[];
  return checks.some((c) => c._zod.def.format === 'regex' && c._zod.def.pattern instanceof RegExp && c._zod.def.pattern.test('09:00'));
}

function leaf(kind: LeafKind, values: readonly (string | number | boolean)[] = [], item: Leaf | null = null): Leaf {
  return { t: 'leaf', kind, values, item };
}

/** The slot of a schema: unwraps optional, default and nullable; `name` is the field name (…Fen is money). */
export function slotOf(schema: Schema, name: string, path: string): Slot {
  let s: unknown = schema;
  let optional = false;
  let nullable = false;
  for (;;) {
    const d = defOf(s);
    if (d.type === 'optional' || d.type === 'default' || d.type === 'prefault') optional = true;
    else if (d.type === 'nullable') nullable = true;
    else break;
    s = d.innerType;
  }
  return { node: nodeOf(s as Schema, name, path), optional, nullable };
}

function nodeOf(schema: Schema, name: string, path: string): PartNode {
  const d = defOf(schema);
  switch (d.type) {
    case 'number':
      if (name.endsWith('Fen')) return leaf('money');
      return leaf((schema as unknown as { isInt?: boolean }).isInt ? 'int' : 'number');
    case 'boolean':
      return leaf('boolean');
    case 'string':
      return leaf(isTimePattern(d) ? 'time' : 'string');
    case 'enum':
      return leaf('enum', Object.values(d.entries as Record<string, string>));
    case 'literal':
      return leaf('literal', d.values as (string | number | boolean)[]);
    case 'object':
      return objectOf(schema, path);
    case 'union':
      return unionOf(d, path);
    case 'array':
      return arrayOf(defOf(schema).element as Schema, name, path);
    case 'record':
      return recordOf(d, name, path);
    default:
      return unsupported(d.type, path);
  }
}

function objectOf(schema: Schema, path: string): ObjNode {
  const shape = (schema as unknown as { shape: Record<string, Schema> }).shape;
  const fields = Object.entries(shape).map(([k, v]) => ({ name: k, slot: slotOf(v, k, path ? `${path}.${k}` : k) }));
  const text = fields.length === 2 && fields.every((f) => (f.name === 'zh' || f.name === 'en')
    && f.slot.node.t === 'leaf' && f.slot.node.kind === 'string');
  return { t: 'object', fields, text, keyed: false };
}

function unionOf(d: Def, path: string): UnionNode {
  const tag = typeof d.discriminator === 'string' ? d.discriminator : 'kind';
  const options = new Map<string, ObjNode>();
  for (const o of d.options as Schema[]) {
    const node = nodeOf(o, '', path);
    const tagField = node.t === 'object' ? node.fields.find((f) => f.name === tag) : undefined;
    const lit = tagField?.slot.node;
    if (node.t !== 'object' || !lit || lit.t !== 'leaf' || lit.kind !== 'literal') return unsupported(`union without a "${tag}" literal`, path);
    for (const v of lit.values) options.set(String(v), node);
  }
  return { t: 'union', tag, options };
}

/** Flat: only leaves and flat objects, so one row holds a whole item. */
export function isFlat(node: PartNode): boolean {
  if (node.t === 'leaf') return true;
  return node.t === 'object' && node.fields.every((f) => isFlat(f.slot.node));
}

function arrayOf(element: Schema, name: string, path: string): PartNode {
  const slot = slotOf(element, name, `${path}[]`);
  const n = slot.node;
  if (n.t === 'leaf') {
    if (n.kind === 'list') return unsupported('list of lists', path);
    return leaf('list', [], n);
  }
  if (n.t === 'object' && !slot.nullable && n.fields.some((f) => isFlat(f.slot.node))) {
    return { t: 'table', element: n, deep: !isFlat(n) };
  }
  return { t: 'blocks', element: slot };
}

function recordOf(d: Def, name: string, path: string): PartNode {
  const key = defOf(d.keyType);
  const value = slotOf(d.valueType as Schema, name, `${path}[]`);
  if (key.type === 'enum') {
    // Enum keys are known in advance: one settings row per key, blank when the key is absent.
    const fields = Object.values(key.entries as Record<string, string>)
      .map((k) => ({ name: k, slot: { ...value, optional: true } }));
    return { t: 'object', fields, text: false, keyed: true };
  }
  if (key.type !== 'string') return unsupported(`record keyed by ${key.type}`, path);
  if (!isFlat(value.node)) return unsupported('record of nested values', path);
  return { t: 'record', value };
}

const models = new WeakMap<object, ObjNode>();

/** The root object of a policy schema, walked once per schema. */
export function modelOf(schema: Schema): ObjNode {
  const hit = models.get(schema);
  if (hit) return hit;
  const root = nodeOf(schema, '', '');
  if (root.t !== 'object') return unsupported('non-object root', '');
  models.set(schema, root);
  return root;
}
