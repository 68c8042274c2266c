// Which policy a run uses: the workbook's Policy sheet when it has one, else a preset; sheet versions carry a hash.
import { sheetKey } from '../aliases.js';
import { makeIssue } from '../../messages.js';
import type { Policy } from '../../rules/policy.js';
import { DEFAULT_PRESET, getPreset } from '../../presets/index.js';
import type { Issue, SheetData, WorkbookData } from '../../types.js';
import { policyFaults } from '../../rules/policy-check.js';
import { POLICY_SHEET_NAMES } from './layout.js';
import { sheetToPolicy } from './parse.js';

/** Names a Policy sheet may have ('政策' and '考核政策' as the CLI knew them). */
export const POLICY_SHEET_ALIASES: readonly string[] = [POLICY_SHEET_NAMES.en, POLICY_SHEET_NAMES.zh, '政策', '考核政策'];

const ALIASES = new Set(POLICY_SHEET_ALIASES.map(sheetKey));

/**
 * Compared like every source sheet (sheetKey): any case, full-width letters, invisible characters, a bracket or
 * a month/year before or after ('Policy (2026)', 'Ｐｏｌｉｃｙ', '规则 2026-10').
 */
export function isPolicySheet(sheet: Pick<SheetData, 'name'>): boolean {
  return ALIASES.has(sheetKey(sheet.name));
}

/** The workbook's Policy / 规则 sheet (name as above), the first when there are several; null when none. */
export function findPolicySheet(workbook: WorkbookData): SheetData | null {
  return workbook.sheets.find(isPolicySheet) ?? null;
}

/** FNV-1a, 32 bits, over the UTF-16 code units of a string, as 8 hex digits. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** The version a sheet policy reports: its version cell, '#', and 6 hex digits of the hash of its content ('3#a1b2c3'). */
export function sheetVersion(policy: Policy): string {
  return `${policy.version}#${fnv1a(JSON.stringify(policy)).slice(0, 6)}`;
}

export interface ResolvedPolicy {
  /** null when the Policy sheet has errors: the run stops with `issues` */
  policy: Policy | null;
  source: 'sheet' | 'preset';
  /** the Policy sheet's name as written, when the policy came from it */
  sheetName?: string;
  issues: Issue[];
}

/**
 * The policy of a run: the workbook's Policy sheet when present (its version becomes 'version#hash', so the
 * Payout tab names the exact sheet content), else the named preset (default outbound-center). An unknown
 * preset name throws { code: 'unknown-preset' }; a broken sheet gives policy null and its issues.
 */
export function resolvePolicy(workbook: WorkbookData, presetName?: string): ResolvedPolicy {
  const sheets = workbook.sheets.filter(isPolicySheet);
  if (sheets.length === 0) return { policy: getPreset(presetName ?? DEFAULT_PRESET), source: 'preset', issues: [] };
  const [sheet, ...others] = sheets;
  const read = sheetToPolicy(sheet.values, sheet.name, workbook.timeZone);
  const role = { zh: POLICY_SHEET_NAMES.zh, en: POLICY_SHEET_NAMES.en };
  const extra = others.map((s) => makeIssue('duplicate-sheet', { sheet: s.name, row: null, column: null, value: s.name, cell: null }, { role, first: sheet.name }));
  // A sheet that parses but could not run (a typo in a metric, a missing target rule …) is stopped here with issues.
  const faults = read.policy ? policyFaults(read.policy) : [];
  const faultIssues = faults.map((detail) => makeIssue('bad-policy', { sheet: sheet.name, row: null, column: null, value: '', cell: null }, { detail }));
  const issues = [...read.issues, ...faultIssues, ...extra];
  const policy = read.policy && faults.length === 0 ? { ...read.policy, version: sheetVersion(read.policy) } : null;
  return { policy, source: 'sheet', sheetName: sheet.name, issues };
}
