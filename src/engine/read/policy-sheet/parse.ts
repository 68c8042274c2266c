// The Policy sheet back into a Policy: read every keyed row, then validate with policySchema; never a guess.
import type { z } from 'zod';
import { type Policy, policySchema } from '../../rules/policy.js';
import type { CellValue, Issue } from '../../types.js';
import { cellDetail, policyIssue } from './details.js';
import { modelOf } from './model.js';
import { ROOT } from './paths.js';
import { type Loc, Reader } from './reader.js';
import { SheetIndex } from './scan.js';
import { zodReason, type ZodIssueLike } from './zod-reasons.js';

export interface PolicyRead {
  /** null when any cell is bad: the run stops with the issues */
  policy: Policy | null;
  issues: Issue[];
}

/** True when a zod path is at, inside or around a path that already has an issue. */
function covered(path: string, flagged: readonly string[]): boolean {
  return flagged.some((f) => f === '' || path === f || path.startsWith(`${f}.`) || f.startsWith(`${path}.`));
}

/** The cell of the nearest part of a zod path that was read from the sheet. */
function nearest(locs: Map<string, Loc>, path: PropertyKey[]): Loc | null {
  for (let n = path.length; n > 0; n--) {
    const hit = locs.get(path.slice(0, n).map(String).join('.'));
    if (hit) return hit;
  }
  return null;
}

function zodIssues(sheet: string, rd: Reader, issues: readonly ZodIssueLike[]): Issue[] {
  const out: Issue[] = [];
  const seen = new Set<string>();
  for (const zi of issues) {
    const path = zi.path.map(String).join('.');
    if (covered(path, rd.flagged)) continue;
    const loc = nearest(rd.locs, zi.path);
    const here = loc && loc.col === 2 ? loc : null;
    const reason = zodReason(zi, loc?.money ?? false);
    const label = loc?.label ?? { zh: path, en: path };
    const issue = loc
      ? policyIssue(sheet, { row: loc.row, col: loc.col, column: loc.key, value: loc.value }, cellDetail(label, here ? loc.value : '', reason))
      : policyIssue(sheet, { row: null, col: null, column: path, value: '' }, cellDetail(label, '', reason));
    const dedupe = `${issue.cell}|${issue.message}`;
    if (!seen.has(dedupe)) out.push(issue);
    seen.add(dedupe);
  }
  return out;
}

/**
 * Reads a Policy sheet (rows keyed in column A, as policyToSheet writes them) in either language. Amounts in
 * 元 become integer fen; every bad cell, unknown or repeated key, missing setting and schema violation is a
 * bad-policy issue with its A1 cell. Date and time cells are read as wall clock in `timeZone` (IANA).
 */
export function sheetToPolicy(values: CellValue[][], sheetName: string, timeZone = 'UTC'): PolicyRead {
  const read = readSheet(policySchema, values, sheetName, timeZone);
  return { policy: read.value, issues: read.issues };
}

/** sheetToPolicy for any object schema the model supports (other schemas in tests). */
export function readSheet<T>(schema: z.ZodType<T>, values: CellValue[][], sheetName: string, timeZone: string): { value: T | null; issues: Issue[] } {
  const idx = new SheetIndex(sheetName, values, timeZone);
  const rd = new Reader(idx);
  const got = rd.object(modelOf(schema), ROOT, rd.settings, {});
  const issues = [...idx.issues, ...rd.issues, ...idx.unknownKeys()];
  const checked = schema.safeParse(got.value);
  if (!checked.success) issues.push(...zodIssues(sheetName, rd, checked.error.issues as ZodIssueLike[]));
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { value: checked.success && issues.length === 0 ? checked.data : null, issues };
}
