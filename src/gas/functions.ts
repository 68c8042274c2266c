// The custom functions as Apps Script runs them: loaded eagerly and small; the engine is reached only for a month.
import type { Lang } from '../engine/types.js';
import type { MonthFigures, MonthInput } from '../functions/figures.js';
import { customFunctionImpls, type FunctionContext } from '../functions/index.js';
import { documentCache } from './cache.js';
import { langOfLocale } from './locale.js';

export { onInstall, onOpen } from './menu-bar.js';

/** The lazily loaded engine bundle, as far as the custom functions use it (scripts/build.ts wires callboard_()). */
export interface MonthEngine {
  monthFigures(input: MonthInput): MonthFigures;
}

/** Set by scripts/build.ts to a hash of the engine bundle, so cached figures never outlive the code that made them. */
declare const __CALLBOARD_BUILD__: string | undefined;
const BUILD = typeof __CALLBOARD_BUILD__ === 'string' ? __CALLBOARD_BUILD__ : 'dev';

function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet | null {
  try {
    return SpreadsheetApp.getActiveSpreadsheet() ?? null;
  } catch {
    return null;
  }
}

function timeZoneOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null): string {
  try {
    return ss?.getSpreadsheetTimeZone() ?? Session.getScriptTimeZone();
  } catch {
    return Session.getScriptTimeZone();
  }
}

function langOf(ss: GoogleAppsScript.Spreadsheet.Spreadsheet | null): Lang {
  try {
    return langOfLocale(ss?.getSpreadsheetLocale());
  } catch {
    return 'en';
  }
}

/**
 * Calls the custom function `name` with the spreadsheet's time zone; the build emits one stub per function. Month
 * functions also get the spreadsheet's language, the document cache and the engine through `engine()`.
 */
export function runCustomFunction(name: string, args: unknown[], engine: () => MonthEngine): unknown {
  const impl = customFunctionImpls[name];
  if (!impl) throw new Error(`no custom function ${name}`, { cause: { code: 'unknown-function' } });
  const ss = activeSpreadsheet();
  const ctx: FunctionContext = { timeZone: timeZoneOf(ss) };
  if (name.startsWith('CALLBOARD_')) {
    ctx.lang = langOf(ss);
    ctx.monthFigures = (input) => engine().monthFigures(input);
    ctx.cache = documentCache();
    ctx.cacheSalt = BUILD;
  }
  return impl(ctx, ...args);
}
