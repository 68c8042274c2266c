// The tab writer: constant call count in rows, text stays text, links and chart, and an all-or-nothing swap-in.
import { afterEach, describe, expect, it } from 'vitest';
import type { TabSpec } from '../../src/engine/report/tabs.js';
import { TEMP_KEY } from '../../src/gas/swap.js';
import { TEMP_PREFIX, writeTabs } from '../../src/gas/write.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function setup(sheets = [{ name: 'Attendance', values: [['ID', 'Date'], ['A001', '2026-10-03']] }]): Fake {
  const fake = fakeSpreadsheet({ sheets });
  restore = fake.install();
  return fake;
}

function payoutTab(n: number, name = 'Payout 2026-10'): TabSpec {
  const rows = Array.from({ length: n }, (_, i) => [`A${String(i + 1).padStart(3, '0')}`, `Agent ${i + 1}`, 3927.5, i % 2 === 0 ? 'warning' : null]);
  return {
    name, role: 'payout', header: ['ID', 'Name', 'Payout', 'Flags'], rows,
    columns: [{ kind: 'text' }, { kind: 'text' }, { kind: 'money' }, { kind: 'flags' }], highlightRows: [0], note: 'outbound-center v1 · 2026-10',
  };
}

function detailsTab(n: number): TabSpec {
  const rows = Array.from({ length: n }, (_, i) => [`A${i}`, 'A-ATT-1', -7, `Attendance!C${i + 2}`]);
  return {
    name: 'Details 2026-10', role: 'details', header: ['ID', 'Rule', 'Amount', 'Source'], rows,
    columns: [{ kind: 'text' }, { kind: 'text' }, { kind: 'money' }, { kind: 'text' }],
    links: rows.map((r) => r[3] as string), linkColumn: 3,
  };
}

function rankingTab(n: number): TabSpec {
  const rows = Array.from({ length: n }, (_, i) => [i + 1, `A${i}`, `Agent ${i}`, 'T1', 'successes', 2000 - i]);
  return {
    name: 'Ranking 2026-10', role: 'ranking', header: ['Rank', 'ID', 'Name', 'Team', 'Metric', 'Value'], rows,
    columns: [{ kind: 'int' }, { kind: 'text' }, { kind: 'text' }, { kind: 'text' }, { kind: 'text' }, { kind: 'number' }],
  };
}

const month = (n: number) => [payoutTab(n), rankingTab(n), detailsTab(n)];

describe('writeTabs call count', () => {
  // Row builders are in-memory values, not document calls; growing or shrinking rows is one resize either way.
  const RESIZE: Record<string, string> = { 'Sheet.deleteRows': 'Sheet.resizeRows', 'Sheet.insertRowsAfter': 'Sheet.resizeRows' };
  const withoutBuilders = (calls: Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const [k, v] of Object.entries(calls)) {
      if (k.startsWith('RichTextValueBuilder.')) continue;
      out[RESIZE[k] ?? k] = (out[RESIZE[k] ?? k] ?? 0) + v;
    }
    return out;
  };

  it('is the same for 10 rows and 1,000 rows per tab, per method', () => {
    const small = setup();
    writeTabs(small.spreadsheet as never, month(10));
    const big = setup();
    writeTabs(big.spreadsheet as never, month(1000));
    expect(big.documentCalls()).toBe(small.documentCalls());
    expect(withoutBuilders(big.calls)).toEqual(withoutBuilders(small.calls));
    expect(big.calls['Range.setValues']).toBe(3);
    expect(big.calls['Range.setRichTextValues']).toBe(1);
    expect(big.raw._sheet('Details 2026-10')!._values().length).toBe(1001);
  });

  it('builds link cells in memory with 3 builder calls per linked row and no document call', () => {
    const fake = setup();
    writeTabs(fake.spreadsheet as never, [detailsTab(1000)]);
    expect(fake.calls['SpreadsheetApp.newRichTextValue']).toBe(1);
    expect(fake.calls['RichTextValueBuilder.setText'] + fake.calls['RichTextValueBuilder.setLinkUrl'] + fake.calls['RichTextValueBuilder.build']).toBe(3000);
  });
});

describe('writeTabs content', () => {
  it('keeps a formula-looking name, a leading-zero ID and +/-/@ text as text', () => {
    const fake = setup();
    const tab = payoutTab(1);
    tab.rows = [['007', '=HYPERLINK("http://x","y")', 1, '+1'], ['-5', '@me', 2, null]];
    writeTabs(fake.spreadsheet as never, [tab]);
    const sheet = fake.raw._sheet('Payout 2026-10')!;
    expect(sheet._values()).toEqual([
      ['ID', 'Name', 'Payout', 'Flags'],
      ['007', '=HYPERLINK("http://x","y")', 1, '+1'],
      ['-5', '@me', 2, ''],
    ]);
    expect(sheet._self().getRange(1, 1, 3, 4).getFormulas().flat().every((f) => f === '')).toBe(true);
  });

  it('freezes and bolds the header, formats money, highlights flagged rows and notes the policy', () => {
    const fake = setup();
    writeTabs(fake.spreadsheet as never, [payoutTab(2)]);
    const sheet = fake.raw._sheet('Payout 2026-10')!._self();
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange(1, 1, 1, 4).getFontWeights()).toEqual([['bold', 'bold', 'bold', 'bold']]);
    expect(sheet.getRange(2, 1, 1, 4).getNumberFormats()).toEqual([['@', '@', '#,##0.00', '@']]);
    expect(sheet.getRange(2, 1, 2, 1).getBackgrounds()).toEqual([['#fce8b2'], ['#ffffff']]);
    expect(sheet.getRange(1, 1).getNote()).toBe('outbound-center v1 · 2026-10');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([3, 4]);
  });

  it('links each Details source cell to its sheet by gid, as rich text not a formula', () => {
    const fake = setup();
    writeTabs(fake.spreadsheet as never, [detailsTab(2)]);
    const gid = fake.raw._sheet('Attendance')!._id;
    const links = fake.raw._sheet('Details 2026-10')!._self().getRange(2, 4, 2, 1).getRichTextValues();
    expect(links.map(([v]) => [v!.getText(), v!.getLinkUrl()])).toEqual([
      ['Attendance!C2', `#gid=${gid}&range=C2`],
      ['Attendance!C3', `#gid=${gid}&range=C3`],
    ]);
  });

  it('puts a bar chart of the top 10 names and values beside the Ranking tab', () => {
    const fake = setup();
    writeTabs(fake.spreadsheet as never, [rankingTab(12)]);
    const [chart] = fake.raw._sheet('Ranking 2026-10')!._charts;
    expect(chart.type).toBe('BAR');
    expect(chart.ranges.map((r) => r.getA1Notation())).toEqual(['C1:C11', 'F1:F11']);
    expect(chart.ranges[1].getValues()[10]).toEqual([1991]);
  });
});

describe('writeTabs swap-in', () => {
  const oldValues = [['old payout'], ['kept']];
  const seeded = () => setup([
    { name: 'Attendance', values: [['ID']] },
    { name: 'Payout 2026-10', values: oldValues },
    { name: 'Ranking 2026-10', values: [['old ranking']] },
  ]);

  it.each([
    ['the second tab fails while writing values', { nth: 2, method: 'Range.setValues' }],
    ['the third temp sheet cannot be inserted', { nth: 3, method: 'Spreadsheet.insertSheet' }],
    ['the chart cannot be inserted', { nth: 1, method: 'Sheet.insertChart' }],
  ])('leaves the old tabs untouched and no temp sheet behind when %s', (_case, plan) => {
    const fake = seeded();
    fake.failAt(plan);
    expect(() => writeTabs(fake.spreadsheet as never, month(5))).toThrow('injected');
    expect(fake.raw._names()).toEqual(['Attendance', 'Payout 2026-10', 'Ranking 2026-10']);
    expect(fake.raw._sheet('Payout 2026-10')!._values()).toEqual(oldValues);
  });

  it('finishes the swap forward when a rename fails once the old tabs are being moved aside', () => {
    const fake = seeded();
    fake.failAt({ nth: 4, method: 'Sheet.setName' });
    writeTabs(fake.spreadsheet as never, month(5));
    expect(fake.raw._names()).toEqual(['Attendance', 'Payout 2026-10', 'Ranking 2026-10', 'Details 2026-10']);
    expect(fake.raw._sheet('Payout 2026-10')!._values()[1]).toEqual(['A001', 'Agent 1', 3927.5, 'warning']);
  });

  it('replaces the old tabs, retires the other language, and leaves a user sheet named like a temp sheet alone', () => {
    const fake = setup([
      { name: 'Attendance', values: [['ID']] },
      { name: 'Payout 2026-10', values: oldValues },
      { name: '薪酬 2026-10', values: [['旧']] },
      { name: `${TEMP_PREFIX}abc 1`, values: [['my own notes']] },
    ]);
    const names = writeTabs(fake.spreadsheet as never, [payoutTab(1)], { retire: ['薪酬 2026-10'] });
    expect(names).toEqual(['Payout 2026-10']);
    expect(fake.raw._names()).toEqual(['Attendance', `${TEMP_PREFIX}abc 1`, 'Payout 2026-10']);
    expect(fake.raw._sheet(`${TEMP_PREFIX}abc 1`)!._values()).toEqual([['my own notes']]);
    expect(fake.raw._sheet('Payout 2026-10')!._values()[1]).toEqual(['A001', 'Agent 1', 3927.5, 'warning']);
  });

  it('deletes a temp sheet a killed run left behind, known by its mark, not by its name', () => {
    const fake = setup([{ name: 'Attendance', values: [['ID']] }]);
    fake.raw.insertSheet('leftover', 1).addDeveloperMetadata(TEMP_KEY, 'old-job').setName(`${TEMP_PREFIX}old-job 1`);
    writeTabs(fake.spreadsheet as never, [payoutTab(1)]);
    expect(fake.raw._names()).toEqual(['Attendance', 'Payout 2026-10']);
  });
});

describe('writeTabs renders every TabSpec field', () => {
  function styledTab(n: number): TabSpec {
    const rows = Array.from({ length: n }, (_, i) => [`A${i}`, `Agent ${i}`, 1000 + i]);
    return {
      name: 'Payout 2026-10', role: 'payout', header: ['ID', 'Name', 'Payout'], rows: [...rows, ['', 'Total', 99]],
      columns: [{ kind: 'text', width: 8 }, { kind: 'text', width: 20 }, { kind: 'money', format: '#,##0.00 "元"' }],
      rowStyles: [...rows.map((_, i) => (i === 0 ? 'action' as const : null)), 'total' as const],
      filter: true, frozenColumns: 2, note: 'v1', print: { landscape: true, fitToWidth: true, repeatHeader: true },
    };
  }

  it('formats, widths, row fills, bold totals, filter, frozen header and columns, note', () => {
    const fake = setup();
    writeTabs(fake.spreadsheet as never, [styledTab(2)]);
    const sheet = fake.raw._sheet('Payout 2026-10')!;
    const s = sheet._self();
    expect(s.getRange(2, 1, 1, 3).getNumberFormats()).toEqual([['@', '@', '#,##0.00 "元"']]);
    // width in characters × 7 px + 12 px padding
    expect([1, 2, 3].map((c) => s.getColumnWidth(c))).toEqual([68, 152, 100]);
    expect(s.getRange(2, 1, 3, 1).getBackgrounds()).toEqual([['#f8d7da'], ['#ffffff'], ['#d9e1f2']]);
    expect(s.getRange(1, 1, 4, 1).getFontWeights()).toEqual([['bold'], ['normal'], ['normal'], ['bold']]);
    expect(sheet._filter!.getRange().getA1Notation()).toBe('A1:C4');
    expect([s.getFrozenRows(), s.getFrozenColumns()]).toEqual([1, 2]);
    expect(s.getRange(1, 1).getNote()).toBe('v1');
  });

  it('in calls that do not grow with rows (10 vs 1,000)', () => {
    const small = setup();
    writeTabs(small.spreadsheet as never, [styledTab(10)]);
    const big = setup();
    writeTabs(big.spreadsheet as never, [styledTab(1000)]);
    // 11 rows shrink the new 1000-row sheet, 1,001 grow it: one resize call either way.
    const resize = (calls: Record<string, number>) => {
      const { 'Sheet.deleteRows': d = 0, 'Sheet.insertRowsAfter': i = 0, ...rest } = calls;
      return { ...rest, resizeRows: d + i };
    };
    expect(resize(big.calls)).toEqual(resize(small.calls));
    expect(big.calls['Range.setBackgrounds']).toBe(1);
    expect(big.calls['Range.setFontWeights']).toBe(1);
    expect(big.calls['Range.createFilter']).toBe(1);
  });
});
