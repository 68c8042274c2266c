// Writes generated sheets with a swap-in: build every sheet on a temp sheet, then replace the old ones at once.
import type { TabSpec } from '../engine/tabs.js';
import { gidMap, type GidMap } from './links.js';
import { fillTab } from './tab.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Name prefix of the add-on's temporary sheets; any left by a killed run are removed by the next one. */
export const TEMP_PREFIX = '~callboard tmp ';

export interface WriteOptions {
  /** further sheet names to remove in the same swap (the other language, a stale Issues tab) */
  retire?: readonly string[];
  /** 0-based tab position of the new sheets among the sheets kept; default after the last one */
  at?: number;
}

/** One sheet to swap in: its final name and how to fill a fresh, empty sheet (gids: ids of the sheets kept). */
export interface SheetBuild {
  name: string;
  fill(sheet: Sheet, gids: () => GidMap): void;
}

function tryDelete(ss: Spreadsheet, sheet: Sheet): void {
  try {
    ss.deleteSheet(sheet);
  } catch {
    // Best effort while rolling back: the sheet keeps its temp name and the next run removes it.
  }
}

/**
 * Replaces the sheets named in `builds` (and `options.retire`) with freshly filled ones and returns their
 * names. Nothing visible changes until every sheet is complete; on a failure the temp sheets are deleted,
 * the old sheets are left as they were, and the error is rethrown. Calls grow with sheets, not with their content.
 */
export function swapIn(ss: Spreadsheet, builds: readonly SheetBuild[], options: WriteOptions = {}): string[] {
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
  let gids: GidMap | null = null;
  const lazyGids = () => (gids ??= gidMap(kept, keptNames));
  const stamp = `${Date.now().toString(36)} `;
  const at = Math.min(Math.max(0, options.at ?? kept.length), kept.length);

  const built: { build: SheetBuild; sheet: Sheet }[] = [];
  try {
    builds.forEach((build, i) => {
      const sheet = ss.insertSheet(`${TEMP_PREFIX}${stamp}${i + 1}`, at + i);
      built.push({ build, sheet });
      build.fill(sheet, lazyGids);
    });
  } catch (err) {
    for (const b of built) tryDelete(ss, b.sheet);
    throw err;
  }

  const replaced = new Set([...builds.map((b) => b.name), ...(options.retire ?? [])].map((n) => n.toLowerCase()));
  const olds = kept.map((sheet, i) => ({ sheet, name: keptNames[i] })).filter((o) => replaced.has(o.name.toLowerCase()));
  const moved: typeof olds = [];
  try {
    olds.forEach((o, k) => {
      o.sheet.setName(`${TEMP_PREFIX}${stamp}old ${k + 1}`);
      moved.push(o);
    });
    for (const b of built) b.sheet.setName(b.build.name);
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
  return built.map((b) => b.build.name);
}

/** Replaces the generated tabs named in `tabs` (and `options.retire`), all or nothing; see swapIn. */
export function writeTabs(ss: Spreadsheet, tabs: readonly TabSpec[], options: WriteOptions = {}): string[] {
  return swapIn(ss, tabs.map((tab) => ({ name: tab.name, fill: (sheet, gids) => fillTab(sheet, tab, gids()) })), options);
}
