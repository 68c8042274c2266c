// Counts every call a fake Apps Script service receives; can make the Nth one fail or kill the execution, and keeps a clock.

/**
 * A failure to inject: the `nth` call (1-based) of `method` (or of any counted method) throws. With `kill`, the
 * execution dies there as Apps Script kills one at its time limit: that call and every later one throw KILLED,
 * so no catch block can touch the document any more, until `newExecution()` starts a fresh one.
 */
export interface FailurePlan {
  nth: number;
  method?: string;
  message?: string;
  kill?: boolean;
}

/** Google's own text for an execution stopped at its time limit, as the sidebar receives it. */
export const KILLED_MESSAGE = 'Exceeded maximum execution time';

/** Thrown by every call of a killed execution; by design nothing in the add-on can recover within that execution. */
export class ExecutionKilled extends Error {
  constructor(where: string) {
    super(`${KILLED_MESSAGE} (killed at ${where})`);
    this.name = 'ExecutionKilled';
  }
}

/** Estimated milliseconds a call takes, from its method name and arguments (see test/fakes/cost.ts). */
export type CostModel = (method: string, args: readonly unknown[], target?: unknown) => number;

export class CallLog {
  /** calls by 'Class.method', e.g. calls['Range.setValues'] */
  readonly calls: Record<string, number> = {};
  total = 0;
  /** simulated clock, ms: advanced by the cost model at every call */
  now = 0;
  /** the clock when the current execution started */
  executionStart = 0;
  /** kill the execution once it has run this long on the simulated clock (Apps Script: 6 minutes) */
  killAfterMs: number | null = null;
  cost: CostModel | null = null;
  killed = false;
  private plan: FailurePlan | null = null;
  private seen = 0;

  /** Makes the nth matching call from now on throw (or kill the execution), as a service error or time-out would. */
  failAt(plan: FailurePlan): void {
    this.plan = plan;
    this.seen = 0;
  }

  /** A fresh execution on the same spreadsheet: the kill is over, the clock of the execution restarts. */
  newExecution(): void {
    this.killed = false;
    this.executionStart = this.now;
  }

  hit(method: string, args: readonly unknown[] = [], target?: unknown): void {
    if (this.killed) throw new ExecutionKilled(`${method} (after the kill)`);
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    this.total++;
    if (this.cost) this.now += this.cost(method, args, target);
    if (this.killAfterMs !== null && this.now - this.executionStart > this.killAfterMs) {
      this.killed = true;
      throw new ExecutionKilled(method);
    }
    const plan = this.plan;
    if (plan && (!plan.method || plan.method === method) && ++this.seen === plan.nth) {
      this.plan = null;
      if (plan.kill) {
        this.killed = true;
        throw new ExecutionKilled(method);
      }
      throw new Error(plan.message ?? `Service Spreadsheets failed while accessing document (injected at ${method})`);
    }
  }

  /** Sum of calls whose class is one of `classes` (e.g. the document calls Spreadsheet, Sheet, Range). */
  count(classes: readonly string[]): number {
    let n = 0;
    for (const [key, v] of Object.entries(this.calls)) if (classes.includes(key.split('.')[0])) n += v;
    return n;
  }

  reset(): void {
    for (const key of Object.keys(this.calls)) delete this.calls[key];
    this.total = 0;
  }
}

/**
 * Wraps an object so every public method call is counted as `Class.method` before it runs.
 * Methods whose names start with '_' are internal to the fakes and not counted.
 */
export function counted<T extends object>(target: T, className: string, log: CallLog): T {
  const proxy: T = new Proxy(target, {
    get(obj, prop) {
      const value = Reflect.get(obj, prop, obj);
      if (typeof prop !== 'string' || prop.startsWith('_') || typeof value !== 'function' || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        log.hit(`${className}.${prop}`, args, obj);
        // Runs on the plain object so the fake's own internal calls are not counted; chaining keeps counting.
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
