// The write journal in document properties: which temp sheets hold which tabs, and how far the swap got.
import { runtime } from './runtime.js';

/** Document property holding the journal of the one write under way (none: no write is under way). */
export const JOURNAL_KEY = 'callboard.write';
/** Document property holding the last finished job, so a repeated continueReport after the finish still answers. */
export const LAST_JOB_KEY = 'callboard.lastJob';

/** One generated tab being built on a temp sheet. */
export interface JournalTab {
  /** final name, e.g. 'Payout 2026-10' */
  name: string;
  /** name of its temp sheet, recorded before the sheet is inserted */
  tempName: string;
  /** sheet id of the temp sheet once inserted (null: not yet, or the insert may not have happened) */
  sheetId: number | null;
  /** grid rows (header included) and how many are written */
  rows: number;
  done: number;
  /** styles, filter and chart applied: the sheet is complete */
  finished: boolean;
  /** fingerprint of the tab's content, to notice data that changed between executions */
  hash: string;
}

/** A sheet moved aside by the swap: its id, its name before and the temp name it was given. */
export interface JournalOld {
  sheetId: number;
  name: string;
  aside: string;
}

export interface Journal {
  v: 1;
  jobId: string;
  month: string;
  /** preset asked for ('' = the workbook's Policy sheet or the default) */
  preset: string;
  /**
   * write: temp sheets being filled (recovery: roll back, delete them); swap: every temp sheet is complete and
   * the swap has begun (recovery: roll forward); rollback: undoing (recovery: finish undoing).
   */
  phase: 'write' | 'swap' | 'rollback';
  /** true when only the Issues tab is written (a blocked run) */
  blocking: boolean;
  tabs: JournalTab[];
  /** further names the swap removes (the other language, a stale Issues tab) */
  retire: string[];
  olds: JournalOld[];
  /** 0-based position of the first new tab */
  at: number;
  /** runtime.now() of the last save */
  updated: number;
}

export interface LastJob {
  jobId: string;
  month: string;
  tabs: string[];
  blocking: boolean;
}

function props(): GoogleAppsScript.Properties.Properties {
  return PropertiesService.getDocumentProperties();
}

export function loadJournal(): Journal | null {
  const raw = props().getProperty(JOURNAL_KEY);
  if (!raw) return null;
  try {
    const j = JSON.parse(raw) as Journal;
    return j && j.v === 1 && Array.isArray(j.tabs) ? j : null;
  } catch {
    return null;
  }
}

export function saveJournal(j: Journal): void {
  j.updated = runtime.now();
  props().setProperty(JOURNAL_KEY, JSON.stringify(j));
}

export function clearJournal(): void {
  props().deleteProperty(JOURNAL_KEY);
}

export function saveLastJob(last: LastJob): void {
  props().setProperty(LAST_JOB_KEY, JSON.stringify(last));
}

export function loadLastJob(): LastJob | null {
  const raw = props().getProperty(LAST_JOB_KEY);
  if (!raw) return null;
  try {
    return JSON.parse(raw) as LastJob;
  } catch {
    return null;
  }
}
