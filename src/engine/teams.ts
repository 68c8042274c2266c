// The team prize kind (A-BON-3, C-BON-2 best team): teams ranked by a metric per head, and the team table.
import { line } from './lines.js';
import { METRIC_LABELS } from './metrics.js';
import type { RuleOf } from './policy.js';
import { rankDescending, shareFen } from './ranking.js';
import type { Employee, Line, TeamRow, Text } from './types.js';

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
  for (const r of rankDescending(stats, (t) => t.perHead, (t) => t.team)) {
    const t = r.item;
    const missed = t.list.filter((m) => requireAllMetTarget && !m.metMonthly).map((m) => m.employee.id);
    const blemished = t.list.filter((m) => rules.requireClean && m.blemishes > 0).map((m) => m.employee.id);
    const prize = r.rank === 1 && t.successes > 0 && missed.length === 0 && blemished.length === 0;
    const reason = r.rank !== 1 ? { zh: '', en: '' }
      : prize ? { zh: '人均成功第一，全员达标且无违规投诉', en: 'top per head, every member met target, no violation or complaint' }
        : missed.length > 0 ? { zh: `未达标：${missed.join('、')}`, en: `target missed by ${missed.join(', ')}` }
          : blemished.length > 0 ? { zh: `有违规或投诉：${blemished.join('、')}`, en: `violation or complaint: ${blemished.join(', ')}` }
            : { zh: '无成功单', en: 'no successes' };
    teams.push({ team: t.team, headcount: t.list.length, successes: t.successes,
      perHead: Math.round(t.perHead * 100) / 100, rank: r.rank, prize, reason });
    if (!prize) continue;
    const sorted = [...t.list].sort((a, b) => (a.employee.id < b.employee.id ? -1 : 1));
    const shares = shareFen(rules.sharedFen, sorted.length);
    const shareOf = new Map(sorted.map((m, i) => [m.employee.id, shares[i]]));
    for (const m of t.list) {
      const leader = m.employee.leader;
      const fen = (leader ? rules.leaderFen : rules.memberFen) + (shareOf.get(m.employee.id) ?? 0);
      if (fen === 0) continue;
      lines.set(m.employee.id, [line(rules.rule, null, 'bonus', fen, 0,
        m.source || m.employee.cells.team || '',
        `团队奖：${t.team} 人均${label.zh}第一（${teams[teams.length - 1].perHead}）${leader ? '，组长' : ''}`,
        `team prize: ${t.team} first by ${label.en} per head (${teams[teams.length - 1].perHead})${leader ? ', leader' : ''}`)]);
    }
  }
  return { teams, lines };
}
