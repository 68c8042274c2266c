// Shorthands for writing presets: an event row, a step, pay defaults; every field stays explicit in the parsed policy.
import type { PolicyEvent, Step } from '../rules/policy.js';
import type { Flag } from '../types.js';

export interface EventOptions {
  fixedPayPercent?: number;
  scorePercent?: number;
  flag?: Flag | null;
  violation?: boolean;
  complaint?: boolean;
  quality?: boolean;
  weekly?: boolean;
  escalation?: PolicyEvent['escalation'];
  steps?: Step[];
}

/** A catalogue code: points and cash (fen) per occurrence, with optional flags and escalation. */
export function ev(code: string, rule: string, zh: string, en: string, points: number, amountFen: number,
  o: EventOptions = {}): PolicyEvent {
  return {
    code, rule, name: { zh, en }, points, amountFen, fixedPayPercent: o.fixedPayPercent ?? 0,
    scorePercent: o.scorePercent ?? 0, flag: o.flag ?? null,
    violation: o.violation ?? false, complaint: o.complaint ?? false, quality: o.quality ?? false, weekly: o.weekly ?? false,
    escalation: o.escalation ?? 'none', steps: o.steps ?? [],
  };
}

/** One consequence step: points, cash (fen), percent of fixed pay (negative = deduction), flag. */
export function step(points: number, amountFen: number, fixedPayPercent = 0, flag: Flag | null = null): Step {
  return { points, amountFen, fixedPayPercent, flag };
}

