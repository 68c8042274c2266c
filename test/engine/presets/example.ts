// Runs a preset over its example workbook in memory (exceljs objects, no file), for the preset tests.
import { toWorkbook } from '../../../scripts/examples/book.js';
import { EXAMPLES } from '../../../scripts/examples/index.js';
import { getPreset } from '../../../src/engine/presets/index.js';
import { runReport } from '../../../src/engine/report/report.js';
import type { EmployeeResult, Report } from '../../../src/engine/types.js';
import { toWorkbookData } from '../../../src/xlsx/read.js';

/** The month's report of a preset over its own example workbook. */
export function exampleReport(preset: string, month = '2026-10'): Report {
  const wb = toWorkbookData(toWorkbook(EXAMPLES[preset]()));
  return runReport(wb, { month, policy: getPreset(preset) });
}

/** One agent's figures in 元 and points, for comparing with hand-worked values. */
export function brief(e: EmployeeResult) {
  return { score: e.score, grade: e.grade, flags: e.flags, fines: e.finesFen / 100, bonuses: e.bonusesFen / 100, payout: e.payoutFen / 100 };
}
