// Entry point of the engine: workbook grids and a policy in, the month's report out.
import { activityOf, totalsBetween } from './activity.js';
import { addDays, monthBounds, shiftMonth } from './dates.js';
import { computeMonth, type MonthAgent, type Prepared, prepare } from './month.js';
import { payTotals } from './payout.js';
import type { Policy } from './policy.js';
import { rankDescending } from './ranking.js';
import { readSources } from './sources.js';
import type { EmployeeResult, Flag, Report, SourceData, WorkbookData } from './types.js';

export interface RunOptions {
  /** yyyy-mm */
  month: string;
  policy: Policy;
}

/** Reads the source sheets, applies every rule of the policy for the month, and never throws on bad data. */
export function runReport(workbook: WorkbookData, options: RunOptions): Report {
  return buildReport(readSources(workbook), options);
}

/** The month's report from sources already read: lines, totals, flags, ranking, teams and issues. */
export function buildReport(src: SourceData, { month, policy }: RunOptions): Report {
  const p = prepare(src, policy);
  const cur = computeMonth(p, month);
  const previousMonth = shiftMonth(month, -1);
  const prev = hasData(p, previousMonth) ? computeMonth(p, previousMonth) : null;
  const prevScore = new Map(prev?.agents.map((a) => [a.employee.id, a.score]) ?? []);
  const absences = absencesInWindow(p, month, cur.agents);

  const ranked = rankDescending(cur.agents, (a) => a.successes, (a) => a.employee.id);
  const rankOf = new Map(ranked.map((r) => [r.item.employee.id, r.rank]));
  const employees: EmployeeResult[] = cur.agents.map((a) => {
    const flags = new Set<Flag>();
    // A-SCORE-2: a failed month warns; a second failed month in a row recommends dismissal.
    if (a.score < policy.score.passMark) {
      const before = prevScore.get(a.employee.id);
      flags.add(before !== undefined && before < policy.score.passMark ? 'dismissal-recommended' : 'warning');
    }
    // A-ATT-5: three absences within the window recommend dismissal.
    if ((absences.get(a.employee.id) ?? 0) >= policy.attendance.absenceDismissalCount) flags.add('dismissal-recommended');
    if (newHireFailed(p, a, month)) flags.add('dismissal-recommended');
    // A-BON-5: successes in the top share and a clean month.
    const rank = rankOf.get(a.employee.id)!;
    if (a.successes > 0 && rank * 100 <= policy.excellent.topPercent * cur.agents.length
      && a.violations + a.complaints + a.qualityIssues === 0) flags.add('excellent');
    const pay = payTotals(a.employee, a.lines, policy.pay);
    const e = a.employee;
    return {
      id: e.id, name: e.name, team: e.team, level: e.level, score: a.score, grade: null,
      flags: [...flags], finesFen: pay.finesFen, bonusesFen: pay.bonusesFen, payoutFen: pay.payoutFen, lines: pay.lines,
      stats: {
        successes: a.successes, dials: a.dials, connected: a.connected, daysWorked: a.daysWorked,
        monthlyTarget: a.monthlyTarget, absences: a.absences, rank,
      },
    };
  });
  const issues = [...src.issues, ...cur.issues];
  return {
    month, policy: policy.id, policyVersion: policy.version, language: policy.language ?? src.language,
    employees,
    ranking: ranked.map((r) => ({ rank: r.rank, id: r.item.employee.id, name: r.item.employee.name,
      team: r.item.employee.team, metric: 'successes', value: r.value })),
    teams: cur.teams, issues, blocking: issues.some((i) => i.severity === 'error'),
  };
}

function hasData(p: Prepared, month: string): boolean {
  const { first, last } = monthBounds(month);
  const within = (d: { date: string }) => d.date >= first && d.date <= last;
  return p.src.attendance.some(within) || p.src.calls.some(within);
}

/** A-ATT-5 absences per agent over the rolling window ending with this month (months without data count 0). */
function absencesInWindow(p: Prepared, month: string, current: readonly MonthAgent[]): Map<string, number> {
  const total = new Map(current.map((a) => [a.employee.id, a.absences]));
  for (let k = 1; k < p.policy.attendance.absenceWindowMonths; k++) {
    const m = shiftMonth(month, -k);
    if (!hasData(p, m)) continue;
    for (const a of computeMonth(p, m).agents) total.set(a.employee.id, (total.get(a.employee.id) ?? 0) + a.absences);
  }
  return total;
}

/** A-FLAG-1: a new hire whose first week (ending this month) has fewer dials than the minimum. */
function newHireFailed(p: Prepared, a: MonthAgent, month: string): boolean {
  const hire = a.employee.hireDate;
  if (hire === null) return false;
  const end = addDays(hire, p.policy.newHire.firstWeekDays - 1);
  const { first, last } = monthBounds(month);
  if (end < first || end > last) return false;
  return totalsBetween(activityOf(p.activity, a.employee.id), hire, end).dials < p.policy.newHire.minDials;
}
