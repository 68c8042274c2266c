// Menu commands: generate last month, insert layout and help answer in an alert; faults arrive as user text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { menuGenerateLastMonth, menuHelp, menuInsertExampleLayout, showSidebar } from '../../src/gas/menu.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

const at = (iso: string) => new Date(`${iso}T01:00:00Z`);
const SHEETS = [
  { name: 'Roster', values: [['ID', 'Name'], ['A001', 'Wang']] },
  { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'], ['A001', at('2026-10-08'), '09:00', '18:00']] },
  { name: 'Calls', values: [['ID', 'Date', 'Successes'], ['A001', at('2026-10-08'), 50]] },
];

let fake: Fake;
let restore: () => void;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-05T03:00:00Z'));
  fake = fakeSpreadsheet({ sheets: SHEETS, locale: 'en_US', userLocale: 'en_US' });
  restore = fake.install();
});
afterEach(() => {
  vi.useRealTimers();
  restore();
});

describe('menu commands', () => {
  it("generate last month's report writes October and says which tabs", () => {
    menuGenerateLastMonth();
    expect(fake.ui.alerts[0]).toMatch(/^Callboard\nWritten: Payout 2026-10, Ranking 2026-10, Details 2026-10/);
  });

  it('shows the busy message when another run holds the lock', () => {
    (fake.globals.LockService as { getDocumentLock(): { tryLock(ms: number): boolean } }).getDocumentLock().tryLock(0);
    menuGenerateLastMonth();
    expect(fake.ui.alerts).toEqual(['Callboard\n正在生成报表，请稍候再试。\nA report is already being generated. Please try again in a moment.']);
  });

  it('insert example layout lists the sheets it created, then that nothing was needed', () => {
    menuInsertExampleLayout();
    menuInsertExampleLayout();
    expect(fake.ui.alerts).toEqual(['Callboard\nCreated: Events, Calendar', 'Callboard\nEvery source sheet already exists; nothing was changed.']);
  });

  it('help answers in the user language', () => {
    const zh = fakeSpreadsheet({ userLocale: 'zh_CN' });
    const undo = zh.install();
    try {
      menuHelp();
      expect(zh.ui.alerts[0]).toMatch(/^Callboard\n1\. 在花名册/);
    } finally {
      undo();
    }
  });

  it('opens the sidebar titled Callboard', () => {
    showSidebar();
    expect(fake.ui.sidebars.map((s) => s.getTitle())).toEqual(['Callboard']);
  });
});
