// Seeded pseudo-random numbers for the example workbooks: same seed, same workbook, no clock.

/** A generator of floats in [0, 1), seeded from a text so each agent-month has its own stream. */
export interface Rng {
  /** float in [0, 1) */
  next(): number;
  /** integer in [min, max], both ends included */
  int(min: number, max: number): number;
  /** float in [min, max) */
  between(min: number, max: number): number;
}

/** FNV-1a hash of a text, as an unsigned 32-bit seed. */
export function seedOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast and good enough for spreading call counts. */
export function rngFrom(seedText: string): Rng {
  let a = seedOf(seedText);
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
  };
}

/** mulberry32 from a numeric seed, as integers in [0, n): the benchmarks' generators (same seed, same files). */
export function intsFrom(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}
