// The Policy sheet: HR reads and edits the policy in the workbook; layout, parse and the run's policy choice.
export { POLICY_SHEET_NAMES, type PolicySheetLayout, policySheetLayout, policyToSheet } from './layout.js';
export { type PolicyRead, sheetToPolicy } from './parse.js';
export { findPolicySheet, fnv1a, isPolicySheet, POLICY_SHEET_ALIASES, type ResolvedPolicy, resolvePolicy, sheetVersion } from './resolve.js';
export type { Out as PolicyCell } from './values.js';
