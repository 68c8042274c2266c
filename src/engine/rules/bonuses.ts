// Reward kinds over call activity: first to reach (A-BON-1), tier tables (A-BON-2, C-BON-3), weekly rank boards (A-BON-4).
import { type AgentActivity, type CallMetric, isCallMetric, metricCell } from '../month/activity.js';
import { reaches, rowReaching } from '../month/call-groups.js';
import { crossingKey, type DayTotals } from './call-metrics.js';
import { highestTier } from './formulas.js';
import { METRIC_LABELS } from './metrics.js';
import { addDays, isoWeekday, monthDays } from '../read/dates.js';
import { line, spanA1 } from '../month/lines.js';
import type { RuleOf } from './policy.js';
import { shareFen, topRanked } from '../month/ranking.js';
import type { CallRow, Employee, Line, Text } from '../types.js';

export interface Agent {
  employee: Employee;
  activity: AgentActivity;
}

type Lines = Map<string, Line[]>;

function push(out: Lines, id: string, l: Line): void {
  const list = out.get(id);
  if (list) list.push(l);
  else out.set(id, [l]);
}

interface Crossing {
  id: string;
  /** sortable moment: 'yyyy-mm-dd' or 'yyyy-mm-dd 000000' with seconds */
  key: string;
  date: string;
  /** the row whose metric cell the line cites: built only for the winners (2,000 agents cross, one or two win) */
  row: CallRow;
}

/** The crossing of an agent whose moment is not found day by day: aggregated records, or timed talk minutes. */
function crossing(agent: Agent, threshold: number, first: string, last: string, metric: CallMetric): Crossing | null {
  // Aggregated records carry no rows: the crossing record was found with the aggregation (src/calls).
  const found = agent.activity.crossings;
  if (found) {
    const c = found.get(crossingKey(metric, threshold, first.slice(0, 7)));
    return c ? { id: agent.employee.id, key: `${c.date} ${String(c.time).padStart(6, '0')}`, date: c.date, row: c.row } : null;
  }
  // Fractional talk minutes could add up differently day by day: they take every row in time order.
  return rowCrossing(agent, agent.activity.rows, 0, threshold, first, last, metric);
}

/** The day an agent's running total of the month's days reaches the threshold, with the total before it. */
interface CrossingDay {
  at: number;
  day: DayTotals;
  total: number;
}

function crossingDay(agent: Agent, threshold: number, first: string, last: string, metric: CallMetric): { day: DayTotals; total: number } | null {
  let total = 0;
  for (const day of agent.activity.days.values()) {
    if (day.date < first || day.date > last) continue;
    if (total + day.values[metric] < threshold) {
      total += day.values[metric];
      continue;
    }
    return { day, total };
  }
  return null;
}

/** The crossing on its day: the day itself with daily totals, else the day's row that reaches the threshold. */
function dayCrossing(agent: Agent, c: CrossingDay, threshold: number, timed: boolean, metric: CallMetric): Crossing | null {
  const { day } = c;
  if (!timed) return { id: agent.employee.id, key: day.date, date: day.date, row: day.lastRow };
  // Whole counts are never negative, so the crossing falls on this day: only its rows are put in time order.
  const row = rowReaching(agent.activity, day.date, metric, c.total, threshold);
  return row === null ? null : { id: agent.employee.id, key: `${row.date} ${String(row.time).padStart(6, '0')}`, date: row.date, row };
}

/**
 * The agents' crossings that can be the month's first (in agent order; null for the others). A crossing's moment
 * starts with its day, so of the agents found day by day only those crossing on the earliest day are worked out to
 * the row (a later day is looked at only when no row of that day crosses): walking each agent's rows of its day was
 * ≈ 5 µs of memory stalls per agent and threshold, and only the earliest day's can win.
 */
function earliestCrossings(active: readonly Agent[], threshold: number, first: string, last: string, timed: boolean,
  metric: CallMetric): (Crossing | null)[] {
  const out: (Crossing | null)[] = active.map(() => null);
  const byDay: CrossingDay[] = [];
  active.forEach((a, at) => {
    if (timed && (a.activity.crossings || metric === 'talkMinutes')) out[at] = crossing(a, threshold, first, last, metric);
    else {
      const c = crossingDay(a, threshold, first, last, metric);
      if (c) byDay.push({ at, ...c });
    }
  });
  const dates = [...new Set(byDay.map((c) => c.day.date))].sort();
  for (const date of dates) {
    let crossed = false;
    for (const c of byDay) {
      if (c.day.date !== date) continue;
      out[c.at] = dayCrossing(active[c.at], c, threshold, timed, metric);
      crossed ||= out[c.at] !== null;
    }
    if (crossed) break;
  }
  return out;
}

/** The first of `rows` (in time order) at which `total` plus their metric reaches the threshold. */
function rowCrossing(agent: Agent, rows: readonly CallRow[], total: number, threshold: number, first: string, last: string,
  metric: CallMetric): Crossing | null {
  for (const row of rows) {
    if (row.date < first || row.date > last) continue;
    total += row[metric];
    if (reaches(metric, total, threshold)) {
      return { id: agent.employee.id, key: `${row.date} ${String(row.time).padStart(6, '0')}`, date: row.date, row };
    }
  }
  return null;
}

/**
 * A-BON-1: the first agent to reach each threshold of month successes wins its amount. Ordered by timestamp when
 * every call row has a time; with daily totals, agents reaching it on the same day share the amount equally
 * (fen remainders go to the lowest IDs).
 */
export function firstToReach(agents: readonly Agent[], firsts: RuleOf<'first'>['thresholds'], month: { first: string; last: string },
  rule = 'A-BON-1', metric: CallMetric = 'successes'): Lines {
  const label = METRIC_LABELS[metric];
  const out: Lines = new Map();
  const active = agents.filter((a) => a.activity.days.size > 0);
  const timed = active.length > 0 && active.every((a) => a.activity.timed);
  for (const prize of firsts) {
    const crossings = earliestCrossings(active, prize.threshold, month.first, month.last, timed, metric)
      .filter((c): c is Crossing => c !== null);
    if (crossings.length === 0) continue;
    const best = crossings.reduce((m, c) => (c.key < m ? c.key : m), crossings[0].key);
    const winners = crossings.filter((c) => c.key === best).sort((a, b) => (a.id < b.id ? -1 : 1));
    const shares = shareFen(prize.amountFen, winners.length);
    winners.forEach((w, i) => {
      const shared = winners.length > 1;
      push(out, w.id, line(rule, w.date, 'bonus', shares[i], 0, metricCell(w.row, metric),
        `本月首个达到 ${prize.threshold} 单${label.zh}${shared ? `（${winners.length} 人同日达到，平分）` : ''}`,
        `first to reach ${prize.threshold} ${label.en} this month${shared ? ` (shared by ${winners.length} reaching it the same day)` : ''}`));
    });
  }
  return out;
}

/**
 * A-BON-2 / C-BON-3 tier table: the highest tier (fen) reached by the month's value, only with full attendance and a
 * clean record when the rule asks. `label` names the metric in the reason (successes by default).
 */
export function tierBonus(value: number, source: string, fullAttendance: boolean, rule: RuleOf<'tiers'>, clean = true,
  label: Text = METRIC_LABELS.successes): Line | null {
  if (rule.requireFullAttendance && !fullAttendance) return null;
  if (rule.requireClean && !clean) return null;
  const tier = highestTier(value, rule.tiers);
  if (!tier) return null;
  const unit = label.en === METRIC_LABELS.successes.en ? ' 单' : '';
  // C-BON-3 full attendance is a yes/no metric: '月度全勤 1，达到 ≥1 档' said as what it is.
  if (label.en === METRIC_LABELS.fullAttendance.en && tier.min <= 1) {
    return line(rule.rule, null, 'bonus', tier.amountFen, 0, source, '本月全勤', 'full attendance this month');
  }
  return line(rule.rule, null, 'bonus', tier.amountFen, 0, source,
    `月度${label.zh} ${value}${unit}，达到 ≥${tier.min} 档${rule.requireFullAttendance ? '（全勤）' : ''}`,
    `${label.en} this month: ${value}, tier ≥${tier.min}${rule.requireFullAttendance ? ' (full attendance)' : ''}`);
}

/** Sundays of the month: A-BON-4 pays each Monday–Sunday week in the month holding its Sunday. */
export function boardSundays(month: string): string[] {
  return monthDays(month).filter((d) => isoWeekday(d) === 7);
}

/**
 * A-BON-4 weekly boards (rank rules with period 'week'): per Monday–Sunday week of the month's Sundays, each rule in
 * order pays its top N by the week's value, or by improvement over the previous week (only when the previous week has
 * call data at all); ties at the cut-off all win; zero values never win. Lines are dated the week's Sunday.
 */
export function weeklyBoard(agents: readonly Agent[], month: string, rules: readonly RuleOf<'rank'>[]): Lines {
  const out: Lines = new Map();
  const sundays = boardSundays(month);
  if (sundays.length === 0) return out;
  // Week 0 is the week before the first Sunday's, week k + 1 the week of Sunday k: each agent's days are summed into
  // them in one pass (each week's totals are read by every board of its week and the next week's improvement).
  const weekOf = new Map<string, number>();
  const start = addDays(sundays[0], -13);
  for (let i = 0; i < 7 * (sundays.length + 1); i++) weekOf.set(addDays(start, i), Math.floor(i / 7));
  const totals = agents.map((a) => weekTotals(a.activity, weekOf, sundays.length + 1));
  const values = new Float64Array(agents.length);
  sundays.forEach((sunday, k) => {
    const monday = addDays(sunday, -6);
    for (const rule of rules) {
      if (rule.topN <= 0 || !isCallMetric(rule.metric)) continue;
      const metric = rule.metric;
      const improvement = rule.basis === 'improvement';
      if (improvement && !agents.some((a, i) => firstCellOf(a.activity, weekOf, k, totals[i][k]) !== '')) continue;
      // Only agents with a positive value stand, by index (not a record per agent and board: 30,000 a month).
      const candidates: number[] = [];
      for (let i = 0; i < agents.length; i++) {
        const cur = totals[i][k + 1].values[metric];
        values[i] = improvement ? cur - totals[i][k].values[metric] : cur;
        if (values[i] > 0) candidates.push(i);
      }
      for (const r of topRanked(candidates, (i) => values[i], (i) => agents[i].employee.id, rule.topN)) {
        const i = r.item;
        push(out, agents[i].employee.id, line(rule.rule, sunday, 'bonus', rule.amountFen, 0,
          sourceOf(agents[i].activity, weekOf, k + 1, totals[i][k + 1]),
          `${monday}~${sunday} ${rule.name.zh}第 ${r.rank} 名（${r.value}）`, `${monday}–${sunday} ${rule.name.en} rank ${r.rank} (${r.value})`));
      }
    }
  });
  return out;
}

interface WeekTotals {
  values: Record<CallMetric, number>;
  /** the week's first and last days (null when no rows): their cells are built for winners' lines only */
  first: DayTotals | null;
  last: DayTotals | null;
}

/**
 * The successes cell of week k's first day that has one ('' when none): read for the winners' lines and to see that a
 * week has data, not for 2,000 agents × 6 weeks (each a row record and a string).
 */
function firstCellOf(agent: AgentActivity, weekOf: ReadonlyMap<string, number>, k: number, w: WeekTotals): string {
  if (w.first === null) return '';
  const cell = w.first.firstCell;
  if (cell !== '') return cell;
  for (const day of agent.days.values()) {
    if (weekOf.get(day.date) === k && day.firstCell !== '') return day.firstCell;
  }
  return '';
}

/** Week k's successes cells as one range ('' when no rows): only winners' lines need it. */
function sourceOf(agent: AgentActivity, weekOf: ReadonlyMap<string, number>, k: number, w: WeekTotals): string {
  const first = firstCellOf(agent, weekOf, k, w);
  return first === '' ? '' : spanA1(first, w.last!.lastCell);
}

/**
 * Every call metric summed per week (`weekOf`: the week index of each date; days in date order), with each week's
 * first and last days (null when no rows).
 */
function weekTotals(agent: AgentActivity, weekOf: ReadonlyMap<string, number>, count: number): WeekTotals[] {
  const weeks: WeekTotals[] = [];
  for (let k = 0; k < count; k++) {
    weeks.push({ values: { dials: 0, connected: 0, successes: 0, talkMinutes: 0, appointments: 0, opportunities: 0,
      contractPaymentFen: 0, contacts: 0, invitations: 0 }, first: null, last: null });
  }
  for (const day of agent.days.values()) {
    const k = weekOf.get(day.date);
    if (k === undefined) continue;
    const w = weeks[k];
    const v = day.values;
    const values = w.values;
    values.dials += v.dials;
    values.connected += v.connected;
    values.successes += v.successes;
    values.talkMinutes += v.talkMinutes;
    values.appointments += v.appointments;
    values.opportunities += v.opportunities;
    values.contractPaymentFen += v.contractPaymentFen;
    values.contacts += v.contacts;
    values.invitations += v.invitations;
    w.first ??= day;
    w.last = day;
  }
  return weeks;
}
