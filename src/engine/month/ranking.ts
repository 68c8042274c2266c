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
