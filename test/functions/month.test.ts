// The CALLBOARD_* functions around the engine: the workbook's language, IDs that lost their zeros, one run per month.
import { beforeEach, describe, expect, it } from 'vitest';
import type { FunctionContext, TextCache } from '../../src/functions/context.js';
import type { MonthFigures, MonthInput } from '../../src/functions/figures.js';
import { customFunctionImpls } from '../../src/functions/index.js';
import { clearMonthMemo } from '../../src/functions/month-cache.js';
import { monthFigures } from '../../src/functions/month-run.js';
import { novemberRanges } from './month-fixture.js';

const { roster, attendance, calls, events } = novemberRanges();
const ids = [['A001'], ['A002']];

/** A month engine that counts its runs. */
function countingEngine(): { run: (input: MonthInput) => MonthFigures; runs: () => number } {
  let runs = 0;
  return { run: (input) => { runs++; return monthFigures(input); }, runs: () => runs };
}

/** An in-memory CacheService stand-in that counts getAll/putAll calls and can be emptied. */
function fakeCache(): TextCache & { store: Map<string, string>; calls: { getAll: number; putAll: number }; seconds: number[] } {
  const store = new Map<string, string>();
  const calls = { getAll: 0, putAll: 0 };
  const seconds: number[] = [];
  return {
    store, calls, seconds,
    getAll(keys) { calls.getAll++; return Object.fromEntries(keys.filter((k) => store.has(k)).map((k) => [k, store.get(k)!])); },
    putAll(values, s) { calls.putAll++; seconds.push(s); for (const [k, v] of Object.entries(values)) store.set(k, v); },
  };
}

beforeEach(() => clearMonthMemo());

describe('CALLBOARD_FLAGS in the workbook\'s language', () => {
  const flags = (ctx: FunctionContext, ...rest: unknown[]) =>
    customFunctionImpls.CALLBOARD_FLAGS(ctx, ids, '2026-11', roster, attendance, calls, events, '', ...rest);

  it.each([
    ['a Chinese spreadsheet (lang zh) shows 优秀员工', { lang: 'zh' as const }, [], [['优秀员工'], ['']]],
    ['an English spreadsheet shows excellent', { lang: 'en' as const }, [], [['excellent'], ['']]],
    ['the language argument 中文 wins over an English spreadsheet', { lang: 'en' as const }, ['中文'], [['优秀员工'], ['']]],
    ['the language argument en wins over a Chinese spreadsheet', { lang: 'zh' as const }, ['en'], [['excellent'], ['']]],
  ])('%s', (_name, extra, rest, expected) => {
    expect(flags({ timeZone: 'Asia/Shanghai', monthFigures, ...extra }, ...rest)).toEqual(expected);
  });

  it('an unknown language is one error text naming it', () => {
    expect(flags({ timeZone: 'Asia/Shanghai', monthFigures }, 'fr')).toBe('#BAD OPTION 选项无效: "fr"');
  });

  it('a blocking data error is written in the workbook\'s language', () => {
    const bad = novemberRanges('25:00');
    const zh = customFunctionImpls.CALLBOARD_SCORE({ timeZone: 'Asia/Shanghai', monthFigures, lang: 'zh' },
      'A001', '2026-11', bad.roster, bad.attendance, bad.calls, bad.events);
    expect(zh).toMatch(/^#DATA ERROR 数据错误: .*25:00/);
    expect(zh).not.toMatch(/is not a time of day/);
  });
});

describe('numeric IDs that lost their leading zeros', () => {
  const zeroRoster = roster.map((row, r) => (r === 0 ? row : [['001', '002'][r - 1], ...row.slice(1)]));
  const rename = (rows: unknown[][]) => rows.map((row, r) => (r === 0 ? row : [row[0] === 'A001' ? '001' : '002', ...row.slice(1)]));
  const ctx: FunctionContext = { timeZone: 'Asia/Shanghai', monthFigures, lang: 'en' };

  it('an ID cell holding the number 1 finds no agent "1" but says to format the column as text, since 001 exists', () => {
    const result = customFunctionImpls.CALLBOARD_SCORE(ctx, [[1], ['002']], '2026-11', zeroRoster, rename(attendance), rename(calls));
    expect(result).toEqual([[
      '#UNKNOWN ID 工号不存在: "1" IDs with leading zeros (001) lose them in a number column: format the ID columns as plain text (Format → Number → Plain text) and type them again',
    ], [100]]);
  });

  it('an unknown ID with no zero-padded twin gets no hint', () => {
    expect(customFunctionImpls.CALLBOARD_SCORE(ctx, 7, '2026-11', zeroRoster, rename(attendance), rename(calls)))
      .toBe('#UNKNOWN ID 工号不存在: "7"');
  });

  it('Attendance IDs that lost their zeros block the month with the hint in the data error', () => {
    const lost = rename(attendance).map((row, r) => (r === 0 ? row : [Number(row[0]), ...row.slice(1)]));
    const text = String(customFunctionImpls.CALLBOARD_SCORE(ctx, '001', '2026-11', zeroRoster, lost, rename(calls)));
    expect(text).toMatch(/^#DATA ERROR 数据错误 \(1\/\d+\): .*"1".*\. IDs with leading zeros \(001\) lose them/);
  });
});

describe('one engine run per month and ranges', () => {
  const args = [ids, '2026-11', roster, attendance, calls, events] as const;

  it('five CALLBOARD_* formulas over the same ranges run the engine once in an execution', () => {
    const engine = countingEngine();
    const ctx: FunctionContext = { timeZone: 'Asia/Shanghai', monthFigures: engine.run };
    const results = ['CALLBOARD_SCORE', 'CALLBOARD_FINES', 'CALLBOARD_BONUSES', 'CALLBOARD_PAYOUT', 'CALLBOARD_FLAGS']
      .map((name) => customFunctionImpls[name](ctx, ...args));
    expect(results).toEqual([[[100], [98]], [[7], [10]], [[195], [195]], [[3188], [3185]], [['excellent'], ['']]]);
    expect(engine.runs()).toBe(1);
  });

  it('a changed cell in a range is a different month: the engine runs again', () => {
    const engine = countingEngine();
    const ctx: FunctionContext = { timeZone: 'Asia/Shanghai', monthFigures: engine.run };
    customFunctionImpls.CALLBOARD_FINES(ctx, ...args);
    const later = novemberRanges('09:09');
    expect(customFunctionImpls.CALLBOARD_FINES(ctx, ids, '2026-11', later.roster, later.attendance, later.calls, later.events))
      .toEqual([[9], [10]]);
    expect(engine.runs()).toBe(2);
  });

  it('a later execution (memo gone) reads the cache: one getAll, no engine run, same figures', () => {
    const cache = fakeCache();
    const engine = countingEngine();
    const ctx: FunctionContext = { timeZone: 'Asia/Shanghai', monthFigures: engine.run, cache, cacheSalt: 'build-1' };
    expect(customFunctionImpls.CALLBOARD_PAYOUT(ctx, ...args)).toEqual([[3188], [3185]]);
    expect(cache.calls).toEqual({ getAll: 1, putAll: 1 });
    expect(cache.seconds).toEqual([21_600]);
    clearMonthMemo();
    expect(customFunctionImpls.CALLBOARD_SCORE(ctx, ...args)).toEqual([[100], [98]]);
    expect(engine.runs()).toBe(1);
    expect(cache.calls).toEqual({ getAll: 2, putAll: 1 });
  });

  it('another build (salt) never reads the figures an older one cached', () => {
    const cache = fakeCache();
    const engine = countingEngine();
    customFunctionImpls.CALLBOARD_PAYOUT({ timeZone: 'Asia/Shanghai', monthFigures: engine.run, cache, cacheSalt: 'build-1' }, ...args);
    clearMonthMemo();
    customFunctionImpls.CALLBOARD_PAYOUT({ timeZone: 'Asia/Shanghai', monthFigures: engine.run, cache, cacheSalt: 'build-2' }, ...args);
    expect(engine.runs()).toBe(2);
  });

  it('a cache that throws only costs time: the figures are computed', () => {
    const broken: TextCache = { getAll: () => { throw new Error('Service unavailable'); }, putAll: () => { throw new Error('quota'); } };
    expect(customFunctionImpls.CALLBOARD_FINES({ timeZone: 'Asia/Shanghai', monthFigures, cache: broken }, ...args))
      .toEqual([[7], [10]]);
  });

  it('without a month engine the month functions name the configuration fault', () => {
    expect(customFunctionImpls.CALLBOARD_SCORE({ timeZone: 'Asia/Shanghai' }, ...args))
      .toBe('#ERROR 出错 CALLBOARD_SCORE: no month engine in this context (no-month-engine)');
  });
});
