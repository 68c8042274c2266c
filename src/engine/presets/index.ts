// Registry of the built-in policies by preset name.
import type { Policy } from '../policy.js';
import { outboundCenter } from './outbound-center.js';

const PRESETS: Record<string, Policy> = {
  'outbound-center': outboundCenter,
};

export const PRESET_NAMES: readonly string[] = Object.keys(PRESETS);
export const DEFAULT_PRESET = 'outbound-center';

/** The preset's policy; an unknown name is a usage fault with cause code 'unknown-preset'. */
export function getPreset(name: string): Policy {
  const policy = PRESETS[name];
  if (!policy) {
    throw new Error(`unknown preset "${name}" (known: ${PRESET_NAMES.join(', ')})`, { cause: { code: 'unknown-preset', name } });
  }
  return policy;
}
