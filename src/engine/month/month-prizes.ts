// The month's agents together: metric values by agent (memoised) and the rule kinds' steps over all agents (prizes, pools).
import { activityOf, isCallMetric } from './activity.js';
import { monthBounds } from '../read/dates.js';
import type { AnyKind, Rule } from '../rules/kinds/index.js';
import type { Indexed } from '../rules/kinds/kind.js';
import { metricLabel, metricOf, metricValueOf } from '../rules/metrics.js';
import type { MonthAgent, Prepared } from './month.js';
import { streakBefore } from '../rules/rank-prizes.js';
import type { AgentsStep, Known, MonthStep } from './steps.js';
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

/**
 * A Calls sheet metric of an agent's month: the value, and the range of its cells built when a line cites it (every
 * agent is ranked and tiered, one or a few win; the range of each was two row records and three strings).
 */
class CallMonthValue implements Known {
  readonly known = true;
  private range: string | null = null;

  constructor(readonly value: number, private readonly cite: () => string) {}

  get source(): string {
    return (this.range ??= this.cite());
  }
}

const SHEET_VALUES = new WeakMap<MonthAgent, Map<string, Known>>();

/** A Calls or KPI sheet metric of the agent's month, summed once per agent and metric (rules and the ranking share it). */
function sheetValue(p: Prepared, a: MonthAgent, month: string, metric: string): Known {
  let values = SHEET_VALUES.get(a);
  if (values === undefined) SHEET_VALUES.set(a, values = new Map());
  const key = `${month}|${metric}`;
  let v = values.get(key);
  if (v === undefined) {
    const { first, last } = boundsOf(month);
    const activity = activityOf(p.activity, a.employee.id);
    const id = a.employee.id;
    if (isCallMetric(metric)) {
      v = new CallMonthValue(metricValueOf(activity, p.kpi, id, month, metric, first, last),
        () => metricOf(activity, p.kpi, id, month, metric, first, last).source);
    } else {
      const m = metricOf(activity, p.kpi, id, month, metric, first, last);
      v = { ...m, known: m.source !== '' };
    }
    values.set(key, v);
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
    // The shared value itself: its fields are read only, and a call metric's source is built once, when first read.
    default: return sheetValue(p, a, month, metric);
  }
}

/**
 * Adds the lines of every rule that looks at all agents at once into each agent's per-rule lists (`byRule`), kind by
 * kind (rules/kinds/), marks rank and tier wins in `won` for streaks, adds rank flags, and returns the first team rule's table.
 */
export function agentSetLines(p: Prepared, m: MonthStep, agents: MonthAgent[],
  byKind: readonly { k: AnyKind; rules: Indexed<Rule>[] }[]): TeamRow[] {
  const { policy } = p;
  const byId = new Map(agents.map((a) => [a.employee.id, a]));
  const s: AgentsStep = {
    m, agents, byId,
    pool: agents.map((a) => ({ employee: a.employee, activity: activityOf(p.activity, a.employee.id) })),
    push: (id, i, lines) => {
      if (lines) byId.get(id)?.byRule[i].push(...lines);
    },
    streak: (id, i) => 1 + streakBefore((k) => m.agentBefore(id, k)?.won.has(i) === true),
    valueOf: (a, metric) => valueOf(p, a, m.month, metric),
    label: (metric) => metricLabel(metric, policy.kpiColumns),
    teams: null,
  };
  for (const { k, rules } of byKind) if (k.agents && rules.length > 0) k.agents(rules, s);
  return s.teams ?? [];
}
