// One run over a whole workbook: the policy it carries (or the preset), then the month — shared by the CLI and the add-on.
import { type ResolvedPolicy, resolvePolicy } from './read/policy-sheet/resolve.js';
import { buildReport, type RunOptions } from './report/report.js';
import { readSources, workbookLanguage } from './read/sources.js';
import { checkInputs } from './read/sources/inputs.js';
import { importOptions } from './imports/index.js';
import type { Report, WorkbookData } from './types.js';

export interface WorkbookRun {
  report: Report;
  /** where the policy came from, with the Policy sheet's issues */
  resolved: ResolvedPolicy;
}

export interface RunWorkbookOptions {
  /** names of tabs an importer has read: neither read as contract sheets nor listed as unrecognised */
  claimed?: ReadonlySet<string>;
  /** a step over the sources read (call records aggregated elsewhere: src/calls/) */
  sources?: RunOptions['sources'];
}

/**
 * The month's report under the workbook's Policy sheet when it has one, else the preset (default outbound-center).
 * A broken Policy sheet gives a report that holds only the sheet's issues (blocking), never a guess at the policy.
 * Before the month is computed, the inputs the policy's rules declare are checked against what was read
 * (sources/inputs.ts): a needed sheet or column missing, no row in the month, a month without data all block.
 * An unknown preset name throws { code: 'unknown-preset' }.
 */
export function runWorkbook(wb: WorkbookData, month: string, preset?: string, options: RunWorkbookOptions = {}): WorkbookRun {
  const resolved = resolvePolicy(wb, preset);
  const read = readSources(wb, { claimed: options.claimed, ...(resolved.policy ? { imports: importOptions(resolved.policy) } : {}) });
  // Call records aggregated elsewhere (DuckDB, BigQuery: src/calls/) stand in for the Calls sheet's rows.
  const src = options.sources ? options.sources(read) : read;
  if (!resolved.policy) {
    // Still says what was read, so HR sees the tabs while fixing the Policy sheet.
    return {
      resolved,
      report: {
        month, policy: resolved.sheetName ?? 'policy', policyVersion: '-', language: workbookLanguage(wb),
        employees: [], ranking: [], teams: [], issues: resolved.issues, blocking: true, sources: src.sources ?? [],
      },
    };
  }
  const report = buildReport(src, { month, policy: resolved.policy });
  const inputs = checkInputs(wb, src, resolved.policy, month, options.claimed);
  if (resolved.issues.length === 0 && inputs.length === 0) return { resolved, report };
  const issues = [...resolved.issues, ...inputs, ...report.issues];
  return { resolved, report: { ...report, issues, blocking: issues.some((i) => i.severity === 'error') } };
}
