// Writes generated sheets with a swap-in: each built on a marked temp sheet under a journal, then swapped in at once.
import type { TabSpec } from '../engine/report/tabs.js';
import { entryOf, newJournal, stepJob } from './job.js';
import { saveJournal } from './journal.js';
import { gidMap, type GidMap } from './links.js';
import { insertTemp, recover, SheetIndex, swap, TEMP_PREFIX, undo } from './swap.js';

export { TEMP_PREFIX } from './swap.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

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

/**
 * Replaces the sheets named in `builds` (and `options.retire`) with freshly filled ones, in one execution, and
 * returns their names. Nothing visible changes until every sheet is complete; on a fault the temp sheets are
 * deleted and the old sheets stay; after a kill the next write (or report) finishes or undoes it (swap.ts).
 */
export function swapIn(ss: Spreadsheet, builds: readonly SheetBuild[], options: WriteOptions = {}): string[] {
  recover(ss);
  const j = newJournal(ss, '', '', builds.map((b) => ({ name: b.name, rows: 0, hash: '' })), options.retire ?? [], false);
  if (options.at !== undefined) j.at = Math.min(Math.max(0, options.at), j.at);
  saveJournal(j);
  let gids: GidMap | null = null;
  const lazyGids = () => {
    if (!gids) {
      const kept = new SheetIndex(ss).entries().filter((e) => !e.name.startsWith(TEMP_PREFIX));
      gids = gidMap(kept.map((e) => e.sheet), kept.map((e) => e.name));
    }
    return gids;
  };
  try {
    builds.forEach((build, i) => {
      const sheet = insertTemp(ss, j, j.tabs[i], j.at + i);
      build.fill(sheet, lazyGids);
      j.tabs[i].finished = true;
    });
  } catch (err) {
    undo(ss, j);
    throw err;
  }
  swap(ss, j);
  return builds.map((b) => b.name);
}

/** Replaces the generated tabs named in `tabs` (and `options.retire`), all or nothing, in one execution. */
export function writeTabs(ss: Spreadsheet, tabs: readonly TabSpec[], options: WriteOptions = {}): string[] {
  recover(ss);
  const j = newJournal(ss, '', '', tabs.map(entryOf), options.retire ?? [], false);
  if (options.at !== undefined) j.at = Math.min(Math.max(0, options.at), j.at);
  saveJournal(j);
  stepJob(ss, j, tabs, Infinity);
  return tabs.map((t) => t.name);
}
