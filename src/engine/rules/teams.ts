// The team prize kind (A-BON-3, C-BON-2 best team): teams ranked by a metric per head, and the team table.
import { line } from '../month/lines.js';
import { METRIC_NAMES } from '../report/labels.js';
import { METRIC_LABELS } from './metrics.js';
import type { RuleOf } from './policy.js';
import { rankDescending, shareFen } from '../month/ranking.js';
import type { Employee, Line, TeamRow, Text } from '../types.js';

export interface TeamMember {
  employee: Employee;
  /** the rule's metric this month (successes for A-BON-3) */
  successes: number;
  metMonthly: boolean;
  /** violations and complaints this month */
  blemishes: number;
  /** where the member's successes came from */
  source: string;
}

/**
 * A-BON-3: the top team by the metric per head (ties: every top team) wins when every member met the required
 * target and no member had a violation or complaint: the leader and each other member their amounts (fen), plus a
 * shared amount split equally (fen remainders to the first members by ID). Outbound-center: 100 元 / 50 元.
 */
export function teamPrize(members: readonly TeamMember[], rules: RuleOf<'team'>, label: Text = METRIC_LABELS.successes):
{ teams: TeamRow[]; lines: Map<string, Line[]> } {
  const requireAllMetTarget = rules.requireTarget !== null;
  const byTeam = new Map<string, TeamMember[]>();
  for (const m of members) {
    if (m.employee.team === null) continue;
    const list = byTeam.get(m.employee.team);
    if (list) list.push(m);
    else byTeam.set(m.employee.team, [m]);
  }
  const stats = [...byTeam.entries()].map(([team, list]) => {
    const successes = list.reduce((s, m) => s + m.successes, 0);
    return { team, list, successes, perHead: successes / list.length };
  });
  const lines = new Map<string, Line[]>();
  const teams: TeamRow[] = [];
  const ranked = rankDescending(stats, (t) => t.perHead, (t) => t.team);
  const top = ranked.filter((r) => r.rank === 1).map((r) => r.item.team);
  const perHead = (v: number) => Math.round(v * 100) / 100;
  // The table names the metric as a column reads it ('成功量', '分数'); a KPI column by its own header.
  const name = METRIC_NAMES[rules.metric] ?? label;
  for (const r of ranked) {
    const t = r.item;
    const missed = t.list.filter((m) => requireAllMetTarget && !m.metMonthly).map((m) => m.employee.id);
    const blemished = t.list.filter((m) => rules.requireClean && m.blemishes > 0).map((m) => m.employee.id);
    const prize = r.rank === 1 && t.successes > 0 && missed.length === 0 && blemished.length === 0;
    teams.push({ team: t.team, headcount: t.list.length, successes: t.successes, perHead: perHead(t.perHead),
      rank: r.rank, prize, reason: teamReason(r.rank, prize, missed, blemished, t.successes, name, rules, top), metric: name });
    if (!prize) continue;    if (!prize) continue;
    const sorted = [...t.list].sort((a, b) => (a.employee.id < b.employee.id ? -1 : 1));
    const shares = shareFen(rules.sharedFen, sorted.length);
    const shareOf = new Map(sorted.map((m, i) => [m.employee.id, shares[i]]));
    for (const m of t.list) {
      const leader = m.employee.leader;
      const fen = (leader ? rules.leaderFen : rules.memberFen) + (shareOf.get(m.employee.id) ?? 0);
      if (fen === 0) continue;
      lines.set(m.employee.id, [line(rules.rule, null, 'bonus', fen, 0,
        m.source || m.employee.cells.team || '',
        `团队奖：${t.team} 人均${label.zh}第一（${perHead(t.perHead)}）${leader ? '，组长' : ''}`,
        `team prize: ${t.team} first by ${label.en} per head (${perHead(t.perHead)})${leader ? ', leader' : ''}`)]);
    }
  }
  return { teams, lines };
}

/**
 * Why a team won or did not, in the words of the rule: its metric, and only the conditions it sets
 * (every member on target when `requireTarget`, no violation or complaint when `requireClean`).
 */
function teamReason(rank: number, prize: boolean, missed: string[], blemished: string[], total: number, label: Text,
  rules: RuleOf<'team'>, top: string[]): Text {
  if (rank !== 1) {
    return { zh: `人均${label.zh}第 ${rank} 名，未获奖（第一名：${top.join('、')}）`,
      en: `${ordinal(rank)} by ${label.en} per head, no prize (first: ${top.join(', ')})` };
  }
  if (prize) {
    const zh = [`人均${label.zh}第一`, ...(rules.requireTarget !== null ? ['全员达标'] : []), ...(rules.requireClean ? ['无违规投诉'] : [])];
    const en = [`first by ${label.en} per head`, ...(rules.requireTarget !== null ? ['every member met target'] : []),
      ...(rules.requireClean ? ['no violation or complaint'] : [])];
    return { zh: zh.join('，'), en: en.join(', ') };
  }
  if (missed.length > 0) return { zh: `人均第一，但未达标：${missed.join('、')}`, en: `first per head, but target missed by ${missed.join(', ')}` };
  if (blemished.length > 0) return { zh: `人均第一，但有违规或投诉：${blemished.join('、')}`, en: `first per head, but a violation or complaint: ${blemished.join(', ')}` };
  return total === 0 ? { zh: `无${label.zh}`, en: `no ${label.en}` } : { zh: '未获奖', en: 'no prize' };
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${s}`;
}
