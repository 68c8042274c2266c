// Month over month: each agent's payout against the previous month, with the rules that made the difference.
import { shiftMonth } from '../read/dates.js';
import { type Policy, rulesOf } from '../rules/policy.js';
import { resolvePolicy } from '../read/policy-sheet/resolve.js';
import { buildReport } from '../report/report.js';
import { monthsWithRows, readSources } from '../read/sources.js';
import type { EmployeeResult, PayChange, Report, Text, WorkbookData } from '../types.js';

const PAY_FORMULA: Text = { zh: '基本工资', en: 'base pay' };
const ADJUSTMENT: Text = { zh: '调整', en: 'adjustment' };
const MAX_REASONS = 3;

/** Rule id → its name in the policy (rules, and each catalogue event by its own rule id); the pay formula and ADJ named too. */
export function ruleNames(policy: Pick<Policy, 'rules'>): Map<string, Text> {
  const names = new Map<string, Text>([['ADJ', ADJUSTMENT]]);
  const put = (rule: string, name: Text) => {
    if (!names.has(rule)) names.set(rule, name);
  };
  for (const r of policy.rules) {
    if ('name' in r) put(r.rule, r.name);
    if (r.kind !== 'attendance') continue;
    put(r.rule, { zh: '迟到早退', en: 'lateness' });
    put(r.absenceRule, { zh: '旷工', en: 'absence' });
    put(r.unreportedRule, { zh: '未报备请假', en: 'unreported leave' });
    put(r.excessLeaveRule, { zh: '超额请假', en: 'excess leave' });
  }
  for (const c of rulesOf(policy, 'catalogue')) for (const e of c.events) put(e.rule, e.name);
  return names;
}

function byRule(e: EmployeeResult | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const l of e?.lines ?? []) out.set(l.rule, (out.get(l.rule) ?? 0) + l.amountFen);
  return out;
}

/**
 * The change of one agent's payout from `prev` (null: not paid that month) to `cur`, fen. Reasons are the rules
 * whose amounts changed, largest absolute change first (ties by rule id), at most three.
 */
export function payChange(cur: EmployeeResult, prev: EmployeeResult | null, previousMonth: string,
  names: ReadonlyMap<string, Text>): PayChange {
  const now = byRule(cur);
  const before = byRule(prev);
  const rules = [...new Set([...now.keys(), ...before.keys()])];
  const reasons = rules
    .map((rule) => ({ rule, deltaFen: (now.get(rule) ?? 0) - (before.get(rule) ?? 0) }))
    .filter((r) => r.deltaFen !== 0)
    .sort((a, b) => Math.abs(b.deltaFen) - Math.abs(a.deltaFen) || a.rule.localeCompare(b.rule))
    .slice(0, MAX_REASONS)
    .map((r) => ({ ...r, name: names.get(r.rule) ?? (cur.lines.some((l) => l.rule === r.rule && l.kind === 'base') ? PAY_FORMULA : { zh: r.rule, en: r.rule }) }));
  return { previousMonth, previousFen: prev ? prev.payoutFen : null, deltaFen: cur.payoutFen - (prev?.payoutFen ?? 0), reasons };
}

/** The report with `change` set on every agent from the previous month's report (null or no data: left as is). */
export function withChanges(report: Report, previous: Report | null, policy: Pick<Policy, 'rules'>): Report {
  if (!previous || previous.employees.length === 0) return report;
  const names = ruleNames(policy);
  const prevById = new Map(previous.employees.map((e) => [e.id, e]));
  return {
    ...report,
    employees: report.employees.map((e) => ({ ...e, change: payChange(e, prevById.get(e.id) ?? null, previous.month, names) })),
  };
}

/**
 * The report with month-over-month changes from the workbook's own previous month, computed under the same
 * policy; unchanged when that month has no Attendance, Calls or KPI rows, or the report is blocked.
 */
export function monthOverMonth(wb: WorkbookData, report: Report, preset?: string): Report {
  if (report.blocking) return report;
  const { policy } = resolvePolicy(wb, preset);
  if (!policy) return report;
  const src = readSources(wb);
  const previous = shiftMonth(report.month, -1);
  if (!monthsWithRows(src).includes(previous)) return report;
  return withChanges(report, buildReport(src, { month: previous, policy }), policy);
}
