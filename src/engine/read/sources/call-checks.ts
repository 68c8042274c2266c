// Call counts that cannot be true: more connected calls than dials, or more successes than connected calls, in an agent-day.
import { splitA1 } from '../a1.js';
import { fieldLabel } from '../aliases.js';
import type { AgentActivity, CallMetric, DayTotals } from '../../rules/call-metrics.js';
import { metricCell } from '../../rules/call-metrics.js';
import { makeIssue, type IssueCode } from '../../messages.js';
import type { CallRow, Issue, SourceData } from '../../types.js';

/** Issues of one code beyond this many are counted in one line, not listed (as a sheet lists its cells). */
const MAX_PER_CODE = 100;

const CHECKS: readonly { code: IssueCode; over: CallMetric; under: CallMetric }[] = [
  { code: 'connected-over-dials', over: 'connected', under: 'dials' },
  { code: 'successes-over-connected', over: 'successes', under: 'connected' },
];

/**
 * One warning per agent-day whose summed figures contradict each other: connected > dials, or successes > connected.
 * Checked on the day totals the engine pays from (Calls sheet rows and exports grouped, or call records aggregated
 * by DuckDB/BigQuery: the same DayTotals), so both give the same issues. A pair is checked only when the Calls
 * columns of both figures were read (`src.headers.calls`): a figure that comes from a Result column, or a per-call
 * row's one dial, holds by construction. The issue names the agent, the date, the figures and the day's first and
 * last cells of the larger figure's column. O(agent-days).
 */
export function callCountIssues(src: SourceData, activity: ReadonlyMap<string, AgentActivity>): Issue[] {
  const headers = src.headers?.calls ?? {};
  const checks = CHECKS.filter((c) => headers[c.over] !== undefined && headers[c.under] !== undefined);
  if (checks.length === 0) return [];
  const out: Issue[] = [];
  const counts = new Map<IssueCode, number>();
  for (const [id, agent] of activity) {
    for (const day of agent.days.values()) {
      for (const c of checks) {
        if (day.values[c.over] <= day.values[c.under]) continue;
        const n = (counts.get(c.code) ?? 0) + 1;
        counts.set(c.code, n);
        if (n <= MAX_PER_CODE) out.push(dayIssue(src, c.code, c.over, id, day, headers[c.over]!));
      }
    }
  }
  for (const c of checks) {
    const n = counts.get(c.code) ?? 0;
    if (n <= MAX_PER_CODE) continue;
    const more = makeIssue('more-issues', { sheet: src.sheetNames.calls ?? 'Calls', row: null, column: headers[c.over]!, value: '', cell: null },
      { count: n - MAX_PER_CODE, field: fieldLabel(c.over)! });
    out.push({ ...more, severity: 'warning' });
  }
  return out;
}

/** The cell of a day's row in a metric's column; null for a record without a position (a warehouse table). */
function cellOf(row: CallRow, metric: CallMetric): string | null {
  const cell = metricCell(row, metric);
  return row.row > 0 && splitA1(cell) !== null ? cell : null;
}

function dayIssue(src: SourceData, code: IssueCode, metric: CallMetric, id: string, day: DayTotals, header: string): Issue {
  const first = cellOf(day.firstRow, metric);
  const last = cellOf(day.lastRow, metric);
  const cells = first === null ? metricCell(day.firstRow, metric) : last === null || last === first ? first : `${first} … ${last}`;
  const sheet = (first === null ? null : splitA1(first)?.sheet) ?? src.sheetNames.calls ?? 'Calls';
  return makeIssue(code, { sheet, row: first === null ? null : day.firstRow.row, column: header, value: String(day.values[metric]), cell: first },
    { id, date: day.date, dials: day.dials, connected: day.connected, successes: day.successes, cells });
}
