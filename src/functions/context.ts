// What a custom function gets from its host besides its arguments: the zone, the language, the month engine, a cache.
import type { Lang } from '../engine/types.js';
import type { MonthFigures, MonthInput } from './figures.js';

/** A string cache that outlives one execution (Apps Script's CacheService); values up to 100 KB, keys up to 250 chars. */
export interface TextCache {
  getAll(keys: string[]): Record<string, string>;
  putAll(values: Record<string, string>, expirationSeconds: number): void;
}

export interface FunctionContext {
  /** IANA zone of the spreadsheet; Date arguments are read as wall-clock time in it */
  timeZone: string;
  /** language of text results (flags, data-error text) when the formula names none; default English */
  lang?: Lang;
  /**
   * Runs the engine for one month. Injected, so the custom functions that need no month (LATE_MINUTES …) never load
   * the engine; the month functions fail with a configuration fault without it.
   */
  monthFigures?: (input: MonthInput) => MonthFigures;
  /** keeps month figures between executions; none = every execution computes (the per-execution memo still applies) */
  cache?: TextCache | null;
  /** mixed into cache keys, so a new build never reads figures an older engine computed */
  cacheSalt?: string;
}
