// Pay statements (工资条): one agent's own month — header, lines grouped by kind with reasons and sources, totals — as data and as a printable grid.
import { flagLabel, yuan } from '../report/tabs.js';
import type { EmployeeResult, Lang, LineKind, Report } from '../types.js';
import { changeText } from '../report/labels.js';

export interface StatementLine {
  rule: string;
  date: string | null;
  reason: string;
  source: string;
  amountFen: number;
  points: number;
}

export interface StatementGroup {
  kind: LineKind;
  label: string;
  lines: StatementLine[];
  /** sum of the group's amounts, fen */
  totalFen: number;
  points: number;
}

export interface Statement {
  lang: Lang;
  month: string;
  id: string;
  name: string;
  team: string | null;
  policy: string;
  policyVersion: string;
  score: number | null;
  grade: string | null;
  flags: string[];
  groups: StatementGroup[];
  finesFen: number;
  bonusesFen: number;
  /** equals the sum of every group's total */
  payoutFen: number;
  /** month over month, as text ('+300 (+300 tier bonus, −100 absence)'), when the previous month is known */
  change: string | null;
}

const GROUP_ORDER: readonly LineKind[] = ['base', 'bonus', 'fine', 'adjustment', 'points'];

const T = {
  title: { zh: '工资条', en: 'Pay statement' },
  base: { zh: '基本工资', en: 'Base pay' },
  bonus: { zh: '奖励', en: 'Bonuses' },
  fine: { zh: '罚款', en: 'Fines' },
  adjustment: { zh: '调整（含申诉）', en: 'Adjustments (appeals included)' },
  points: { zh: '分数变动', en: 'Points' },
  name: { zh: '姓名', en: 'Name' },
  id: { zh: '工号', en: 'ID' },
  team: { zh: '组别', en: 'Team' },
  month: { zh: '月份', en: 'Month' },
  policy: { zh: '规则', en: 'Policy' },
  score: { zh: '分数', en: 'Score' },
  grade: { zh: '等级', en: 'Grade' },
  flags: { zh: '标记', en: 'Flags' },
  head: { zh: ['规则', '日期', '说明', '来源', '金额（元）', '分数'], en: ['Rule', 'Date', 'Reason', 'Source', 'Amount (元)', 'Points'] },
  subtotal: { zh: '小计', en: 'Subtotal' },
  payout: { zh: '实发', en: 'Payout' },
  totals: { zh: '奖励/罚款', en: 'Bonus/fines' },
  change: { zh: '较上月', en: 'vs last month' },
  none: { zh: '无', en: 'none' },
  footer: {
    zh: '本工资条只含本人数据。每一行都可在“明细”表按来源单元格核对；如有异议，请向人事提出申诉。',
    en: 'This statement holds only your own data. Every line can be checked in the Details tab by its source cell; to dispute a line, file an appeal with HR.',
  },
} as const;

/** One agent's statement from the month's report, in `lang`; lines keep the report's order within each kind. */
export function statementOf(report: Report, e: EmployeeResult, lang: Lang = report.language): Statement {
  const groups: StatementGroup[] = [];
  for (const kind of GROUP_ORDER) {
    const lines = e.lines.filter((l) => l.kind === kind).map((l) => ({
      rule: l.rule, date: l.date, reason: l.reason[lang], source: l.source, amountFen: l.amountFen, points: l.points }));
    if (lines.length === 0) continue;
    groups.push({ kind, label: T[kind][lang], lines,
      totalFen: lines.reduce((s, l) => s + l.amountFen, 0), points: lines.reduce((s, l) => s + l.points, 0) });
  }
  return {
    lang, month: report.month, id: e.id, name: e.name, team: e.team, policy: report.policy, policyVersion: report.policyVersion,
    score: e.score, grade: e.grade, flags: e.flags.map((f) => flagLabel(f, lang)), groups,
    finesFen: e.finesFen, bonusesFen: e.bonusesFen, payoutFen: e.payoutFen,
    change: e.change ? changeText(e.change, lang) : null,
  };
}

/** The agents a statement run covers: all, or one team's (a team lead's view; the name compared trimmed, any case). */
export function agentsOf(report: Report, team: string | null): EmployeeResult[] {
  if (team === null) return report.employees;
  const key = team.trim().toLowerCase();
  return report.employees.filter((e) => (e.team ?? '').trim().toLowerCase() === key);
}

/** The report limited to one team's agents (ranking and team rows kept to that team), for a team lead's Payout. */
export function teamReport(report: Report, team: string): Report {
  const employees = agentsOf(report, team);
  const ids = new Set(employees.map((e) => e.id));
  return { ...report, employees, ranking: report.ranking.filter((r) => ids.has(r.id)),
    teams: report.teams.filter((t) => t.team.trim().toLowerCase() === team.trim().toLowerCase()) };
}

/** What a row of the printed statement is, for its look. */
export type StatementRowKind = 'title' | 'meta' | 'info' | 'section' | 'head' | 'line' | 'subtotal' | 'payout' | 'note' | 'blank';
export type StatementCell = string | number | null;

/** Six columns wide: rule, date, reason, source, amount (元), points. Money cells are yuan numbers. */
export interface StatementGrid {
  rows: { kind: StatementRowKind; cells: StatementCell[] }[];
  /** 0-based columns holding 元 amounts, and points */
  moneyColumn: number;
  pointsColumn: number;
}

/** The statement laid out for one printed page; the same grid for the .xlsx file and the add-on's Statements tab. */
export function statementGrid(s: Statement): StatementGrid {
  const l = s.lang;
  const rows: StatementGrid['rows'] = [];
  const row = (kind: StatementRowKind, ...cells: StatementCell[]) => {
    while (cells.length < 6) cells.push(null);
    rows.push({ kind, cells });
  };
  const dash = l === 'zh' ? '—' : '-';
  row('title', `${T.title[l]} · ${s.month}`);
  // meta: label, value (over two columns), label, value (over two columns)
  row('meta', T.name[l], s.name, null, T.id[l], s.id);
  row('meta', T.team[l], s.team ?? dash, null, T.month[l], s.month);
  row('meta', T.policy[l], `${s.policy} v${s.policyVersion}`, null, T.score[l], s.score === null ? dash : String(s.score));
  row('meta', T.grade[l], s.grade ?? dash, null, T.flags[l], s.flags.length ? s.flags.join(l === 'zh' ? '、' : ', ') : T.none[l]);
  for (const g of s.groups) {
    row('blank');
    row('section', g.label);
    row('head', ...T.head[l]);
    for (const x of g.lines) row('line', x.rule, x.date, x.reason, x.source, yuan(x.amountFen), x.points || null);
    row('subtotal', T.subtotal[l], null, null, null, yuan(g.totalFen), g.points || null);
  }
  row('blank');
  row('payout', T.payout[l], null, null, null, yuan(s.payoutFen), null);
  // info: label, then one value over the other five columns
  row('info', T.totals[l], `${yuan(s.bonusesFen).toFixed(2)} / ${yuan(s.finesFen).toFixed(2)}`);
  if (s.change !== null) row('info', T.change[l], s.change);
  row('blank');
  row('note', T.footer[l]);
  return { rows, moneyColumn: 4, pointsColumn: 5 };
}
