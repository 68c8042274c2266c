// Writes generated tabs with a swap-in: build every tab on a temp sheet, then replace the old tabs at once.
import type { TabSpec } from '../engine/tabs.js';
import { gidMap } from './links.js';
import { fillTab } from './tab.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Name prefix of the add-on's temporary sheets; any left by a killed run are removed by the next one. */
export const TEMP_PREFIX = '~callboard tmp ';

export interface WriteOptions {
  /** further generated tab names to remove in the same swap (the other language, a stale Issues tab) */
  retire?: readonly string[];
}

function tryDelete(ss: Spreadsheet, sheet: Sheet): void {
  try {
    ss.deleteSheet(sheet);
  } catch {
    // Best effort while rolling back: the sheet keeps its temp name and the next run removes it.
  }
}

/**
 * Replaces the tabs named in `tabs` (and `options.retire`) with freshly written ones and returns their
 * names. Nothing visible changes until every tab is complete; on a failure the temp sheets are deleted,
 * the old tabs are left as they were, and the error is rethrown. Calls grow with tabs and sheets, not rows.
 */
export function writeTabs(ss: Spreadsheet, tabs: readonly TabSpec[], options: WriteOptions = {}): string[] {
  const existing = ss.getSheets();
  const names = existing.map((s) => s.getName());
  const kept: Sheet[] = [];
  const keptNames: string[] = [];
  existing.forEach((sheet, i) => {
    if (names[i].startsWith(TEMP_PREFIX)) ss.deleteSheet(sheet);
    else {
      kept.push(sheet);
      keptNames.push(names[i]);
    }
  });
  const gids = gidMap(kept, keptNames);
  const stamp = `${Date.now().toString(36)} `;

  const built: { tab: TabSpec; sheet: Sheet }[] = [];
  try {
    tabs.forEach((tab, i) => {
      const sheet = ss.insertSheet(`${TEMP_PREFIX}${stamp}${i + 1}`, kept.length + i);
      built.push({ tab, sheet });
      fillTab(sheet, tab, gids);
    });
  } catch (err) {
    for (const b of built) tryDelete(ss, b.sheet);
    throw err;
  }

  const replaced = new Set([...tabs.map((t) => t.name), ...(options.retire ?? [])].map((n) => n.toLowerCase()));
  const olds = kept.map((sheet, i) => ({ sheet, name: keptNames[i] })).filter((o) => replaced.has(o.name.toLowerCase()));
  const moved: typeof olds = [];
  try {
    olds.forEach((o, k) => {
      o.sheet.setName(`${TEMP_PREFIX}${stamp}old ${k + 1}`);
      moved.push(o);
    });
    for (const b of built) b.sheet.setName(b.tab.name);
  } catch (err) {
    for (const b of built) tryDelete(ss, b.sheet);
    for (const o of moved) {
      try {
        o.sheet.setName(o.name);
      } catch {
        // Left under its temp name; reported through the rethrown error.
      }
    }
    throw err;
  }
  for (const o of olds) tryDelete(ss, o.sheet);
  if (built.length > 0) built[0].sheet.activate();
  return built.map((b) => b.tab.name);
}
