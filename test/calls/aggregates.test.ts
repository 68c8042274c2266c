// Result rows of the call SQL into the engine's sources: Roster matching, cited cells, and the sheet reader's issues.
import { describe, expect, it } from 'vitest';
import { applyCallRecords, type CallRecordsMeta, type ResultRow } from '../../src/calls/aggregates.js';
import { mapCallColumns } from '../../src/calls/columns.js';
import { callRowsOf } from '../../src/engine/read/sources/call-store.js';
import type { Employee, Issue, SourceData } from '../../src/engine/types.js';

const employee = (id: string): Employee => ({ id, name: id, team: null, level: null, leader: false, hireDate: null, baseSalaryFen: null,
  performanceBaseFen: null, seniorityFen: null, row: 2, cells: {} });
const calledIssue = { sheet: 'Calls', row: 3, column: 'ID', value: '', code: 'missing-value', message: '', messageZh: '', severity: 'error', cell: 'Calls!A3' } as Issue;
const src = (): SourceData => ({ employees: [employee('A1')], attendance: [], calls: callRowsOf([]), events: [], calendar: null, kpi: [],
  issues: [calledIssue], language: 'en',
  sheetNames: { roster: 'Roster', attendance: null, calls: 'Calls', events: null, calendar: null, kpi: null } });

const { columns } = mapCallColumns(['Result', 'ID', 'Date']);
const files: CallRecordsMeta = { sources: [{ sheet: 'cdr-1', columns }, { sheet: 'cdr-2', columns }], positioned: true, name: 'cdr/*.csv',
  readAs: 'call-records', label: { en: 'call records', zh: '通话记录' } };
const day = (k: string, d: string, first: number, last: number, n: number, extra: ResultRow = {}): ResultRow =>
  ({ kind: 'day', k, d, n: String(n), untimed: '0', bad: '0', dials: String(n), connected: '1', successes: '1', talk_micro: '2500000',
    appointments: '0', opportunities: '0', payment_fen: '0', contacts: '0', invitations: '0', first_pos: String(first), last_pos: String(last), ...extra });

describe('applyCallRecords', () => {
  const out = applyCallRecords(src(), [
    day('A1', '2026-10-01', 2, 10_000_000_005, 3),
    day('Z9', '2026-10-01', 10_000_000_004, 10_000_000_004, 1),
    day('Z9', '2026-10-02', 7, 7, 2),
    { kind: 'bad', k: 'A1', d: '2026-10-01', field: 'date', first_pos: '9', value: ' ', n: '1' },
  ], files);

  it('keeps the Roster\'s people, with the first and last records as cells of their files (columns by header position, names quoted as A1 needs)', () => {
    const [d] = out.callAggregates!.days;
    expect([d.id, d.date, d.dials, d.talkMinutes, d.first.cells, d.last.cells]).toEqual(['A1', '2026-10-01', 3, 2.5,
      { id: "'cdr-1'!B2", date: "'cdr-1'!C2", result: "'cdr-1'!A2" }, { id: "'cdr-2'!B5", date: "'cdr-2'!C5", result: "'cdr-2'!A5" }]);
    expect(out.callAggregates!.days).toHaveLength(1);
    expect(out.calls.length).toBe(0);
  });

  it('an unmatched key is one issue at its first record (file order), counting all its records; the Calls tab\'s issues go', () => {
    expect(out.issues.map((i) => `${i.code} ${i.cell} ${i.value} | ${i.message}`)).toEqual([
      "missing-value 'cdr-1'!C9   | cdr-1 row 9 (ID A1): date is blank; the row is left out",
      `unknown-id 'cdr-1'!B7 Z9 | cdr-1 row 7: ID "Z9" is not in the Roster; 3 row(s) left out`,
    ]);
  });

  it('a table without row order cites the table for every cell and names no row', () => {
    const bq = applyCallRecords(src(), [day('Z9', '2026-10-01', 0, 0, 4)],
      { ...files, sources: [{ sheet: 'p.d.calls', columns }], positioned: false });
    expect(bq.issues.map((i) => [i.row, i.cell, i.value])).toEqual([[null, null, 'Z9']]);
  });
});
