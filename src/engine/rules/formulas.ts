// Generic pure formula cores (tiers, commission, proration, weighted score, bands) shared by rules and cell functions.

/** Rounds half away from zero to an integer; money in fen is rounded with this everywhere. */
export function roundHalfUp(value: number): number {
  // The epsilon absorbs binary noise such as 1.005 * 100 = 100.49999999999999.
  const rounded = Math.round(Math.abs(value) + 1e-9);
  return value < 0 ? -rounded : rounded;
}

/** Yuan (元, up to 2 decimals) to integer fen, rounded half up. */
export function yuanToFen(yuan: number): number {
  return roundHalfUp(yuan * 100);
}

/** Integer fen to yuan (元) with 2 decimals. */
export function fenToYuan(fen: number): number {
  return fen / 100;
}

/**
 * A-ATT-1/A-ATT-2: the cash fine for one day's lateness, in fen.
 * Late by more than `absenceAfterMinutes` is an absence and costs `absenceFineFen` instead of the per-minute fine;
 * otherwise whole minutes (a fraction is dropped, as the engine drops seconds) × `perMinuteFen`. 0 minutes is 0.
 */
export function lateFineFen(lateMinutes: number, perMinuteFen: number, absenceAfterMinutes: number, absenceFineFen: number): number {
  const minutes = Math.floor(lateMinutes);
  if (minutes > absenceAfterMinutes) return absenceFineFen;
  return minutes * perMinuteFen;
}

/** A-TGT-2 (any-of): true when at least one value reaches its target (value ≥ target). */
export function meetsAnyTarget(values: readonly number[], targets: readonly number[]): boolean {
  return values.some((value, i) => value >= targets[i]);
}

export interface Tier {
  /** the tier is reached when the value is ≥ min (same unit as the value: successes, cards …) */
  min: number;
  /** what the tier pays, fen */
  amountFen: number;
}

/**
 * A-BON-2 tier table, highest tier only: the amount (fen) of the highest tier whose `min` the value reaches,
 * or 0 when none is reached. Tier order in the table does not matter.
 */
export function tierAmountFen(value: number, tiers: readonly Tier[]): number {
  return highestTier(value, tiers)?.amountFen ?? 0;
}

/** The highest tier whose `min` the value reaches, or null; tier order in the table does not matter. */
export function highestTier<T extends Tier>(value: number, tiers: readonly T[]): T | null {
  let best: T | null = null;
  for (const tier of tiers) {
    if (value >= tier.min && (best === null || tier.min > best.min)) best = tier;
  }
  return best;
}

/**
 * B-COM-1 commission in fen: `base × rate`, rounded half up to the fen, then capped at `capFen` (null = no cap).
 * Per unit: base is a count and rate the fen per unit (10 元 per appointment: rate 1000).
 * Percent: base is an amount in fen and rate a fraction (1%: rate 0.01). The cap applies to one call,
 * so it is per contract when called per contract and per month when called on the month's total.
 */
export function commissionFen(base: number, rate: number, capFen: number | null = null): number {
  const fen = roundHalfUp(base * rate);
  return capFen === null ? fen : Math.min(fen, capFen);
}

/**
 * B-PAY-1 proration: amountFen × daysAttended ÷ daysExpected, rounded half up to the fen.
 * Days may be halves. Attending more days than expected pays more than the amount (not capped).
 */
export function prorateFen(amountFen: number, daysAttended: number, daysExpected: number): number {
  if (!(daysExpected > 0)) throw new Error('prorateFen: daysExpected must be > 0', { cause: { code: 'bad-argument' } });
  return roundHalfUp((amountFen * daysAttended) / daysExpected);
}

export interface KpiItem {
  /** the measured figure (sales, rate, seconds …) */
  value: number;
  /** the planned figure, same unit as value; must be > 0 */
  target: number;
  /** points the item is worth (the weights of C-KPI-1 sum to 100) */
  weight: number;
  /** true for response time: full at or under target, 0 at twice the target, linear between */
  lowerIsBetter?: boolean;
}

/** Attainment of one KPI item as a fraction 0…1 (C-KPI-1 caps at 1; lower-is-better follows its linear curve). */
export function kpiAttainment(item: KpiItem): number {
  const { value, target } = item;
  if (item.lowerIsBetter) {
    if (value <= target) return 1;
    if (value >= 2 * target) return 0;
    return (2 * target - value) / target;
  }
  return Math.max(0, Math.min(1, value / target));
}

/**
 * C-KPI-1 weighted score: Σ weight × attainment, each item capped at its weight, rounded half up to 0.01 point.
 * A target of 0 or less is a configuration fault and throws.
 */
export function kpiScore(items: readonly KpiItem[]): number {
  let hundredths = 0;
  for (const item of items) {
    if (!(item.target > 0)) throw new Error('kpiScore: target must be > 0', { cause: { code: 'bad-argument' } });
    hundredths += item.weight * kpiAttainment(item) * 100;
  }
  return roundHalfUp(hundredths) / 100;
}

export interface Band {
  /** lowest score in the band, inclusive */
  min: number;
  /** the grade or level the band gives ('A', 'senior' …) */
  label: string;
}

/** C-GRD-1 default bands: A 95–100, B 80–94, C 65–79, D 60–64, E below 60. */
export const DEFAULT_GRADE_BANDS: readonly Band[] = [
  { min: 95, label: 'A' },
  { min: 80, label: 'B' },
  { min: 65, label: 'C' },
  { min: 60, label: 'D' },
  { min: Number.NEGATIVE_INFINITY, label: 'E' },
];

/**
 * C-GRD-1 bands: the label of the band with the highest `min` at or below the score (a score of 94.5 is B),
 * or null when the score is below every band. Band order does not matter.
 */
export function bandFor(score: number, bands: readonly Band[] = DEFAULT_GRADE_BANDS): string | null {
  let best: Band | null = null;
  for (const band of bands) {
    if (score >= band.min && (best === null || band.min > best.min)) best = band;
  }
  return best === null ? null : best.label;
}
