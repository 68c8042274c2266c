// Preset lookup for the command line; unknown names throw { code: 'unknown-preset' }.
import type { Policy } from '../engine/policy.js';
import { outboundCenter } from '../engine/presets/outbound-center.js';

const PRESETS: Record<string, Policy> = { 'outbound-center': outboundCenter };

/** The names --preset accepts. */
export const presetNames = (): string[] => Object.keys(PRESETS);

/** The preset called `name`. */
export function presetByName(name: string): Policy {
  const policy = PRESETS[name];
  if (!policy) {
    throw new Error(`unknown preset "${name}" (known: ${presetNames().join(', ')})`, { cause: { code: 'unknown-preset' } });
  }
  return policy;
}
