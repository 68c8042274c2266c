// The registry of rule kinds is complete: every kind of the policy union has its module, inputs, labels and month steps.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { KIND_LIST, kindOf, KINDS, ruleSchema } from '../../../../src/engine/rules/kinds/index.js';
import { POLICY_LABELS, VALUE_LABELS } from '../../../../src/engine/rules/policy-labels.js';
import { policySchema } from '../../../../src/engine/rules/policy.js';
import { labelKeys } from '../../../../src/engine/read/policy-sheet/paths.js';
import { modelOf } from '../../../../src/engine/read/policy-sheet/model.js';
import { getPreset } from '../../../../src/engine/presets/index.js';

const steps = (k: (typeof KIND_LIST)[number]) => (['monthIssues', 'agent', 'agents', 'standing'] as const).filter((s) => k[s] !== undefined);
const tag = (schema: z.ZodObject) => (schema.shape.kind as z.ZodLiteral<string>).value;
const allKeys = labelKeys(modelOf(policySchema));

describe('rule kind registry', () => {
  it('lists every kind of the policy union once, in the order the month loop runs them', () => {
    expect(KIND_LIST.map((k) => k.kind)).toEqual(['attendance', 'catalogue', 'target', 'tiers', 'rank', 'first', 'team',
      'commission', 'weighted-score', 'bands', 'status', 'new-hire']);
    expect(ruleSchema.options.map((o) => tag(o as z.ZodObject))).toEqual(KIND_LIST.map((k) => k.kind));
    expect(KINDS.filter((k) => k.kind !== tag(k.schema)).map((k) => k.kind)).toEqual([]);
  });

  it('finds a rule\'s module by its kind', () => {
    expect(kindOf('new-hire').title).toEqual(['新员工', 'new hire']);
    expect(kindOf('catalogue').schema).toBe(KINDS[1].schema);
  });

  it('gives each kind its month steps: issues of the month, per agent, over the agents together, or standing after the prizes', () => {
    expect(Object.fromEntries(KIND_LIST.map((k) => [k.kind, steps(k)]))).toEqual({
      attendance: ['agent', 'standing'],
      catalogue: ['agent'],
      target: ['monthIssues', 'agent'],
      tiers: ['agents'],
      rank: ['agents'],
      first: ['agents'],
      team: ['agents'],
      commission: ['agent', 'agents'],
      'weighted-score': ['agent'],
      bands: ['standing'],
      status: ['standing'],
      'new-hire': ['standing'],
    });
  });

  it('marks the kinds a policy may hold once', () => {
    expect(KIND_LIST.filter((k) => k.once).map((k) => k.kind)).toEqual(['attendance', 'weighted-score']);
  });

  it('names every kind in Chinese and English on the Policy sheet', () => {
    expect(KIND_LIST.filter((k) => !k.title[0].trim() || !k.title[1].trim()).map((k) => k.kind)).toEqual([]);
    expect(VALUE_LABELS.rank).toEqual(['排名奖', 'rank prize']);
    expect(VALUE_LABELS['weighted-score']).toEqual(['加权评分', 'weighted score']);
  });

  it('labels only fields of the policy schema, each key in one kind (a field two kinds share is labelled in policy-labels.ts)', () => {
    const stray = KIND_LIST.flatMap((k) => Object.keys(k.labels).filter((key) => !allKeys.includes(key)).map((key) => `${k.kind} ${key}`));
    expect(stray).toEqual([]);
    const owners = new Map<string, string[]>();
    for (const k of KIND_LIST) for (const key of Object.keys(k.labels)) owners.set(key, [...(owners.get(key) ?? []), k.kind]);
    expect([...owners].filter(([, kinds]) => kinds.length > 1)).toEqual([]);
    expect(POLICY_LABELS['rules[].graceMinutes']).toEqual(['迟到宽限分钟', 'grace minutes']);
    expect(POLICY_LABELS['rules[].metric']).toEqual(['指标', 'metric']);
  });

  it('declares inputs through the kind: a tier table on successes reads the Calls sheet, a band reads nothing', () => {
    const policy = getPreset('outbound-center');
    const tier = policy.rules.find((r) => r.kind === 'tiers')!;
    expect(kindOf('tiers').inputs(tier, policy)).toEqual([{ role: 'calls', columns: [['successes', 'result']], rows: true, rules: [tier.rule] }]);
    const service = getPreset('service-kpi');
    const band = service.rules.find((r) => r.kind === 'bands')!;
    expect(kindOf('bands').inputs(band, service)).toEqual([]);
  });
});
