// The typed client: google.script.run's handler chaining turned into Promises, failures into Errors.
import { describe, expect, it } from 'vitest';
import { createClient, errorText, findRunner, isKilled, type ScriptRunner } from '../../sidebar/client.js';

/** A google.script.run stand-in: answers each named function from `answers`, or fails with its error. */
function fakeRunner(answers: Record<string, (...args: unknown[]) => unknown>, calls: unknown[][] = []): ScriptRunner {
  const make = (ok?: (v: unknown) => void, fail?: (e: unknown) => void): ScriptRunner => {
    const r: Record<string, unknown> = {
      withSuccessHandler: (f: (v: unknown) => void) => make(f, fail),
      withFailureHandler: (f: (e: unknown) => void) => make(ok, f),
    };
    for (const [name, fn] of Object.entries(answers)) {
      r[name] = (...args: unknown[]) => {
        calls.push([name, ...args]);
        queueMicrotask(() => { try { ok?.(fn(...args)); } catch (e) { fail?.(e); } });
      };
    }
    return r as unknown as ScriptRunner;
  };
  return make();
}

describe('createClient', () => {
  it('resolves with the server value and passes the arguments through', async () => {
    const calls: unknown[][] = [];
    const client = createClient(fakeRunner({ checkData: (month) => ({ issues: [], counts: { errors: 0, warnings: 0 }, month }) }, calls));
    await expect(client.checkData('2026-10')).resolves.toEqual({ issues: [], counts: { errors: 0, warnings: 0 }, month: '2026-10' });
    expect(calls).toEqual([['checkData', '2026-10']]);
  });

  it('rejects with the server message when the failure handler fires', async () => {
    const client = createClient(fakeRunner({ generateReport: () => { throw new Error('报表正在生成中。\nA report is already being generated.'); } }));
    await expect(client.generateReport('2026-10')).rejects.toThrow('A report is already being generated.');
  });

  it('a non-Error failure still rejects with an Error carrying its text', async () => {
    const client = createClient(fakeRunner({ getSidebarState: () => { throw { message: 'quota exceeded' }; } }));
    await expect(client.getSidebarState()).rejects.toThrow('quota exceeded');
  });

  it('without google.script.run every call rejects with code no-server', async () => {
    const error = await createClient(null).getSidebarState().catch((e: unknown) => e);
    expect((error as Error).cause).toEqual({ code: 'no-server' });
  });

  it('a name the server does not expose rejects with code no-such-function', async () => {
    const error = await createClient(fakeRunner({})).checkData('2026-10').catch((e: unknown) => e);
    expect((error as Error).cause).toEqual({ code: 'no-such-function' });
  });

  it('awaiting the client object itself does not call the server', async () => {
    const calls: unknown[][] = [];
    const client = createClient(fakeRunner({ then: () => 'x' }, calls));
    expect((client as unknown as { then?: unknown }).then).toBeUndefined();
    expect(calls).toEqual([]);
  });
});

describe('findRunner and errorText', () => {
  it.each([
    [{ google: { script: { run: 'R' } } }, 'R'],
    [{ google: {} }, null],
    [{}, null],
  ])('findRunner(%j) is %j', (scope, want) => {
    expect(findRunner(scope)).toBe(want);
  });

  it.each([
    [new Error('boom'), 'boom'],
    [{ message: 'from server' }, 'from server'],
    ['plain', 'plain'],
    [42, '42'],
  ])('errorText(%j) is %j', (error, want) => {
    expect(errorText(error)).toBe(want);
  });
});

describe('isKilled', () => {
  it.each([
    ['Google’s English time-out text', new Error('Exceeded maximum execution time'), true],
    ['the same text as a plain object from google.script.run', { message: 'Exceeded maximum execution time' }, true],
    ['the Chinese UI text', new Error('超过了最长执行时间'), true],
    ['a server fault turned into user text', new Error('发生意外错误：x\nUnexpected error: x'), false],
    ['the busy message', new Error('A report is already being generated. Please try again in a moment.'), false],
  ])('%s → %s', (_case, error, killed) => {
    expect(isKilled(error)).toBe(killed);
  });
});
