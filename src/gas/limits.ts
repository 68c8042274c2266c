// The spreadsheet's 10-million-cell limit: what a report needs, checked before anything is written.
import type { TabSpec } from '../engine/report/tabs.js';
import { fault } from './errors.js';
import { tabCells } from './tab.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Google Sheets' limit on cells in one spreadsheet, all sheets together (empty cells count). */
export const CELL_LIMIT = 10_000_000;

/** Cells the spreadsheet holds now: getMaxRows × getMaxColumns of every sheet (2 calls per sheet). */
export function spreadsheetCells(ss: Spreadsheet): number {
  return ss.getSheets().reduce((n, s) => n + s.getMaxRows() * s.getMaxColumns(), 0);
}

export interface CellBudget {
  /** cells the new tabs need */
  needed: number;
  /** cells the spreadsheet has now (the tabs being replaced included: they live until the swap) */
  existing: number;
  total: number;
  limit: number;
}

/** The figures for writing `tabs` now: while the new tabs are built, the old ones still exist. */
export function cellBudget(ss: Spreadsheet, tabs: readonly TabSpec[]): CellBudget {
  const needed = tabs.reduce((n, t) => n + tabCells(t), 0);
  const existing = spreadsheetCells(ss);
  return { needed, existing, total: needed + existing, limit: CELL_LIMIT };
}

/** Refuses, with the figures, a report that would take the spreadsheet past its cell limit: { code: 'too-many-cells' }. */
export function assertFits(ss: Spreadsheet, tabs: readonly TabSpec[]): CellBudget {
  const b = cellBudget(ss, tabs);
  if (b.total > b.limit) throw fault('too-many-cells', `report needs ${b.needed} cells, spreadsheet has ${b.existing}`, { ...b });
  return b;
}
