// The fake SpreadsheetApp behaves as Sheets does where the add-on depends on it: dimensions, formulas, names, locks.
import { describe, expect, it } from 'vitest';
import { fakeSpreadsheet } from './index.js';
import { formatDate, utcWallClockIn } from './zone.js';

describe('fake Range.setValues', () => {
  it.each([
    ['one row too few', [[1, 2]], 'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.'],
    ['one column too many', [[1, 2, 3], [4, 5, 6]], 'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.'],
    ['a ragged second row', [[1, 2], [3]], 'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.'],
  ])('rejects %s with the Sheets message', (_case, data, message) => {
    const fake = fakeSpreadsheet();
    const range = fake.spreadsheet.getSheets()[0].getRange(1, 1, 2, 2);
    expect(() => range.setValues(data)).toThrow(message);
  });

  it.each([
    ['=1+1 under General becomes a formula', 'General', '=1+1', '#NAME?', '=1+1'],
    ['=1+1 under text format stays text', '@', '=1+1', '=1+1', ''],
    ['007 under General becomes the number 7', 'General', '007', 7, ''],
    ['007 under text format keeps its zeros', '@', '007', '007', ''],
    ['-5 under General becomes a number', 'General', '-5', -5, ''],
    ['TRUE under General becomes a boolean', 'General', 'TRUE', true, ''],
  ])('%s', (_case, format, written, value, formula) => {
    const fake = fakeSpreadsheet();
    const range = fake.spreadsheet.getSheets()[0].getRange('B2');
    range.setNumberFormat(format);
    range.setValues([[written]]);
    expect(range.getValues()).toEqual([[value]]);
    expect(range.getFormulas()).toEqual([[formula]]);
  });

  it('rejects undefined and objects as cell values', () => {
    const range = fakeSpreadsheet().spreadsheet.getSheets()[0].getRange(1, 1, 1, 2);
    expect(() => range.setValues([[undefined, 1]])).toThrow("don't match the method signature");
    expect(() => range.setValues([[{}, 1]])).toThrow("don't match the method signature");
  });
});

describe('fake Sheet bounds', () => {
  it.each([
    ['row 0', 0, 1, 1, 1, 'The starting row of the range is too small.'],
    ['column 0', 1, 0, 1, 1, 'The starting column of the range is too small.'],
    ['zero rows', 1, 1, 0, 1, 'The number of rows in the range must be at least 1.'],
    ['row 1001 of a new sheet', 1, 1, 1001, 1, 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['column 27 of a new sheet', 1, 27, 1, 1, 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('getRange rejects %s', (_case, r, c, nr, nc, message) => {
    const sheet = fakeSpreadsheet().spreadsheet.insertSheet('New');
    expect(() => sheet.getRange(r, c, nr, nc)).toThrow(message);
  });

  it('grows with insertRowsAfter so 1001 rows fit', () => {
    const sheet = fakeSpreadsheet().spreadsheet.insertSheet('New');
    sheet.insertRowsAfter(1000, 1);
    expect(sheet.getRange(1, 1, 1001, 1).getNumRows()).toBe(1001);
  });

  it('getDataRange spans the used cells, A1 on an empty sheet', () => {
    const fake = fakeSpreadsheet({ sheets: [{ name: 'Roster', values: [['ID', 'Name'], ['A001', '王芳'], [null, null]] }] });
    const sheet = fake.spreadsheet.getSheetByName('roster')!;
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
    expect(fake.spreadsheet.insertSheet('Empty').getDataRange().getA1Notation()).toBe('A1');
  });

  it('cannot freeze every row', () => {
    const sheet = fakeSpreadsheet().spreadsheet.insertSheet('New');
    sheet.deleteRows(2, 999);
    expect(() => sheet.setFrozenRows(1)).toThrow("You can't freeze all visible rows on the sheet.");
  });
});

describe('fake Spreadsheet sheets', () => {
  it('rejects a duplicate name, whatever its case', () => {
    const ss = fakeSpreadsheet({ sheets: [{ name: 'Payout 2026-10', values: [] }] }).spreadsheet;
    expect(() => ss.insertSheet('payout 2026-10')).toThrow('A sheet with the name "payout 2026-10" already exists. Please enter another name.');
    expect(() => ss.insertSheet('tmp').setName('PAYOUT 2026-10')).toThrow('already exists');
  });

  it('refuses to delete the last sheet', () => {
    const ss = fakeSpreadsheet().spreadsheet;
    expect(() => ss.deleteSheet(ss.getSheets()[0])).toThrow("You can't remove all the sheets in a document.");
  });

  it('counts calls by class and method', () => {
    const fake = fakeSpreadsheet();
    fake.spreadsheet.getSheets()[0].getRange('A1:B2').getValues();
    expect(fake.calls).toEqual({ 'Spreadsheet.getSheets': 1, 'Sheet.getRange': 1, 'Range.getValues': 1 });
  });

  it('fails the injected nth call of a method', () => {
    const fake = fakeSpreadsheet();
    fake.failAt({ nth: 2, method: 'Spreadsheet.insertSheet' });
    fake.spreadsheet.insertSheet('one');
    expect(() => fake.spreadsheet.insertSheet('two')).toThrow('injected at Spreadsheet.insertSheet');
    expect(fake.raw._names()).toEqual(['Sheet1', 'one']);
  });
});

describe('fake LockService and Utilities', () => {
  it('a second holder cannot take the document lock until it is released', () => {
    const { globals } = fakeSpreadsheet();
    const locks = globals.LockService as { getDocumentLock(): { tryLock(ms: number): boolean; releaseLock(): void } };
    const first = locks.getDocumentLock();
    const second = locks.getDocumentLock();
    expect(first.tryLock(0)).toBe(true);
    expect(second.tryLock(1000)).toBe(false);
    first.releaseLock();
    expect(second.tryLock(0)).toBe(true);
  });

  it.each([
    ['Shanghai evening is next day in yyyy-MM-dd', '2026-10-31T16:30:00Z', 'Asia/Shanghai', 'yyyy-MM-dd HH:mm', '2026-11-01 00:30'],
    ['UTC keeps the date', '2026-10-31T16:30:00Z', 'UTC', 'yyyy-MM', '2026-10'],
  ])('formatDate: %s', (_case, iso, tz, pattern, out) => {
    expect(formatDate(new Date(iso), tz, pattern)).toBe(out);
  });

  it('moves an exceljs UTC wall clock to the same wall clock in Shanghai', () => {
    expect(utcWallClockIn(new Date('2026-10-03T09:07:00Z'), 'Asia/Shanghai').toISOString()).toBe('2026-10-03T01:07:00.000Z');
  });
});

describe('fake Sheet.getRangeList and column widths', () => {
  it('bolds and formats every listed range in one counted call each', () => {
    const fake = fakeSpreadsheet();
    const sheet = fake.spreadsheet.insertSheet('New');
    fake.log.reset();
    sheet.getRangeList(['A1:C2', 'B5']).setFontWeight('bold').setNumberFormat('0.00');
    expect(fake.calls).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.setFontWeight': 1, 'RangeList.setNumberFormat': 1 });
    expect(sheet.getRange('A1:C3').getFontWeights()).toEqual([['bold', 'bold', 'bold'], ['bold', 'bold', 'bold'], ['normal', 'normal', 'normal']]);
    expect(sheet.getRange('B5').getNumberFormat()).toBe('0.00');
    expect(sheet.getRange('B4').getNumberFormat()).toBe('General');
  });

  it.each([
    ['an empty list', [], "don't match the method signature for SpreadsheetApp.Sheet.getRangeList"],
    ['a list holding a number', [1], "don't match the method signature for SpreadsheetApp.Sheet.getRangeList"],
    ['a range past the last column', ['A1:AA1'], 'The coordinates of the range are outside the dimensions of the sheet.'],
    ['text that is no range', ['not a range'], 'Range not found'],
  ])('getRangeList rejects %s', (_case, a1s, message) => {
    const sheet = fakeSpreadsheet().spreadsheet.insertSheet('New');
    expect(() => sheet.getRangeList(a1s as string[])).toThrow(message);
  });

  it.each([
    ['one column', (s: { setColumnWidth(c: number, w: number): unknown }) => s.setColumnWidth(2, 240), [100, 240, 100]],
    ['a run of columns', (s: { setColumnWidths(c: number, n: number, w: number): unknown }) => s.setColumnWidths(2, 2, 80), [100, 80, 80]],
  ] as const)('sets the width of %s in pixels', (_case, set, widths) => {
    const sheet = fakeSpreadsheet().spreadsheet.insertSheet('New');
    set(sheet as never);
    expect([1, 2, 3].map((c) => sheet.getColumnWidth(c))).toEqual(widths);
  });

  it('refuses widths for columns the sheet does not have', () => {
    const sheet = fakeSpreadsheet().spreadsheet.insertSheet('New');
    expect(() => sheet.setColumnWidths(26, 2, 100)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.setColumnWidth(1, 1.5)).toThrow('Invalid argument: width');
  });
});

describe('fake merged ranges', () => {
  it('merge keeps the top-left value only; getMergedRanges gives the merges a range touches, each a counted Range', () => {
    const fake = fakeSpreadsheet({ sheets: [{ name: 'S', values: [['ID', 'Date'], ['A1', 'd1'], ['A1', 'd2'], ['B2', 'd3']] }] });
    const sheet = fake.spreadsheet.getSheets()[0];
    sheet.getRange('A2:A3').merge();
    expect(sheet.getRange('A1:B4').getValues()).toEqual([['ID', 'Date'], ['A1', 'd1'], ['', 'd2'], ['B2', 'd3']]);
    expect(() => sheet.getRange('A3:A4').merge()).toThrow('You must select all cells in a merged range to merge or unmerge them.');
    fake.log.reset();
    const merged = sheet.getDataRange().getMergedRanges();
    expect(merged.map((r) => r.getA1Notation())).toEqual(['A2:A3']);
    expect(fake.calls).toEqual({ 'Sheet.getDataRange': 1, 'Range.getMergedRanges': 1, 'Range.getA1Notation': 1 });
    expect([sheet.getRange('B2').isPartOfMerge(), sheet.getRange('A3').isPartOfMerge()]).toEqual([false, true]);
    sheet.getRange('A2:A3').breakApart();
    expect(sheet.getDataRange().getMergedRanges()).toEqual([]);
  });
});
