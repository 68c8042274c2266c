// C-KPI-1: the weighted score kind, from an agent's KPI row of the month.
import { describe, expect, it } from 'vitest';
import { weightedScore } from '../../../../src/engine/rules/kinds/weighted-score.js';
import { KpiIndex } from '../../../../src/engine/rules/metrics.js';
import { ruleOf } from '../../../../src/engine/rules/policy.js';
import { serviceKpi } from '../../../../src/engine/presets/service-kpi.js';
import { emp } from '../../builders.js';

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
});
