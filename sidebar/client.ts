// Typed client of the server API: google.script.run calls wrapped as Promises, typed against ServerApi.
import type { ServerApi } from '../src/gas/api.js';

/** Each server function as the page sees it: same arguments, the result arrives as a Promise. */
export type ServerClient = {
  [K in keyof ServerApi]: ServerApi[K] extends (...args: infer A) => infer R
    ? (...args: A) => Promise<Awaited<R>>
    : never;
};

export type SidebarState = Awaited<ReturnType<ServerApi['getSidebarState']>>;
export type CheckResult = Awaited<ReturnType<ServerApi['checkData']>>;
/** What generating answers: a report with its summary, or a blocked run with only its issues. */
export type ReportOutcome = Awaited<ReturnType<ServerApi['generateReport']>>;
/** One step of a report job (startReport, continueReport): progress, and the outcome once done. */
export type ReportStep = Awaited<ReturnType<ServerApi['startReport']>>;
/** A report that was written: the summary is there (a blocked run never gets one). */
export type GenerateResult = ReportOutcome & { summary: NonNullable<ReportOutcome['summary']> };
export type PolicySheetResult = Awaited<ReturnType<ServerApi['insertPolicySheet']>>;
export type SheetIssue = CheckResult['issues'][number];
export type Summary = GenerateResult['summary'];

/** Google's own text when it stops an execution at its time limit; the server never gets to say anything itself. */
const KILLED = /exceeded maximum execution time|execution timed out|超过.*最长执行时间|超出.*执行时间/i;

/** True when the failure is Apps Script killing the execution (the job's progress is saved: calling again resumes). */
export function isKilled(error: unknown): boolean {
  return KILLED.test(errorText(error));
}

/** The shape of google.script.run: handlers are set by chaining, then a server function name is called. */
export interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** google.script.run when the page runs inside Apps Script (or the preview shim), else null. */
export function findRunner(scope: unknown = globalThis): ScriptRunner | null {
  const google = (scope as { google?: { script?: { run?: ScriptRunner } } }).google;
  return google?.script?.run ?? null;
}

/** The failure's text: Apps Script hands over an Error whose message is the server's user text. */
export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') {
    return (error as { message: string }).message;
  }
  return String(error);
}

/** A client whose every call goes through runner; with no runner every call rejects (code 'no-server'). */
export function createClient(runner: ScriptRunner | null = findRunner()): ServerClient {
  const call = (name: string, args: unknown[]): Promise<unknown> => new Promise((resolve, reject) => {
    if (!runner) {
      reject(new Error('google.script.run is not available', { cause: { code: 'no-server' } }));
      return;
    }
    const chained = runner
      .withSuccessHandler(resolve)
      .withFailureHandler((error) => reject(error instanceof Error ? error : new Error(errorText(error))));
    const fn = (chained as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      reject(new Error(`server function ${name} is not exposed`, { cause: { code: 'no-such-function' } }));
      return;
    }
    fn.apply(chained, args);
  });
  return new Proxy({} as ServerClient, {
    // 'then' stays undefined so that awaiting the client itself does not call the server.
    get: (_target, name) => (typeof name === 'string' && name !== 'then'
      ? (...args: unknown[]) => call(name, args)
      : undefined),
  });
}
