// Bad-input corpus, cells: each spoilt cell of a clean workbook gives exactly this issue code, at this cell, this severity.
import { describe, expect, it } from 'vitest';
import { NO_CACHED_VALUE } from '../../src/engine/read/cells.js';
import { all, brief, outbound, runBook, serviceKpi, set, utc, type Spoil } from './book.js';

const F = NO_CACHED_VALUE;
const E = 'error';
const W = 'warning';

/** [case, spoil, code, cell, severity] on the outbound-center base (October 2026). */
const OUTBOUND: [string, Spoil, string, string, string][] = [
  // Time of day (Attendance!C2 clock-in, D2 clock-out)
  ['clock-in typed as the number 9.07', set('Attendance!C2', 9.07), 'number-as-time', 'Attendance!C2', E],
  ['clock-in typed as 907', set('Attendance!C2', 907), 'number-as-time', 'Attendance!C2', E],
  ['clock-in typed as 9 (hours)', set('Attendance!C2', 9), 'number-as-time', 'Attendance!C2', E],
  ['clock-in 9.5 (half past or 09:50?)', set('Attendance!C2', 9.5), 'number-as-time', 'Attendance!C2', E],
  ['clock-out typed as 18.3', set('Attendance!D2', 18.3), 'number-as-time', 'Attendance!D2', E],
  ['clock-in a date without time', set('Attendance!C2', utc('2026-10-08')), 'date-as-time', 'Attendance!C2', E],
  ['clock-in a whole date serial', set('Attendance!C2', 46303), 'date-as-time', 'Attendance!C2', E],
  ['clock-in 25:07', set('Attendance!C2', '25:07'), 'bad-time', 'Attendance!C2', E],
  ['clock-in 9:61', set('Attendance!C2', '9:61'), 'bad-time', 'Attendance!C2', E],
  ['clock-in text "late"', set('Attendance!C2', 'late'), 'bad-time', 'Attendance!C2', E],
  ['clock-in negative number', set('Attendance!C2', -0.2), 'bad-time', 'Attendance!C2', E],
  ['clock-in NaN', set('Attendance!C2', Number.NaN), 'bad-time', 'Attendance!C2', E],
  ['clock-in Infinity', set('Attendance!C2', Number.POSITIVE_INFINITY), 'bad-time', 'Attendance!C2', E],
  ['clock-in TRUE', set('Attendance!C2', true), 'bad-time', 'Attendance!C2', E],
  ['clock-in an invalid Date', set('Attendance!C2', new Date(Number.NaN)), 'bad-time', 'Attendance!C2', E],
  ['clock-in 13:00 pm', set('Attendance!C2', '13:00 pm'), 'bad-time', 'Attendance!C2', E],
  ['clock-in a formula without a cached value', set('Attendance!C2', F), 'formula-no-value', 'Attendance!C2', E],
  ['clock-out a formula without a cached value', set('Attendance!D3', F), 'formula-no-value', 'Attendance!D3', E],
  ['clock-in =HYPERLINK(...) text', set('Attendance!C2', '=HYPERLINK("http://x","09:00")'), 'bad-time', 'Attendance!C2', E],
  ['clock-in with a terminal escape', set('Attendance!C2', '\u001b[2J09:00'), 'bad-time', 'Attendance!C2', E],
  ['clock-out before clock-in', set('Attendance!D2', '08:00'), 'clock-out-before-in', 'Attendance!D2', E],
  ['clock-out one minute before clock-in', all(set('Attendance!C3', '09:00'), set('Attendance!D3', '08:59')), 'clock-out-before-in', 'Attendance!D3', E],
  ['noon-less day missing the clock-out', set('Attendance!D2', null), 'missing-punch', 'Attendance!D2', W],
  // Dates (Attendance!B2, Calls!B2, Events!B2)
  ['attendance date "yesterday"', set('Attendance!B2', 'yesterday'), 'bad-date', 'Attendance!B2', E],
  ['attendance date 2026-13-01', set('Attendance!B2', '2026-13-01'), 'bad-date', 'Attendance!B2', E],
  ['attendance date 2026-02-30', set('Attendance!B2', '2026-02-30'), 'bad-date', 'Attendance!B2', E],
  ['attendance date the small number 5 (1900-01-04)', set('Attendance!B2', 5), 'serial-date', 'Attendance!B2', E],
  ['attendance date a time cell (1899-12-30 09:00)', set('Attendance!B2', new Date(Date.UTC(1899, 11, 30, 9))), 'serial-date', 'Attendance!B2', E],
  ['attendance date 1e308', set('Attendance!B2', 1e308), 'bad-date', 'Attendance!B2', E],
  ['attendance date blank with an ID', set('Attendance!B2', null), 'missing-value', 'Attendance!B2', E],
  ['attendance date a formula without a value', set('Attendance!B2', F), 'formula-no-value', 'Attendance!B2', E],
  ['attendance date in 2300', set('Attendance!B2', '2300-01-01'), 'bad-date', 'Attendance!B2', E],
  ['calls date the number 12', set('Calls!B2', 12), 'serial-date', 'Calls!B2', E],
  ['calls date text "Oct 8"', set('Calls!B2', 'Oct 8'), 'bad-date', 'Calls!B2', E],
  ['calls date a formula without a value', set('Calls!B2', F), 'formula-no-value', 'Calls!B2', E],
  ['events date "soon"', set('Events!B2', 'soon'), 'bad-date', 'Events!B2', E],
  ['events date the number 3', set('Events!B2', 3), 'serial-date', 'Events!B2', E],
  // IDs
  ['attendance ID blank with a date', set('Attendance!A2', null), 'missing-value', 'Attendance!A2', E],
  ['attendance ID negative', set('Attendance!A2', -5), 'bad-id', 'Attendance!A2', E],
  ['attendance ID a fraction', set('Attendance!A2', 1.5), 'bad-id', 'Attendance!A2', E],
  ['attendance ID TRUE', set('Attendance!A2', true), 'bad-id', 'Attendance!A2', E],
  ['attendance ID a formula without a value', set('Attendance!A2', F), 'formula-no-value', 'Attendance!A2', E],
  ['attendance ID not in the Roster', set('Attendance!A2', 'ZZ9'), 'unknown-id', 'Attendance!A2', E],
  ['calls ID not in the Roster', set('Calls!A3', 'B7'), 'unknown-id', 'Calls!A3', E],
  ['events ID not in the Roster', set('Events!A2', 'Q1'), 'unknown-id', 'Events!A2', E],
  ['calls ID =HYPERLINK(...) stays data', set('Calls!A2', '=HYPERLINK("http://evil","A1")'), 'unknown-id', 'Calls!A2', E],
  ['attendance ID "+1"', set('Attendance!A2', '+1'), 'unknown-id', 'Attendance!A2', E],
  ['attendance ID "@x"', set('Attendance!A2', '@x'), 'unknown-id', 'Attendance!A2', E],
  ['attendance repeated agent-day', set('Attendance!A3', 'A1'), 'duplicate-day', 'Attendance!B3', E],
  // Counts (Calls!C dials, D connected, E successes, F talk minutes)
  ['successes 1e308', set('Calls!E2', 1e308), 'implausible-count', 'Calls!E2', E],
  ['successes 10,001 in one row', set('Calls!E2', 10001), 'implausible-count', 'Calls!E2', E],
  ['dials 20000 in one row', set('Calls!C2', 20000), 'implausible-count', 'Calls!C2', E],
  ['connected "50,000"', set('Calls!D2', '50,000'), 'implausible-count', 'Calls!D2', E],
  ['talk minutes 2000 in a day', set('Calls!F2', 2000), 'implausible-count', 'Calls!F2', E],
  ['successes -1', set('Calls!E2', -1), 'bad-count', 'Calls!E2', E],
  ['successes 2.5', set('Calls!E2', 2.5), 'bad-count', 'Calls!E2', E],
  ['successes "many"', set('Calls!E2', 'many'), 'bad-count', 'Calls!E2', E],
  ['successes Infinity', set('Calls!E2', Number.POSITIVE_INFINITY), 'bad-count', 'Calls!E2', E],
  ['successes NaN', set('Calls!E2', Number.NaN), 'bad-count', 'Calls!E2', E],
  ['successes "@x"', set('Calls!E2', '@x'), 'bad-count', 'Calls!E2', E],
  ['successes =SUM(...) text', set('Calls!E2', '=SUM(A1:A9)'), 'bad-count', 'Calls!E2', E],
  ['successes a formula without a value', set('Calls!E2', F), 'formula-no-value', 'Calls!E2', E],
  ['dials TRUE', set('Calls!C2', true), 'bad-count', 'Calls!C2', E],
  ['talk minutes -3', set('Calls!F2', -3), 'bad-number', 'Calls!F2', E],
  ['connected above the dials of the agent-day', set('Calls!D2', 130), 'connected-over-dials', 'Calls!D2', W],
  ['successes above the connected of the agent-day', set('Calls!E3', 101), 'successes-over-connected', 'Calls!E3', W],
  ['events count 1001', set('Events!D2', 1001), 'count-too-large', 'Events!D2', E],
  ['events count "two"', set('Events!D2', 'two'), 'bad-count', 'Events!D2', E],
  ['events code not in the catalogue', set('Events!C2', 'X-99'), 'unknown-event-code', 'Events!C2', E],
  ['events code =1+1 stays data', set('Events!C2', '=1+1'), 'unknown-event-code', 'Events!C2', E],
  ['events code blank', set('Events!C2', null), 'missing-value', 'Events!C2', E],
  // Leave
  ['leave type "vacation"', set('Attendance!E2', 'vacation'), 'bad-leave-type', 'Attendance!E2', E],
  ['leave days 2', all(set('Attendance!E2', 'sick'), set('Attendance!F2', 2)), 'bad-leave-days', 'Attendance!F2', E],
  ['leave days without a type', set('Attendance!F2', 1), 'orphan-leave-days', 'Attendance!F2', W],
  // Roster
  ['base salary negative', set('Roster!D2', -100), 'bad-money', 'Roster!D2', E],
  ['base salary "abc"', set('Roster!D2', 'abc'), 'bad-money', 'Roster!D2', E],
  ['base salary Infinity', set('Roster!D2', Number.POSITIVE_INFINITY), 'bad-money', 'Roster!D2', E],
  ['base salary 1e14', set('Roster!D2', 1e14), 'bad-money', 'Roster!D2', E],
  ['base salary a formula without a value', set('Roster!D2', F), 'formula-no-value', 'Roster!D2', E],
  ['level "boss"', set('Roster!F2', 'boss'), 'bad-level', 'Roster!F2', E],
  ['leader "maybe"', set('Roster!G2', 'maybe'), 'bad-bool', 'Roster!G2', E],
  ['hire date "soon"', set('Roster!E2', 'soon'), 'bad-date', 'Roster!E2', E],
  ['hire date the number 7', set('Roster!E2', 7), 'serial-date', 'Roster!E2', E],
  ['hire date after the agent worked', set('Roster!E2', utc('2026-11-15')), 'activity-before-hire', 'Roster!E2', E],
  ['hire date mid-month after the first worked day', set('Roster!E3', utc('2026-10-09')), 'activity-before-hire', 'Roster!E3', E],
  ['roster ID repeated', set('Roster!A3', 'A1'), 'duplicate-id', 'Roster!A3', E],
  ['roster name blank', set('Roster!B2', null), 'blank-name', 'Roster!B2', W],
  ['roster ID a fraction', set('Roster!A3', 2.5), 'bad-id', 'Roster!A3', E],
];

describe('bad cells of the outbound-center workbook', () => {
  it.each(OUTBOUND)('%s', (_case, spoil, code, cell, severity) => {
    const { report } = runBook(outbound, spoil);
    expect(report.issues.map(brief).map(([c, a, s]) => [c, a, s])).toContainEqual([code, cell, severity]);
    if (severity === E) expect(report.blocking).toBe(true);
  });
});

/** [case, spoil, code, cell, severity] on the service-kpi base. */
const KPI: [string, Spoil, string, string, string][] = [
  ['satisfaction 0.99 among percent points', set('KPI!N2', 0.99), 'percent-ambiguous', 'KPI!N2', W],
  ['KPI figure 1e308', set('KPI!C2', 1e308), 'implausible-number', 'KPI!C2', E],
  ['KPI figure "n/a"', set('KPI!C2', 'n/a'), 'bad-number', 'KPI!C2', E],
  ['KPI figure Infinity', set('KPI!D2', Number.POSITIVE_INFINITY), 'bad-number', 'KPI!D2', E],
  ['KPI figure a formula without a value', set('KPI!E2', F), 'formula-no-value', 'KPI!E2', E],
  ['KPI month "Oct"', set('KPI!B2', 'Oct'), 'bad-month', 'KPI!B2', E],
  ['KPI month repeated for an agent', all(set('KPI!A3', 'S1')), 'duplicate-month', 'KPI!B3', E],
  ['an agent with attendance but no KPI row', set('KPI!A3', null), 'missing-kpi-row', 'Roster!A3', E],
];

describe('bad cells of the service-kpi workbook', () => {
  it.each(KPI)('%s', (_case, spoil, code, cell, severity) => {
    const { report } = runBook(serviceKpi, spoil, '2026-10', 'service-kpi');
    expect(report.issues.map(brief).map(([c, a, s]) => [c, a, s])).toContainEqual([code, cell, severity]);
  });
});

describe('percentages have one meaning: percent points', () => {
  const satisfaction = (spoil: Spoil) => {
    const { report } = runBook(serviceKpi, spoil, '2026-10', 'service-kpi');
    // C-PEN-1: satisfaction under 80% is penalised; C-BON-2: satisfaction of 98% or more earns 300 元 (30000 fen).
    return report.employees.map((e) => [e.id, e.lines.some((l) => l.rule === 'C-PEN-1'), e.lines.some((l) => l.rule === 'C-BON-2' && l.amountFen === 30000)]);
  };
  it.each([
    ['"99%" text is 99: no C-PEN-1 penalty, the 98% award paid', set('KPI!N2', '99%')],
    ['99 is 99', set('KPI!N2', 99)],
    ['a column of fractions (formatted as %) is ×100', all(set('KPI!N2', 0.99), set('KPI!N3', 0.99))],
  ])('%s', (_case, spoil) => {
    expect(satisfaction(spoil)[0]).toEqual(['S1', false, true]);
  });
  it('"79%" is under 80: the C-PEN-1 penalty applies', () => {
    expect(satisfaction(set('KPI!N2', '79%'))[0]).toEqual(['S1', true, false]);
  });
});

describe('values that look like formulas or terminal escapes stay plain data', () => {
  it.each([
    ['=HYPERLINK("http://evil","x")'], ['+1'], ['@x'], ['-1+1'], ['\u001b[2J'], ['=cmd|\' /C calc\'!A0'], ['\u0007bell'],
  ])('a name %j is kept verbatim', (name) => {
    const { report } = runBook(outbound, set('Roster!B2', name));
    expect(report.employees.find((e) => e.id === 'A1')!.name).toBe(name);
    expect(report.issues).toEqual([]);
  });
  it('an issue keeps the raw value of the cell, escape included', () => {
    const { report } = runBook(outbound, set('Attendance!C2', '\u001b[31m9:00'));
    expect(report.issues.filter((i) => i.code === 'bad-time').map((i) => [i.cell, i.value])).toEqual([['Attendance!C2', '\u001b[31m9:00']]);
  });
});
