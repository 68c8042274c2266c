// Every call of the write path failing, and the execution killed between any two calls: after the next run the
// previous tabs or the new ones are complete, never neither, never a mix; no temp sheet is left; a user's
// look-alike temp sheet survives.
import { afterEach, describe, expect, it } from 'vitest';
import { api } from '../../src/gas/api.js';
import { JOURNAL_KEY } from '../../src/gas/journal.js';
import { TEMP_PREFIX } from '../../src/gas/swap.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

const at = (iso: string) => new Date(`${iso}T01:00:00Z`);
const USER_TEMP = `${TEMP_PREFIX}my notes`;
const MONTH_TABS = ['Payout 2026-10', 'Ranking 2026-10', 'Details 2026-10'];
const OLD: Record<string, unknown[][]> = {
  'Payout 2026-10': [['old payout']], 'Ranking 2026-10': [['old ranking']], 'Details 2026-10': [['old details']], 'Issues 2026-10': [['old issues']],
};
const sheets = () => [
  { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary'], ['A001', 'Wang', 'T1', 3000], ['A002', 'Li', 'T1', 3000]] },
  { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'], ['A001', at('2026-10-08'), '09:00', '18:00'], ['A002', at('2026-10-08'), '09:07', '18:00']] },
  { name: 'Calls', values: [['ID', 'Date', 'Dials', 'Connected', 'Successes'], ['A001', at('2026-10-08'), 120, 100, 50], ['A002', at('2026-10-08'), 100, 90, 40]] },
  ...Object.entries(OLD).map(([name, values]) => ({ name, values: values as never })),
  { name: USER_TEMP, values: [['mine']] },
];

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function setup(): Fake {
  restore?.();
  const fake = fakeSpreadsheet({ sheets: sheets(), locale: 'en_US' });
  restore = fake.install();
  return fake;
}

/** A clean run: the new tabs' values, and how many calls generating made. */
const clean = (() => {
  const fake = fakeSpreadsheet({ sheets: sheets(), locale: 'en_US' });
  const undo = fake.install();
  try {
    const before = fake.log.total;
    api.generateReport('2026-10');
    const grids = Object.fromEntries(MONTH_TABS.map((n) => [n, fake.raw._sheet(n)!._values()]));
    return { grids, calls: fake.log.total - before };
  } finally {
    undo();
  }
})();

/** Which state each month tab is in: 'old', 'new' (values and frozen header complete) or 'broken'/'missing'. */
function tabStates(fake: Fake): string[] {
  return MONTH_TABS.map((name) => {
    const sheet = fake.raw._sheet(name);
    if (!sheet) return 'missing';
    const values = sheet._values();
    if (JSON.stringify(values) === JSON.stringify(OLD[name])) return 'old';
    if (JSON.stringify(values) === JSON.stringify(clean.grids[name]) && sheet._frozenRows === 1) return 'new';
    return 'broken';
  });
}

function expectClean(fake: Fake): void {
  const states = tabStates(fake);
  expect(['old,old,old', 'new,new,new'], states.join(',')).toContain(states.join(','));
  expect(fake.raw._names().filter((n) => n.startsWith(TEMP_PREFIX))).toEqual([USER_TEMP]);
  expect(fake.raw._sheet(USER_TEMP)!._values()).toEqual([['mine']]);
  expect((fake.globals.PropertiesService as { getDocumentProperties(): { getProperty(k: string): string | null } })
    .getDocumentProperties().getProperty(JOURNAL_KEY)).toBeNull();
}

/** Makes A002's clock-in unreadable: the next run is blocked. */
function makeBlocking(fake: Fake): void {
  fake.raw._sheet('Attendance')!._cell(3, 3, true)!.value = '25:07';
}

const indexes = Array.from({ length: clean.calls }, (_, i) => i + 1);

describe('the write path under faults', () => {
  it('makes enough calls to be worth injecting into', () => {
    expect(clean.calls).toBeGreaterThan(100);
  });

  it.each(indexes)('call %i throws: the previous tabs or the new ones, and a blocked rerun keeps them', (n) => {
    const fake = setup();
    fake.failAt({ nth: n });
    try { api.generateReport('2026-10'); } catch { /* a fault reaches the user as text */ }
    expectClean(fake);
    fake.newExecution();
    makeBlocking(fake);
    expect(api.generateReport('2026-10').blocking).toBe(true);
    expectClean(fake);
  });

  it.each(indexes)('killed at call %i: a blocked rerun leaves the previous tabs or the new ones, complete', (n) => {
    const fake = setup();
    fake.failAt({ nth: n, kill: true });
    expect(() => api.generateReport('2026-10')).toThrow();
    fake.newExecution();
    makeBlocking(fake);
    const result = api.generateReport('2026-10');
    expect([result.blocking, result.summary]).toEqual([true, null]);
    expectClean(fake);
    expect(fake.raw._sheet('Issues 2026-10')!._values().length).toBeGreaterThan(1);
  });

  it.each(indexes)('killed at call %i: the next full run ends with every new tab in place', (n) => {
    const fake = setup();
    fake.failAt({ nth: n, kill: true });
    expect(() => api.generateReport('2026-10')).toThrow();
    fake.newExecution();
    api.generateReport('2026-10');
    expectClean(fake);
    expect(tabStates(fake)).toEqual(['new', 'new', 'new']);
  });
});
