// Custom functions called the way Sheets calls them: single values, 2D ranges, Dates in the spreadsheet's zone.
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, renderFunctionReference } from '../../src/functions/catalog.js';
import { customFunctionImpls, type FunctionContext } from '../../src/functions/index.js';
import { monthFigures } from '../../src/functions/month-run.js';
import { novemberRanges } from './month-fixture.js';

const shanghai: FunctionContext = { timeZone: 'Asia/Shanghai', monthFigures };
const newYork = { timeZone: 'America/New_York' };
const call = (name: string, ...args: unknown[]) => customFunctionImpls[name](shanghai, ...args);

/**
 * A time-only cell at 09:07 as Sheets hands it over: the instant of 1899-12-30 09:07 wall clock in the zone.
 * Offsets from the tz database: Shanghai kept LMT +08:05:43 until 1901; New York was on EST −05:00 since 1883.
 */
const shanghaiNineOhSeven = new Date(Date.UTC(1899, 11, 30, 9, 7, 0) - (8 * 3600 + 5 * 60 + 43) * 1000);
const newYorkNineOhSeven = new Date(Date.UTC(1899, 11, 30, 9, 7, 0) + 5 * 3600 * 1000);
/** A date-and-time cell, 2026-10-08 09:07 in Shanghai (UTC+8 today) = 01:07 UTC. */
const shanghaiPunchWithDate = new Date(Date.UTC(2026, 9, 8, 1, 7, 0));

describe('catalogue and implementations', () => {
  it('every catalogued function has an implementation and nothing else is exposed', () => {
    expect(Object.keys(customFunctionImpls).sort()).toEqual(CUSTOM_FUNCTIONS.map((f) => f.name).sort());
  });

  it('a configuration fault (unknown time zone) shows as cell text with its code, not a stack trace', () => {
    expect(customFunctionImpls.LATE_MINUTES({ timeZone: 'Mars/Olympus' }, new Date(0))).toBe(
      '#ERROR 出错 LATE_MINUTES: unknown time zone "Mars/Olympus" (bad-time-zone)',
    );
  });

  it('names are upper-case identifiers that Sheets accepts', () => {
    for (const spec of CUSTOM_FUNCTIONS) expect(spec.name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  it.each([['en' as const, '### `LATE_MINUTES(punch, [shift_start], [grace], [grace_mode])`'], ['zh' as const, '## 自定义函数']])(
    'the %s reference lists every function with its signature',
    (lang, literal) => {
      const md = renderFunctionReference(lang);
      expect(md).toContain(literal);
      for (const spec of CUSTOM_FUNCTIONS) expect(md).toContain(`### \`${spec.name}(`);
    },
  );
});

describe('LATE_MINUTES and EARLY_MINUTES (A-ATT-1)', () => {
  it.each([
    ['text 9:07 is 7 minutes late', '9:07', 7],
    ['text 09:07:59 drops the seconds: 7', '09:07:59', 7],
    ['text 08:59 is on time', '08:59', 0],
    ['a Shanghai time cell at 09:07 (1899 LMT offset) is 7', shanghaiNineOhSeven, 7],
    ['a Shanghai date-and-time cell at 09:07 is 7', shanghaiPunchWithDate, 7],
    ['a day fraction 0.3798611 (09:07) is 7', 0.3798611, 7],
  ])('%s', (_name, punch, minutes) => {
    expect(call('LATE_MINUTES', punch)).toBe(minutes);
  });

  it('a New York time cell at 09:07 is 7 in a New York spreadsheet', () => {
    expect(customFunctionImpls.LATE_MINUTES(newYork, newYorkNineOhSeven)).toBe(7);
  });

  it('shift start and grace change the count: 09:07 against 09:05 with 1 grace minute is 2', () => {
    expect(call('LATE_MINUTES', '09:07', '09:05', 1)).toBe(2);
  });

  it.each([
    // threshold (宽限): late only past the grace, then every minute counts; forgive (扣除): the grace is taken off.
    ['09:04 with 5 grace is on time (threshold)', '09:04', 5, undefined, 0],
    ['09:05 with 5 grace is on time: grace minutes themselves are allowed (threshold)', '09:05', 5, 'threshold', 0],
    ['09:06 with 5 grace counts all 6 minutes (threshold)', '09:06', 5, '宽限', 6],
    ['09:07 with 5 grace is 7 (threshold, the default)', '09:07', 5, '', 7],
    ['09:05 with 5 grace forgiven is 0 (forgive)', '09:05', 5, 'forgive', 0],
    ['09:06 with 5 grace forgiven is 1 (forgive)', '09:06', 5, 'FORGIVE', 1],
    ['09:07 with 5 grace forgiven is 2 (扣除)', '09:07', 5, '扣除', 2],
  ])('grace: %s', (_name, punch, grace, mode, minutes) => {
    expect(call('LATE_MINUTES', punch, '09:00', grace, mode)).toBe(minutes);
  });

  it('EARLY_MINUTES forgives the same way: 17:53 against 18:00 with 5 grace is 7 (threshold) or 2 (forgive)', () => {
    expect(call('EARLY_MINUTES', '17:53', '18:00', 5)).toBe(7);
    expect(call('EARLY_MINUTES', '17:53', '18:00', 5, 'forgive')).toBe(2);
  });

  it('an unknown grace mode fails the cell and names the value', () => {
    expect(call('LATE_MINUTES', '09:07', '09:00', 5, 'lenient')).toBe('#BAD OPTION 选项无效: "lenient"');
  });

  it('a column keeps its shape: bad cell as text, blank stays blank, the rest computed', () => {
    expect(call('LATE_MINUTES', [['9:07'], ['25:00'], [''], [shanghaiNineOhSeven]])).toEqual([
      [7], ['#BAD TIME 时间无效: "25:00"'], [''], [7],
    ]);
  });

  it('EARLY_MINUTES: 17:45 is 15 minutes early, 18:03 is 0, a row of two keeps its shape', () => {
    expect(call('EARLY_MINUTES', '17:45')).toBe(15);
    expect(call('EARLY_MINUTES', [['17:45', '18:03']])).toEqual([[15, 0]]);
  });

  it('EARLY_MINUTES against a 12:00 noon end: 11:58 is 2', () => {
    expect(call('EARLY_MINUTES', '11:58', '12:00')).toBe(2);
  });
});

describe('ATTENDANCE_FINE (A-ATT-1, A-ATT-2)', () => {
  it.each([
    ['7 minutes at the default 1 元 is 7', [7], 7],
    ['60 minutes is still per minute: 60', [60], 60],
    ['late by 61 minutes counts as absence: 100, not 61', [61], 100],
    ['2 元 a minute, absence after 30, 200 元: 31 minutes is 200', [31, 2, 30, 200], 200],
  ])('%s', (_name, args, fine) => {
    expect(call('ATTENDANCE_FINE', ...args)).toBe(fine);
  });

  it('a row with a bad cell: the others are still computed', () => {
    expect(call('ATTENDANCE_FINE', [[7, 'late', 61]])).toEqual([[7, '#BAD NUMBER 数字无效: "late"', 100]]);
  });
});

describe('DAILY_TARGET_MET (A-TGT-2 any-of)', () => {
  it('single values: 45 successes meet the day, 44 and 99 connected do not', () => {
    expect(call('DAILY_TARGET_MET', 45, 0)).toBe(true);
    expect(call('DAILY_TARGET_MET', 44, 99)).toBe(false);
  });

  it('two columns pair up row by row', () => {
    expect(call('DAILY_TARGET_MET', [[45], [0], [44]], [[0], [100], [99]])).toEqual([[true], [true], [false]]);
  });

  it('columns of different heights give one shape error', () => {
    expect(call('DAILY_TARGET_MET', [[45], [0]], [[0], [100], [99]])).toBe('#SHAPE 区域大小不一致');
  });
});

describe('TIER_BONUS (A-BON-2)', () => {
  const tiers = [['Threshold', 'Amount'], [1300, 30], [1500, 60], [2000, 300]];
  it('a column of successes: 1299 → 0, 1300 → 30, 1500 → 60, 2000 → 300 (highest only)', () => {
    expect(call('TIER_BONUS', [[1299], [1300], [1500], [2000]], tiers)).toEqual([[0], [30], [60], [300]]);
  });

  it('a single value', () => {
    expect(call('TIER_BONUS', 1999, tiers)).toBe(60);
  });

  it('a malformed tier row fails the whole formula with the row shown', () => {
    expect(call('TIER_BONUS', 1500, [[1300, 30], [1500, 'sixty']])).toBe('#BAD TABLE 表格无效: "1500 | sixty"');
  });
});

describe('COMMISSION (B-COM-1)', () => {
  it.each([
    ['3 appointments at 10 元 is 30', [3, 10], 30],
    ['1% of 99,999 元 is 999.99, under the 1000 cap', [99_999, 0.01, 1000], 999.99],
    ['1% of 100,000 元 is exactly the cap, 1000', [100_000, '1%', 1000], 1000],
    ['1% of 150,000 元 is capped at 1000', [150_000, '1%', 1000], 1000],
    ['without a cap 1% of 150,000 元 is 1500', [150_000, '1%'], 1500],
  ])('%s', (_name, args, amount) => {
    expect(call('COMMISSION', ...args)).toBe(amount);
  });

  it('a column of contracts, capped per contract', () => {
    expect(call('COMMISSION', [[50_000], [150_000], ['n/a']], 0.01, 1000)).toEqual([[500], [1000], ['#BAD NUMBER 数字无效: "n/a"']]);
  });
});

describe('PRORATE (B-PAY-1)', () => {
  it('1400 × 20/22 is 1272.73', () => {
    expect(call('PRORATE', 1400, 20, 22)).toBe(1272.73);
  });

  it('a column of days against one expected count; 0 expected days is a bad number', () => {
    expect(call('PRORATE', 1400, [[22], [11], [0.5]], 22)).toEqual([[1400], [700], [31.82]]);
    expect(call('PRORATE', 1400, 20, 0)).toBe('#BAD NUMBER 数字无效: "0"');
  });
});

describe('KPI_SCORE (C-KPI-1)', () => {
  const targets = [[100, 30, '<=40']];
  const weights = [[30, 65, 5]];
  it('one row exactly on target scores 100 and returns a single value', () => {
    expect(call('KPI_SCORE', [[100, 30, 40]], targets, weights)).toBe(100);
  });

  it('rows give one score per row; a bad row shows text, the others are computed', () => {
    expect(call('KPI_SCORE', [[100, 30, 50], [87, 30, 40], [90, 'x', 40]], targets, weights)).toEqual([
      [98.75], [96.1], ['#BAD NUMBER 数字无效: "x"'],
    ]);
  });

  it('an item left blank is missing, not 0', () => {
    expect(call('KPI_SCORE', [[100, '', 40]], targets, weights)).toBe('#MISSING 缺少参数: "#2"');
  });
});

describe('GRADE (C-GRD-1)', () => {
  it.each([[95, 'A'], [94, 'B'], [80, 'B'], [79, 'C'], [65, 'C'], [64, 'D'], [60, 'D'], [59, 'E']])('%s is %s', (score, g) => {
    expect(call('GRADE', score)).toBe(g);
  });

  it('a column of scores with a bad cell', () => {
    expect(call('GRADE', [[94], ['abc'], [95]])).toEqual([['B'], ['#BAD NUMBER 数字无效: "abc"'], ['A']]);
  });

  it('own bands in either column order, with a header row', () => {
    expect(call('GRADE', [[72], [91]], [['Level', 'From'], ['junior', 70], [90, 'senior']])).toEqual([['junior'], ['senior']]);
  });
});

describe('CALLBOARD_* month functions (outbound-center, straight from the engine)', () => {
  const { roster, attendance, calls, events } = novemberRanges();
  const ids = [['A001'], ['A002'], ['Z9'], ['']];
  const month = (name: string, monthArg: unknown = '2026-11') => call(name, ids, monthArg, roster, attendance, calls, events);
  const unknown = '#UNKNOWN ID 工号不存在: "Z9"';

  it.each([
    // A001: no deduction; A002: −2 for the service-code breach (A-ATT-6).
    ['CALLBOARD_SCORE', [[100], [98], [unknown], ['']]],
    // A001: 7 minutes late at 1 元 (A-ATT-1); A002: 10 元 breach (A-ATT-6).
    ['CALLBOARD_FINES', [[7], [10], [unknown], ['']]],
    // Each: first to 50 and to 100 reached on the same days, shared: 25 + 50; weekly top successes 4 × 10;
    // weekly top dials 4 × 20 (weeks ending 8, 15, 22, 29 Nov). No team prize: A002 has a violation.
    ['CALLBOARD_BONUSES', [[195], [195], [unknown], ['']]],
    // 3000 base + 195 bonuses − fines.
    ['CALLBOARD_PAYOUT', [[3188], [3185], [unknown], ['']]],
    // A001 is in the top 60% with a clean record (A-BON-5); A002 has a violation. English without a language.
    ['CALLBOARD_FLAGS', [['excellent'], [''], [unknown], ['']]],
  ])('%s gives one value per ID, unknown IDs as text, blank IDs blank', (name, expected) => {
    expect(month(name)).toEqual(expected);
  });

  it('a single ID gives a single value', () => {
    expect(call('CALLBOARD_SCORE', 'A002', '2026-11', roster, attendance, calls, events)).toBe(98);
  });

  it('the month may be a date cell inside the month (2026-11-01 00:00 in Shanghai)', () => {
    expect(month('CALLBOARD_FINES', new Date(Date.UTC(2026, 9, 31, 16)))).toEqual([[7], [10], [unknown], ['']]);
  });

  it('a bad month is one error text', () => {
    expect(month('CALLBOARD_SCORE', 'November')).toBe('#BAD MONTH 月份无效: "November"');
  });

  it('a preset argument runs another policy: floor-discipline pays the 3000 元 base and counts no lateness', () => {
    const floor = [['ID', 'Date', 'Code', 'Count'], ['A002', '2026-11-10', 'D-09', 1]];
    // A002: one D-09 (phone not silenced, −3 points at 10 元 a point): 3000 − 30; A001: nothing applies.
    expect(call('CALLBOARD_PAYOUT', [['A001'], ['A002']], '2026-11', roster, attendance, calls, floor, 'floor-discipline'))
      .toEqual([[3000], [2970]]);
  });

  it('an unknown preset is one error text, not a stack trace', () => {
    expect(String(call('CALLBOARD_SCORE', 'A001', '2026-11', roster, attendance, calls, events, 'no-such-preset')))
      .toMatch(/^#ERROR.*no-such-preset/);
  });

  it('without the Events range the breach is not counted: A002 scores 100', () => {
    expect(call('CALLBOARD_SCORE', [['A002']], '2026-11', roster, attendance, calls)).toEqual([[100]]);
  });

  it('a blocking data error fills every cell with the problem, where it is and why', () => {
    const bad = novemberRanges('25:00');
    const result = call('CALLBOARD_SCORE', [['A001'], ['A002']], '2026-11', bad.roster, bad.attendance, bad.calls, bad.events) as string[][];
    expect(result).toHaveLength(2);
    const text = '#DATA ERROR 数据错误: Attendance row 3 (ID A001): clock-in "25:00" is not a time of day';
    expect(result).toEqual([[text], [text]]);
  });
});

describe('one call over a 10,000-row column', () => {
  it('LATE_MINUTES over 10,000 Shanghai time cells returns 10,000 rows', () => {
    // 09:00 plus i % 60 minutes, as Sheets hands over time-only cells (1899 LMT offset +08:05:43).
    const punches = Array.from({ length: 10_000 }, (_, i) => [new Date(shanghaiNineOhSeven.getTime() + ((i % 60) - 7) * 60_000)]);
    const started = performance.now();
    const result = call('LATE_MINUTES', punches) as number[][];
    console.log(`LATE_MINUTES over 10,000 Date cells, direct call: ${(performance.now() - started).toFixed(0)} ms`);
    expect(result).toHaveLength(10_000);
    expect([result[0][0], result[7][0], result[59][0], result[9_999][0]]).toEqual([0, 7, 59, 39]);
  });
});
