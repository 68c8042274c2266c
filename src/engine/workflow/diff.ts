// What changed since a month was approved: per agent the payout before and after, the rules that moved, and the input rows behind it.
import { splitA1 } from '../read/a1.js';
import type { Lang, Report } from '../types.js';
import type { ApprovalRecord } from './approval.js';
import { signedYuan } from '../report/labels.js';
import { changedRows, fingerprintOf, type RowChange, type RowHashes } from './fingerprint.js';

export interface AgentDiff {
  id: string;
  name: string;
  /** fen; null when the agent was not on the approved (or the new) payroll */
  beforeFen: number | null;
  afterFen: number | null;
  deltaFen: number;
  /** rules whose amount changed, fen before and after */
  rules: { rule: string; beforeFen: number; afterFen: number }[];
  /** changed input rows of this agent ('考勤!12'): rows with their ID, or inside one of their lines' source ranges */
  rows: string[];
}

export interface MonthDiff {
  month: string;
  approved: Pick<ApprovalRecord, 'by' | 'at' | 'policy' | 'version'>;
  /** true when no input row changed (the fingerprints are equal) */
  unchanged: boolean;
  policyChanged: boolean;
  rows: RowChange[];
  /** agents whose payout or rule amounts changed, the largest change first */
  agents: AgentDiff[];
  totalDeltaFen: number;
  /** changed rows no agent's ID or line points to (removed rows, sheet-wide settings such as the Policy sheet) */
  unattributed: string[];
}

const at = (c: RowChange) => `${c.sheet}!${c.row}`;

/** The rows a line's source covers: 'Calls!E5:E40' → Calls rows 5 to 40. */
function sourceRows(source: string): { sheet: string; from: number; to: number } | null {
  const parts = splitA1(source);
  if (!parts) return null;
  const nums = [...parts.range.matchAll(/\d+/g)].map((m) => Number(m[0]));
  if (nums.length === 0) return null;
  return { sheet: parts.sheet, from: Math.min(...nums), to: Math.max(...nums) };
}

/**
 * Compares the approved month with `report`, computed now from inputs with hashes `rows`. `owner` names the agent a
 * row belongs to (its ID cell), for rows still in the workbook.
 */
export function diffApproval(record: ApprovalRecord, report: Report, rows: RowHashes,
  owner: (sheet: string, row: number) => string | null): MonthDiff {
  const changes = record.fingerprint === fingerprintOf(rows) ? [] : changedRows(record.rows, rows);
  const attributed = new Set<string>();
  const nowById = new Map(report.employees.map((e) => [e.id, e]));
  const ids = [...new Set([...Object.keys(record.pay), ...nowById.keys()])];
  const agents: AgentDiff[] = [];
  for (const id of ids) {
    const before = record.pay[id];
    const now = nowById.get(id);
    const after: Record<string, number> = {};
    for (const l of now?.lines ?? []) after[l.rule] = (after[l.rule] ?? 0) + l.amountFen;
    const rules = [...new Set([...Object.keys(before?.rules ?? {}), ...Object.keys(after)])]
      .map((rule) => ({ rule, beforeFen: before?.rules[rule] ?? 0, afterFen: after[rule] ?? 0 }))
      .filter((r) => r.beforeFen !== r.afterFen);
    const beforeFen = before ? before.payoutFen : null;
    const afterFen = now ? now.payoutFen : null;
    if (rules.length === 0 && beforeFen === afterFen) continue;
    const ranges = (now?.lines ?? []).map((l) => sourceRows(l.source)).filter((r) => r !== null);
    // A row with an ID belongs to that agent; a row without one (a setting, a shared range) to the lines whose source covers it.
    const mine = changes.filter((c) => {
      if (c.change === 'removed') return false;
      const who = owner(c.sheet, c.row);
      return who !== null ? who === id : ranges.some((r) => r.sheet === c.sheet && c.row >= r.from && c.row <= r.to);
    });
    for (const c of mine) attributed.add(at(c));
    agents.push({ id, name: now?.name ?? before?.name ?? id, beforeFen, afterFen, deltaFen: (afterFen ?? 0) - (beforeFen ?? 0),
      rules, rows: mine.map(at) });
  }
  agents.sort((a, b) => Math.abs(b.deltaFen) - Math.abs(a.deltaFen) || a.id.localeCompare(b.id));
  return {
    month: record.month, approved: { by: record.by, at: record.at, policy: record.policy, version: record.version },
    unchanged: changes.length === 0, policyChanged: record.policy !== report.policy || record.version !== report.policyVersion,
    rows: changes, agents, totalDeltaFen: agents.reduce((s, a) => s + a.deltaFen, 0),
    unattributed: changes.map(at).filter((a) => !attributed.has(a)),
  };
}

const MAX_ROWS_SHOWN = 8;

/** The diff for a terminal: a heading, one line per agent, then rows no agent points to. */
export function diffText(d: MonthDiff, lang: Lang): string[] {
  const zh = lang === 'zh';
  const y = (fen: number | null) => (fen === null ? '—' : (fen / 100).toFixed(2));
  const list = (xs: string[]) => (xs.length > MAX_ROWS_SHOWN ? `${xs.slice(0, MAX_ROWS_SHOWN).join(', ')} …(+${xs.length - MAX_ROWS_SHOWN})` : xs.join(', '));
  const out = [zh
    ? `${d.month} 已于 ${d.approved.at} 由 ${d.approved.by} 审批（${d.approved.policy} v${d.approved.version}）`
    : `${d.month} was approved by ${d.approved.by} at ${d.approved.at} UTC (${d.approved.policy} v${d.approved.version})`];
  if (d.unchanged && d.agents.length === 0) {
    out.push(zh ? '审批后输入数据未变。' : 'No input changed since.');
    return out;
  }
  out.push(zh ? `审批后有 ${d.rows.length} 行输入变动；${d.agents.length} 人实发变化，合计 ${signedYuan(d.totalDeltaFen)} 元`
    : `${d.rows.length} input row(s) changed since; ${d.agents.length} agent(s) paid differently, ${signedYuan(d.totalDeltaFen)} 元 in total`);
  if (d.policyChanged) out.push(zh ? '规则版本已变。' : 'The policy version changed.');
  for (const a of d.agents) {
    const rules = a.rules.map((r) => `${r.rule} ${signedYuan(r.afterFen - r.beforeFen)}`).join(', ');
    out.push(`  ${a.id} ${a.name}: ${y(a.beforeFen)} → ${y(a.afterFen)} (${signedYuan(a.deltaFen)})`
      + (rules ? (zh ? `；规则 ${rules}` : `; rules ${rules}`) : '')
      + (a.rows.length ? (zh ? `；输入行 ${list(a.rows)}` : `; rows ${list(a.rows)}`) : ''));
  }
  if (d.unattributed.length) out.push(zh ? `  其他变动行：${list(d.unattributed)}` : `  other changed rows: ${list(d.unattributed)}`);
  return out;
}
