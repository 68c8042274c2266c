// Labels: every section, table and leaf of the policy schema has zh and en words, and table headings are unambiguous.
import { describe, expect, it } from 'vitest';
import { policySchema } from '../../../../src/engine/rules/policy.js';
import { POLICY_LABELS } from '../../../../src/engine/rules/policy-labels.js';
import { modelOf, type PartNode } from '../../../../src/engine/read/policy-sheet/model.js';
import { columnsOf, labelKeys, ROOT } from '../../../../src/engine/read/policy-sheet/paths.js';
import { tinySchema } from './fixture.js';

const keys = labelKeys(modelOf(policySchema));

/** Every table of the model with the label key of its items. */
function tables(node: PartNode, lk: string, out: [string, PartNode][] = []): [string, PartNode][] {
  if (node.t === 'table') out.push([lk, node]);
  const kids: [string, PartNode][] = node.t === 'object' ? node.fields.map((f) => [lk ? `${lk}.${f.name}` : f.name, f.slot.node])
    : node.t === 'union' ? [...node.options.values()].map((o) => [lk, o])
      : node.t === 'table' ? [[`${lk}[]`, node.element]] : node.t === 'blocks' ? [[`${lk}[]`, node.element.node]] : [];
  for (const [k, n] of kids) tables(n, k, out);
  return out;
}

describe('policy labels', () => {
  it('lists the label keys of a schema: sections, tables, leaves; { zh, en } pairs once', () => {
    expect(labelKeys(modelOf(tinySchema))).toEqual([
      'code', 'title', 'late', 'late.graceMin', 'late.perMinuteFen', 'late.counted', 'late.strict', 'late.opens', 'late.share',
      'steps', 'steps[].atLeast', 'steps[].prizeFen',
    ]);
  });

  it('every section, table and leaf of the policy schema has a label (add one to policy-labels.ts for a new field)', () => {
    expect(keys.filter((k) => !POLICY_LABELS[k])).toEqual([]);
  });

  it('no label is left over from a field the schema no longer has', () => {
    expect(Object.keys(POLICY_LABELS).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('every label has non-blank zh and en words', () => {
    expect(Object.entries(POLICY_LABELS).filter(([, [zh, en]]) => zh.trim() === '' || en.trim() === '').map(([k]) => k)).toEqual([]);
  });

  it('the columns of each table have distinct headings in each language, so headings find their column', () => {
    const clashes: string[] = [];
    for (const [lk, node] of tables(modelOf(policySchema), '')) {
      if (node.t !== 'table') continue;
      const cols = columnsOf(node.element, { ...ROOT, lk: `${lk}[]` });
      for (const lang of ['zh', 'en'] as const) {
        const words = cols.map((c) => c.ref.label[lang]);
        if (new Set(words).size !== words.length) clashes.push(`${lk} (${lang}): ${words.join(' | ')}`);
      }
    }
    expect(clashes).toEqual([]);
  });
});
