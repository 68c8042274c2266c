// The one place where a thrown Error's cause code becomes a user message and an exit status.
export const EXIT_OK = 0;
export const EXIT_DATA = 1;
export const EXIT_USAGE = 2;
/** a programming or configuration fault (not a user error) */
export const EXIT_INTERNAL = 3;

const USAGE_CODES = new Set(['usage', 'bad-month', 'missing-file', 'unknown-preset', 'out-is-input', 'unreadable-workbook',
  'policy-exists', 'write-failed']);

/** The `cause.code` of an Error thrown with `{ cause: { code } }`, else null. */
export function errorCode(err: unknown): string | null {
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  return typeof cause?.code === 'string' ? cause.code : null;
}

/** Message and exit status for an error; a stack trace only when CALLBOARD_DEBUG is set. */
export function describeError(err: unknown): { text: string; exit: number; usage: boolean } {
  const code = errorCode(err);
  const message = err instanceof Error ? err.message : String(err);
  if (code !== null && USAGE_CODES.has(code)) {
    return { text: `error: ${message}`, exit: EXIT_USAGE, usage: code === 'usage' || code === 'bad-month' };
  }
  const detail = process.env.CALLBOARD_DEBUG && err instanceof Error ? `\n${err.stack}` : '';
  return { text: `internal error${code ? ` (${code})` : ''}: ${message}${detail}`, exit: EXIT_INTERNAL, usage: false };
}
