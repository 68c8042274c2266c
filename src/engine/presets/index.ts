// Registry of the built-in policies by preset name.
import type { Policy } from '../rules/policy.js';
import { floorDiscipline } from './floor-discipline.js';
import { outboundCenter } from './outbound-center.js';
import { serviceKpi } from './service-kpi.js';
import { telesalesTeam } from './telesales-team.js';

const PRESETS: Record<string, Policy> = {
  'outbound-center': outboundCenter,
  'telesales-team': telesalesTeam,
  'service-kpi': serviceKpi,
  'floor-discipline': floorDiscipline,
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
