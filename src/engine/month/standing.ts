// The month score and what bands and status rules read from one month of one agent (their kinds are in rules/kinds/).
import { roundHalfUp } from '../rules/formulas.js';
import type { TargetMonth } from '../rules/targets.js';

/** What a status rule or a band reads from one month of one agent. */
export interface MonthStanding {
  score: number | null;
  absences: number;
  targets: Map<string, TargetMonth>;
}

/** Month score: the weighted score (or the base) + points, then × (100 + score percent) ÷ 100, to 0.01 point. */
export function monthScore(base: number | null, points: number, scorePercent: number): number | null {
  if (base === null) return null;
  const raw = base + points;
  if (scorePercent === 0) return raw;
  return roundHalfUp(raw * (100 + scorePercent)) / 100;
}
