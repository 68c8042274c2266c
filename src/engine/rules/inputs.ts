// What a policy reads: the sheets, columns and KPI metrics its rule kinds (rules/kinds/) and pay formula need before a month is computed.
import type { Policy } from './policy.js';
import { kindOf } from './kinds/index.js';
import type { Need } from './needs.js';

export { metricNeed, type Need } from './needs.js';

/** The Roster columns the pay formula reads: base salary always; performance base and seniority pay when it uses them. */
function payNeeds(policy: Pick<Policy, 'pay'>): Need[] {
  const pay = policy.pay;
  const out: Need[] = [{ role: 'roster', columns: [['baseSalary']], rows: false, rules: [pay.rule] }];
  if (pay.performance !== 'none') out.push({ role: 'roster', columns: [['performanceBase']], rows: false, rules: [pay.performanceRule] });
  // Many centres pay no seniority: a missing column is 0 for everyone (a near-miss header is pointed out).
  if (pay.seniority) out.push({ role: 'roster', columns: [['seniority']], rows: false, rules: [pay.rule], optional: true });
  return out;
}

/**
 * Every input of a policy, merged by sheet and column group (the rule ids of each listed once, in policy order):
 * the rules' kinds, then the pay formula.
 */
export function policyNeeds(policy: Pick<Policy, 'rules' | 'kpiColumns' | 'pay'>): Need[] {
  const all: Need[] = [];
  for (const r of policy.rules) {
    for (const n of kindOf(r.kind).inputs(r, policy)) if (n) all.push(n);
  }
  all.push(...payNeeds(policy));
  const merged = new Map<string, Need>();
  for (const n of all) {
    for (const group of n.columns.length > 0 ? n.columns : [[]]) {
      const key = `${n.role}\u0000${group.join('|')}\u0000${n.optional ? 1 : 0}${n.strict ? 1 : 0}`;
      const seen = merged.get(key);
      if (seen) {
        for (const r of n.rules) if (!seen.rules.includes(r)) seen.rules.push(r);
        seen.rows ||= n.rows;
      } else merged.set(key, { ...n, columns: group.length > 0 ? [group] : [], rules: [...n.rules] });
    }
  }
  return [...merged.values()];
}
