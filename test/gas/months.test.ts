import { describe, expect, it } from 'vitest';
import { dataMonths, requireMonth } from '../../src/gas/months.js';
import type { CellValue } from '../../src/engine/types.js';

const sheet = (name: string, values: CellValue[][]) => ({ name, values });

describe('dataMonths: the months the sidebar offers', () => {
  it('reads dates as the engine does: a title row above the header, Calls and KPI months too, newest first', () => {
    const months = dataMonths({ timeZone: 'UTC', sheets: [
      sheet('Roster', [['ID', 'Name'], ['A1', 'Ann']]),
      sheet('考勤', [['十月考勤'], ['工号', '日期'], ['A1', '2026年10月8日']]),
      sheet('Calls', [['ID', 'Date', 'Dials'], ['A1', '2026/9/30', 5]]),
      sheet('KPI', [['ID', 'Month', 'Sales'], ['A1', '2026-08', 100]]),
    ] });
    expect(months).toEqual(['2026-10', '2026-09', '2026-08']);
  });
});

describe('requireMonth', () => {
  it.each([[' 2026-10 ', '2026-10']])('accepts %j', (input, month) => expect(requireMonth(input)).toBe(month));
  it.each([['2026-13'], ['October'], [202610]])('refuses %j with code bad-month', (input) => {
    expect(() => requireMonth(input)).toThrow(expect.objectContaining({ cause: { code: 'bad-month' } }));
  });
});
