// The generated sheets (Payout, Ranking, Details, Issues) as plain data, shared by the xlsx runner and the add-on:
// values, number formats, column widths, row colours, filter and print set-up. Words come from labels.ts.
import {
  type FlagMeaning, flagLabel, flagsMeaning, HEADERS, KIND_LABELS, legendLines, LEVEL_LABELS, METRIC_NAMES,
  metricLabel, type TabRole, TAB_NAMES, teamMetricHeaders, WORDS, fill, changeText,
} from './labels.js';
import type { EmployeeResult, Issue, Lang, Report, Text } from '../types.js';

export { FLAG_LABELS, flagLabel, metricLabel, type TabRole } from './labels.js';

export type ColumnKind = 'text' | 'money' | 'int' | 'number' | 'date' | 'flags';
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
  /** a sheet kept out of sight (the approvals record): written with state hidden */
  hidden?: boolean;
  /** free text for the header's first cell: policy id, version, month, generated-at */
  note?: string;
}

export interface RenderOptions {
  /** appended to each tab's note as given, e.g. 'generated 2026-11-01 09:00 UTC' (localised when it has that shape) */
  generatedAt?: string;
  /** when the tabs were made, in the spreadsheet's zone: written '生成于 2026-11-01 09:00（Asia/Shanghai）' */
  generated?: { at: string; zone: string };
}

/**
 * Number formats, valid in Excel, Sheets and LibreOffice. Numbers end with two literal spaces so a right-aligned
 * figure never touches the left-aligned text of the next column ('12 010' read as one number). The unit 元 is
 * in the money headers, which keeps a Payout of seven money columns one landscape page wide.
 */
export const FORMATS = {
  text: '@',
  money: '#,##0.00"  "',
  int: '0"  "',
  count: '#,##0"  "',
  score: '0.0#"  "',
  decimal: '#,##0.00"  "',
} as const;

const PRINT = { landscape: true, fitToWidth: true, repeatHeader: true };
const MIN_WIDTH = 6;
const MAX_WIDTH = 40;
/** Wide text columns (Issues message, Details reason) */
const WIDE_WIDTH = 90;
/** Rows measured for a column's width; a long Details tab is sized by its first rows and its last */
const SAMPLE = 2000;

/** Display width of a string: CJK and full-width characters count 2. */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** How a value reads under its format, for sizing: money with 2 decimals and separators. */
function shown(v: TabCell, format: string | undefined): string {
  if (v === null) return '';
  if (typeof v === 'string') return v;
  const digits = format === FORMATS.money || format === FORMATS.decimal ? 2 : format === FORMATS.score ? 2 : 0;
  return `${v.toFixed(digits).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}  `;
}

type Col = { kind: ColumnKind; format?: string; max?: number };

/** Columns with widths sized to the header and the content (+2 characters of gap), within MIN..max. */
function sized(cols: Col[], header: string[], rows: TabCell[][]): TabSpec['columns'] {
  const sample = rows.length > SAMPLE ? [...rows.slice(0, SAMPLE), ...rows.slice(-50)] : rows;
  return cols.map((c, i) => {
    let w = textWidth(header[i]);
    for (const row of sample) w = Math.max(w, textWidth(shown(row[i] ?? null, c.format)));
    const width = Math.min(c.max ?? MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
    return { kind: c.kind, ...(c.format ? { format: c.format } : {}), width };
  });
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

/** A generated tab of any month, in either language ('Payout 2026-09', '明细 2026-10'). */
export function isGeneratedTab(name: string): boolean {
  const m = /^(.*) (\d{4}-\d{2})$/.exec(name.trim());
  return m !== null && allTabNames(m[2]).some((n) => n.toLowerCase() === name.trim().toLowerCase());
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

const text: Col = { kind: 'text', format: FORMATS.text };
const money: Col = { kind: 'money', format: FORMATS.money };

function payoutTab(report: Report, lang: Lang): TabSpec {
  const parts = report.employees.map(payoutParts);
  const any = (f: (e: EmployeeResult) => unknown) => report.employees.some((e) => f(e) !== null && f(e) !== undefined);
  // A column appears only when some agent has a value in it: team, level, grade (C-GRD-1), assessed level
  // (C-LVL-1), performance pay (B-PAY-2, C-PAY-2); outbound-center has no grade, so no empty 等级 column.
  const perf = report.employees.some((e) => e.lines.some((l) => l.component === 'performance'));
  const level = (l: string | null | undefined) => (l ? (LEVEL_LABELS[l]?.[lang] ?? l) : null);
  type PCol = Col & { head: Text; on: boolean; value: (e: EmployeeResult, i: number) => TabCell };
  const fen = (k: keyof ReturnType<typeof payoutParts>) => (_: EmployeeResult, i: number) => yuan(parts[i][k]);
  const all: PCol[] = [
    { ...text, head: HEADERS.id, on: true, value: (e) => e.id },
    { ...text, head: HEADERS.name, on: true, value: (e) => e.name },
    { ...text, head: HEADERS.team, on: any((e) => e.team), value: (e) => e.team },
    { ...text, head: HEADERS.level, on: any((e) => e.level), value: (e) => level(e.level) },
    { kind: 'number', format: FORMATS.score, head: HEADERS.score, on: any((e) => e.score), value: (e) => e.score },
    { ...text, head: HEADERS.grade, on: any((e) => e.grade), value: (e) => e.grade },
    { ...text, head: HEADERS.assessedLevel, on: any((e) => e.assessedLevel), value: (e) => level(e.assessedLevel) },
    { kind: 'flags', format: FORMATS.text, head: HEADERS.flags, on: true,
      value: (e) => e.flags.map((f) => flagLabel(f, lang)).join(lang === 'zh' ? '、' : ', ') },
    { ...money, head: HEADERS.base, on: true, value: fen('base') },
    { ...money, head: HEADERS.performance, on: perf, value: fen('performance') },
    { ...money, head: HEADERS.seniority, on: true, value: fen('seniority') },
    { ...money, head: HEADERS.bonuses, on: true, value: fen('bonuses') },
    { ...money, head: HEADERS.fines, on: true, value: fen('fines') },
    { ...money, head: HEADERS.adjustment, on: true, value: fen('adjustment') },
    { ...money, head: HEADERS.payout, on: true, value: fen('payout') },
    // Month over month (workflow/change.ts): shown when the previous month was computed.
    { ...text, head: HEADERS.change, on: any((e) => e.change), value: (e) => (e.change ? changeText(e.change, lang) : null) },
  ];
  const cols = all.filter((c) => c.on);
  const rows: TabCell[][] = report.employees.map((e, i) => cols.map((c) => c.value(e, i)));
  const rowStyles: (RowStyle | null)[] = report.employees.map((e) => flagsMeaning(e.flags));
  // The totals row adds the fen of every money column, never the rounded yuan.
  const totals: TabCell[] = cols.map((c) => (c.kind !== 'money' ? null
    : yuan(report.employees.reduce((s, e, i) => s + Math.round((c.value(e, i) as number) * 100), 0))));
  totals[0] = WORDS.total[lang];
  rows.push(totals);
  rowStyles.push('total');
  // The legend, after a blank row: what each colour means.
  rows.push(cols.map(() => null));
  rowStyles.push(null);
  for (const l of legendLines(lang)) {
    rows.push(cols.map((_, k) => (k === 0 ? l.text : null)));
    rowStyles.push(l.meaning satisfies FlagMeaning | 'total');
  }
  const header = cols.map((c) => c.head[lang]);
  // Legend rows are long text in column A that flows over the empty cells beside it: not measured.
  const columns = sized(cols, header, rows.slice(0, report.employees.length + 1));
  return { name: tabName('payout', report.month, lang), role: 'payout', header, rows, columns, rowStyles,
    filter: true, print: PRINT, frozenColumns: 2 };
}

/** The ranking's value format: scores with their decimals, counts as whole numbers, anything else to 0.01. */
function valueFormat(metric: string, values: number[]): string {
  if (metric === 'score') return FORMATS.score;
  return values.every((v) => Number.isInteger(v)) ? FORMATS.count : FORMATS.decimal;
}

function rankingTab(report: Report, lang: Lang): TabSpec {
  const teamMetric = report.teams[0]?.metric ?? METRIC_NAMES.successes;
  const [sumHead, perHeadHead] = teamMetricHeaders(teamMetric, lang);
  const header = [HEADERS.rank[lang], HEADERS.id[lang], HEADERS.name[lang], HEADERS.team[lang], HEADERS.metric[lang],
    HEADERS.value[lang], '', HEADERS.teamName[lang], HEADERS.headcount[lang], sumHead, perHeadHead,
    HEADERS.teamRank[lang], HEADERS.teamPrize[lang], HEADERS.reason[lang]];
  const metric = report.ranking[0]?.metric ?? '';
  const teamSumFormat = report.teams.every((tm) => Number.isInteger(tm.successes)) ? FORMATS.count : FORMATS.decimal;
  const cols: Col[] = [
    { kind: 'int', format: FORMATS.int }, text, text, text, text,
    { kind: 'number', format: valueFormat(metric, report.ranking.map((r) => r.value)) },
    text, text, { kind: 'int', format: FORMATS.int }, { kind: 'number', format: teamSumFormat },
    { kind: 'number', format: FORMATS.decimal }, { kind: 'int', format: FORMATS.int }, text, { ...text, max: 60 },
  ];
  const n = Math.max(report.ranking.length, report.teams.length);
  const rows: TabCell[][] = [];
  const rowStyles: (RowStyle | null)[] = [];
  for (let i = 0; i < n; i++) {
    const r = report.ranking[i];
    const tm = report.teams[i];
    const left: TabCell[] = r ? [r.rank, r.id, r.name, r.team, metricLabel(r.metric, lang), r.value] : [null, null, null, null, null, null];
    const right: TabCell[] = tm
      ? [tm.team, tm.headcount, tm.successes, tm.perHead, tm.rank, tm.prize ? WORDS.yes[lang] : WORDS.no[lang], tm.reason[lang]]
      : [null, null, null, null, null, null, null];
    rows.push([...left, null, ...right]);
    rowStyles.push(null);
  }
  const columns = sized(cols, header, rows);
  columns[6] = { kind: 'text', format: FORMATS.text, width: 3 };
  // A policy without a team prize (telesales-team, floor-discipline) has no team table: no empty columns.
  const keep = report.teams.length > 0 ? header.length : 6;
  return { name: tabName('ranking', report.month, lang), role: 'ranking', header: header.slice(0, keep),
    rows: rows.map((r) => r.slice(0, keep)), columns: columns.slice(0, keep), print: PRINT, frozenColumns: 0 };
}

function detailsTab(report: Report, lang: Lang): TabSpec {
  const header = [HEADERS.id, HEADERS.name, HEADERS.rule, HEADERS.date, HEADERS.kind, HEADERS.amount, HEADERS.points,
    HEADERS.source, HEADERS.reason].map((h) => h[lang]);
  const cols: Col[] = [text, text, text, { kind: 'date', format: FORMATS.text }, text, money,
    { kind: 'int', format: FORMATS.int }, text, { ...text, max: WIDE_WIDTH }];
  const rows: TabCell[][] = [];
  const links: (string | null)[] = [];
  for (const e of report.employees) {
    for (const line of e.lines) {
      rows.push([e.id, e.name, line.rule, line.date, KIND_LABELS[line.kind]?.[lang] ?? line.kind,
        yuan(line.amountFen), line.points, line.source, line.reason[lang]]);
      links.push(line.source ? line.source : null);
    }
  }
  return { name: tabName('details', report.month, lang), role: 'details', header, rows, columns: sized(cols, header, rows),
    links, linkColumn: 7, filter: true, print: PRINT, frozenColumns: 2 };
}

function issuesTab(report: Report, lang: Lang): TabSpec {
  const header = [HEADERS.severity, HEADERS.sheet, HEADERS.row, HEADERS.column, HEADERS.cellValue, HEADERS.message,
    HEADERS.code, HEADERS.cell].map((h) => h[lang]);
  const cols: Col[] = [text, text, { kind: 'int', format: FORMATS.int }, text, text, { ...text, max: WIDE_WIDTH }, text, text];
  // Errors first (they block the run), then warnings, each in the order HR reads the workbook.
  const sorted: Issue[] = [...report.issues.filter((i) => i.severity === 'error'), ...report.issues.filter((i) => i.severity !== 'error')];
  const rows = sorted.map((issue): TabCell[] => [WORDS[issue.severity === 'error' ? 'error' : 'warning'][lang],
    issue.sheet, issue.row, issue.column, issue.value, lang === 'zh' ? issue.messageZh : issue.message, issue.code, issue.cell]);
  const rowStyles = sorted.map((issue): RowStyle => (issue.severity === 'error' ? 'error' : 'warning'));
  return { name: tabName('issues', report.month, lang), role: 'issues', header, rows, columns: sized(cols, header, rows),
    links: sorted.map((issue) => issue.cell), linkColumn: 7, rowStyles, filter: true, print: PRINT, frozenColumns: 0 };
}

/** The note of every tab: policy and version, month, and when it was generated, in `lang`. */
export function tabNote(report: Report, lang: Lang, options: RenderOptions = {}): string {
  let generated = options.generated ? fill(WORDS.generated[lang], options.generated) : options.generatedAt;
  // A caller's English 'generated 2026-11-01 09:00 UTC' is put into the tab's language.
  const legacy = generated && !options.generated ? /^generated (\d{4}-\d\d-\d\d \d\d:\d\d) (\S+)$/.exec(generated) : null;
  if (legacy) generated = fill(WORDS.generated[lang], { at: legacy[1], zone: legacy[2] });
  const version = fill(WORDS.version[lang], { v: report.policyVersion });
  return [`${report.policy} ${version}`, report.month, generated].filter(Boolean).join(' · ');
}

/**
 * The generated tabs of a report, in the report's language unless `lang` is given: Payout (one row per
 * employee, a totals row and the colour legend; money in yuan), Ranking (with the team table beside it),
 * Details (one row per Line, in employee order, adding up to Payout) and Issues (only when there are issues,
 * errors first).
 */
export function renderTabs(report: Report, lang: Lang = report.language, options: RenderOptions = {}): TabSpec[] {
  const note = tabNote(report, lang, options);
  const tabs = [payoutTab(report, lang), rankingTab(report, lang), detailsTab(report, lang)];
  if (report.issues.length > 0) tabs.push(issuesTab(report, lang));
  // highlightRows for a writer that does not know rowStyles yet: every styled row.
  return tabs.map((tab) => ({ ...tab, note,
    highlightRows: (tab.rowStyles ?? []).flatMap((s, i) => (s ? [i] : [])) }));
}
