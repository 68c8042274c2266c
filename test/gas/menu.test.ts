// Menu commands: generate last month, insert layout and help answer in an alert; faults arrive as user text.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { policySheetLayout } from '../../src/engine/read/policy-sheet/index.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { menuGenerateLastMonth, menuHelp, menuInsertExampleLayout, menuInsertPolicySheet, showSidebar } from '../../src/gas/menu.js';
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

  it('insert policy sheet writes the default preset, then says one exists instead of replacing it', () => {
    menuInsertPolicySheet();
    const written = fake.raw._sheet('Policy')!._values();
    menuInsertPolicySheet();
    expect(fake.ui.alerts).toEqual([
      'Callboard\nPolicy sheet inserted: Policy (outbound-center)',
      'Callboard\n表格中已有规则表，未作改动。如需用预设替换，请在侧边栏中插入并确认替换。\nThe spreadsheet already has a Policy sheet; nothing was changed. To replace it with a preset, insert it from the sidebar and confirm.',
    ]);
    expect(written).toEqual(policySheetLayout(getPreset('outbound-center'), 'en').values.map((row) => row.map((v) => v ?? '')));
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls', 'Policy']);
  });

  it('insert policy sheet follows a Chinese spreadsheet: the 规则 sheet, the alert in the user language', () => {
    const zh = fakeSpreadsheet({ locale: 'zh_CN', userLocale: 'zh_CN' });
    const undo = zh.install();
    try {
      menuInsertPolicySheet();
      expect(zh.ui.alerts).toEqual(['Callboard\n已插入规则表：规则 (outbound-center)']);
      expect(zh.raw._names()).toEqual(['Sheet1', '规则']);
    } finally {
      undo();
    }
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
