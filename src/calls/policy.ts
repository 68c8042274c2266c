// What the call SQL needs from a policy and the status words: A-BON-1 thresholds, and which results count.
import { isCallMetric } from '../engine/rules/call-metrics.js';
import type { Policy } from '../engine/rules/policy.js';
import type { CallQuery } from './sql.js';

/**
 * Result words of the Calls sheet (src/engine/sources/calls.ts): connected/接通 count as connected, success/成功 as
 * connected and success. Per-export vocabularies (imports) replace these lists; they are compared lower-case.
 */
export const DEFAULT_VOCABULARY = { connected: ['connected', '接通'], success: ['success', '成功'] } as const;

/** Every first-to-reach threshold of the policy on a call metric (A-BON-1), once each. */
export function thresholdsOf(policy: Policy): CallQuery['thresholds'] {
  const out = new Map<string, CallQuery['thresholds'][number]>();
  for (const r of policy.rules) {
    if (r.kind !== 'first' || !isCallMetric(r.metric)) continue;
    for (const t of r.thresholds) out.set(`${r.metric}|${t.threshold}`, { metric: r.metric, threshold: t.threshold });
  }
  return [...out.values()];
}

/** Rules that need call records one by one and so cannot run on aggregated records: per-item capped commissions. */
export function rowRules(policy: Policy): string[] {
  return policy.rules.filter((r) => r.kind === 'commission' && r.basis === 'percent' && r.capPer === 'item' && isCallMetric(r.metric))
    .map((r) => r.rule);
}
