// Temp sheets and the swap, each step recoverable: a next run rolls an interrupted write back or forward.
import { clearJournal, loadJournal, saveJournal, saveLastJob, type Journal, type JournalTab } from './journal.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Name prefix of the add-on's temporary sheets, for people; the developer metadata below is what identifies them. */
export const TEMP_PREFIX = '~callboard tmp ';
/** Developer metadata key on every temp sheet (value: its job id). A sheet without it is never taken for a temp sheet. */
export const TEMP_KEY = 'callboard.temp';

/** The spreadsheet's sheets by id, with their current names (one getSheets, one getSheetId and getName per sheet). */
export class SheetIndex {
  private readonly byId = new Map<number, { sheet: Sheet; name: string }>();
  constructor(ss: Spreadsheet) {
    for (const sheet of ss.getSheets()) this.byId.set(sheet.getSheetId(), { sheet, name: sheet.getName() });
  }
  get(id: number | null): Sheet | null { return id === null ? null : this.byId.get(id)?.sheet ?? null; }
  name(id: number): string | null { return this.byId.get(id)?.name ?? null; }
  /** the sheet whose name is exactly `name` */
  named(name: string): { id: number; sheet: Sheet } | null {
    for (const [id, e] of this.byId) if (e.name === name) return { id, sheet: e.sheet };
    return null;
  }
  rename(id: number, name: string): void {
    const e = this.byId.get(id);
    if (!e || e.name === name) return;
    e.sheet.setName(name);
    e.name = name;
  }
  remove(ss: Spreadsheet, id: number): void {
    const e = this.byId.get(id);
    if (!e) return;
    ss.deleteSheet(e.sheet);
    this.byId.delete(id);
  }
  entries(): { id: number; sheet: Sheet; name: string }[] {
    return [...this.byId].map(([id, e]) => ({ id, ...e }));
  }
}

/** True when the sheet carries the add-on's temp mark. */
export function isMarkedTemp(sheet: Sheet): boolean {
  return sheet.getDeveloperMetadata().some((m) => m.getKey() === TEMP_KEY);
}

/** Inserts the tab's temp sheet (its name is in the journal already), marks it and records its id. */
export function insertTemp(ss: Spreadsheet, j: Journal, tab: JournalTab, position: number): Sheet {
  const sheet = ss.insertSheet(tab.tempName, Math.min(position, ss.getNumSheets()));
  sheet.addDeveloperMetadata(TEMP_KEY, j.jobId);
  tab.sheetId = sheet.getSheetId();
  saveJournal(j);
  return sheet;
}

/** The id of a tab's temp sheet: recorded, or (killed between insert and record) found by its unguessable temp name. */
function tempId(index: SheetIndex, tab: JournalTab): number | null {
  if (tab.sheetId !== null) return index.get(tab.sheetId) ? tab.sheetId : null;
  return index.named(tab.tempName)?.id ?? null;
}

function finish(j: Journal): void {
  clearJournal();
  saveLastJob({ jobId: j.jobId, month: j.month, tabs: j.tabs.map((t) => t.name), blocking: j.blocking });
}

/** Undoes a write: deletes its temp sheets and gives moved-aside sheets their names back. */
export function rollBack(ss: Spreadsheet, j: Journal, index = new SheetIndex(ss)): void {
  j.phase = 'rollback';
  saveJournal(j);
  for (const tab of j.tabs) {
    const id = tempId(index, tab);
    if (id !== null) index.remove(ss, id);
  }
  for (const old of j.olds) if (index.get(old.sheetId)) index.rename(old.sheetId, old.name);
  clearJournal();
}

/**
 * Finishes a swap whose temp sheets are all complete: old sheets aside, new ones to their names, old ones deleted.
 * Each step checks where the sheet is, so it is the same whether run once or resumed after a kill at any point.
 * Falls back to rollBack when a temp sheet is gone.
 */
export function rollForward(ss: Spreadsheet, j: Journal, index = new SheetIndex(ss)): boolean {
  const ids = j.tabs.map((t) => tempId(index, t));
  if (ids.some((id) => id === null)) {
    rollBack(ss, j, index);
    return false;
  }
  for (const old of j.olds) if (index.get(old.sheetId)) index.rename(old.sheetId, old.aside);
  j.tabs.forEach((t, i) => index.rename(ids[i]!, t.name));
  for (const old of j.olds) index.remove(ss, old.sheetId);
  const first = index.get(ids[0] ?? null);
  finish(j);
  try {
    first?.activate();
  } catch {
    // Showing the first new tab is a courtesy: the tabs are in place whatever happens here.
  }
  return true;
}

/**
 * Swaps the complete temp sheets in: records which sheets it replaces, then rolls forward. A fault before the record
 * is saved undoes the write; after it, the swap is finished forward (once more now, else by the next run), since
 * an old sheet may already be deleted. Returns normally when the tabs ended up in place.
 */
export function swap(ss: Spreadsheet, j: Journal): void {
  let recorded = false;
  try {
    const index = new SheetIndex(ss);
    const temps = new Set(j.tabs.map((t) => t.sheetId));
    const replaced = new Set([...j.tabs.map((t) => t.name), ...j.retire].map((n) => n.toLowerCase()));
    j.olds = index.entries()
      .filter((e) => !temps.has(e.id) && replaced.has(e.name.toLowerCase()))
      .map((e, k) => ({ sheetId: e.id, name: e.name, aside: `${TEMP_PREFIX}${j.jobId} old ${k + 1}` }));
    j.phase = 'swap';
    saveJournal(j);
    recorded = true;
    rollForward(ss, j, index);
  } catch (err) {
    if (!recorded) {
      undo(ss, j);
      throw err;
    }
    try {
      rollForward(ss, j);
    } catch {
      // The journal says 'swap': the next run (any report, check-free) rolls forward.
      throw err;
    }
  }
}

/** Best-effort roll-back after a fault; when it cannot finish, the journal stays and the next run completes it. */
export function undo(ss: Spreadsheet, j: Journal): void {
  try {
    rollBack(ss, j);
  } catch {
    // A killed execution or a failing service: the journal says 'rollback' (or earlier) and the next run finishes it.
  }
}

/** Deletes temp sheets that no journal accounts for: only sheets with the add-on's mark, never a user's look-alike. */
function sweep(ss: Spreadsheet, keep: ReadonlySet<number>): void {
  const index = new SheetIndex(ss);
  for (const e of index.entries()) {
    if (e.name.startsWith(TEMP_PREFIX) && !keep.has(e.id) && isMarkedTemp(e.sheet)) index.remove(ss, e.id);
  }
}

export interface RecoverOptions {
  /** the job this call continues: its unfinished write is kept, not rolled back */
  resume?: string;
}

/**
 * Puts the spreadsheet back in a clean state before a write: an interrupted swap is finished, an interrupted write
 * or roll-back is undone, stray marked temp sheets are deleted. Returns the journal of `options.resume` when that job
 * is still writing. Call it holding the document lock.
 */
export function recover(ss: Spreadsheet, options: RecoverOptions = {}): Journal | null {
  const j = loadJournal();
  if (j && j.phase === 'write') {
    if (j.jobId === options.resume) {
      sweep(ss, new Set(j.tabs.map((t) => t.sheetId).filter((id): id is number => id !== null)));
      return j;
    }
    // We hold the document lock, so no execution is writing it: an unfinished job (its page closed, or between two
    // of its steps) is undone and its own page's next continueReport is told it was replaced ('job-unknown').
    rollBack(ss, j);
  } else if (j && j.phase === 'swap') {
    rollForward(ss, j);
  } else if (j) {
    rollBack(ss, j);
  }
  sweep(ss, new Set());
  return null;
}
