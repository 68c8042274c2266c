// Estimated time of each Apps Script call, so the fakes keep a clock that the 6-minute limit can be tested against.
//
// Sources (published figures; Google publishes no per-call latency, so these are estimates to compare designs, not promises):
// - Apps Script "Best practices", "Use batch operations" (https://developers.google.com/apps-script/guides/support/best-practices):
//   every call to a service is far slower than JavaScript; read and write whole ranges in one call.
// - Apps Script "Quotas" (https://developers.google.com/apps-script/guides/services/quotas): 6 min script runtime per execution.
// - Mogsdad, "What is faster: ScriptDb or SpreadsheetApp?" (Stack Overflow, mirrored at
//   https://ruby-bash.developreference.com/article/29263774): one setValues of a 4,000-cell range took under 50 ms,
//   cell-by-cell writes two orders of magnitude longer → ≈10 ms per write call + ≈10 µs per cell.
// - Tanaike, "Handling 10,000,000 cells in Google Spreadsheet using Google Apps Script"
//   (https://gist.github.com/tanaikech/cc4380692790150cc090114553e38a0e): 0.3 s to read a sheet's size in a 10M-cell
//   spreadsheet → structural calls (insert, rename, delete, metadata) at 100–300 ms.
// - Issue 9 of this project: ~157,000 RichTextValueBuilder calls for 2,000 agents estimated at one to several minutes
//   → 0.4 ms per builder call (its low end).
import type { CostModel } from './log.js';

/** ms per call by kind, and per cell for the batch reads and writes */
export const COSTS = {
  /** getters answered from the script's cache (getName, getSheetId, getMaxRows, getRange) */
  cheap: 1,
  /** a batch read or write: fixed part */
  batch: 10,
  /** per cell of setValues / setNumberFormats / setBackgrounds / setFontWeights / getValues */
  cell: 0.01,
  /** per cell of setRichTextValues (text plus a link run) */
  richCell: 0.02,
  /** sheet structure: insertSheet, deleteSheet, setName, resize, freeze, filter, chart, metadata, autoResize */
  structure: 150,
  /** one RichTextValueBuilder call (in the script, not the document, but a service call all the same) */
  builder: 0.4,
  /** PropertiesService get/set, LockService */
  service: 30,
} as const;

const STRUCTURE = /^(Spreadsheet\.(insertSheet|deleteSheet|getSheets)|Sheet\.(setName|insertRowsAfter|deleteRows|insertColumnsAfter|deleteColumns|setFrozenRows|setFrozenColumns|autoResizeColumns|insertChart|removeChart|addDeveloperMetadata|getDeveloperMetadata|activate|setColumnWidth|setColumnWidths|getFilter|getCharts)|Range\.(createFilter|setNote|setFontWeight)|Filter\.remove|SpreadsheetApp\.create)$/;
const BATCH = /^Range\.(setValues|setNumberFormats|setBackgrounds|setFontWeights|getValues|setRichTextValues)$/;

/** Cells a batch call moves: the grid written, or for a read the range's size. */
function cells(args: readonly unknown[], target: unknown): number {
  const grid = args[0];
  if (Array.isArray(grid)) return grid.length * (Array.isArray(grid[0]) ? grid[0].length : 1);
  const box = (target as { _box?: { rows: number; cols: number } } | undefined)?._box;
  return box ? box.rows * box.cols : 0;
}

/** The cost model the fakes' clock runs on (CallLog.cost). */
export const estimatedCost: CostModel = (method, args, target) => {
  if (method.startsWith('RichTextValueBuilder.')) return COSTS.builder;
  if (method.startsWith('Properties.') || method.startsWith('Lock.') || method.startsWith('PropertiesService.') || method.startsWith('LockService.')) return COSTS.service;
  // The merged ranges of a range: one read of the sheet's merge list, whatever the range's size.
  if (method === 'Range.getMergedRanges') return COSTS.batch;
  if (BATCH.test(method)) return COSTS.batch + cells(args, target) * (method === 'Range.setRichTextValues' ? COSTS.richCell : COSTS.cell);
  if (STRUCTURE.test(method)) return COSTS.structure;
  return COSTS.cheap;
};
