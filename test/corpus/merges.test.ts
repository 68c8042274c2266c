// Bad-input corpus, merged cells: a range merged over data rows reads as the sheet shows it, with one warning per sheet.
import { describe, expect, it } from 'vitest';
import { add, all, brief, merge, outbound, runBook, set, utc, type Spoil } from './book.js';
import type { SheetData } from '../../src/engine/types.js';

const W = 'warning';

/** outbound-center over two days: Attendance and Calls rows 2–3 are A1's (8 and 9 October), rows 4–5 A2's. */
function twoDays(): SheetData[] {
  const sheets = outbound();
  const att = sheets.find((s) => s.name === 'Attendance')!;
  att.values.splice(2, 0, ['A1', utc('2026-10-09'), '09:00', '18:00', null, null]);
  att.values.push(['A2', utc('2026-10-09'), '09:00', '18:00', null, null]);
  const calls = sheets.find((s) => s.name === 'Calls')!;
  calls.values.splice(2, 0, ['A1', utc('2026-10-09'), 80, 60, 20, 40]);
  calls.values.push(['A2', utc('2026-10-09'), 80, 60, 20, 40]);
  return sheets;
}

/** [case, spoil, issues as brief() gives them] on twoDays(). */
const CASES: [string, Spoil, [string, string | null, string, string][]][] = [
  ['no merge: the clean base', () => undefined, []],
  ['the ID merged down over an agent\'s two attendance rows', merge('Attendance!A2:A3'), [['merged-cells', 'Attendance!A2', W, 'Attendance']]],
  ['the date merged down over two agents\' call rows', all(set('Calls!B3', utc('2026-10-08')), set('Calls!B4', utc('2026-10-09')), set('Calls!B5', utc('2026-10-09')), merge('Calls!B4:B5')), [['merged-cells', 'Calls!B4', W, 'Calls']]],
  ['the team merged down in the Roster', merge('Roster!C2:C3'), [['merged-cells', 'Roster!C2', W, 'Roster']]],
  ['two ranges in one sheet: one warning', all(merge('Attendance!A2:A3'), merge('Attendance!C2:C3')), [['merged-cells', 'Attendance!A2', W, 'Attendance']]],
  ['a title row merged above the header is fine', (sheets) => {
    const roster = sheets.find((s) => s.name === 'Roster')!;
    roster.values.unshift(['October roster']);
    roster.merges = [{ top: 0, left: 0, bottom: 0, right: 6 }];
  }, []],
  ['a merge of blank cells changes nothing and says nothing', all(set('Attendance!E2', null), merge('Attendance!E2:E3')), []],
];

describe('merged cells in data rows', () => {
  it.each(CASES)('%s', (_case, spoil, issues) => {
    const { report } = runBook(twoDays, spoil);
    expect(report.issues.map(brief)).toEqual(issues);
    expect(report.blocking).toBe(false);
  });

  it('without the merge list the same sheet blocks: the blank ID is a missing value', () => {
    const { report } = runBook(twoDays, set('Attendance!A3', null));
    expect(report.issues.map(brief)).toContainEqual(['missing-value', 'Attendance!A3', 'error', 'Attendance']);
  });

  it('the merged ID is applied to each row: A1 is paid for both days, as if the ID were typed twice', () => {
    const typed = runBook(twoDays, () => undefined).report;
    const merged = runBook(twoDays, merge('Attendance!A2:A3')).report;
    expect(merged.employees.map((e) => [e.id, e.stats.daysWorked, e.payoutFen])).toEqual(typed.employees.map((e) => [e.id, e.stats.daysWorked, e.payoutFen]));
    expect(merged.employees.find((e) => e.id === 'A1')!.stats.daysWorked).toBe(2);
  });

  it('the warning names the ranges, the first five and a count, in both languages', () => {
    const sheet: SheetData = { name: 'Events', values: [['ID', 'Date', 'Code', 'Count', 'Note']] };
    for (let i = 0; i < 14; i++) sheet.values.push([i % 2 ? null : 'A1', i % 2 ? null : utc('2026-10-08'), 'A-BON-4', 1, null]);
    sheet.merges = Array.from({ length: 7 }, (_, k) => [{ top: 1 + 2 * k, left: 0, bottom: 2 + 2 * k, right: 0 },
      { top: 1 + 2 * k, left: 1, bottom: 2 + 2 * k, right: 1 }]).flat();
    const { report } = runBook(outbound, all((s) => s.filter((x) => x.name !== 'Events'), add(sheet)));
    const issue = report.issues.find((i) => i.code === 'merged-cells')!;
    expect([issue.cell, issue.row, issue.column, issue.value]).toEqual(['Events!A2', 2, 'ID', 'A2:A3']);
    expect(issue.message).toBe('Events row 2: 14 merged range(s) in the data (A2:A3, B2:B3, A4:A5, B4:B5, A6:A7 … (+9)), read as shown: the first value in every row; check, or unmerge and fill');
    expect(issue.messageZh).toBe('Events 第2行：数据区有 14 处合并单元格（A2:A3, B2:B3, A4:A5, B4:B5, A6:A7 … (+9)），已按显示把值用于每一行；请核对，或取消合并后逐行填写');
    // the 14 event rows are 14 events of A1 on 2026-10-08: each merged row carries the ID and the date
    expect(report.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  it('a range merged across columns gives its value to each column: 病假 over Clock in and Clock out is a bad time in both', () => {
    const { report } = runBook(twoDays, all(set('Attendance!C3', '病假'), merge('Attendance!C3:D3')));
    expect(report.issues.map(brief)).toEqual([
      ['merged-cells', 'Attendance!C3', W, 'Attendance'],
      ['bad-time', 'Attendance!C3', 'error', 'Attendance'],
      ['bad-time', 'Attendance!D3', 'error', 'Attendance'],
    ]);
  });

  it('the workbook given is not changed', () => {
    const sheets = twoDays();
    merge('Attendance!A2:A3')(sheets);
    const before = JSON.stringify(sheets);
    runBook(() => sheets, () => undefined);
    expect(JSON.stringify(sheets)).toBe(before);
  });
});
