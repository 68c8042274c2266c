// The 10-million-cell limit: a report that would not fit is refused with its figures before anything is written.
import { afterEach, describe, expect, it } from 'vitest';
import type { TabSpec } from '../../src/engine/report/tabs.js';
import { api } from '../../src/gas/api.js';
import { assertFits, cellBudget, CELL_LIMIT } from '../../src/gas/limits.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function setup(sheets: { name: string; values: (string | number)[][] }[]): Fake {
  const fake = fakeSpreadsheet({ sheets, locale: 'en_US' });
  restore = fake.install();
  return fake;
}

const tab = (rows: number, cols: number): TabSpec => ({
  name: 'Details 2026-10', role: 'details', header: Array.from({ length: cols }, (_, c) => `c${c}`),
  rows: Array.from({ length: rows }, () => Array<number>(cols).fill(1)), columns: [],
});

describe('cellBudget', () => {
  it.each([
    // one 1000 × 26 sheet = 26,000 cells; a tab of 9 rows × 4 columns = 10 × 4 = 40; an empty tab still takes 2 rows
    ['a small tab', 9, 4, { needed: 40, existing: 26_000, total: 26_040, limit: 10_000_000 }],
    ['a tab with no rows keeps a header and one blank row', 0, 3, { needed: 6, existing: 26_000, total: 26_006, limit: 10_000_000 }],
  ])('%s', (_case, rows, cols, figures) => {
    const fake = setup([{ name: 'Roster', values: [['ID']] }]);
    expect(cellBudget(fake.spreadsheet as never, [tab(rows, cols)])).toEqual(figures);
  });

  it.each([
    ['exactly at the limit fits', CELL_LIMIT - 26_000, true],
    ['one cell over is refused', CELL_LIMIT - 26_000 + 1, false],
  ])('%s', (_case, needed, fits) => {
    const fake = setup([{ name: 'Roster', values: [['ID']] }]);
    // needed = (rows + 1) × 1 column
    const run = () => assertFits(fake.spreadsheet as never, [tab(needed - 1, 1)]);
    if (fits) expect(run().total).toBe(CELL_LIMIT);
    else expect(run).toThrow(expect.objectContaining({ cause: { code: 'too-many-cells', params: { needed, existing: 26_000, total: CELL_LIMIT + 1, limit: CELL_LIMIT } } }));
  });
});

describe('startReport near the limit', () => {
  it('refuses with the figures in both languages and writes nothing', () => {
    const at = (iso: string) => new Date(`${iso}T01:00:00Z`);
    const fake = setup([
      { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary'], ['A001', 'Wang', 'T1', 3000]] },
      { name: 'Calls', values: [['ID', 'Date', 'Dials', 'Connected', 'Successes'], ['A001', at('2026-10-08') as never, 120, 100, 50]] },
    ]);
    // A huge sheet of the user's: with it the spreadsheet holds 2 × 26,000 + 382,693 × 26 cells, over the limit before any tab.
    fake.raw.insertSheet('Archive', 2)._maxRows = 382_693;
    const existing = 2 * 26_000 + 382_693 * 26;
    expect(existing).toBe(10_002_018);
    expect(() => api.startReport('2026-10')).toThrow(/^表格放不下这份报表：报表需要 [\d,]+ 个单元格，表格已有 10,002,018 个.*\nThe report does not fit: its tabs need [\d,]+ cells and the spreadsheet already has 10,002,018, [\d,]+ in all, over the Google Sheets limit of 10,000,000 cells/);
    expect(fake.raw._names()).toEqual(['Roster', 'Calls', 'Archive']);
  });
});
