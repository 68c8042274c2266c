// Competition ranking (1, 1, 3): equal values share a rank; used by the Ranking tab, prizes and the excellent flag.

export interface Ranked<T> {
  item: T;
  value: number;
  rank: number;
}

/** Ranks items by value, highest first; ties share the better rank and keep a stable order by `tieKey`. */
export function rankDescending<T>(items: readonly T[], value: (item: T) => number, tieKey: (item: T) => string): Ranked<T>[] {
  const rows = items.map((item) => ({ item, value: value(item), key: tieKey(item), rank: 0 }));
  rows.sort((a, b) => b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (let i = 0; i < rows.length; i++) {
    rows[i].rank = i > 0 && rows[i].value === rows[i - 1].value ? rows[i - 1].rank : i + 1;
  }
  return rows.map(({ item, value: v, rank }) => ({ item, value: v, rank }));
}

/** Splits an amount in fen among n winners; the remainder fen go one each to the first winners. */
export function shareFen(amountFen: number, n: number): number[] {
  const base = Math.trunc(amountFen / n);
  const rest = amountFen - base * n;
  return Array.from({ length: n }, (_, i) => base + (i < Math.abs(rest) ? Math.sign(rest) : 0));
}

/**
 * rankDescending cut to the items ranked `n` or better (every tie at the cut-off included), for a board paying its top
 * few out of thousands. An item's rank is 1 + the items valued strictly above it, so only items at or above the n-th
 * highest value can rank n or better, and among them their ranks are the same: those are ranked, the rest are not
 * sorted (A-BON-4 ranked 2,000 agents for each of 15 boards of a month to pay 3 or 10). Values must not be NaN.
 */
export function topRanked<T>(items: readonly T[], value: (item: T) => number, tieKey: (item: T) => string, n: number): Ranked<T>[] {
  if (n <= 0) return [];
  if (items.length <= n) return rankDescending(items, value, tieKey);
  const values = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) values[i] = value(items[i]);
  const nth = values.slice().sort()[items.length - n];
  const top: T[] = [];
  for (let i = 0; i < items.length; i++) if (values[i] >= nth) top.push(items[i]);
  return rankDescending(top, value, tieKey);
}
