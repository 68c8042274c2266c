// CacheService as the custom functions' TextCache: the document's cache, so one spreadsheet's figures stay its own.

import type { TextCache } from '../functions/context.js';

/**
 * The current document's cache, or null where there is none (outside a spreadsheet, or the service refuses): the month
 * functions then compute once per execution. Nothing here reads or writes the spreadsheet.
 */
export function documentCache(): TextCache | null {
  try {
    const cache = CacheService.getDocumentCache();
    if (!cache) return null;
    return {
      getAll: (keys) => cache.getAll(keys) as Record<string, string>,
      putAll: (values, seconds) => cache.putAll(values, seconds),
    };
  } catch {
    return null;
  }
}
