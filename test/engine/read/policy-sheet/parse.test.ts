// Reading the Policy sheet back: HR's edits in 元, words and lists, and one issue with its cell for each bad cell.
import { describe, expect, it } from 'vitest';
import { sheetLayout } from '../../../../src/engine/read/policy-sheet/layout.js';
import { readSheet } from '../../../../src/engine/read/policy-sheet/parse.js';
import type { CellValue } from '../../../../src/engine/types.js';
import { deep, deepSchema, edit, type Tiny, tiny, tinySchema } from './fixture.js';

// Rows of the English tiny sheet: 8 late.graceMin, 9 late.perMinuteFen, 10 late.counted, 11 late.strict,
// 12 late.opens, 13 late.share, 15 steps heading, 16–17 steps[] (see layout.test.ts).
const sheet = (): CellValue[][] => sheetLayout(tinySchema, tiny, 'en').values;
const read = (values: CellValue[][]) => readSheet(tinySchema, values, 'Policy', 'UTC');

describe('readSheet round trip', () => {
  it.each(['en', 'zh'] as const)('the tiny policy comes back equal from its %s sheet', (lang) => {
    expect(read(sheetLayout(tinySchema, tiny, lang).values)).toEqual({ value: tiny, issues: [] });
  });

  it.each(['en', 'zh'] as const)('unions, nested tables, records and nullables come back equal from the %s sheet', (lang) => {
    expect(readSheet(deepSchema, sheetLayout(deepSchema, deep, lang).values, '规则', 'UTC')).toEqual({ value: deep, issues: [] });
  });
});

describe('readSheet accepts what HR types', () => {
  const cases: [string, number, string, CellValue, (t: Tiny) => unknown, unknown][] = [
    ['60 typed in a tier prize is 6000 fen', 17, 'D', 60, (t) => t.steps[1].prizeFen, 6000],
    ['"¥1.5" per minute is 150 fen', 9, 'C', '¥1.5', (t) => t.late.perMinuteFen, 150],
    ['"300.00" as text is 30000 fen', 16, 'D', '300.00', (t) => t.steps[0].prizeFen, 30000],
    ['12.345 元 rounds half away from zero to 1235 fen', 9, 'C', 12.345, (t) => t.late.perMinuteFen, 1235],
    ['N is no', 11, 'C', 'N', (t) => t.late.strict, false],
    ['否 is no in an English sheet too', 11, 'C', '否', (t) => t.late.strict, false],
    ['a TRUE cell is yes', 11, 'C', true, (t) => t.late.strict, true],
    ['leave types split on ，', 10, 'C', 'rest，sick', (t) => t.late.counted, ['rest', 'sick']],
    ['Chinese leave words split on 、', 10, 'C', '病假、事假', (t) => t.late.counted, ['sick', 'personal']],
    ['a blank list is empty', 10, 'C', null, (t) => t.late.counted, []],
    ['a time cell is HH:MM', 12, 'C', new Date(Date.UTC(1899, 11, 30, 9, 30)), (t) => t.late.opens, '09:30'],
    ['a day fraction 0.375 is 09:00', 12, 'C', 0.375, (t) => t.late.opens, '09:00'],
    ['9:05 gains its leading zero', 12, 'C', '9:05', (t) => t.late.opens, '09:05'],
    ['"60%" stays 60', 13, 'C', '60%', (t) => t.late.share, 60],
    ['"1,200" is 1200', 16, 'C', '1,200', (t) => t.steps[0].atLeast, 1200],
    ['a code typed as the number 7 is the text "7"', 3, 'C', 7, (t) => t.code, '7'],
  ];
  it.each(cases)('%s', (_name, row, col, v, pick, want) => {
    const got = read(edit(sheet(), row, col, v));
    expect(got.issues).toEqual([]);
    expect(pick(got.value!)).toEqual(want);
  });

  it('matches keys in any case and with stray spaces', () => {
    const got = read(edit(sheet(), 11, 'A', ' LATE.Strict '));
    expect(got.issues).toEqual([]);
    expect(got.value!.late.strict).toBe(true);
  });

  it('finds table columns by heading in either language and in any order', () => {
    let v = edit(edit(sheet(), 15, 'C', 'steps[].prizeFen（元）'), 15, 'D', 'steps[].atLeast');
    v = edit(edit(edit(edit(v, 16, 'C', 300), 16, 'D', 2000), 17, 'C', 60), 17, 'D', 1500);
    expect(read(v)).toEqual({ value: tiny, issues: [] });
  });

  it('ignores rows starting with # and item rows with nothing after the key', () => {
    const v = [...sheet(), ['# HR: checked 2026-10', 'anything'], ['steps[]', null, null, null]];
    expect(read(v)).toEqual({ value: tiny, issues: [] });
  });
});

describe('readSheet reports each bad cell once, at its address', () => {
  const cases: [string, CellValue[][], string | null, string][] = [
    ['text in a money cell', edit(sheet(), 9, 'C', 'abc'), 'Policy!C9', 'Policy row 9: late.perMinuteFen "abc" is not an amount in 元'],
    ['a fraction in a whole-number cell', edit(sheet(), 8, 'C', 1.5), 'Policy!C8', 'Policy row 8: late.graceMin "1.5" is not a whole number'],
    ['a word that is not yes or no', edit(sheet(), 11, 'C', 'maybe'), 'Policy!C11', 'Policy row 11: late.strict "maybe" is not yes or no'],
    ['an unknown leave type in a list', edit(sheet(), 10, 'C', '公休、holiday'), 'Policy!C10',
      'Policy row 10: late.counted "公休、holiday" item "holiday" is not one of: rest, personal, sick'],
    ['25:00 as a time', edit(sheet(), 12, 'C', '25:00'), 'Policy!C12', 'Policy row 12: late.opens "25:00" is not a time of day (HH:MM)'],
    ['a required setting left blank', edit(sheet(), 8, 'C', null), 'Policy!C8', 'Policy row 8: late.graceMin is blank'],
    ['a value under the schema minimum (zod)', edit(sheet(), 8, 'C', -1), 'Policy!C8', 'Policy row 8: late.graceMin "-1" must be at least 0'],
    ['a percent over 100 (zod)', edit(sheet(), 13, 'C', 101), 'Policy!C13', 'Policy row 13: late.share "101" must be at most 100'],
    ['text in a table money cell', edit(sheet(), 16, 'D', 'x'), 'Policy!D16', 'Policy row 16: steps[].prizeFen "x" is not an amount in 元'],
    ['an unknown key', [...sheet(), ['late.graceMinutes', null, 5]], 'Policy!A18', 'Policy row 18: unknown key "late.graceMinutes" in column A'],
    ['a repeated key', [...sheet(), ['late.strict', null, 'no']], 'Policy!A18', 'Policy row 18: key "late.strict" repeats row 11; this row is ignored'],
    ['values in a row without a key', [...sheet(), [null, 'note', 5]], 'Policy!B18', 'Policy row 18: row has values but no key in column A'],
    ['a table value under a blank heading', edit(sheet(), 16, 'E', 9), 'Policy!E16', 'Policy row 16: value in a column without a heading'],
    ['a table with no rows left (zod min 1)', sheet().slice(0, 15), 'Policy!A15', 'Policy row 15: steps needs at least 1 row(s)'],
    ['a required setting row deleted', sheet().filter((_, i) => i !== 8), null,
      'Policy: required setting late.perMinuteFen (key "late.perMinuteFen") is missing'],
  ];
  it.each(cases)('%s', (_name, values, cell, message) => {
    const got = read(values);
    expect(got.value).toBeNull();
    expect(got.issues.map((i) => [i.cell, i.message, i.code, i.severity])).toEqual([[cell, message, 'bad-policy', 'error']]);
  });

  it('an unknown table heading is reported at the heading, with the required column it hid', () => {
    const got = read(edit(sheet(), 15, 'D', 'bonus'));
    expect(got.value).toBeNull();
    expect(got.issues.map((i) => [i.cell, i.message])).toEqual([
      ['Policy!D15', 'Policy row 15: column heading not known in steps'],
      ['Policy!A15', 'Policy row 15: steps has no column steps[].prizeFen'],
    ]);
  });

  it('gives the Chinese message too', () => {
    const [issue] = read(edit(sheet(), 9, 'C', 'abc')).issues;
    expect(issue.messageZh).toBe('Policy 第9行：late.perMinuteFen“abc”不是金额（元）');
  });

  it('an unknown kind in a block is reported at its kind cell', () => {
    const values = sheetLayout(deepSchema, deep, 'en').values;
    const row = values.findIndex((r) => r[0] === 'rules[2].kind') + 1;
    const got = readSheet(deepSchema, edit(values, row, 'C', 'bonus'), 'Policy', 'UTC');
    expect(got.value).toBeNull();
    expect(got.issues[0].cell).toBe(`Policy!C${row}`);
    expect(got.issues.map((i) => i.message)).toEqual([`Policy row ${row}: kind "bonus" is not one of: attendance, event catalogue, target`]);
    expect(got.issues[0].messageZh).toBe(`Policy 第${row}行：类型“bonus”不是可选值（考勤、奖惩目录、目标）`);
  });
});
