// Entry point of the engine: workbook grids and a policy in, the month's report out.
import type { Policy } from './policy.js';
import type { Report, WorkbookData } from './types.js';

export interface RunOptions {
  /** yyyy-mm */
  month: string;
  policy: Policy;
}

/** Reads the source sheets, applies every rule of the policy for the month, and never throws on bad data. */
export function runReport(workbook: WorkbookData, options: RunOptions): Report {
  void workbook;
  void options;
  throw new Error('runReport: in progress', { cause: { code: 'not-implemented' } });
}
