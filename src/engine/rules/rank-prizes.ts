// Month rank prizes (A-BON-5 top %, C-BON-1 rank 1 months running, C-BON-2 best agent) and streaks of months.
import { line } from '../month/lines.js';
import type { RuleOf } from './policy.js';
import { rankDescending } from '../month/ranking.js';
import type { Line, Text } from '../types.js';

export interface RankCandidate {
  id: string;
  /** the month's value; null or 0 never wins */
  value: number | null;
  /** no violation, complaint or quality issue this month */
  clean: boolean;
  source: string;
}

export interface RankWin {
  id: string;
  rank: number;
  value: number;
  source: string;
}

/**
 * The agents in the top N (or the top percent of all `candidates`) by value this month, ties sharing a rank (all win at
 * the cut-off); agents with no value or 0 never win; with `requireClean` an unclean agent keeps its rank but does not win.
 */
export function monthWinners(rule: RuleOf<'rank'>, candidates: readonly RankCandidate[]): RankWin[] {
  const valued = candidates.filter((c): c is RankCandidate & { value: number } => c.value !== null && c.value > 0);
  const out: RankWin[] = [];
  for (const r of rankDescending(valued, (c) => c.value, (c) => c.id)) {
    const inside = rule.topPercent !== null ? r.rank * 100 <= rule.topPercent * candidates.length : r.rank <= rule.topN;
    if (!inside) break;
    if (rule.requireClean && !r.item.clean) continue;
    out.push({ id: r.item.id, rank: r.rank, value: r.value, source: r.item.source });
  }
  return out;
}

/**
 * Whether a run of `streak` months (this one included) pays: every Nth month of the run (C-BON-1: the 3rd, 6th …).
 * With N = 1 every month pays.
 */
export function streakPays(streak: number, months: number): boolean {
  return streak > 0 && streak % months === 0;
}

/** The Details line of a rank win (bonus), or null when the rule pays nothing. */
export function rankLine(rule: RuleOf<'rank'>, win: RankWin, streak: number, label: Text): Line | null {
  if (rule.amountFen === 0) return null;
  const run = rule.streakMonths > 1 ? { zh: `，连续 ${streak} 个月`, en: `, ${streak} months running` } : { zh: '', en: '' };
  return line(rule.rule, null, 'bonus', rule.amountFen, 0, win.source,
    `${rule.name.zh}：${label.zh} ${win.value}，第 ${win.rank} 名${run.zh}`, `${rule.name.en}: ${label.en} ${win.value}, rank ${win.rank}${run.en}`);
}

/** Consecutive months before this one (1, 2, …) for which `held(k)` is true. */
export function streakBefore(held: (k: number) => boolean): number {
  let n = 0;
  while (n < 120 && held(n + 1)) n += 1;
  return n;
}
