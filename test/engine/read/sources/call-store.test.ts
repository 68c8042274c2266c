// The call rows' column store: rows read by index, records built on demand, and the sheet's counts kept as whole numbers.
import { describe, expect, it } from 'vitest';
import { callRecords, callRowsOf, earliestRows, figureAt, WHOLE_MAX } from '../../../../src/engine/read/sources/call-store.js';
import { MAX_CALLS_PER_ROW } from '../../../../src/engine/read/sources/calls.js';
import { readSources } from '../../../../src/engine/read/sources.js';
import type { CellValue } from '../../../../src/engine/types.js';
import { call } from '../../builders.js';

describe('callRowsOf: records as columns', () => {
  const records = [call('B', '2026-10-09', 2, 3, 4, '10:00'), call('A', '2026-10-08', 1), call('B', '2026-10-08', 0, 1, 5)];
  const rows = callRowsOf(records);

  it('keeps IDs and dates in first-kept order and each row\'s index into them', () => {
    expect([rows.length, rows.ids, rows.dates]).toEqual([3, ['B', 'A'], ['2026-10-09', '2026-10-08']]);
    expect([...rows.agent.subarray(0, 3)]).toEqual([0, 1, 0]);
    expect([...rows.day.subarray(0, 3)]).toEqual([0, 1, 1]);
    expect([...rows.times.subarray(0, 3)]).toEqual([36000, -1, -1]);
  });

  it('builds each row back as the record it was given', () => {
    expect(callRecords(rows)).toEqual(records);
    expect(rows.at(2).cells).toBe(records[2].cells);
  });

  it('reads a figure by index', () => {
    expect([0, 1, 2].map((i) => [figureAt(rows.dials, i), figureAt(rows.connected, i), figureAt(rows.successes, i)]))
      .toEqual([[4, 3, 2], [1, 1, 1], [5, 1, 0]]);
  });

  it('finds each ID\'s first row on its earliest date in a range', () => {
    expect(earliestRows(rows, '2026-10-01', '2026-10-31')).toEqual([2, 1]);
    expect(earliestRows(rows, '2026-10-09', '2026-10-31')).toEqual([0]);
    expect(earliestRows(rows, '2026-11-01', '2026-11-30')).toEqual([]);
  });
});

describe('readCalls: the Calls sheet as columns', () => {
  const read = (rows: CellValue[][]) => readSources({ timeZone: 'UTC', sheets: [
    { name: 'Roster', values: [['ID', 'Name'], ['A001', 'Wang']] },
    { name: 'Calls', values: rows },
  ] }).calls;

  it('keeps whole counts in Int16 columns, talk minutes in Float64, and a missing column as its default', () => {
    const calls = read([['ID', 'Date', 'Dials', 'Connected', 'Successes', 'Talk minutes'], ['A001', '2026-10-08', 120, 80, 30, 2.5]]);
    expect([calls.dials.values, calls.connected.values, calls.successes.values].map((v) => v?.constructor.name))
      .toEqual(['Int16Array', 'Int16Array', 'Int16Array']);
    expect(calls.talkMinutes.values?.constructor.name).toBe('Float64Array');
    expect([calls.appointments.values, calls.appointments.def]).toEqual([null, 0]);
    expect(callRecords(calls).map((c) => [c.dials, c.connected, c.successes, c.talkMinutes, c.appointments])).toEqual([[120, 80, 30, 2.5, 0]]);
  });

  it('rows that change day every row keep each date once, in first-kept order', () => {
    const day = (d: number, h: number) => new Date(Date.UTC(2026, 9, d, h));
    const calls = read([['ID', 'Date', 'Dials'], ['A001', day(9, 9), 1], ['A001', day(8, 10), 2], ['A001', day(9, 11), 3], ['A001', '2026-10-08', 4]]);
    expect([calls.dates, [...calls.day.subarray(0, 4)], [...calls.times.subarray(0, 4)]])
      .toEqual([['2026-10-09', '2026-10-08'], [0, 1, 0, 1], [32400, 36000, 39600, -1]]);
    expect([callRecords(calls).map((c) => c.row), [...calls.rows.subarray(0, 4)]]).toEqual([[2, 3, 4, 5], [2, 3, 4, 5]]);
  });

  it('one ID written three ways is one agent; an unknown ID counts every row and cites its first; a later row names its agent', () => {
    const src = readSources({ timeZone: 'UTC', sheets: [
      { name: 'Roster', values: [['ID', 'Name'], ['A001', 'Wang'], ['7', 'Li']] },
      { name: 'Calls', values: [['ID', 'Date', 'Dials'], ['A001', '2026-10-08', 1], ['X9', '2026-10-08', 1], [' A001 ', '2026-10-08', 2],
        ['Ａ００１', '2026-10-08', 3], ['X9', '2026-10-09', 1], [7, '2026-10-08', 4], ['A001', '2026-10-08', 'many'], [7, '2026-10-08', 5]] },
    ] });
    const calls = src.calls;
    expect([calls.ids, [...calls.agent.subarray(0, calls.length)], [...calls.rows.subarray(0, calls.length)]])
      .toEqual([['A001', '7'], [0, 0, 0, 1, 0, 1], [2, 4, 5, 7, 8, 9]]);
    expect(src.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
      ['bad-count', 'Calls!C8', 'Calls row 8 (ID A001): dials "many" is not a whole number of 0 or more'],
      ['unknown-id', 'Calls!A3', 'Calls row 3: ID "X9" is not in the Roster; 2 row(s) left out'],
    ]);
  });

  it('a count column holds the largest count a row may have', () => {
    expect(MAX_CALLS_PER_ROW).toBeLessThanOrEqual(WHOLE_MAX);
    const calls = read([['ID', 'Date', 'Dials', 'Connected', 'Successes'], ['A001', '2026-10-08', 10_000, 9_999, 10_001]]);
    expect(callRecords(calls).map((c) => [c.dials, c.connected, c.successes])).toEqual([[10_000, 9_999, 0]]);
  });

  it('a per-call export without a Dials column counts one dial a row', () => {
    const calls = read([['ID', 'Date', 'Result'], ['A001', '2026-10-08', 'success'], ['A001', '2026-10-08', 'no answer']]);
    expect([calls.dials.values, calls.dials.def]).toEqual([null, 1]);
    expect(callRecords(calls).map((c) => [c.dials, c.connected, c.successes, c.row])).toEqual([[1, 1, 1, 2], [1, 0, 0, 3]]);
  });
});
