// Rewards A-BON-1 (first to reach), A-BON-2 (monthly tiers) and A-BON-4 (weekly board).
import { type AgentActivity, totalsBetween } from './activity.js';
import { addDays, isoWeekday, monthDays } from './dates.js';
import { line } from './lines.js';
import type { Policy } from './policy.js';
import { rankDescending, shareFen } from './ranking.js';
import type { Employee, Line } from './types.js';

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
  cell: string;
}

function crossing(agent: Agent, threshold: number, first: string, last: string, timed: boolean): Crossing | null {
  let total = 0;
  if (timed) {
    for (const row of agent.activity.rows) {
      if (row.date < first || row.date > last) continue;
      total += row.successes;
      if (total >= threshold) {
        return { id: agent.employee.id, key: `${row.date} ${String(row.time).padStart(6, '0')}`, date: row.date,
          cell: row.cells.successes ?? row.cells.result ?? row.cells.date ?? '' };
      }
    }
    return null;
  }
  for (const day of agent.activity.days.values()) {
    if (day.date < first || day.date > last) continue;
    total += day.successes;
    if (total >= threshold) return { id: agent.employee.id, key: day.date, date: day.date, cell: day.lastCell };
  }
  return null;
}

/**
 * A-BON-1: the first agent to reach each threshold of month successes wins its amount. Ordered by timestamp when
 * every call row has a time; with daily totals, agents reaching it on the same day share the amount equally
 * (fen remainders go to the lowest IDs).
 */
export function firstToReach(agents: readonly Agent[], firsts: Policy['firsts'], month: { first: string; last: string }): Lines {
  const out: Lines = new Map();
  const active = agents.filter((a) => a.activity.rows.length > 0);
  const timed = active.length > 0 && active.every((a) => a.activity.timed);
  for (const prize of firsts) {
    const crossings = active.map((a) => crossing(a, prize.threshold, month.first, month.last, timed))
      .filter((c): c is Crossing => c !== null);
    if (crossings.length === 0) continue;
    const best = crossings.reduce((m, c) => (c.key < m ? c.key : m), crossings[0].key);
    const winners = crossings.filter((c) => c.key === best).sort((a, b) => (a.id < b.id ? -1 : 1));
    const shares = shareFen(prize.amountFen, winners.length);
    winners.forEach((w, i) => {
      const shared = winners.length > 1;
      push(out, w.id, line('A-BON-1', w.date, 'bonus', shares[i], 0, w.cell,
        `本月首个达到 ${prize.threshold} 单成功${shared ? `（${winners.length} 人同日达到，平分）` : ''}`,
        `first to reach ${prize.threshold} successes this month${shared ? ` (shared by ${winners.length} reaching it the same day)` : ''}`));
    });
  }
  return out;
}

/** A-BON-2: the highest tier reached by month successes, only with full attendance when the policy says so. */
export function tierBonus(successes: number, source: string, fullAttendance: boolean, rules: Policy['tiers']): Line | null {
  if (rules.requireFullAttendance && !fullAttendance) return null;
  const tier = [...rules.tiers].sort((a, b) => b.min - a.min).find((t) => successes >= t.min);
  if (!tier) return null;
  return line('A-BON-2', null, 'bonus', tier.amountFen, 0, source,
    `月度成功 ${successes} 单，达到 ≥${tier.min} 档${rules.requireFullAttendance ? '（全勤）' : ''}`,
    `${successes} successes this month, tier ≥${tier.min}${rules.requireFullAttendance ? ' (full attendance)' : ''}`);
}

/** Sundays of the month: A-BON-4 pays each Monday–Sunday week in the month holding its Sunday. */
export function boardSundays(month: string): string[] {
  return monthDays(month).filter((d) => isoWeekday(d) === 7);
}

/**
 * A-BON-4 weekly board: top N by weekly successes, top N by improvement over the previous week (only when the
 * previous week has call data at all), top N by dials; ties at the cut-off all win. Zero values never win.
 */
export function weeklyBoard(agents: readonly Agent[], month: string, rules: Policy['weeklyBoard']): Lines {
  const out: Lines = new Map();
  for (const sunday of boardSundays(month)) {
    const monday = addDays(sunday, -6);
    const week = agents.map((a) => ({ a, cur: totalsBetween(a.activity, monday, sunday),
      prev: totalsBetween(a.activity, addDays(monday, -7), addDays(monday, -1)) }));
    const prevHasData = week.some((w) => w.prev.source !== '');
    const award = (rule: string, n: number, fen: number, value: (w: (typeof week)[number]) => number, zh: string, en: string) => {
      if (n <= 0) return;
      const candidates = week.filter((w) => value(w) > 0);
      for (const r of rankDescending(candidates, value, (w) => w.a.employee.id)) {
        if (r.rank > n) break;
        push(out, r.item.a.employee.id, line(rule, sunday, 'bonus', fen, 0, r.item.cur.source,
          `${monday}~${sunday} ${zh} 第 ${r.rank} 名（${r.value}）`, `${monday}–${sunday} ${en} rank ${r.rank} (${r.value})`));
      }
    };
    award('A-BON-4', rules.topN, rules.topFen, (w) => w.cur.successes, '周成功榜（优秀奖）', 'weekly successes (excellence)');
    if (prevHasData) {
      award('A-BON-4', rules.improvementN, rules.improvementFen, (w) => w.cur.successes - w.prev.successes,
        '周进步榜（进步奖）', 'weekly improvement (progress)');
    }
    award('A-BON-4', rules.dialsN, rules.dialsFen, (w) => w.cur.dials, '周外呼量榜（啄木鸟奖）', 'weekly dials (woodpecker)');
  }
  return out;
}
