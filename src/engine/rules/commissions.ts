// The commission kind (B-COM-1, C-PAY-1): per unit, percent with a cap per item or per period, a shared pool ÷ headcount.
import { type AgentActivity, isCallMetric, metricCell } from '../month/activity.js';
import { commissionFen, yuanToFen } from './formulas.js';
import { line, yuan } from '../month/lines.js';
import type { MetricValue } from './metrics.js';
import type { RuleOf } from './policy.js';
import { shareFen } from '../month/ranking.js';
import type { Line, Text } from '../types.js';

type Commission = RuleOf<'commission'>;

/** A metric as fen: call amounts are already fen (…Fen); any other value (a KPI column) is read as 元. */
export function asFen(metric: string, value: number): number {
  return metric.endsWith('Fen') ? value : yuanToFen(value);
}

/**
 * One agent's per-unit or percent commission for the month, or null when it is 0. Per unit: month value × rate (fen).
 * Percent: value (fen) × percent ÷ 100 rounded half up; with a cap per item each Calls row with the metric is one item
 * (B-COM-1: 1% of each contract payment, at most 1000 元 a contract); with a cap per period the month's sum is capped.
 */
export function agentCommission(rule: Commission, activity: AgentActivity, month: { first: string; last: string },
  value: MetricValue, label: Text, fallbackSource: string): Line | null {
  const source = value.source || fallbackSource;
  if (rule.basis === 'per-unit') {
    const fen = commissionFen(value.value, rule.rateFen, rule.capFen);
    if (fen === 0) return null;
    return line(rule.rule, null, 'bonus', fen, 0, source, `${rule.name.zh}：${label.zh} ${value.value} × ${yuan(rule.rateFen)} 元`,
      `${rule.name.en}: ${value.value} ${label.en} × ${yuan(rule.rateFen)}`);
  }
  if (rule.basis !== 'percent') return null;
  const rate = rule.percent / 100;
  const metric = rule.metric;
  if (rule.capPer === 'item' && isCallMetric(metric)) {
    let fen = 0;
    let items = 0;
    let capped = 0;
    let first = '';
    let last = '';
    for (const row of activity.rows) {
      if (row.date < month.first || row.date > month.last || row[metric] <= 0) continue;
      const one = commissionFen(asFen(metric, row[metric]), rate, rule.capFen);
      if (rule.capFen !== null && one === rule.capFen) capped += 1;
      fen += one;
      items += 1;
      first ||= metricCell(row, metric);
      last = metricCell(row, metric);
    }
    if (fen === 0) return null;
    const cap = rule.capFen === null ? { zh: '', en: '' }
      : { zh: `，每笔封顶 ${yuan(rule.capFen)} 元（${capped} 笔封顶）`, en: `, capped at ${yuan(rule.capFen)} per item (${capped} capped)` };
    return line(rule.rule, null, 'bonus', fen, 0, first === last ? first : `${first}:${last.slice(last.lastIndexOf('!') + 1)}`,
      `${rule.name.zh}：${items} 笔${label.zh} × ${rule.percent}%${cap.zh}`, `${rule.name.en}: ${items} × ${rule.percent}% of ${label.en}${cap.en}`);
  }
  const base = asFen(metric, value.value);
  const fen = commissionFen(base, rate, rule.capFen);
  if (fen === 0) return null;
  const cap = rule.capFen !== null && fen === rule.capFen ? { zh: `，封顶 ${yuan(rule.capFen)} 元`, en: `, capped at ${yuan(rule.capFen)}` } : { zh: '', en: '' };
  return line(rule.rule, null, 'bonus', fen, 0, source, `${rule.name.zh}：${label.zh} ${yuan(base)} 元 × ${rule.percent}%${cap.zh}`,
    `${rule.name.en}: ${rule.percent}% of ${label.en} ${yuan(base)}${cap.en}`);
}

/**
 * C-PAY-1 shared pool: Σ every agent's value (fen) × percent ÷ 100, rounded half up, split equally among the month's
 * agents (fen remainders to the first IDs). Returns each agent's line by ID.
 */
export function poolCommission(rule: Commission, values: readonly { id: string; value: MetricValue }[], label: Text): Map<string, Line> {
  const out = new Map<string, Line>();
  if (values.length === 0) return out;
  const totalFen = values.reduce((s, v) => s + asFen(rule.metric, v.value.value), 0);
  const pool = commissionFen(totalFen, rule.percent / 100, rule.capFen);
  if (pool === 0) return out;
  const sorted = [...values].sort((a, b) => (a.id < b.id ? -1 : 1));
  const shares = shareFen(pool, sorted.length);
  const sources = values.map((v) => v.value.source).filter((s) => s !== '');
  const source = sources.length === 0 ? '' : sources[0] === sources[sources.length - 1] ? sources[0]
    : `${sources[0]}:${sources[sources.length - 1].slice(sources[sources.length - 1].lastIndexOf('!') + 1)}`;
  sorted.forEach((v, i) => {
    out.set(v.id, line(rule.rule, null, 'bonus', shares[i], 0, source,
      `${rule.name.zh}：${label.zh}合计 ${yuan(totalFen)} 元 × ${rule.percent}% ÷ ${sorted.length} 人`,
      `${rule.name.en}: ${label.en} total ${yuan(totalFen)} × ${rule.percent}% ÷ ${sorted.length} agents`));
  });
  return out;
}
