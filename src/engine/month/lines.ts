// Building Details lines: one amount or point with its rule, kind, source cell and reason.
import type { Line, LineKind } from '../types.js';

/** A Details line; amounts in fen, points as integers. */
export function line(rule: string, date: string | null, kind: LineKind, amountFen: number, points: number,
  source: string, zh: string, en: string): Line {
  return { rule, date, kind, amountFen, points, source, reason: { zh, en } };
}

/** 'Calls!E5' and 'Calls!E40' → 'Calls!E5:E40' (the same cell stays one cell). */
export function spanA1(first: string, last: string): string {
  if (first === last) return first;
  const bang = last.lastIndexOf('!');
  return `${first}:${bang >= 0 ? last.slice(bang + 1) : last}`;
}

/** 12345 fen → '123.45' */
export function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** HH:MM for seconds after midnight. */
export function clock(seconds: number): string {
  const m = Math.floor(seconds / 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Sum of line amounts, fen. */
export function sumFen(lines: readonly Line[], kind?: LineKind): number {
  let total = 0;
  for (const l of lines) if (kind === undefined || l.kind === kind) total += l.amountFen;
  return total;
}

/** Sum of the points of every line in the lists, in order (without flattening them into one array). */
export function sumPoints(lists: readonly (readonly Line[])[]): number {
  let total = 0;
  for (const list of lists) for (const l of list) total += l.points;
  return total;
}
