// Before a month is computed: the inputs the policy's rules declare (rules/inputs.ts) against what was read.
import { aliasKey, fieldLabel, SHEETS, type Role } from '../aliases.js';
import { monthBounds } from '../dates.js';
import { policyNeeds, type Need } from '../../rules/inputs.js';
import { makeIssue } from '../../messages.js';
import type { Policy } from '../../rules/policy.js';
import { rulesOf } from '../../rules/policy.js';
import type { Issue, Lang, SourceData, Text, WorkbookData } from '../../types.js';
import { earliestRows } from './call-store.js';
import { findHeader } from './sheet.js';
import { headersHint, suggestField, tabsHint } from './suggest.js';
import { unreadTabs } from '../sources.js';

const defOf = (role: Role) => SHEETS.find((s) => s.role === role)!;
const q = (names: readonly string[]) => names.map((n) => `"${n}"`).join(' / ');
const norm = (s: string) => s.trim().toLowerCase();

/** Months (yyyy-mm) a role has rows in. */
function monthsOf(src: SourceData, role: Role): Set<string> {
  const out = new Set<string>();
  const add = (d: string) => out.add(d.slice(0, 7));
  if (role === 'attendance') for (const r of src.attendance) add(r.date);
  if (role === 'calls') for (const d of src.calls.dates) add(d);
  if (role === 'calls') for (const r of src.callAggregates?.days ?? []) add(r.date);
  if (role === 'events') for (const r of src.events) add(r.date);
  if (role === 'kpi') for (const r of src.kpi) add(r.month);
  if (role === 'adjustments') for (const r of src.adjustments ?? []) add(r.month);
  return out;
}

/** 'it has rows for 2026-09, 2026-08' / 'it has no data rows', in both languages. */
function have(months: Set<string>): Text {
  if (months.size === 0) return { en: 'it has no data rows', zh: '该表没有数据行' };
  const list = [...months].sort().reverse().slice(0, 6).join(', ');
  return { en: `it has rows for ${list}`, zh: `已有数据的月份：${list}` };
}

/** The header texts of a read sheet that map to no field (the KPI sheet: every metric header). */
function unknownHeaders(wb: WorkbookData, src: SourceData, role: Role): string[] {
  const name = src.sheetNames[role as keyof SourceData['sheetNames']];
  const sheet = wb.sheets.find((s) => s.name === name);
  if (!sheet) return [];
  const def = defOf(role);
  const row = sheet.values[findHeader(sheet.values, def)] ?? [];
  const known = new Set(Object.values(src.headers?.[role] ?? {}));
  return row.filter((h) => h !== null && String(h).trim() !== '').map((h) => String(h).trim())
    .filter((h) => !known.has(h) || (def.openColumns && !def.fields.some((f) => f.names.some((n) => aliasKey(n) === aliasKey(h)))));
}

/** True when the sheet read for the role has a column for one of `group` (field keys; KPI: header texts). */
function hasColumn(src: SourceData, role: Role, group: readonly string[], metric: string | undefined): boolean {
  const headers = src.headers?.[role] ?? {};
  if (metric !== undefined) {
    const wanted = new Set(group.map(norm));
    return Object.keys(headers).some((h) => wanted.has(norm(h)));
  }
  return group.some((k) => headers[k] !== undefined);
}

function rulesText(rules: readonly string[]): string {
  return rules.join(', ');
}

/**
 * The issues that stop a month before it is computed: a needed sheet or column missing (with the tabs and headers
 * that were not recognised, and the nearest match), a needed sheet without a row in the month, a month without any
 * data at all, an agent active before the hire date, an agent with activity but no KPI row under a weighted score.
 */
export function checkInputs(wb: WorkbookData, src: SourceData, policy: Policy, month: string,
  claimed: ReadonlySet<string> = new Set()): Issue[] {
  const issues: Issue[] = [];
  const lang: Lang = src.language;
  if (src.sheetNames.roster === null) return issues; // the missing Roster already stops the run
  const dataMonths = ['attendance', 'calls', 'kpi', 'events', 'adjustments'].map((r) => monthsOf(src, r as Role));
  const anyData = new Set(dataMonths.flatMap((s) => [...s]));
  const empty = !anyData.has(month);
  if (empty) {
    issues.push(makeIssue('no-data-for-month', { sheet: src.sheetNames.roster, row: null, column: null, value: month, cell: null }, { month, have: have(anyData) }));
  }
  const missingSheets = new Map<Role, Need[]>();
  for (const need of policyNeeds(policy)) {
    const def = defOf(need.role);
    const name = src.sheetNames[need.role as keyof SourceData['sheetNames']] ?? null;
    if (name === null) {
      missingSheets.set(need.role, [...(missingSheets.get(need.role) ?? []), need]);
      continue;
    }
    const group = need.columns[0] ?? [];
    // An export read in the role's place (imports/) has checked its own columns: only contract sheets have headers here.
    const fromExport = src.headers?.[need.role] === undefined;
    if (group.length > 0 && !fromExport && !hasColumn(src, need.role, group, need.metric)) {
      const names = need.metric !== undefined ? q(group) : q(group.flatMap((k) => def.fields.find((f) => f.key === k)?.names.slice(0, 2) ?? [k]));
      const field = need.metric !== undefined ? { en: group[0], zh: group.find((h) => /[\u3400-\u9fff]/.test(h)) ?? group[0] } : fieldLabel(group[0]) ?? group[0];
      const unknown = unknownHeaders(wb, src, need.role);
      // An optional column is only worth a word when a header nearly names it ('工龄补助' for '工龄工资').
      if (need.optional && !unknown.some((h) => suggestField(need.role, h, defOf(need.role).fields.filter((f) => group.includes(f.key))))) continue;
      // A sheet whose every header was recognised simply has no such figure (a Roster of IDs and names pays from bonuses
      // and fines; daily totals without Dials have 0 dials). With headers left unread, one of them may be the column
      // under another name: the run stops and lists them. The attendance punches are needed either way.
      if (!need.strict && unknown.length === 0) continue;
      const hint = headersHint(need.role, unknown, group);
      issues.push(makeIssue(need.optional ? 'optional-column' : 'required-column', { sheet: name, row: null, column: null, value: '', cell: null },
        { field, rules: rulesText(need.rules), names, hint }));
      continue;
    }
    const unreadable = src.issues.some((i) => i.code === 'missing-column' && i.sheet === name); // already said why
    if (need.rows && !empty && !unreadable && !monthsOf(src, need.role).has(month)) {
      if (issues.some((i) => i.code === 'no-rows-in-month' && i.sheet === name)) continue;
      const rules = policyNeeds(policy).filter((n) => n.role === need.role && n.rows).flatMap((n) => n.rules);
      issues.push(makeIssue('no-rows-in-month', { sheet: name, row: null, column: null, value: month, cell: null },
        { month, rules: rulesText([...new Set(rules)]), have: have(monthsOf(src, need.role)) }));
    }
  }
  const unread = unreadTabs(wb, claimed);
  for (const [role, needs] of missingSheets) {
    const def = defOf(role);
    const optional = needs.every((n) => n.optional);
    if (optional) continue;
    issues.push(makeIssue('required-sheet', { sheet: lang === 'zh' ? def.names[1] : def.names[0], row: null, column: null, value: '', cell: null },
      { role: def.label, rules: rulesText([...new Set(needs.flatMap((n) => n.rules))]), names: q(def.names.slice(0, 2)), hint: tabsHint(unread) }));
  }
  if (!empty) issues.push(...agentChecks(src, policy, month));
  return issues;
}

/** Per agent: activity in the month before the hire date; a weighted score without the agent's KPI row. */
function agentChecks(src: SourceData, policy: Policy, month: string): Issue[] {
  const issues: Issue[] = [];
  const { first, last } = monthBounds(month);
  const firstActivity = new Map<string, { date: string; sheet: string; cell: string }>();
  const note = (id: string, date: string, sheet: string | null, cell: string | undefined) => {
    if (date < first || date > last) return;
    const seen = firstActivity.get(id);
    if (!seen || date < seen.date) firstActivity.set(id, { date, sheet: sheet ?? '', cell: cell ?? '' });
  };
  for (const d of src.attendance) note(d.id, d.date, src.sheetNames.attendance, d.cells.date);
  // Only each ID's earliest call row can be noted: found from the columns, built as a record for it alone.
  for (const i of earliestRows(src.calls, first, last)) {
    const c = src.calls.at(i);
    note(c.id, c.date, src.sheetNames.calls, c.cells.date);
  }
  const rosterName = src.sheetNames.roster ?? 'Roster';
  for (const e of src.employees) {
    const act = firstActivity.get(e.id);
    if (!act || e.hireDate === null || act.date >= e.hireDate) continue;
    issues.push(makeIssue('activity-before-hire', { sheet: rosterName, row: e.row, column: null, value: e.hireDate, cell: e.cells.hireDate ?? null },
      { id: e.id, sheetName: act.sheet, date: act.date, at: act.cell, field: fieldLabel('hireDate')! }));
  }
  const weighted = rulesOf(policy, 'weighted-score');
  const kpiName = src.sheetNames.kpi;
  if (weighted.length > 0 && kpiName !== null) {
    const withRow = new Set(src.kpi.filter((k) => k.month === month).map((k) => k.id));
    for (const e of src.employees) {
      if (!firstActivity.has(e.id) || withRow.has(e.id)) continue;
      issues.push(makeIssue('missing-kpi-row', { sheet: kpiName, row: null, column: null, value: e.id, cell: e.cells.id ?? null },
        { month, rules: rulesText(weighted.map((w) => w.rule)) }));
    }
  }
  return issues;
}
