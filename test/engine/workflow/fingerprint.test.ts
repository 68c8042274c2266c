import { describe, expect, it } from 'vitest';
import { changedRows, fingerprintOf, fingerprintRows, rowHash, rowOwner } from '../../../src/engine/workflow/fingerprint.js';
import type { WorkbookData } from '../../../src/engine/types.js';

const book = (attendance: (string | number | null)[][]): WorkbookData => ({
  timeZone: 'UTC',
  sheets: [
    { name: 'Roster', values: [['ID', 'Name'], ['A1', 'Wang'], ['B2', 'Li']] },
    { name: 'Attendance', values: [['ID', 'Date', 'Clock in'], ...attendance] },
    { name: 'Payout 2026-10', values: [['ID'], ['A1']] },
    { name: 'Notes', values: [['anything']] },
  ],
});
const rowsA = [['A1', '2026-10-01', '09:00'], ['B2', '2026-10-01', '09:07']];

describe('rowHash', () => {
  it('is stable, ignores trailing blanks, tells a number from its text and is empty for a blank row', () => {
    expect(rowHash(['A1', 3])).toBe(rowHash(['A1', 3, null, null]));
    expect(rowHash(['A1', 3])).not.toBe(rowHash(['A1', '3']));
    expect(rowHash([null, null])).toBe('');
    expect(rowHash(['A1'])).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('fingerprintRows', () => {
  it('covers the source sheets only, never generated tabs or other sheets', () => {
    expect(Object.keys(fingerprintRows(book(rowsA)))).toEqual(['Roster', 'Attendance']);
    expect(Object.keys(fingerprintRows(book(rowsA), ['Notes']))).toEqual(['Roster', 'Attendance', 'Notes']);
  });

  it('gives one overall fingerprint that changes with any row', () => {
    const a = fingerprintOf(fingerprintRows(book(rowsA)));
    expect(fingerprintOf(fingerprintRows(book(rowsA)))).toBe(a);
    expect(fingerprintOf(fingerprintRows(book([rowsA[0], ['B2', '2026-10-01', '09:08']])))).not.toBe(a);
  });
});

describe('changedRows', () => {
  const before = fingerprintRows(book(rowsA));
  it.each([
    ['an edited cell is a changed row', [rowsA[0], ['B2', '2026-10-01', '09:30']], [{ sheet: 'Attendance', row: 3, change: 'changed' }]],
    ['a row appended is added', [...rowsA, ['A1', '2026-10-02', '09:00']], [{ sheet: 'Attendance', row: 4, change: 'added' }]],
    ['a row inserted above others moves them without changing them', [['C3', '2026-10-01', '08:55'], ...rowsA], [{ sheet: 'Attendance', row: 2, change: 'added' }]],
    ['a row deleted is removed, at its approved place', [rowsA[1]], [{ sheet: 'Attendance', row: 2, change: 'removed' }]],
    ['sorting the rows changes nothing', [rowsA[1], rowsA[0]], []],
  ])('%s', (_name, after, expected) => {
    expect(changedRows(before, fingerprintRows(book(after as (string | null)[][])))).toEqual(expected);
  });
});

describe('rowOwner', () => {
  it('reads the ID of a source row, and none for a header or a sheet without IDs', () => {
    const owner = rowOwner(book(rowsA));
    expect([owner('Attendance', 3), owner('Attendance', 1), owner('Roster', 2), owner('Notes', 1)]).toEqual(['B2', null, 'A1', null]);
  });
});
