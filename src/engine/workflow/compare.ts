// What-if: the same month under two policies, agent by agent — payout, fines, bonuses, score, flags and the lines that differ.
import { type Policy } from '../rules/policy.js';
import { sheetToPolicy } from '../read/policy-sheet/parse.js';
import { flagLabel, type TabCell, type TabSpec, yuan } from '../report/tabs.js';
import type { EmployeeResult, Flag, Issue, Lang, Line, Report, WorkbookData } from '../types.js';
import { signedYuan } from '../report/labels.js';

export interface Side {
  payoutFen: number;
  finesFen: number;
  bonusesFen: number;
  score: number | null;
  flags: Flag[];
}

export interface LineChange {
  rule: string;
  date: string | null;
  source: string;
  beforeFen: number;
  afterFen: number;
  beforePoints: number;
  afterPoints: number;
}

export interface AgentCompare {
  id: string;
  name: string;
  team: string | null;
  /** null when the agent is paid under only one of the policies */
  before: Side | null;
  after: Side | null;
  deltaFen: number;
  lines: LineChange[];
}

export interface PolicyCompare {
  month: string;
  before: { policy: string; version: string };
  after: { policy: string; version: string };
  /** every agent, the largest absolute payout change first (then by ID) */
  agents: AgentCompare[];
  totals: { before: Omit<Side, 'score' | 'flags'>; after: Omit<Side, 'score' | 'flags'>; deltaFen: number; changed: number };
}

const side = (e: EmployeeResult | undefined): Side | null => (e
  ? { payoutFen: e.payoutFen, finesFen: e.finesFen, bonusesFen: e.bonusesFen, score: e.score, flags: [...e.flags] } : null);

/** Lines keyed by rule, date and source (amounts and points summed per key), in first-seen order. */
function keyed(lines: readonly Line[]): Map<string, { rule: string; date: string | null; source: string; fen: number; points: number }> {
  const out = new Map<string, { rule: string; date: string | null; source: string; fen: number; points: number }>();
  for (const l of lines) {
    const k = `${l.rule}\u0000${l.date ?? ''}\u0000${l.source}`;
    const hit = out.get(k);
    if (hit) {
      hit.fen += l.amountFen;
      hit.points += l.points;
    } else out.set(k, { rule: l.rule, date: l.date, source: l.source, fen: l.amountFen, points: l.points });
  }
  return out;
}

function lineChanges(before: readonly Line[], after: readonly Line[]): LineChange[] {
  const b = keyed(before);
  const a = keyed(after);
  const out: LineChange[] = [];
  for (const k of new Set([...b.keys(), ...a.keys()])) {
    const x = b.get(k);
    const y = a.get(k);
    const any = (x ?? y)!;
    const change = { rule: any.rule, date: any.date, source: any.source, beforeFen: x?.fen ?? 0, afterFen: y?.fen ?? 0,
      beforePoints: x?.points ?? 0, afterPoints: y?.points ?? 0 };
    if (change.beforeFen !== change.afterFen || change.beforePoints !== change.afterPoints) out.push(change);
  }
  return out;
}

/** The month under the real policy (`before`) and the draft (`after`), compared; both reports are of the same month. */
export function comparePolicies(before: Report, after: Report): PolicyCompare {
  const b = new Map(before.employees.map((e) => [e.id, e]));
  const a = new Map(after.employees.map((e) => [e.id, e]));
  const agents: AgentCompare[] = [...new Set([...b.keys(), ...a.keys()])].map((id) => {
    const x = b.get(id);
    const y = a.get(id);
    const e = (y ?? x)!;
    return { id, name: e.name, team: e.team, before: side(x), after: side(y),
      deltaFen: (y?.payoutFen ?? 0) - (x?.payoutFen ?? 0), lines: lineChanges(x?.lines ?? [], y?.lines ?? []) };
  });
  agents.sort((p, q) => Math.abs(q.deltaFen) - Math.abs(p.deltaFen) || p.id.localeCompare(q.id));
  const sum = (r: Report) => ({
    payoutFen: r.employees.reduce((s, e) => s + e.payoutFen, 0),
    finesFen: r.employees.reduce((s, e) => s + e.finesFen, 0),
    bonusesFen: r.employees.reduce((s, e) => s + e.bonusesFen, 0),
  });
  const tb = sum(before);
  const ta = sum(after);
  const changed = agents.filter((x) => x.deltaFen !== 0 || x.lines.length > 0
    || x.before?.score !== x.after?.score || (x.before?.flags.join() ?? '') !== (x.after?.flags.join() ?? '')).length;
  return { month: before.month, before: { policy: before.policy, version: before.policyVersion },
    after: { policy: after.policy, version: after.policyVersion }, agents, totals: { before: tb, after: ta, deltaFen: ta.payoutFen - tb.payoutFen, changed } };
}

export interface DraftPolicy {
  policy: Policy | null;
  /** what it was read from: the sheet's name, or the preset's */
  label: string;
  issues: Issue[];
}

/**
 * The draft policy named on the command line or in the sidebar: a sheet of the workbook by that name (trimmed, any case)
 * read as a Policy sheet, else a preset by that name (`preset` resolves it and throws for an unknown name). The real
 * Policy sheet and the generated tabs are not touched.
 */
export function draftPolicy(wb: WorkbookData, name: string, preset: (name: string) => Policy): DraftPolicy {
  const sheet = wb.sheets.find((s) => s.name.trim().toLowerCase() === name.trim().toLowerCase());
  if (!sheet) return { policy: preset(name.trim()), label: name.trim(), issues: [] };
  const read = sheetToPolicy(sheet.values, sheet.name, wb.timeZone);
  return { policy: read.policy, label: sheet.name, issues: read.issues };
}

/** Name of the Compare tab: 'Compare 2026-10' / '对比 2026-10'. */
export function compareTabName(month: string, lang: Lang): string {
  return `${lang === 'zh' ? '对比' : 'Compare'} ${month}`;
}

const MAX_LINES = 12;

/** The Compare tab: one row per agent, the largest payout change first, then the totals; the lines that differ as text. */
export function compareTab(c: PolicyCompare, lang: Lang): TabSpec {
  const zh = lang === 'zh';
  const header = zh
    ? ['工号', '姓名', '组别', '实发（现行）', '实发（草案）', '差额', '罚款（现行）', '罚款（草案）', '奖励（现行）', '奖励（草案）',
      '分数（现行）', '分数（草案）', '标记（现行）', '标记（草案）', '变动明细']
    : ['ID', 'Name', 'Team', 'Payout (current)', 'Payout (draft)', 'Change', 'Fines (current)', 'Fines (draft)',
      'Bonuses (current)', 'Bonuses (draft)', 'Score (current)', 'Score (draft)', 'Flags (current)', 'Flags (draft)', 'Lines that differ'];
  const money = (s: Side | null, k: 'payoutFen' | 'finesFen' | 'bonusesFen') => (s ? yuan(s[k]) : null);
  const flags = (s: Side | null) => (s ? s.flags.map((f) => flagLabel(f, lang)).join(zh ? '、' : ', ') : null);
  const lineText = (l: LineChange) => {
    const pts = l.beforePoints !== l.afterPoints ? ` ${zh ? '分' : 'pts'} ${l.beforePoints}→${l.afterPoints}` : '';
    return `${l.rule}${l.date ? ` ${l.date}` : ''} ${l.source}: ${yuan(l.beforeFen).toFixed(2)}→${yuan(l.afterFen).toFixed(2)}${pts}`;
  };
  const rows: TabCell[][] = c.agents.map((x) => [x.id, x.name, x.team, money(x.before, 'payoutFen'), money(x.after, 'payoutFen'),
    yuan(x.deltaFen), money(x.before, 'finesFen'), money(x.after, 'finesFen'), money(x.before, 'bonusesFen'), money(x.after, 'bonusesFen'),
    x.before?.score ?? null, x.after?.score ?? null, flags(x.before), flags(x.after),
    x.lines.slice(0, MAX_LINES).map(lineText).join('; ') + (x.lines.length > MAX_LINES ? ` …(+${x.lines.length - MAX_LINES})` : '')]);
  const t = c.totals;
  rows.push([zh ? '合计' : 'Total', zh ? `${t.changed} 人有变动` : `${t.changed} changed`, null, yuan(t.before.payoutFen), yuan(t.after.payoutFen),
    yuan(t.deltaFen), yuan(t.before.finesFen), yuan(t.after.finesFen), yuan(t.before.bonusesFen), yuan(t.after.bonusesFen),
    null, null, null, null, `${c.before.policy} v${c.before.version} → ${c.after.policy} v${c.after.version} (${signedYuan(t.deltaFen)})`]);
  const kinds = ['text', 'text', 'text', 'money', 'money', 'money', 'money', 'money', 'money', 'money', 'int', 'int', 'flags', 'flags', 'text'] as const;
  return {
    name: compareTabName(c.month, lang), role: 'details', header, rows, columns: kinds.map((kind) => ({ kind })),
    rowStyles: rows.map((r, i) => (i === rows.length - 1 ? 'total' : (r[5] as number) > 0 ? 'good' : (r[5] as number) < 0 ? 'action' : null)),
    highlightRows: [rows.length - 1], frozenColumns: 2, filter: true,
  };
}

/** The `compare` object of the JSON report: yuan amounts, as the rest of the document. */
export function compareJson(c: PolicyCompare) {
  const s = (x: Side | null) => (x ? { payout: yuan(x.payoutFen), fines: yuan(x.finesFen), bonuses: yuan(x.bonusesFen), score: x.score, flags: x.flags } : null);
  const t = (x: PolicyCompare['totals']['before']) => ({ payout: yuan(x.payoutFen), fines: yuan(x.finesFen), bonuses: yuan(x.bonusesFen) });
  return {
    month: c.month, before: c.before, after: c.after,
    totals: { before: t(c.totals.before), after: t(c.totals.after), change: yuan(c.totals.deltaFen), changed: c.totals.changed },
    employees: c.agents.map((x) => ({ id: x.id, name: x.name, team: x.team, before: s(x.before), after: s(x.after), change: yuan(x.deltaFen),
      lines: x.lines.map((l) => ({ rule: l.rule, date: l.date, source: l.source, before: yuan(l.beforeFen), after: yuan(l.afterFen),
        pointsBefore: l.beforePoints, pointsAfter: l.afterPoints })) })),
  };
}
