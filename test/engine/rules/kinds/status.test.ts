// Status rules over consecutive months (A-SCORE-2, B-FLAG, C-LVL-1): flags raised, replaced, or the otherwise flag.
import { describe, expect, it } from 'vitest';
import { statusFlags } from '../../../../src/engine/rules/kinds/status.js';
import { rulesOf } from '../../../../src/engine/rules/policy.js';
import { serviceKpi } from '../../../../src/engine/presets/service-kpi.js';
import { telesalesTeam } from '../../../../src/engine/presets/telesales-team.js';
import type { MonthStanding } from '../../../../src/engine/month/standing.js';
import type { Employee } from '../../../../src/engine/types.js';
import { emp } from '../../builders.js';

const months = (...scores: (number | null)[]) => (k: number): MonthStanding | null =>
  (k < scores.length && scores[k] !== null ? { score: scores[k], absences: 0, targets: new Map() } : null);

describe('status rules over consecutive months', () => {
  const rules = rulesOf(serviceKpi, 'status');
  const flags = (...scores: (number | null)[]) => statusFlags(rules, emp('A1'), '2026-10', months(...scores));
  it.each([
    ['one month under 70: warning', [69, 75, 75], ['warning']],
    ['two months under 70: eliminate replaces the warning', [69, 69, 75], ['eliminate']],
    ['70 is not under 70', [70, 69, 69], []],
    ['three failed months (C-BON-1): dismissal as well', [59, 59, 59], ['eliminate', 'dismissal-recommended']],
    ['two failed months and a month without data: no dismissal', [59, 59, null], ['eliminate']],
  ])('%s', (_n, scores, expected) => {
    expect(flags(...scores)).toEqual(expected);
  });
});

describe('B-TGT-3, B-FLAG-1 and B-FLAG-2 from monthly attainment of the weekly target', () => {
  // One figure per month, newest first, as actual of a target of 1000 (so 1000 is 100%).
  const attained = (...actuals: number[]) => (k: number): MonthStanding | null => (k < actuals.length
    ? { score: 100, absences: 0, targets: new Map([['B-TGT-2', { actual: [actuals[k]], target: [1000], combine: 'any' as const,
      percent: actuals[k] / 10, met: actuals[k] >= 1000 }]]) }
    : null);
  const rules = rulesOf(telesalesTeam, 'status');
  const flags = (over: Partial<Employee>, ...actuals: number[]) => statusFlags(rules, emp('A1', over), '2026-10', attained(...actuals));

  it.each([
    ['two months under the monthly total: demotion or dismissal', {}, [999, 999, 1000], ['demotion-or-dismissal']],
    ['probation month 2 at 100% twice: confirm', { hireDate: '2026-09-01' }, [1000, 1000], ['confirm']],
    ['probation month 2 with a month at 99.9%: failed (and B-TGT-3 is not met: only one month under)', { hireDate: '2026-09-14' }, [1000, 999], ['probation-failed']],
    ['a junior at 120% three months running: promote', { level: 'junior' as const }, [1200, 1200, 1200], ['promote']],
    ['an intermediate at 120% is not promoted', { level: 'intermediate' as const }, [1200, 1200, 1200], []],
    ['under 60% then under 100%: demote', {}, [999, 599, 1000], ['demotion-or-dismissal', 'demote']],
    // 790 + 790 = 79% of 2000; with 810 the three months are 2390 = 79.7% of 3000; with 820 exactly 80%.
    ['two months under 80% combined and three months under 80%: demote', {}, [810, 790, 790], ['demotion-or-dismissal', 'demote']],
    ['the third month lifts the three months to 80%: no demote', {}, [820, 790, 790], ['demotion-or-dismissal']],
  ])('%s', (_n, over, actuals, expected) => {
    expect(flags(over, ...actuals)).toEqual(expected);
  });
});
