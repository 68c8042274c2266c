// Entry point of the engine: workbook grids and a policy in, the month's report out.
import { computeMonth, monthFacts, type MonthAgent, prepare } from '../month/month.js';
import { valueOf } from '../month/month-prizes.js';
import { flagSchema } from '../rules/schema.js';
import { payTotals } from '../month/payout.js';
import { type Policy, rulesOf } from '../rules/policy.js';
import { rankDescending } from '../month/ranking.js';
import { readSources } from '../read/sources.js';
import { callCountIssues } from '../read/sources/call-checks.js';
import { importOptions } from '../imports/index.js';
import type { EmployeeResult, Flag, Issue, Report, SourceData, WorkbookData } from '../types.js';

export interface RunOptions {
  /** yyyy-mm */
  month: string;
  policy: Policy;
  /** a last step on the sources read, before the month is computed (call records aggregated elsewhere: src/calls) */
  sources?: (src: SourceData) => SourceData;
}

/** Reads the source sheets, applies every rule of the policy for the month, and never throws on bad data. */
export function runReport(workbook: WorkbookData, options: RunOptions): Report {
  const src = readSources(workbook, { imports: importOptions(options.policy) });
  return buildReport(options.sources ? options.sources(src) : src, options);
}

const FLAG_ORDER: readonly Flag[] = flagSchema.options;

/** The month's report from sources already read: lines, totals, flags, ranking, teams and issues. */
export function buildReport(src: SourceData, { month, policy }: RunOptions): Report {
  const p = prepare(src, policy);
  // The asked month is computed even without data, so an empty month still lists the roster.
  const cur = monthFacts(p, month) ?? computeMonth(p, month);
  const metric = policy.rankingMetric;
  const ranked = rankDescending(cur.agents, (a) => valueOf(p, a, month, metric).value, (a) => a.employee.id);
  const rankOf = new Map(ranked.map((r) => [r.item.employee.id, r.rank]));
  const performanceRules = new Set(rulesOf(policy, 'target').filter((t) => t.performance).map((t) => t.rule));
  const employees: EmployeeResult[] = cur.agents.map((a) => {
    const pay = payTotals(a.employee, a.lines, policy.pay, {
      attendedDays: a.attendedDays, expectedDays: a.expectedDays, score: a.score, performanceRules });
    const e = a.employee;
    return {
      id: e.id, name: e.name, team: e.team, level: e.level, score: a.score, grade: a.grade,
      flags: FLAG_ORDER.filter((f) => a.flags.has(f)), finesFen: pay.finesFen, bonusesFen: pay.bonusesFen,
      payoutFen: pay.payoutFen, lines: pay.lines,
      ...(a.level !== null ? { assessedLevel: a.level } : {}),
      stats: statsOf(a, rankOf.get(e.id)!),
    };
  });
  // Agent-days whose call counts contradict each other, on the totals just grouped (rows or aggregated records alike).
  const issues = sortIssues([...src.issues, ...callCountIssues(src, p.activity), ...cur.issues], src);
  return {
    month, policy: policy.id, policyVersion: policy.version, language: policy.language ?? src.language,
    employees,
    ranking: ranked.map((r) => ({ rank: r.rank, id: r.item.employee.id, name: r.item.employee.name,
      team: r.item.employee.team, metric, value: r.value })),
    teams: cur.teams, issues, blocking: issues.some((i) => i.severity === 'error'),
    ...(src.sources ? { sources: src.sources } : {}),
  };
}

function statsOf(a: MonthAgent, rank: number): Record<string, number> {
  const stats: Record<string, number> = {
    successes: a.successes, dials: a.dials, connected: a.connected, daysWorked: a.daysWorked,
    monthlyTarget: a.monthlyTarget, absences: a.absences, rank,
  };
  if (a.weighted !== null) stats.weightedScore = a.weighted;
  return stats;
}

/** Issues in the order HR reads the workbook: source sheets in contract order, then rows (sheet-level first). */
function sortIssues(issues: Issue[], src: SourceData): Issue[] {
  const order = Object.values(src.sheetNames).filter((n): n is string => typeof n === 'string');
  const sheetRank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return issues
    .map((issue, i) => ({ issue, i }))
    .sort((a, b) => sheetRank(a.issue.sheet) - sheetRank(b.issue.sheet)
      || (a.issue.row ?? 0) - (b.issue.row ?? 0) || a.i - b.i)
    .map((x) => x.issue);
}

