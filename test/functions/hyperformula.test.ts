// The custom functions evaluated from workbook cells by a real formula engine (HyperFormula): spills, ranges, chaining.
import { HyperFormula } from 'hyperformula';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS } from '../../src/functions/catalog.js';
import { WORKED_EXAMPLES } from '../../src/functions/reference.js';
import { CallboardPlugin } from './hyperformula-plugin.js';
import { novemberRanges } from './month-fixture.js';

const BUILT_INS = HyperFormula.getRegisteredFunctionNames('enGB');
const translations = { enGB: Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [f.name, f.name])) };
const build = (rows: unknown[][]) => HyperFormula.buildFromArray(rows as never, { licenseKey: 'gpl-v3' });
const at = (col: number, row: number) => ({ sheet: 0, col, row });

beforeAll(() => {
  HyperFormula.registerFunctionPlugin(CallboardPlugin, translations);
});
afterAll(() => {
  HyperFormula.unregisterFunctionPlugin(CallboardPlugin);
});

describe('names', () => {
  it.each(CUSTOM_FUNCTIONS.map((f) => f.name))('%s is not a built-in function', (name) => {
    expect(BUILT_INS).not.toContain(name);
  });
});

describe('formulas in cells', () => {
  //        A      B          C           D      E      F     G
  const sheet = [
    ['ID', 'Clock in', 'Successes', 'Score', 'From', 'Bonus', 'Connected'],
    ['A001', '9:07', 1500, 94, 1300, 30, 0],
    ['A002', '08:59', 1299, 95, 1500, 60, 100],
    ['A003', '10:30', 2000, 59, 2000, 300, 99],
    ['A004', 'absent', 1300, 'n/a', null, null, 20],
  ];

  it('=LATE_MINUTES(B2:B5) spills 4 results down H2:H5, the bad cell as text', () => {
    const hf = build(sheet.map((row, r) => (r === 1 ? [...row, '=LATE_MINUTES(B2:B5)'] : row)));
    expect(hf.getRangeValues({ start: at(7, 1), end: at(7, 4) })).toEqual([[7], [0], [90], ['#BAD TIME 时间无效: "absent"']]);
    hf.destroy();
  });

  it('a spilled result feeds other formulas: =SUM(H2:H5) adds the minutes and skips the text', () => {
    const hf = build(sheet.map((row, r) => (r === 1 ? [...row, '=LATE_MINUTES(B2:B5)', '=SUM(H2:H5)'] : row)));
    expect(hf.getCellValue(at(8, 1))).toBe(97);
    hf.destroy();
  });

  it.each([
    ['=TIER_BONUS(C2, E2:F4)', 60],
    ['=TIER_BONUS(C3, E2:F4)', 0],
    ['=GRADE(D2)', 'B'],
    ['=GRADE(D3)', 'A'],
    ['=ATTENDANCE_FINE(61)', 100],
    ['=PRORATE(1400, 20, 22)', 1272.73],
    ['=COMMISSION(150000, 1%, 1000)', 1000],
    ['=KPI_SCORE({100,30,50}, {100,30,"<=40"}, {30,65,5})', 98.75],
    ['=DAILY_TARGET_MET(44, 100)', true],
  ])('%s is %s', (formula, expected) => {
    const hf = build(sheet.map((row, r) => (r === 1 ? [...row, formula] : row)));
    expect(hf.getCellValue(at(7, 1))).toBe(expected);
    hf.destroy();
  });

  it('=TIER_BONUS(C2:C5, E2:F4) spills one bonus per agent', () => {
    const hf = build(sheet.map((row, r) => (r === 1 ? [...row, '=TIER_BONUS(C2:C5, E2:F4)'] : row)));
    expect(hf.getRangeValues({ start: at(7, 1), end: at(7, 4) })).toEqual([[60], [0], [300], [30]]);
    hf.destroy();
  });

  it('=GRADE(D2:D5) spills grades with the bad score as text', () => {
    const hf = build(sheet.map((row, r) => (r === 1 ? [...row, '=GRADE(D2:D5)'] : row)));
    expect(hf.getRangeValues({ start: at(7, 1), end: at(7, 4) })).toEqual([['B'], ['A'], ['E'], ['#BAD NUMBER 数字无效: "n/a"']]);
    hf.destroy();
  });

  it('=DAILY_TARGET_MET(C2:C5, G2:G5, 2000) pairs two columns row by row', () => {
    const hf = build(sheet.map((row, r) => (r === 1 ? [...row, '=DAILY_TARGET_MET(C2:C5, G2:G5, 2000)'] : row)));
    // 1500 and 0: neither; 1299 and 100: connected; 2000 and 99: successes; 1300 and 20: neither
    expect(hf.getRangeValues({ start: at(7, 1), end: at(7, 4) })).toEqual([[false], [true], [true], [false]]);
    hf.destroy();
  });

  it('=KPI_SCORE over two rows spills one score per row', () => {
    const rows = [
      [100, 30, 50, 100, 30, '<=40', 30, 65, 5, '=KPI_SCORE(A1:C2, D1:F1, G1:I1)'],
      [87, 30, 40],
    ];
    const hf = build(rows);
    expect(hf.getRangeValues({ start: at(9, 0), end: at(9, 1) })).toEqual([[98.75], [96.1]]);
    hf.destroy();
  });
});

describe('the worked examples of docs/functions.md are true', () => {
  it.each(WORKED_EXAMPLES.map((e) => [e.formula, e.result]))('%s is %s', (formula, expected) => {
    const hf = build([[formula]]);
    expect(hf.getCellValue(at(0, 0))).toBe(expected);
    hf.destroy();
  });
});

describe('month-level functions over source sheets', () => {
  it('=CALLBOARD_PAYOUT(A2:A3, "2026-11", Roster!…, Attendance!…, Calls!…, Events!…) spills each agent\'s payout', () => {
    const { roster, attendance, calls, events } = novemberRanges();
    const sources = 'Roster!A1:D3, Attendance!A1:D43, Calls!A1:E43, Events!A1:C2';
    const hf = HyperFormula.buildFromSheets({
      Report: [
        ['ID', 'Score', 'Fines', 'Payout'],
        ['A001', `=CALLBOARD_SCORE(A2:A3, "2026-11", ${sources})`, `=CALLBOARD_FINES(A2:A3, "2026-11", ${sources})`, `=CALLBOARD_PAYOUT(A2:A3, "2026-11", ${sources})`],
        ['A002'],
      ],
      Roster: roster, Attendance: attendance, Calls: calls, Events: events,
    } as never, { licenseKey: 'gpl-v3' });
    // Dates and times typed as text become HyperFormula dates and times, handed over as Dates (like Sheets).
    expect(hf.getRangeValues({ start: at(1, 1), end: { sheet: 0, col: 3, row: 2 } })).toEqual([[100, 7, 3188], [98, 10, 3185]]);
    hf.destroy();
  });
});

describe('a column of 10,000 punches in one formula', () => {
  it('=LATE_MINUTES(A1:A10000) spills 10,000 results', () => {
    const rows: unknown[][] = [];
    for (let i = 0; i < 10_000; i++) rows.push([`9:${String(i % 60).padStart(2, '0')}`]);
    rows[0].push('=LATE_MINUTES(A1:A10000)');
    const started = performance.now();
    const hf = build(rows);
    const values = hf.getRangeValues({ start: at(1, 0), end: at(1, 9_999) });
    const ms = performance.now() - started;
    console.log(`LATE_MINUTES over 10,000 rows in HyperFormula: ${ms.toFixed(0)} ms (build + evaluate + read)`);
    expect(values).toHaveLength(10_000);
    expect(values[7]).toEqual([7]);
    expect(values[9_999]).toEqual([39]);
    hf.destroy();
  });
});
