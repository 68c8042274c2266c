// Metric values by name for one agent and period: Calls sheet totals, KPI sheet columns (by the policy's header aliases).
import { type AgentActivity, isCallMetric, metricBetween, metricSum } from '../month/activity.js';
import type { Policy } from './policy.js';
import type { KpiRow, Text } from '../types.js';

const norm = (s: string) => s.trim().toLowerCase();

export interface MetricValue {
  value: number;
  /** A1 cell or range it came from ('' when nothing was recorded) */
  source: string;
}

/** KPI sheet rows by agent and month, read through the policy's column aliases. */
export class KpiIndex {
  private readonly rows = new Map<string, KpiRow>();
  private readonly headers: Map<string, string[]>;

  constructor(rows: readonly KpiRow[], columns: Policy['kpiColumns']) {
    for (const r of rows) this.rows.set(`${r.id}|${r.month}`, r);
    this.headers = new Map(columns.map((c) => [c.key, c.headers.map(norm)]));
  }

  has(key: string): boolean {
    return this.headers.has(key);
  }

  /** The agent's row for the month, or undefined. */
  row(id: string, month: string): KpiRow | undefined {
    return this.rows.get(`${id}|${month}`);
  }

  /** The value of a KPI column for an agent and month; null when the row or the cell is blank. */
  get(id: string, month: string, key: string): MetricValue | null {
    const row = this.row(id, month);
    const headers = this.headers.get(key);
    if (!row || !headers) return null;
    for (const [header, value] of Object.entries(row.metrics)) {
      if (headers.includes(norm(header))) return { value, source: row.cells[header] ?? '' };
    }
    return null;
  }
}

/** Names of the call metrics in Details reasons. */
export const METRIC_LABELS: Record<string, Text> = {
  dials: { zh: '外呼', en: 'dials' },
  connected: { zh: '接通', en: 'connected' },
  successes: { zh: '成功', en: 'successes' },
  talkMinutes: { zh: '通话分钟', en: 'talk minutes' },
  appointments: { zh: '邀约', en: 'appointments' },
  opportunities: { zh: '商机', en: 'opportunities' },
  contractPaymentFen: { zh: '回款', en: 'contract payment' },
  contacts: { zh: '新增联系人', en: 'contacts' },
  invitations: { zh: '意向参会', en: 'invitations' },
  score: { zh: '分数', en: 'score' },
  fullAttendance: { zh: '全勤', en: 'full attendance' },
  daysWorked: { zh: '出勤天数', en: 'days worked' },
  absences: { zh: '旷工次数', en: 'absences' },
};

/** A metric's label: the call metric's name, else the KPI column's first 中文/English header, else its key. */
export function metricLabel(metric: string, columns: Policy['kpiColumns']): Text {
  const known = METRIC_LABELS[metric];
  if (known) return known;
  const col = columns.find((c) => c.key === metric);
  if (!col) return { zh: metric, en: metric };
  const zh = col.headers.find((h) => /[\u4e00-\u9fff]/.test(h)) ?? col.headers[0];
  const en = col.headers.find((h) => !/[\u4e00-\u9fff]/.test(h)) ?? col.headers[0];
  return { zh, en };
}

/**
 * A call or KPI metric of one agent over from..to (ISO dates; KPI metrics are monthly, read for `month`).
 * Unknown names are a configuration fault (checked when the policy is prepared).
 */
export function metricOf(activity: AgentActivity, kpi: KpiIndex, id: string, month: string, metric: string,
  from: string, to: string): MetricValue {
  if (isCallMetric(metric)) return metricBetween(activity, metric, from, to);
  return kpi.get(id, month, metric) ?? { value: 0, source: '' };
}

/** metricOf's value alone (no source range is built): for the many periods that only compare figures. */
export function metricValueOf(activity: AgentActivity, kpi: KpiIndex, id: string, month: string, metric: string,
  from: string, to: string): number {
  if (isCallMetric(metric)) return metricSum(activity, metric, from, to);
  return kpi.get(id, month, metric)?.value ?? 0;
}

/** Throws { code: 'bad-policy' } when a rule names a metric that is neither a call metric, a KPI column nor derived. */
export function checkMetric(metric: string, kpi: KpiIndex, derived: readonly string[], rule: string): void {
  if (isCallMetric(metric) || kpi.has(metric) || derived.includes(metric)) return;
  throw new Error(`rule ${rule}: unknown metric "${metric}"`, { cause: { code: 'bad-policy', rule, metric } });
}
