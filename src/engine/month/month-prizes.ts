// Rules over the month's agents together: first to reach, tiers, team prizes, weekly and monthly rank prizes, shared pools.
import { activityOf, isCallMetric } from './activity.js';
import { type Agent, firstToReach, tierBonus, weeklyBoard } from '../rules/bonuses.js';
import { poolCommission } from '../rules/commissions.js';
import { monthBounds } from '../read/dates.js';
import { type MetricValue, metricLabel, metricOf } from '../rules/metrics.js';
import type { MonthAgent, Prepared } from './month.js';
import { monthWinners, rankLine, streakBefore, streakPays } from '../rules/rank-prizes.js';
import { teamPrize } from '../rules/teams.js';
import type { TeamRow } from '../types.js';

const BOUNDS = new Map<string, { first: string; last: string }>();

/** First and last date of a month, worked out once per month (valueOf runs per agent and rule). */
function boundsOf(month: string): { first: string; last: string } {
  let b = BOUNDS.get(month);
  if (b === undefined) BOUNDS.set(month, b = monthBounds(month));
  return b;
}

/** The source of an agent's first rule line, or undefined when it has none. */
function firstSource(a: MonthAgent): string | undefined {
  for (const lines of a.byRule) if (lines.length > 0) return lines[0].source;
  return undefined;
}

type Known = MetricValue & { known: boolean };
const SHEET_VALUES = new WeakMap<MonthAgent, Map<string, Known>>();

/** A Calls or KPI sheet metric of the agent's month, summed once per agent and metric (rules and the ranking share it). */
function sheetValue(p: Prepared, a: MonthAgent, month: string, metric: string): Known {
  let values = SHEET_VALUES.get(a);
  if (values === undefined) SHEET_VALUES.set(a, values = new Map());
  const key = `${month}|${metric}`;
  let v = values.get(key);
  if (v === undefined) {
    const b = boundsOf(month);
    const m = metricOf(activityOf(p.activity, a.employee.id), p.kpi, a.employee.id, month, metric, b.first, b.last);
    values.set(key, v = { ...m, known: isCallMetric(metric) || m.source !== '' });
  }
  return v;
}

/** A metric of one agent for the month: derived figures (score, fullAttendance, daysWorked, absences) or sheet values. */
export function valueOf(p: Prepared, a: MonthAgent, month: string, metric: string): Known {
  const id = a.employee.cells.id ?? '';
  switch (metric) {
    case 'score': return { value: a.score ?? 0, source: firstSource(a) ?? id, known: a.score !== null };
    case 'fullAttendance': return { value: a.fullAttendance ? 1 : 0, source: id, known: true };
    case 'daysWorked': return { value: a.daysWorked, source: id, known: true };
    case 'absences': return { value: a.absences, source: id, known: true };
    default: return { ...sheetValue(p, a, month, metric) };
  }
}

/**
 * Adds the lines of every rule that looks at all agents at once into each agent's per-rule lists (`byRule`), marks
 * rank and tier wins in `won` for streaks, adds rank flags, and returns the first team rule's table.
 */
export function agentSetLines(p: Prepared, month: string, agents: MonthAgent[],
  agentBefore: (id: string, k: number) => MonthAgent | null): TeamRow[] {
  const { policy } = p;
  const bounds = monthBounds(month);
  const pool: Agent[] = agents.map((a) => ({ employee: a.employee, activity: activityOf(p.activity, a.employee.id) }));
  const byId = new Map(agents.map((a) => [a.employee.id, a]));
  const push = (id: string, i: number, lines: readonly MonthAgent['lines'][number][] | undefined) => {
    if (lines) byId.get(id)?.byRule[i].push(...lines);
  };
  const streak = (id: string, i: number) => 1 + streakBefore((k) => agentBefore(id, k)?.won.has(i) === true);
  let teams: TeamRow[] | null = null;
  const weekRules = policy.rules.filter((r) => r.kind === 'rank' && r.period === 'week');
  const firstWeek = policy.rules.findIndex((r) => r.kind === 'rank' && r.period === 'week');

  policy.rules.forEach((r, i) => {
    const label = 'metric' in r ? metricLabel(r.metric, policy.kpiColumns) : { zh: '', en: '' };
    if (r.kind === 'first' && isCallMetric(r.metric)) {
      for (const [id, lines] of firstToReach(pool, r.thresholds, bounds, r.rule, r.metric)) push(id, i, lines);
    } else if (r.kind === 'tiers') {
      for (const a of agents) {
        const v = valueOf(p, a, month, r.metric);
        const clean = a.violations + a.complaints + a.qualityIssues === 0;
        const source = (r.metric === 'successes' ? a.successSource : v.source) || a.employee.cells.id || '';
        const l = v.known ? tierBonus(v.value, source, a.fullAttendance, r, clean, label) : null;
        if (!l) continue;
        a.won.add(i);
        if (streakPays(streak(a.employee.id, i), r.streakMonths)) a.byRule[i].push(l);
      }
    } else if (r.kind === 'team') {
      const members = agents.map((a) => {
        const v = valueOf(p, a, month, r.metric);
        return { employee: a.employee, successes: v.value,
          metMonthly: r.requireTarget === null || a.targets.get(r.requireTarget)?.met === true,
          blemishes: a.violations + a.complaints, source: r.metric === 'successes' ? a.successSource : v.source };
      });
      const result = teamPrize(members, r, label);
      teams ??= result.teams;
      for (const [id, lines] of result.lines) push(id, i, lines);
    } else if (r.kind === 'rank' && r.period === 'week' && i === firstWeek) {
      // All weekly boards together, week by week, so each Sunday's lines stay together.
      const board = weeklyBoard(pool, month, weekRules.filter((w) => w.kind === 'rank'));
      for (const [id, lines] of board) push(id, i, lines);
    } else if (r.kind === 'rank' && r.period === 'month') {
      const candidates = agents.map((a) => {
        const v = valueOf(p, a, month, r.metric);
        return { id: a.employee.id, value: v.known ? v.value : null, source: v.source || a.employee.cells.id || '',
          clean: a.violations + a.complaints + a.qualityIssues === 0 };
      });
      for (const win of monthWinners(r, candidates)) {
        const a = byId.get(win.id)!;
        a.won.add(i);
        const run = streak(win.id, i);
        if (!streakPays(run, r.streakMonths)) continue;
        if (r.flag) a.flags.add(r.flag);
        const l = rankLine(r, win, run, label);
        if (l) a.byRule[i].push(l);
      }
    } else if (r.kind === 'commission' && r.basis === 'pool') {
      const values = agents.map((a) => ({ id: a.employee.id, value: valueOf(p, a, month, r.metric) }));
      for (const [id, l] of poolCommission(r, values, label)) push(id, i, [l]);
    }
  });
  return teams ?? [];
}
