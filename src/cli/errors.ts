// The one place where a thrown Error's cause code becomes a user message and an exit status.
import type { Lang } from '../engine/types.js';
import { type Cause, cliMessage } from './messages.js';

export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;
/** a programming or configuration fault (not a user error) */
export const EXIT_INTERNAL = 3;

/** Codes of user faults: bad arguments, an input that cannot be read as what it claims, an output that cannot be written. */
const USAGE_CODES = new Set(['usage', 'bad-month', 'same-output', 'missing-file', 'not-a-file', 'too-large', 'unreadable-file',
  'encrypted', 'old-xls', 'not-xlsx', 'not-workbook', 'unknown-preset', 'out-is-input', 'unreadable-workbook', 'policy-exists',
  'write-failed']);

/** The `cause.code` of an Error thrown with `{ cause: { code } }`, else null. */
export function errorCode(err: unknown): string | null {
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : null;
}

/** Message and exit status for an error, in `lang` when the CLI has it; a stack trace only when CALLBOARD_DEBUG is set. */
export function describeError(err: unknown, lang: Lang = 'en'): { text: string; exit: number; usage: boolean } {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code !== null && USAGE_CODES.has(code)) {
    const text = cliMessage((err as Error).cause as Cause, lang) ?? message;
    return { text: `${lang === 'zh' ? '错误' : 'error'}: ${text}`, exit: EXIT_USAGE, usage: code === 'usage' || code === 'bad-month' };
  }
  const detail = process.env.CALLBOARD_DEBUG && err instanceof Error ? `\n${err.stack}` : '';
  return { text: `internal error${code ? ` (${code})` : ''}: ${message}${detail}`, exit: EXIT_INTERNAL, usage: false };
}
