// Month figures computed once: a memo for the execution, then the host's cache (CacheService) for six hours.
import type { FunctionContext, TextCache } from './context.js';
import { monthKey, type MonthFigures, type MonthInput } from './figures.js';

/** CacheService keeps a value at most 6 hours (21,600 s). */
export const CACHE_SECONDS = 21_600;
/** CacheService values are at most 100 KB; 30,000 UTF-16 units stay under it even when every one is 3 UTF-8 bytes. */
export const CHUNK_CHARS = 30_000;
/** Chunks per month: 10 × 30,000 chars holds ~7,000 agents; a bigger month is memoised but not cached. */
export const MAX_CHUNKS = 10;

const memo = new Map<string, MonthFigures>();

const chunkKeys = (key: string): string[] => Array.from({ length: MAX_CHUNKS }, (_, i) => `cb:${key}:${i}`);

/** Splits the JSON into chunks, the first prefixed with the chunk count ("3|…"); null when it would not fit. */
export function toChunks(figures: MonthFigures): string[] | null {
  const json = JSON.stringify(figures);
  const count = Math.ceil((json.length + 4) / CHUNK_CHARS);
  if (count > MAX_CHUNKS) return null;
  const text = `${count}|${json}`;
  const chunks: string[] = [];
  for (let at = 0; at < text.length; at += CHUNK_CHARS) chunks.push(text.slice(at, at + CHUNK_CHARS));
  return chunks;
}

/** Joins cached chunks back; null when any is missing (entries expire one by one) or unreadable. */
export function fromChunks(found: Record<string, string>, keys: string[]): MonthFigures | null {
  const first = found[keys[0]];
  const bar = first?.indexOf('|') ?? -1;
  if (first === undefined || bar < 1) return null;
  const count = Number(first.slice(0, bar));
  if (!Number.isInteger(count) || count < 1 || count > keys.length) return null;
  const parts = [first.slice(bar + 1)];
  for (let i = 1; i < count; i++) {
    const part = found[keys[i]];
    if (part === undefined) return null;
    parts.push(part);
  }
  try {
    return JSON.parse(parts.join('')) as MonthFigures;
  } catch {
    return null;
  }
}

function read(cache: TextCache, keys: string[]): MonthFigures | null {
  try {
    return fromChunks(cache.getAll(keys), keys);
  } catch {
    // A cache outage only costs time: the month is computed again.
    return null;
  }
}

function write(cache: TextCache, keys: string[], figures: MonthFigures): void {
  const chunks = toChunks(figures);
  if (chunks === null) return;
  try {
    cache.putAll(Object.fromEntries(chunks.map((c, i) => [keys[i], c])), CACHE_SECONDS);
  } catch {
    // Over the cache's quota or size: the memo still serves this execution.
  }
}

/** The month's figures: from the execution's memo, else the cache, else one engine run (then stored in both). */
export function monthFiguresOnce(ctx: FunctionContext, input: MonthInput): MonthFigures {
  if (!ctx.monthFigures) throw new Error('no month engine in this context', { cause: { code: 'no-month-engine' } });
  const key = monthKey(input, ctx.cacheSalt);
  const known = memo.get(key);
  if (known) return known;
  const keys = chunkKeys(key);
  let figures = ctx.cache ? read(ctx.cache, keys) : null;
  if (figures === null) {
    figures = ctx.monthFigures(input);
    if (ctx.cache) write(ctx.cache, keys, figures);
  }
  memo.set(key, figures);
  return figures;
}

/** Forgets the execution's memo (tests, and the bench's fresh runs). */
export function clearMonthMemo(): void {
  memo.clear();
}
