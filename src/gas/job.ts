// A write job: the tabs built on temp sheets chunk by chunk across executions, then swapped in all or nothing.
import type { TabSpec } from '../engine/report/tabs.js';
import { saveJournal, type Journal } from './journal.js';
import { gidMap, type GidMap } from './links.js';
import { runtime } from './runtime.js';
import { insertTemp, SheetIndex, swap, TEMP_KEY, TEMP_PREFIX, undo } from './swap.js';
import { finishTab, prepareTab, writeChunk } from './tab.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where a job stands, for the sidebar's progress line. */
export interface JobProgress {
  jobId: string;
  month: string;
  /** 'write' while tabs are being filled, 'swap' when only the swap is left, 'done' when the tabs are in place */
  phase: 'write' | 'swap' | 'done';
  done: boolean;
  /** data rows written and to write, over all tabs (headers not counted) */
  rowsWritten: number;
  rowsTotal: number;
  tabsDone: number;
  tabsTotal: number;
  /** final names of the tabs, in order */
  tabs: string[];
}

/** 32-bit FNV-1a over the tab's name, header and cells (not its note, which may carry a time): same data, same hash. */
export function tabHash(tab: TabSpec): string {
  let h = 0x811c9dc5;
  const add = (s: string) => {
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x1f, 0x01000193);
  };
  add(tab.name);
  tab.header.forEach(add);
  for (const row of tab.rows) for (const cell of row) add(cell === null ? '\u0000' : typeof cell === 'number' ? `#${cell}` : cell);
  add(JSON.stringify(tab.links ?? null));
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A new job id: unguessable enough that no user sheet carries it in its name. */
function newJobId(): string {
  return `${runtime.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

/** What the journal records of each sheet to build: its final name, grid rows and content hash. */
export interface JobEntry {
  name: string;
  rows: number;
  hash: string;
}

export function entryOf(tab: TabSpec): JobEntry {
  return { name: tab.name, rows: tab.rows.length + 1, hash: tabHash(tab) };
}

/** The journal of a new job building `entries` after the last sheet (nothing is written yet); the caller saves it. */
export function newJournal(ss: Spreadsheet, month: string, preset: string, entries: readonly JobEntry[], retire: readonly string[], blocking: boolean): Journal {
  const jobId = newJobId();
  return {
    v: 1, jobId, month, preset, phase: 'write', blocking,
    tabs: entries.map((e, i) => ({
      name: e.name, tempName: `${TEMP_PREFIX}${jobId} ${i + 1}`, sheetId: null, rows: e.rows, done: 0, finished: false, hash: e.hash,
    })),
    retire: [...retire],
    olds: [],
    at: ss.getNumSheets(),
    updated: 0,
  };
}

export function progressOf(j: Journal, done = false): JobProgress {
  const finished = j.tabs.filter((t) => t.finished).length;
  return {
    jobId: j.jobId,
    month: j.month,
    phase: done ? 'done' : finished === j.tabs.length ? 'swap' : 'write',
    done,
    rowsWritten: j.tabs.reduce((n, t) => n + Math.max(0, t.done - 1), 0),
    rowsTotal: j.tabs.reduce((n, t) => n + t.rows - 1, 0),
    tabsDone: done ? j.tabs.length : finished,
    tabsTotal: j.tabs.length,
    tabs: j.tabs.map((t) => t.name),
  };
}

/**
 * Does as much of the job as fits before `deadline` (and always at least one step, so every execution moves it on):
 * inserts and fills temp sheets chunk by chunk, saving the journal after each, then swaps. `tabs` must be the
 * job's tabs (same hashes). A fault rolls the job back and is rethrown; a killed execution leaves the journal
 * for the next call to resume.
 */
export function stepJob(ss: Spreadsheet, j: Journal, tabs: readonly TabSpec[], deadline: number): JobProgress {
  let worked = false;
  const timeLeft = () => !worked || runtime.now() < deadline;
  try {
    const index = new SheetIndex(ss);
    let gids: GidMap | null = null;
    const lazyGids = () => {
      if (!gids) {
        const kept = index.entries().filter((e) => !e.name.startsWith(TEMP_PREFIX));
        gids = gidMap(kept.map((e) => e.sheet), kept.map((e) => e.name));
      }
      return gids;
    };
    for (let i = 0; i < j.tabs.length; i++) {
      const t = j.tabs[i];
      const tab = tabs[i];
      if (t.finished) continue;
      if (!timeLeft()) return progressOf(j);
      let sheet = index.get(t.sheetId);
      const byName = sheet ? null : index.named(t.tempName);
      if (byName) {
        // Killed between inserting the temp sheet and recording it: adopt it.
        sheet = byName.sheet;
        sheet.addDeveloperMetadata(TEMP_KEY, j.jobId);
        t.sheetId = byName.id;
        saveJournal(j);
      }
      if (!sheet) {
        if (t.sheetId !== null || t.done > 0) throw new Error(`temp sheet of ${t.name} is gone`, { cause: { code: 'job-lost' } });
        sheet = insertTemp(ss, j, t, j.at + i);
        worked = true;
      }
      if (t.done === 0) prepareTab(sheet, tab);
      while (t.done < t.rows) {
        if (!timeLeft()) return progressOf(j);
        const to = Math.min(t.rows, t.done + runtime.chunkRows);
        writeChunk(sheet, tab, t.done, to, lazyGids);
        t.done = to;
        saveJournal(j);
        worked = true;
      }
      if (!timeLeft()) return progressOf(j);
      finishTab(sheet, tab);
      t.finished = true;
      saveJournal(j);
      worked = true;
    }
    if (!timeLeft()) return progressOf(j);
  } catch (err) {
    undo(ss, j);
    throw err;
  }
  swap(ss, j);
  return progressOf(j, true);
}
