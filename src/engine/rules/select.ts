// Picking a policy's rules by kind; apart from policy.ts so rule kinds can use it without loading the policy schema.
import type { Rule, RuleKind, RuleOf } from './kinds/index.js';

/** The policy's rules of one kind, in policy order. */
export function rulesOf<K extends RuleKind>(policy: { rules: readonly Rule[] }, kind: K): RuleOf<K>[] {
  return policy.rules.filter((r: Rule): r is RuleOf<K> => r.kind === kind);
}

/** The one rule of a kind, or null (a second one is a configuration fault). */
export function ruleOf<K extends RuleKind>(policy: { rules: readonly Rule[] }, kind: K): RuleOf<K> | null {
  const list = rulesOf(policy, kind);
  if (list.length > 1) throw new Error(`policy has ${list.length} ${kind} rules; one is allowed`, { cause: { code: 'bad-policy', kind } });
  return list[0] ?? null;
}
