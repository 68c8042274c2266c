// Old month tabs: listed with their cells, removed (optionally copied to a new spreadsheet first), sources untouched.
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../../src/gas/api.js';
import { monthTabOf } from '../../src/gas/month-tabs.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

let fake: Fake;
let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function setup(): void {
  fake = fakeSpreadsheet({
    sheets: [
      { name: 'Roster', values: [['ID']] },
      { name: 'Payout 2026-09', values: [['sept payout']] },
      { name: '明细 2026-09', values: [['九月明细']] },
      { name: 'Payout 2026-10', values: [['oct payout']] },
      { name: 'Payout 2026-10 (mine)', values: [['a user copy']] },
    ],
    locale: 'en_US',
  });
  restore = fake.install();
}

describe('monthTabOf', () => {
  it.each([
    ['Payout 2026-10', { role: 'payout', month: '2026-10' }],
    ['明细 2026-09', { role: 'details', month: '2026-09' }],
    ['Issues 2026-13', null],
    ['Payout 2026-10 (mine)', null],
    ['Attendance 2026-10', null],
  ])('%s', (name, expected) => {
    expect(monthTabOf(name)).toEqual(expected);
  });
});

describe('listMonthTabs', () => {
  it('lists generated tabs by month, newest first, with cells against the limit', () => {
    setup();
    expect(api.listMonthTabs()).toEqual({
      months: [
        { month: '2026-10', tabs: [{ name: 'Payout 2026-10', role: 'payout', cells: 26_000 }], cells: 26_000 },
        { month: '2026-09', tabs: [{ name: 'Payout 2026-09', role: 'payout', cells: 26_000 }, { name: '明细 2026-09', role: 'details', cells: 26_000 }], cells: 52_000 },
      ],
      cells: 5 * 26_000,
      limit: 10_000_000,
    });
  });
});

describe('removeMonthTabs', () => {
  it('removes the month’s generated tabs and nothing else', () => {
    setup();
    expect(api.removeMonthTabs(['2026-09'])).toEqual({ removed: ['Payout 2026-09', '明细 2026-09'], archive: null });
    expect(fake.raw._names()).toEqual(['Roster', 'Payout 2026-10', 'Payout 2026-10 (mine)']);
  });

  it('with archive, copies them into a new spreadsheet under their own names first', () => {
    setup();
    const result = api.removeMonthTabs(['2026-09', '2026-10'], true);
    expect(result.removed).toEqual(['Payout 2026-09', '明细 2026-09', 'Payout 2026-10']);
    expect(result.archive).toEqual({ name: 'Callboard 2026-09, 2026-10', url: 'https://docs.google.com/spreadsheets/d/fake-created-id/edit' });
    const [archive] = fake.created;
    expect(archive._names()).toEqual(['Payout 2026-09', '明细 2026-09', 'Payout 2026-10']);
    expect(archive._sheet('明细 2026-09')!._values()).toEqual([['九月明细']]);
    expect(fake.raw._names()).toEqual(['Roster', 'Payout 2026-10 (mine)']);
  });

  it.each([[[]], [['2026-13']], ['2026-09'], [[202609]]])('refuses %j as the months', (months) => {
    setup();
    expect(() => api.removeMonthTabs(months as never)).toThrow('The months must be a list of YYYY-MM months.');
    expect(fake.raw._names()).toHaveLength(5);
  });
});

describe('removeMonthTabs with archive, unauthorised to create a spreadsheet', () => {
  it('says so and removes nothing', () => {
    setup();
    fake.failAt({ nth: 1, method: 'SpreadsheetApp.create', message: 'Exception: You do not have permission to call SpreadsheetApp.create.' });
    expect(() => api.removeMonthTabs(['2026-09'], true)).toThrow('The archive spreadsheet could not be created');
    expect(fake.raw._names()).toHaveLength(5);
  });
});
