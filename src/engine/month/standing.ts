// Score, weighted KPI score (C-KPI-1), bands (C-GRD-1, C-LVL-1) and status rules over consecutive months (A-SCORE-2, B-FLAG, C-LVL-1).
import { bandFor, kpiAttainment, kpiScore, roundHalfUp } from '../rules/formulas.js';
import { line } from './lines.js';
import type { KpiIndex } from '../rules/metrics.js';
import type { RuleOf } from '../rules/policy.js';
import { attainment, type TargetMonth } from '../rules/targets.js';
import type { Employee, Flag, Line } from '../types.js';

/** What a status rule or a band reads from one month of one agent. */
export interface MonthStanding {
  score: number | null;
  absences: number;
  targets: Map<string, TargetMonth>;
}

/**
 * C-KPI-1: the weighted score (0.01 point) from the agent's KPI row of the month, with one Details line (0 points) naming
 * each component's value, target and score; null when the agent has no KPI row. A ratio with a zero denominator scores 0.
 */
export function weightedScore(rule: RuleOf<'weighted-score'>, kpi: KpiIndex, employee: Employee, month: string):
{ score: number; line: Line } | null {
  const row = kpi.row(employee.id, month);
  if (!row) return null;
  const parts: { zh: string; en: string }[] = [];
  const items = rule.components.map((c) => {
    const num = kpi.get(employee.id, month, c.numerator)?.value ?? 0;
    const den = c.denominator === null ? 1 : kpi.get(employee.id, month, c.denominator)?.value ?? 0;
    const value = den === 0 ? (c.lowerIsBetter ? Number.POSITIVE_INFINITY : 0) : num / den;
    const item = { value, target: c.target, weight: c.weight, lowerIsBetter: c.lowerIsBetter };
    const got = roundHalfUp(c.weight * kpiAttainment(item) * 100) / 100;
    const shown = Number.isFinite(value) ? Math.round(value * 10000) / 10000 : '—';
    parts.push({ zh: `${c.name.zh} ${shown}/${c.target} → ${got}/${c.weight}`, en: `${c.name.en} ${shown}/${c.target} → ${got}/${c.weight}` });
    return item;
  });
  const score = kpiScore(items);
  const cells = Object.values(row.cells);
  const source = cells.length === 0 ? '' : `${cells[0]}:${cells[cells.length - 1].slice(cells[cells.length - 1].lastIndexOf('!') + 1)}`;
  return { score, line: line(rule.rule, null, 'points', 0, 0, source,
    `加权得分 ${score}：${parts.map((p) => p.zh).join('；')}`, `weighted score ${score}: ${parts.map((p) => p.en).join('; ')}`) };
}

/** Month score: the weighted score (or the base) + points, then × (100 + score percent) ÷ 100, to 0.01 point. */
export function monthScore(base: number | null, points: number, scorePercent: number): number | null {
  if (base === null) return null;
  const raw = base + points;
  if (scorePercent === 0) return raw;
  return roundHalfUp(raw * (100 + scorePercent)) / 100;
}

/** C-GRD-1 / C-LVL-1: the band of the lowest score over the last N months (null when a month has no score). */
export function bandOf(rule: RuleOf<'bands'>, history: (k: number) => MonthStanding | null): string | null {
  const scores: number[] = [];
  for (let k = 0; k < rule.months; k++) {
    const s = history(k)?.score;
    if (s === null || s === undefined) return null;
    scores.push(s);
  }
  return bandFor(Math.min(...scores), rule.bands);
}

type Condition = RuleOf<'status'>['when'][number];

function holds(c: Condition, history: (k: number) => MonthStanding | null): boolean {
  const months: MonthStanding[] = [];
  for (let k = c.to; k <= c.from; k++) {
    const m = history(k);
    if (m === null) return false;
    months.push(m);
  }
  const test = (v: number | null) => v !== null && (c.op === 'below' ? v < c.value : v >= c.value);
  if (c.measure === 'score' || c.measure === 'absences') {
    const values = months.map((m) => (c.measure === 'score' ? m.score : m.absences));
    if (c.each) return values.every(test);
    if (values.some((v) => v === null)) return false;
    const sum = (values as number[]).reduce((s, v) => s + v, 0);
    return test(c.measure === 'score' ? sum / values.length : sum);
  }
  if (!c.measure.startsWith('target:')) throw new Error(`unknown status measure "${c.measure}"`, { cause: { code: 'bad-policy' } });
  const rule = c.measure.slice('target:'.length);
  const outcomes = months.map((m) => m.targets.get(rule));
  if (outcomes.some((o) => o === undefined || o.percent === null)) return false;
  const list = outcomes as TargetMonth[];
  if (c.each) return list.every((o) => test(o.percent));
  const actual = list[0].actual.map((_, i) => list.reduce((s, o) => s + o.actual[i], 0));
  const target = list[0].target.map((_, i) => list.reduce((s, o) => s + o.target[i], 0));
  return test(attainment(actual, target, list[0].combine));
}

/** Months of service in this month: the hire month is 1 (null without a hire date). */
export function tenureMonth(employee: Employee, month: string): number | null {
  if (employee.hireDate === null) return null;
  const h = employee.hireDate;
  return (+month.slice(0, 4) - +h.slice(0, 4)) * 12 + (+month.slice(5, 7) - +h.slice(5, 7)) + 1;
}

/**
 * Status rules in order: a rule applies to the agent's level and tenure month; when every condition holds over its
 * window (k months back; a month without data fails it) the flag is raised, else `otherwise`. A raised flag drops the
 * flags it replaces that other status rules raised (A-SCORE-2: a second failed month replaces the warning).
 */
export function statusFlags(rules: readonly RuleOf<'status'>[], employee: Employee, month: string,
  history: (k: number) => MonthStanding | null): Flag[] {
  const raised: Flag[] = [];
  const dropped = new Set<Flag>();
  const tenure = tenureMonth(employee, month);
  for (const rule of rules) {
    if (rule.levels.length > 0 && (employee.level === null || !rule.levels.includes(employee.level))) continue;
    if (rule.tenureMonth !== null && tenure !== rule.tenureMonth) continue;
    if (rule.when.every((c) => holds(c, history))) {
      raised.push(rule.flag);
      for (const f of rule.replaces) dropped.add(f);
    } else if (rule.otherwise) raised.push(rule.otherwise);
  }
  return raised.filter((f) => !dropped.has(f));
}
