// Counts every call a fake Apps Script service receives, and can make the Nth one fail (to test rollback).

/** A failure to inject: the `nth` call (1-based) of `method` (or of any counted method) throws. */
export interface FailurePlan {
  nth: number;
  method?: string;
  message?: string;
}

export class CallLog {
  /** calls by 'Class.method', e.g. calls['Range.setValues'] */
  readonly calls: Record<string, number> = {};
  total = 0;
  private plan: FailurePlan | null = null;
  private seen = 0;

  /** Makes the nth matching call from now on throw, as a service error would. */
  failAt(plan: FailurePlan): void {
    this.plan = plan;
    this.seen = 0;
  }

  hit(method: string): void {
    this.calls[method] = (this.calls[method] ?? 0) + 1;
    this.total++;
    const plan = this.plan;
    if (plan && (!plan.method || plan.method === method) && ++this.seen === plan.nth) {
      this.plan = null;
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
        log.hit(`${className}.${prop}`);
        // Runs on the plain object so the fake's own internal calls are not counted; chaining keeps counting.
        const result = (value as (...a: unknown[]) => unknown).apply(obj, args);
        return result === obj ? proxy : result;
      };
    },
  });
  return proxy;
}
