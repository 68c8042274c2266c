// The rank prize kind (A-BON-4 weekly boards, A-BON-5 top %, C-BON-1/2): top N or top % per week or month; ../bonuses.ts and ../rank-prizes.ts rank.
import { z } from 'zod';
import { weeklyBoard } from '../bonuses.js';
import { isCallMetric } from '../call-metrics.js';
import { metricNeed } from '../needs.js';
import { monthWinners, rankLine, streakPays } from '../rank-prizes.js';
import { fen, flagSchema, ruleId, text } from '../schema.js';
import type { KindModule } from './kind.js';

/** rank prize: top N or top % by a metric per week or month, or by improvement over the previous period. */
export const rankSchema = z.object({
  kind: z.literal('rank'),
  rule: ruleId,
  name: text,
  metric: z.string().min(1),
  period: z.enum(['week', 'month']),
  basis: z.enum(['value', 'improvement']),
  topN: z.number().int().min(0),
  /** when set, the top share of all agents instead of top N (A-BON-5: 60) */
  topPercent: z.number().min(0).max(100).nullable(),
  amountFen: fen,
  flag: flagSchema.nullable(),
  requireClean: z.boolean(),
  /** C-BON-1: in the top for this many months running; paid in every Nth month of the run */
  streakMonths: z.number().int().min(1),
});


export const rank: KindModule<typeof rankSchema> = {
  kind: 'rank',
  schema: rankSchema,
  title: ['排名奖', 'rank prize'],
  labels: {
    'rules[].topN': ['前几名', 'top places'],
    'rules[].topPercent': ['前百分之几（留空按名次）', 'top percent (blank = top places)'],
  },
  inputs: (r, p) => [metricNeed(r.metric, p, r.rule)],
  check(rule, c) {
    c.metric(rule.metric, rule.rule);
    if (rule.period === 'week' && !isCallMetric(rule.metric)) c.fault(rule.rule, `"${rule.metric}" is not a Calls sheet metric, which this rule needs`);
  },
  agents(rules, s) {
    const weekly = rules.filter((r) => r.rule.period === 'week');
    if (weekly.length > 0) {
      // All weekly boards together, week by week, so each Sunday's lines stay together (in the first weekly rule's lines).
      const board = weeklyBoard(s.pool, s.m.month, weekly.map((w) => w.rule));
      for (const [id, lines] of board) s.push(id, weekly[0].index, lines);
    }
    for (const { rule: r, index: i } of rules) {
      if (r.period !== 'month') continue;
      const candidates = s.agents.map((a) => {
        const v = s.valueOf(a, r.metric);
        // The source is read for the winners' lines only (a call metric builds its range when read).
        return { id: a.employee.id, value: v.known ? v.value : null, get source() { return v.source || a.employee.cells.id || ''; },
          clean: a.violations + a.complaints + a.qualityIssues === 0 };
      });
      for (const win of monthWinners(r, candidates)) {
        const a = s.byId.get(win.id)!;
        a.won.add(i);
        const run = s.streak(win.id, i);
        if (!streakPays(run, r.streakMonths)) continue;
        if (r.flag) a.flags.add(r.flag);
        const l = rankLine(r, win, run, s.label(r.metric));
        if (l) a.byRule[i].push(l);
      }
    }
  },
};
