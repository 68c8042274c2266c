// Old month tabs: list them with their size, remove them, optionally copying them to a new spreadsheet first.
import { isMonth } from '../engine/read/dates.js';
import { tabName, type TabRole } from '../engine/report/tabs.js';
import { fault } from './errors.js';
import { CELL_LIMIT, spreadsheetCells } from './limits.js';
import { loadJournal } from './journal.js';
import { recover } from './swap.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const ROLES: TabRole[] = ['payout', 'ranking', 'details', 'issues'];

export interface MonthTabs {
  /** yyyy-mm */
  month: string;
  tabs: { name: string; role: TabRole; cells: number }[];
  /** cells of all its tabs */
  cells: number;
}

export interface MonthTabList {
  /** newest month first */
  months: MonthTabs[];
  /** cells of the whole spreadsheet, and Google's limit */
  cells: number;
  limit: number;
}

/** The role and month of a generated tab name ('Payout 2026-10', '明细 2026-09'), else null. */
export function monthTabOf(name: string): { role: TabRole; month: string } | null {
  const m = /^(.+) (\d{4}-\d{2})$/.exec(name);
  if (!m || !isMonth(m[2])) return null;
  const role = ROLES.find((r) => tabName(r, m[2], 'en') === name || tabName(r, m[2], 'zh') === name);
  return role ? { role, month: m[2] } : null;
}

function monthSheets(ss: Spreadsheet): { sheet: Sheet; name: string; role: TabRole; month: string; cells: number }[] {
  return ss.getSheets().flatMap((sheet) => {
    const name = sheet.getName();
    const tab = monthTabOf(name);
    return tab ? [{ sheet, name, ...tab, cells: sheet.getMaxRows() * sheet.getMaxColumns() }] : [];
  });
}

/** Every month that has generated tabs, with their cells, and how full the spreadsheet is. Writes nothing. */
export function listMonthTabs(ss: Spreadsheet): MonthTabList {
  const byMonth = new Map<string, MonthTabs>();
  for (const t of monthSheets(ss)) {
    const entry = byMonth.get(t.month) ?? { month: t.month, tabs: [], cells: 0 };
    entry.tabs.push({ name: t.name, role: t.role, cells: t.cells });
    entry.cells += t.cells;
    byMonth.set(t.month, entry);
  }
  const months = [...byMonth.values()].sort((a, b) => (a.month < b.month ? 1 : -1));
  return { months, cells: spreadsheetCells(ss), limit: CELL_LIMIT };
}

export interface RemoveResult {
  removed: string[];
  /** the new spreadsheet holding copies of the removed tabs, when asked for */
  archive: { name: string; url: string } | null;
}

/**
 * Removes the generated tabs of `months` (source sheets are never touched). With `archive`, first copies them into a
 * new spreadsheet in the user's Drive (SpreadsheetApp.create + Sheet.copyTo: the spreadsheets scope, no Drive scope);
 * nothing is removed unless every copy was made. Refuses the month of a report being written.
 */
export function removeMonthTabs(ss: Spreadsheet, months: unknown, archive: boolean): RemoveResult {
  if (!Array.isArray(months) || months.length === 0 || months.some((m) => typeof m !== 'string' || !isMonth(m))) {
    throw fault('bad-months', `bad months ${JSON.stringify(months)}`);
  }
  recover(ss);
  const writing = loadJournal();
  if (writing && months.includes(writing.month)) throw fault('month-being-written', writing.month, { month: writing.month });
  const chosen = monthSheets(ss).filter((t) => months.includes(t.month));
  let copy: RemoveResult['archive'] = null;
  if (archive && chosen.length > 0) {
    let target: Spreadsheet;
    try {
      target = SpreadsheetApp.create(`Callboard ${[...months].sort().join(', ')}`);
    } catch (err) {
      // The add-on's manifest asks only for the current spreadsheet: creating one needs the full spreadsheets scope.
      throw new Error(`cannot create the archive: ${err instanceof Error ? err.message : String(err)}`, { cause: { code: 'archive-unavailable' } });
    }
    const blank = target.getSheets();
    for (const t of chosen) t.sheet.copyTo(target).setName(t.name);
    for (const s of blank) target.deleteSheet(s);
    copy = { name: target.getName(), url: target.getUrl() };
  }
  for (const t of chosen) ss.deleteSheet(t.sheet);
  return { removed: chosen.map((t) => t.name), archive: copy };
}
