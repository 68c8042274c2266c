import { describe, expect, it } from 'vitest';
import { KpiIndex } from '../../../src/engine/rules/metrics.js';
import { ruleOf, rulesOf } from '../../../src/engine/rules/policy.js';
import { serviceKpi } from '../../../src/engine/presets/service-kpi.js';
import { telesalesTeam } from '../../../src/engine/presets/telesales-team.js';
import { bandOf, monthScore, type MonthStanding, statusFlags, weightedScore } from '../../../src/engine/month/standing.js';
import type { Employee } from '../../../src/engine/types.js';
import { emp } from '../builders.js';

const WEIGHTED = ruleOf(serviceKpi, 'weighted-score')!;
/** A KPI row exactly on every target (C-KPI-1 scores 100). */
const ON_TARGET: Record<string, number> = {
  销售额: 100000, 计划销售额: 100000, 咨询人数: 100, 下单人数: 40, 付款订单数: 36, 付款人数: 500,
  接待消息数: 1000, 回复消息数: 1000, 平均响应秒数: 40, 跟进服务: 5, 执行力: 10,
};
const score = (over: Record<string, number>) => {
  const metrics = { ...ON_TARGET, ...over };
  const cells = Object.fromEntries(Object.keys(metrics).map((k, i) => [k, `KPI!${String.fromCharCode(67 + i)}2`]));
  const kpi = new KpiIndex([{ id: 'A1', month: '2026-10', metrics, row: 2, cells }], serviceKpi.kpiColumns);
  return weightedScore(WEIGHTED, kpi, emp('A1'), '2026-10')!.score;
};

describe('C-KPI-1 weighted score', () => {
  it.each([
    ['every KPI exactly on target scores 100', {}, 100],
    ['sales above plan are capped at the weight', { 销售额: 150000, 付款人数: 750 }, 100],
    ['sales at 90% of plan: 27 of 30, order value 180/200: 4.5 of 5', { 销售额: 90000 }, 96.5],
    ['response time at the 40 s target: full 5', { 平均响应秒数: 40 }, 100],
    ['response time at 1.5 × target (60 s): 2.5', { 平均响应秒数: 60 }, 97.5],
    ['response time at 2 × target (80 s): 0', { 平均响应秒数: 80 }, 95],
    ['supervisor points are taken as given: execution 4 of 10', { 执行力: 4 }, 94],
    ['no inquiries: conversion scores 0 rather than failing', { 咨询人数: 0 }, 70],
  ])('%s', (_n, over, expected) => {
    expect(score(over)).toBe(expected);
  });

  it('an agent without a KPI row has no weighted score', () => {
    expect(weightedScore(WEIGHTED, new KpiIndex([], serviceKpi.kpiColumns), emp('A1'), '2026-10')).toBeNull();
  });

  it('C-PAY-2: a late self-assessment takes 10% off the score, falsified 50%', () => {
    expect([monthScore(99, 0, -10), monthScore(99, 0, -50), monthScore(100, -2, 0)]).toEqual([89.1, 49.5, 98]);
  });
});

const months = (...scores: (number | null)[]) => (k: number): MonthStanding | null =>
  (k < scores.length && scores[k] !== null ? { score: scores[k], absences: 0, targets: new Map() } : null);

describe('C-GRD-1 grades and C-LVL-1 levels', () => {
  const [GRADE, LEVEL] = rulesOf(serviceKpi, 'bands');
  it.each([[100, 'A'], [95, 'A'], [94.99, 'B'], [94, 'B'], [80, 'B'], [79, 'C'], [65, 'C'], [64, 'D'], [60, 'D'], [59.5, 'E']])(
    'score %s is grade %s', (s, grade) => {
      expect(bandOf(GRADE, months(s))).toBe(grade);
    });

  it.each([
    ['both ≥ 90 is senior', [92, 90], 'senior'],
    ['90 then 89.9 is intermediate (the lower decides)', [89.9, 90], 'intermediate'],
    ['both 80–90 is intermediate', [85, 80], 'intermediate'],
    ['both 70–80 is junior', [70, 79], 'junior'],
    ['any under 70 has no level', [95, 69], null],
    ['one month of history is not enough', [95, null], null],
  ])('%s', (_n, scores, level) => {
    expect(bandOf(LEVEL, months(...scores))).toBe(level);
  });
});

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
