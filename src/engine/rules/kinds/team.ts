// The team prize kind (A-BON-3, C-BON-2 best team): teams ranked by a metric per head; ../teams.ts ranks them.
import { z } from 'zod';
import { metricNeed } from '../needs.js';
import { fen, ruleId, text } from '../schema.js';
import { teamPrize } from '../teams.js';
import type { KindModule } from './kind.js';

/** team prize: teams ranked by a metric per head; the top team's leader, members and a shared amount. */
export const teamSchema = z.object({
  kind: z.literal('team'),
  rule: ruleId,
  name: text,
  metric: z.string().min(1),
  leaderFen: fen,
  memberFen: fen,
  /** split equally among the members (C-BON-2 best team 500 元) */
  sharedFen: fen,
  /** every member met this target rule's month (null = no condition) */
  requireTarget: z.string().nullable(),
  requireClean: z.boolean(),
});


export const team: KindModule<typeof teamSchema> = {
  kind: 'team',
  schema: teamSchema,
  title: ['团队奖', 'team prize'],
  labels: {
    'rules[].leaderFen': ['组长奖金', 'leader prize'],
    'rules[].memberFen': ['组员奖金', 'member prize'],
    'rules[].sharedFen': ['全组均分奖金', 'prize shared by the team'],
    'rules[].requireTarget': ['需全员达成的目标规则', 'target rule every member must meet'],
  },
  inputs: (r, p) => [metricNeed(r.metric, p, r.rule)],
  check(rule, c) {
    c.metric(rule.metric, rule.rule);
    if (rule.requireTarget !== null && !c.targetIds.has(rule.requireTarget)) c.fault(rule.rule, `no target rule ${rule.requireTarget}`);
  },
  agents(rules, s) {
    for (const { rule: r, index: i } of rules) {
      const members = s.agents.map((a) => {
        const v = s.valueOf(a, r.metric);
        return { employee: a.employee, successes: v.value,
          metMonthly: r.requireTarget === null || a.targets.get(r.requireTarget)?.met === true,
          blemishes: a.violations + a.complaints, source: r.metric === 'successes' ? a.successSource : v.source };
      });
      const result = teamPrize(members, r, s.label(r.metric));
      s.teams ??= result.teams;
      for (const [id, lines] of result.lines) s.push(id, i, lines);
    }
  },
};
