// Each export layout, laid out as its system writes it (scripts/examples/imports), read and assessed under outbound-center:
// late and early minutes, absences, missing punches, dials, connected and successes per agent, worked out by hand
// in scripts/examples/imports/scenario.ts — and the same figures as the same week typed into the contract's sheets.
import { describe, expect, it } from 'vitest';
import { bookData, contractTwin, IMPORT_EXAMPLES } from '../../../scripts/examples/imports/index.js';
import { getPreset } from '../../../src/engine/presets/index.js';
import { runReport } from '../../../src/engine/report/report.js';
import type { Report, SourceInfo } from '../../../src/engine/types.js';
/** The sources read from export tabs (contract sheets are listed too, first). */
const exported = (list: readonly SourceInfo[] | undefined): SourceInfo[] =>
  (list ?? []).filter((s) => !['roster', 'attendance', 'calls', 'events', 'calendar', 'kpi', 'adjustments', 'none'].includes(s.readAs));


const policy = getPreset('outbound-center');
const run = (name: string): Report => runReport(bookData(IMPORT_EXAMPLES[name]()), { month: '2026-10', policy });
const twin = runReport(bookData(contractTwin()), { month: '2026-10', policy });

/** [id, rule, date, fen] of the attendance lines. */
const attLines = (r: Report) => r.employees.flatMap((e) => e.lines.filter((l) => l.rule.startsWith('A-ATT')).map((l) => [e.id, l.rule, l.date, l.amountFen]));
const stat = (r: Report, key: string) => Object.fromEntries(r.employees.map((e) => [e.id, e.stats[key]]));
const codes = (r: Report, code: string) => r.issues.filter((i) => i.code === code);

const ATTENDANCE_LINES = [
  ['A001', 'A-ATT-1', '2026-10-13', -700], // 09:07:12 is 7 minutes late; 09:07:40 a duplicate
  ['A002', 'A-ATT-1', '2026-10-12', -1000], // 17:50 is 10 minutes early
  ['A002', 'A-ATT-5', '2026-10-13', -10000], // 10:15 is 75 minutes late: an absence
  ['A002', 'A-ATT-5', '2026-10-14', -10000], // no punch, no leave
];

describe.each([
  ['dingtalk-raw', '原始记录', { rows: 28, punchesRead: 28, punchesAssigned: 27, duplicatesDropped: 1 }],
  ['dingtalk-daily', '每日统计', { rows: 16, punchesAssigned: 27, leaveDays: 1, restDays: 1 }],
  ['dingtalk-grid', '打卡时间', { rows: 3, punchesRead: 28, punchesAssigned: 27, duplicatesDropped: 1 }],
  ['wecom-daily', '概况统计与打卡明细', { rows: 15, punchesAssigned: 27, leaveDays: 1 }],
  ['feishu-monthly', '飞书考勤', { rows: 3, punchesAssigned: 27, leaveDays: 1 }],
  ['zkteco-raw', '原始打卡记录', { rows: 28, punchesRead: 28, punchesAssigned: 27, duplicatesDropped: 1 }],
  ['zkteco-usb', '刷卡记录', { rows: 3, punchesRead: 28, punchesAssigned: 27, duplicatesDropped: 1 }],
] as const)('%s', (name, tab, counts) => {
  const r = run(name);

  it('is recognised by its columns and shown with its rows, people and dates', () => {
    const { rows, ...rest } = counts;
    expect(exported(r.sources)).toEqual([expect.objectContaining({ sheet: tab, readAs: name, rows, people: 3, unmatched: 0, from: '2026-10-12', counts: rest })]);
  });

  it('fines 7 min late (A001), 10 min early (A002) and two absences (A002) — no more', () => {
    expect(attLines(r)).toEqual(ATTENDANCE_LINES);
    expect(stat(r, 'absences')).toEqual({ A001: 0, A002: 2, A003: 0 });
    expect(stat(r, 'daysWorked')).toEqual({ A001: 4, A002: 4, A003: 5 });
  });

  it('a forgotten clock-out is a missing punch on the export tab, not an early leave', () => {
    expect(codes(r, 'missing-punch').map((i) => [i.sheet, i.value, i.message.includes('2026-10-15')])).toEqual([[tab, '', true]]);
  });

  it('gives the same lines and figures as the week typed into the contract sheets', () => {
    expect(attLines(r)).toEqual(attLines(twin));
    expect(r.employees.map((e) => [e.id, e.finesFen, e.stats.absences, e.stats.daysWorked]))
      .toEqual(twin.employees.map((e) => [e.id, e.finesFen, e.stats.absences, e.stats.daysWorked]));
  });

  it('raises no blocking issue', () => {
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe.each([
  ['clink-outbound', { A001: 0, A002: 0, A003: 0 }, 1],
  ['vicidial-calls', { A001: 2, A002: 1, A003: 0 }, 0],
  ['7moor-cdr', { A001: 0, A002: 0, A003: 0 }, 1],
] as const)('%s', (name, successes, noSuccess) => {
  const r = run(name);

  it('counts dials and connected calls per agent (7 and 4 for A001, 3 and 1 for A002)', () => {
    expect(stat(r, 'dials')).toEqual({ A001: 7, A002: 3, A003: 0 });
    expect(stat(r, 'connected')).toEqual({ A001: 4, A002: 1, A003: 0 });
    expect(stat(r, 'dials')).toEqual(stat(twin, 'dials'));
    expect(stat(r, 'connected')).toEqual(stat(twin, 'connected'));
  });

  it('successes only where the export has them; otherwise one issue and success targets not assessed', () => {
    expect(stat(r, 'successes')).toEqual(successes);
    expect(codes(r, 'import-no-success')).toHaveLength(noSuccess);
    const targetLines = r.employees.flatMap((e) => e.lines.filter((l) => l.rule.startsWith('A-TGT')));
    if (noSuccess) expect(targetLines).toEqual([]);
    else expect(targetLines.length).toBeGreaterThan(0);
  });
});

it('VICIdial gives the contract twin\'s successes (SALE) and daily-target misses', () => {
  const r = run('vicidial-calls');
  expect(stat(r, 'successes')).toEqual(stat(twin, 'successes'));
  // A-TGT-2: each day with dials misses 45 successes / 100 connected: A001 on 10-12 and 10-13, A002 on 10-12 and 10-15.
  expect(r.employees.flatMap((e) => e.lines.filter((l) => l.rule === 'A-TGT-2').map((l) => [e.id, l.date, l.points])))
    .toEqual([['A001', '2026-10-12', -2], ['A001', '2026-10-13', -2], ['A002', '2026-10-12', -2], ['A002', '2026-10-15', -2]]);
});

it('7moor leaves inbound calls out', () => {
  expect(exported(run('7moor-cdr').sources)[0].counts).toEqual({ statusesMapped: 5, dials: 10, connected: 5, inboundSkipped: 1 });
});

it('the Policy sheet\'s call statuses are used: NI made a success gives A001 3 successes', () => {
  const edited = { ...policy, callStatuses: (policy.callStatuses ?? []).map((v) => (v.export === 'vicidial-calls' ? { ...v, success: ['SALE', 'NI'] } : v)) };
  const r = runReport(bookData(IMPORT_EXAMPLES['vicidial-calls']()), { month: '2026-10', policy: edited });
  expect(stat(r, 'successes')).toEqual({ A001: 3, A002: 1, A003: 0 });
});

describe('the same exports saved as .csv (every cell text, as the files helper hands them over)', () => {
  const asText = (name: string) => {
    const wb = bookData(IMPORT_EXAMPLES[name]());
    const text = (v: unknown) => (v === null ? null : v instanceof Date
      ? (v.getUTCFullYear() === 1899 ? v.toISOString().slice(11, 16) : v.toISOString().slice(0, 10)) : String(v));
    return { ...wb, sheets: wb.sheets.map((s) => ({ ...s, values: s.values.map((r) => r.map(text)) })) };
  };
  it.each(['dingtalk-raw', 'dingtalk-daily', 'dingtalk-grid', 'wecom-daily', 'feishu-monthly', 'zkteco-raw', 'zkteco-usb'])('%s gives the same lines', (name) => {
    expect(attLines(runReport(asText(name), { month: '2026-10', policy }))).toEqual(ATTENDANCE_LINES);
  });
  it.each(['clink-outbound', 'vicidial-calls', '7moor-cdr'])('%s gives the same dials and connected calls', (name) => {
    const r = runReport(asText(name), { month: '2026-10', policy });
    expect([stat(r, 'dials'), stat(r, 'connected')]).toEqual([{ A001: 7, A002: 3, A003: 0 }, { A001: 4, A002: 1, A003: 0 }]);
  });
});
