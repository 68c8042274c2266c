// In-spreadsheet links from A1 addresses.
import { describe, expect, it } from 'vitest';
import { cellLink } from '../../src/gas/links.js';

const gids = new Map([['attendance', 0], ['my sheet', 123456], ["o'brien", 7]]);

describe('cellLink', () => {
  it.each([
    ['a plain cell', 'Attendance!C5', '#gid=0&range=C5'],
    ['a range', 'Attendance!E2:E40', '#gid=0&range=E2:E40'],
    ['a quoted sheet name with a space', "'My sheet'!C5", '#gid=123456&range=C5'],
    ['a doubled quote inside the name', "'O''Brien'!A1", '#gid=7&range=A1'],
    ['absolute markers dropped', 'Attendance!$C$5', '#gid=0&range=C5'],
    ['sheet names compared without case', 'ATTENDANCE!C5', '#gid=0&range=C5'],
    ['an unknown sheet', 'Calls!C5', null],
    ['no sheet part', 'C5', null],
    ['not a cell address', 'Attendance!hello', null],
    ['null', null, null],
  ])('%s', (_case, a1, link) => {
    expect(cellLink(a1, gids)).toBe(link);
  });
});
