// A locale such as 'zh_CN' as Callboard's language; light enough for the custom functions and the menu.
import type { Lang } from '../engine/types.js';

/** 'zh_CN', 'zh_TW', 'zh' → 'zh'; anything else (or unknown) → 'en'. The same rule as state.ts's langOfLocale. */
export function langOfLocale(locale: string | null | undefined): Lang {
  return typeof locale === 'string' && /^zh\b|^zh[_-]/i.test(locale) ? 'zh' : 'en';
}
