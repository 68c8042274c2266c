import { describe, expect, it } from 'vitest';
import { a1, a1Range, colLetter, sheetRef, splitA1 } from '../../../src/engine/read/a1.js';

describe('colLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (index, letters) => {
    expect(colLetter(index)).toBe(letters);
  });

  it('a negative or fractional index is a programming fault', () => {
    expect(() => colLetter(-1)).toThrowError(expect.objectContaining({ cause: { code: 'bad-column-index' } }));
    expect(() => colLetter(1.5)).toThrow('bad column index 1.5');
  });
});

describe('a1', () => {
  it.each([
    ['Attendance', 5, 2, 'Attendance!C5'],
    ['考勤', 14, 0, '考勤!A14'],
    ['KPI_2026', 1, 26, 'KPI_2026!AA1'],
    ['Payout 2026-10', 1, 0, "'Payout 2026-10'!A1"],
    ['薪酬 2026-10', 3, 1, "'薪酬 2026-10'!B3"],
    ["Bob's calls", 2, 3, "'Bob''s calls'!D2"],
  ])('%s row %i column %i is %s', (sheet, row, col, address) => {
    expect(a1(sheet, row, col)).toBe(address);
  });

  it.each([
    ['Calls', "Calls"],
    ['a-b', "'a-b'"],
    ['', "''"],
  ])('sheet %j is written %s', (sheet, ref) => {
    expect(sheetRef(sheet)).toBe(ref);
  });
});

describe('a1Range', () => {
  it.each([
    ['Calls', 4, 2, 40, 'Calls!E2:E40'],
    ['Calls', 4, 40, 2, 'Calls!E2:E40'],
    ['Calls', 4, 7, 7, 'Calls!E7'],
    ['Payout 2026-10', 0, 2, 9, "'Payout 2026-10'!A2:A9"],
  ])('%s column %i rows %i–%i is %s', (sheet, col, from, to, range) => {
    expect(a1Range(sheet, col, from, to)).toBe(range);
  });
});

describe('splitA1', () => {
  it.each([
    ['Attendance!C5', { sheet: 'Attendance', range: 'C5' }],
    ["'Wow!'!B2", { sheet: 'Wow!', range: 'B2' }],
    ["'O''Brien'!A1:B2", { sheet: "O'Brien", range: 'A1:B2' }],
    ['C5', null],
    ['Attendance!hello', null],
  ])('%s', (a1text, parts) => {
    expect(splitA1(a1text)).toEqual(parts);
  });
});
