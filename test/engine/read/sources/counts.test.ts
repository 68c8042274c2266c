// Counts from the Calls and Events sheets: when a blank Dials is one dial, and a bad Count never becomes a guess.
import { describe, expect, it } from 'vitest';
import { outboundCenter } from '../../../../src/engine/presets/outbound-center.js';
import { runReport } from '../../../../src/engine/report/report.js';
import { readSources } from '../../../../src/engine/read/sources.js';
import { callRecords } from '../../../../src/engine/read/sources/call-store.js';
import type { CellValue } from '../../../../src/engine/types.js';

const roster: CellValue[][] = [['ID', 'Name'], ['A1', 'Ann']];
const read = (name: string, values: CellValue[][]) =>
  readSources({ timeZone: 'UTC', sheets: [{ name: 'Roster', values: roster }, { name, values }] });

describe('Calls: dials of a row without a Dials value', () => {
  it.each([
    ['daily totals without a Dials column have no dials', [['ID', 'Date', 'Successes'], ['A1', '2026-11-02', 50]], [0, 0, 50]],
    ['a per-call export with Result: each row is one dial', [['ID', 'Date', 'Result'], ['A1', '2026-11-02 09:00', '成功']], [1, 1, 1]],
    ['a per-call export of bare rows: each row is one dial', [['ID', 'Date'], ['A1', '2026-11-02 09:00']], [1, 0, 0]],
    ['a blank Dials cell in daily totals is 0', [['ID', 'Date', 'Dials', 'Connected'], ['A1', '2026-11-02', null, 100]], [0, 100, 0]],
    ['a blank Dials cell beside a Result is one dial', [['ID', 'Date', 'Dials', 'Result'], ['A1', '2026-11-02', null, 'connected']], [1, 1, 0]],
  ])('%s', (_case, values, [dials, connected, successes]) => {
    const src = read('Calls', values as CellValue[][]);
    expect(callRecords(src.calls).map((c) => [c.dials, c.connected, c.successes])).toEqual([[dials, connected, successes]]);
    expect(src.issues).toEqual([]);
  });
});

describe('Events: Count', () => {
  it('a blank Count is one occurrence', () => {
    const src = read('Events', [['ID', 'Date', 'Code', 'Count'], ['A1', '2026-11-02', 'A-ATT-6', null]]);
    expect(src.events.map((e) => e.count)).toEqual([1]);
  });

  it('an unreadable Count is an error and the row is left out, not counted once', () => {
    const src = read('Events', [['ID', 'Date', 'Code', 'Count'], ['A1', '2026-11-02', 'A-ATT-6', 'two'], ['A1', '2026-11-03', 'A-ATT-6', 2]]);
    expect(src.events.map((e) => [e.date, e.count])).toEqual([['2026-11-03', 2]]);
    expect(src.issues.map((i) => [i.code, i.severity, i.row, i.column, i.value, i.cell])).toEqual([['bad-count', 'error', 2, 'Count', 'two', 'Events!D2']]);
  });

  it.each([[1000, [1000]], [1001, []]])('a Count of %i: more than 1000 in one row is a typo, reported and left out', (n, counts) => {
    const src = read('Events', [['ID', 'Date', 'Code', 'Count'], ['A1', '2026-11-02', 'A-ATT-6', n]]);
    expect(src.events.map((e) => e.count)).toEqual(counts);
    expect(src.issues.map((i) => [i.code, i.cell])).toEqual(n > 1000 ? [['count-too-large', 'Events!D2']] : []);
  });
});

describe('issues name the column as the workbook writes it', () => {
  it('a missing punch and an unknown event code, in sheet order', () => {
    const r = runReport({ timeZone: 'UTC', sheets: [
      { name: 'Roster', values: roster },
      { name: 'Attendance', values: [['ID', 'Date', 'CLOCK IN', 'Clock Out'], ['A1', '2026-11-02', '09:00', null]] },
      { name: 'Events', values: [['ID', 'Date', 'code'], ['A1', '2026-11-02', 'X-9']] },
    ] }, { month: '2026-11', policy: outboundCenter });
    expect(r.issues.map((i) => [i.code, i.column, i.cell])).toEqual([
      ['missing-punch', 'Clock Out', 'Attendance!D2'], ['unknown-event-code', 'code', 'Events!C2'], ['no-call-data', null, null]]);
  });
});
