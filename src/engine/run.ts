// One run over a whole workbook: the policy it carries (or the preset), then the month — shared by the CLI and the add-on.
import { type ResolvedPolicy, resolvePolicy } from './policy-sheet/resolve.js';
import { runReport, type RunOptions } from './report.js';
import { workbookLanguage } from './sources.js';
import type { Report, WorkbookData } from './types.js';

export interface WorkbookRun {
  report: Report;
  /** where the policy came from, with the Policy sheet's issues */
  resolved: ResolvedPolicy;
}

/**
 * The month's report under the workbook's Policy sheet when it has one, else the preset (default outbound-center).
 * A broken Policy sheet gives a report that holds only the sheet's issues (blocking), never a guess at the policy.
 * An unknown preset name throws { code: 'unknown-preset' }.
 */
export function runWorkbook(wb: WorkbookData, month: string, preset?: string, sources?: RunOptions['sources']): WorkbookRun {
  const resolved = resolvePolicy(wb, preset);
  if (!resolved.policy) {
    return {
      resolved,
      report: {
        month, policy: resolved.sheetName ?? 'policy', policyVersion: '-', language: workbookLanguage(wb),
        employees: [], ranking: [], teams: [], issues: resolved.issues, blocking: true,
      },
    };
  }
  const report = runReport(wb, { month, policy: resolved.policy, sources });
  if (resolved.issues.length === 0) return { resolved, report };
  const issues = [...resolved.issues, ...report.issues];
  return { resolved, report: { ...report, issues, blocking: issues.some((i) => i.severity === 'error') } };
}
