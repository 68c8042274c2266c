// The CLI's --calls option: call-record files aggregated by DuckDB, handed to the engine in place of the Calls sheet.
import { applyCallRecords } from '../calls/aggregates.js';
import { DEFAULT_VOCABULARY, rowRules, thresholdsOf } from '../calls/policy.js';
import { resolvePolicy } from '../engine/read/policy-sheet/resolve.js';
import type { SourceData, WorkbookData } from '../engine/types.js';
import { aggregateCallFiles } from './calls.js';

/**
 * Aggregates the files of `pattern` for the workbook's policy (its Policy sheet, else the preset) and returns the step
 * that puts them in the sources. A policy whose rules need records one by one is a usage fault ({ code: 'usage' }).
 */
export async function callFilesStep(pattern: string, wb: WorkbookData, preset: string): Promise<(src: SourceData) => SourceData> {
  const { policy } = resolvePolicy(wb, preset);
  if (policy === null) return (src) => src; // a broken Policy sheet: the run reports it and computes nothing
  const needRows = rowRules(policy);
  if (needRows.length > 0) {
    throw new Error(`--calls: rule ${needRows.join(', ')} caps a commission per call record, which needs the records in the workbook`,
      { cause: { code: 'usage' } });
  }
  const { rows, meta } = await aggregateCallFiles(pattern, { ...DEFAULT_VOCABULARY, thresholds: thresholdsOf(policy), from: null, to: null });
  return (src) => applyCallRecords(src, rows, meta);
}
