// The generated sheets (Payout, Ranking, Details, Issues) as plain data, shared by the xlsx runner and the add-on.
import type { EmployeeResult, Flag, Lang, LineKind, Report, Text } from './types.js';
import { changeText } from './workflow/change.js';

export type ColumnKind = 'text' | 'money' | 'int' | 'number' | 'date' | 'flags';
export type TabRole = 'payout' | 'ranking' | 'details' | 'issues';
export type TabCell = string | number | null;

/** What a row means, for its fill: good news, needs HR review, needs action, the totals row, an error, a warning, a draft marker. */
export type RowStyle = 'good' | 'review' | 'action' | 'total' | 'error' | 'warning' | 'draft';

/** Fill (#rrggbb) and weight of each row style; both writers (xlsx and Sheets) render these and nothing else. */
export const ROW_STYLES: Record<RowStyle, { fill: string; bold?: boolean }> = {
  good: { fill: '#e2efda' },
  review: { fill: '#fff2cc' },
  action: { fill: '#f8d7da' },
  total: { fill: '#d9e1f2', bold: true },
  error: { fill: '#f8d7da' },
  warning: { fill: '#fff2cc' },
  draft: { fill: '#f4cccc', bold: true },
};

/** One generated sheet. Row 1 of the sheet is `header`; `rows[i]` is sheet row i + 2. */
export interface TabSpec {
  name: string;
  role: TabRole;
  header: string[];
  rows: TabCell[][];
  /** per column: its kind; `format` a number format valid in Excel and Sheets ('#,##0.00 "元"'); `width` in characters (CJK counts 2) */
  columns: { kind: ColumnKind; format?: string; width?: number }[];
  /** per row, the A1 target of its source cell ('Attendance!C5'), for a link in the `linkColumn` */
  links?: (string | null)[];
  /** 0-based column index that carries the link */
  linkColumn?: number;
  /** 0-based indexes into `rows` to highlight (flags, errors, the totals row); superseded by rowStyles when present */
  highlightRows?: number[];
  /** per row of `rows`, its style (null: plain); writers fill it with ROW_STYLES */
  rowStyles?: (RowStyle | null)[];
  /** an autofilter over the header and rows */
  filter?: boolean;
  /** page set-up for printing */
  print?: { landscape: boolean; fitToWidth: boolean; repeatHeader: boolean };
  /** columns frozen at the left (the header row is always frozen) */
  frozenColumns?: number;
  /** free text for the header's first cell: policy id, version, month, generated-at */
  note?: string;
}

export interface RenderOptions {
  /** appended to each tab's note, e.g. 'generated 2026-11-01 09:00' */
  generatedAt?: string;
}

const t = (zh: string, en: string): Text => ({ zh, en });

export const FLAG_LABELS: Record<Flag, Text> = {
  warning: t('警告', 'warning'),
  'dismissal-recommended': t('建议辞退', 'dismissal recommended'),
  'demotion-or-dismissal': t('降级或辞退', 'demotion or dismissal'),
  demote: t('降级', 'demote'),
  promote: t('晋升', 'promote'),
  confirm: t('转正', 'confirm'),
  'probation-failed': t('试用不合格', 'probation failed'),
  eliminate: t('淘汰', 'eliminate'),
  reassign: t('调岗', 'reassign'),
  excellent: t('优秀员工', 'excellent'),
};

const KIND_LABELS: Record<LineKind, Text> = {
  base: t('基本', 'base'),
  fine: t('罚款', 'fine'),
  bonus: t('奖励', 'bonus'),
  points: t('扣分', 'points'),
  adjustment: t('调整', 'adjustment'),
};

const LEVEL_LABELS: Record<string, Text> = {
  junior: t('初级', 'junior'),
  intermediate: t('中级', 'intermediate'),
  senior: t('高级', 'senior'),
};

const METRIC_LABELS: Record<string, Text> = {
  successes: t('成功量', 'successes'),
  dials: t('外呼量', 'dials'),
  connected: t('接通量', 'connected'),
  score: t('分数', 'score'),
  payout: t('薪酬', 'payout'),
};

const TAB_NAMES: Record<TabRole, Text> = {
  payout: t('薪酬', 'Payout'),
  ranking: t('排名', 'Ranking'),
  details: t('明细', 'Details'),
  issues: t('问题', 'Issues'),
};

/** Localised label of a flag, e.g. 'dismissal-recommended' → '建议辞退'. */
export function flagLabel(flag: Flag, lang: Lang): string {
  return FLAG_LABELS[flag]?.[lang] ?? flag;
}

/** Localised name of a metric id; unknown ids are shown as they are. */
export function metricLabel(metric: string, lang: Lang): string {
  return METRIC_LABELS[metric]?.[lang] ?? metric;
}

/** Name of a generated tab: 'Payout 2026-10' / '薪酬 2026-10'. */
export function tabName(role: TabRole, month: string, lang: Lang): string {
  return `${TAB_NAMES[role][lang]} ${month}`;
}

/** Every generated tab name for a month in both languages, so a rerun can replace either. */
export function allTabNames(month: string): string[] {
  const roles: TabRole[] = ['payout', 'ranking', 'details', 'issues'];
  return roles.flatMap((r) => [tabName(r, month, 'en'), tabName(r, month, 'zh')]);
}

/** Integer fen → yuan as a number, exact to 2 decimals (1234 → 12.34). */
export function yuan(fen: number): number {
  return Math.round(fen) / 100;
}

/**
 * Payout parts in fen; `adjustment` closes the gap (pay floors, anything else) so that
 * base + performance + seniority + bonuses − fines + adjustment = payout.
 */
export function payoutParts(e: EmployeeResult) {
  let base = 0;
  let performance = 0;
  let seniority = 0;
  for (const line of e.lines) {
    if (line.kind !== 'base') continue;
    if (line.component === 'seniority') seniority += line.amountFen;
    else if (line.component === 'performance') performance += line.amountFen;
    else base += line.amountFen;
  }
  const adjustment = e.payoutFen - base - performance - seniority - e.bonusesFen + e.finesFen;
  return { base, performance, seniority, bonuses: e.bonusesFen, fines: e.finesFen, adjustment, payout: e.payoutFen };
}

function payoutTab(report: Report, lang: Lang): TabSpec {
  const zh = lang === 'zh';
  const parts = report.employees.map(payoutParts);
  // Optional columns appear only when the policy has them: assessed level (C-LVL-1), performance pay (B-PAY-2, C-PAY-2).
  const assessed = report.employees.some((e) => e.assessedLevel !== undefined);
  const perf = report.employees.some((e) => e.lines.some((l) => l.component === 'performance'));
  const opt = <T>(on: boolean, v: T): T[] => (on ? [v] : []);
  const header = zh
    ? ['工号', '姓名', '组别', '职级', '分数', '等级', ...opt(assessed, '评定职级'), '标记',
      '基本工资', ...opt(perf, '绩效工资'), '工龄工资', '奖励', '罚款', '调整', '实发']
    : ['ID', 'Name', 'Team', 'Level', 'Score', 'Grade', ...opt(assessed, 'Assessed level'), 'Flags',
      'Base', ...opt(perf, 'Performance'), 'Seniority', 'Bonuses', 'Fines', 'Adjustment', 'Payout'];
  const kinds: ColumnKind[] = ['text', 'text', 'text', 'text', 'int', 'text', ...opt<ColumnKind>(assessed, 'text'), 'flags',
    'money', ...opt<ColumnKind>(perf, 'money'), 'money', 'money', 'money', 'money', 'money'];
  const money = (p: ReturnType<typeof payoutParts>) =>
    [p.base, ...opt(perf, p.performance), p.seniority, p.bonuses, p.fines, p.adjustment, p.payout];
  const totals: number[] = new Array(perf ? 7 : 6).fill(0);
  const highlightRows: number[] = [];
  const levelText = (level: string | null | undefined) => (level ? (LEVEL_LABELS[level]?.[lang] ?? level) : null);
  const rows: TabCell[][] = report.employees.map((e, i) => {
    const fen = money(parts[i]);
    fen.forEach((v, k) => (totals[k] += v));
    if (e.flags.length > 0) highlightRows.push(i);
    const flags = e.flags.map((f) => flagLabel(f, lang)).join(zh ? '、' : ', ');
    return [e.id, e.name, e.team, levelText(e.level), e.score, e.grade, ...opt(assessed, levelText(e.assessedLevel)),
      flags, ...fen.map(yuan)];
  });
  rows.push([zh ? '合计' : 'Total', null, null, null, null, null, ...opt(assessed, null), null, ...totals.map(yuan)]);
  highlightRows.push(rows.length - 1);
  // Month over month (workflow): one last column when the previous month was computed.
  if (report.employees.some((e) => e.change)) {
    header.push(zh ? '较上月' : 'Change from last month');
    kinds.push('text');
    report.employees.forEach((e, i) => rows[i].push(e.change ? changeText(e.change, lang) : null));
    rows[rows.length - 1].push(null);
  }
  return { name: tabName('payout', report.month, lang), role: 'payout', header, rows, columns: kinds.map((kind) => ({ kind })), highlightRows };
}

function rankingTab(report: Report, lang: Lang): TabSpec {
  const zh = lang === 'zh';
  const header = zh
    ? ['名次', '工号', '姓名', '组别', '指标', '数值', '', '团队', '人数', '成功量', '人均', '团队名次', '团队奖', '说明']
    : ['Rank', 'ID', 'Name', 'Team', 'Metric', 'Value', '', 'Team', 'Headcount', 'Successes', 'Per head', 'Team rank', 'Team prize', 'Reason'];
  const kinds: ColumnKind[] = ['int', 'text', 'text', 'text', 'text', 'number', 'text', 'text', 'int', 'int', 'number', 'int', 'text', 'text'];
  const n = Math.max(report.ranking.length, report.teams.length);
  const rows: TabCell[][] = [];
  for (let i = 0; i < n; i++) {
    const r = report.ranking[i];
    const tm = report.teams[i];
    const left: TabCell[] = r ? [r.rank, r.id, r.name, r.team, metricLabel(r.metric, lang), r.value] : [null, null, null, null, null, null];
    const right: TabCell[] = tm
      ? [tm.team, tm.headcount, tm.successes, tm.perHead, tm.rank, tm.prize ? (zh ? '是' : 'yes') : (zh ? '否' : 'no'), tm.reason[lang]]
      : [null, null, null, null, null, null, null];
    rows.push([...left, null, ...right]);
  }
  return { name: tabName('ranking', report.month, lang), role: 'ranking', header, rows, columns: kinds.map((kind) => ({ kind })) };
}

function detailsTab(report: Report, lang: Lang): TabSpec {
  const zh = lang === 'zh';
  const header = zh
    ? ['工号', '姓名', '规则', '日期', '类别', '金额', '分数', '来源', '原因']
    : ['ID', 'Name', 'Rule', 'Date', 'Kind', 'Amount', 'Points', 'Source', 'Reason'];
  const kinds: ColumnKind[] = ['text', 'text', 'text', 'date', 'text', 'money', 'int', 'text', 'text'];
  const rows: TabCell[][] = [];
  const links: (string | null)[] = [];
  for (const e of report.employees) {
    for (const line of e.lines) {
      rows.push([e.id, e.name, line.rule, line.date, KIND_LABELS[line.kind]?.[lang] ?? line.kind,
        yuan(line.amountFen), line.points, line.source, line.reason[lang]]);
      links.push(line.source ? line.source : null);
    }
  }
  return { name: tabName('details', report.month, lang), role: 'details', header, rows, columns: kinds.map((kind) => ({ kind })), links, linkColumn: 7 };
}

function issuesTab(report: Report, lang: Lang): TabSpec {
  const zh = lang === 'zh';
  const header = zh
    ? ['严重程度', '工作表', '行', '列', '值', '说明', '代码', '单元格']
    : ['Severity', 'Sheet', 'Row', 'Column', 'Value', 'Message', 'Code', 'Cell'];
  const kinds: ColumnKind[] = ['text', 'text', 'int', 'text', 'text', 'text', 'text', 'text'];
  const highlightRows: number[] = [];
  const rows = report.issues.map((issue, i): TabCell[] => {
    if (issue.severity === 'error') highlightRows.push(i);
    const severity = issue.severity === 'error' ? (zh ? '错误' : 'error') : (zh ? '警告' : 'warning');
    return [severity, issue.sheet, issue.row, issue.column, issue.value, zh ? issue.messageZh : issue.message, issue.code, issue.cell];
  });
  const links = report.issues.map((issue) => issue.cell);
  return { name: tabName('issues', report.month, lang), role: 'issues', header, rows, columns: kinds.map((kind) => ({ kind })), links, linkColumn: 7, highlightRows };
}

/**
 * The generated tabs of a report, in the report's language unless `lang` is given: Payout (one row per
 * employee and a totals row, money in yuan), Ranking (with the team table beside it), Details (one row per
 * Line, in employee order, adding up to Payout) and Issues (only when there are issues).
 */
export function renderTabs(report: Report, lang: Lang = report.language, options: RenderOptions = {}): TabSpec[] {
  const note = [`${report.policy} v${report.policyVersion}`, report.month, options.generatedAt].filter(Boolean).join(' · ');
  const tabs = [payoutTab(report, lang), rankingTab(report, lang), detailsTab(report, lang)];
  if (report.issues.length > 0) tabs.push(issuesTab(report, lang));
  return tabs.map((tab) => ({ ...tab, note }));
}
