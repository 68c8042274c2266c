// Renders the results of the month workflow, old month tabs and BigQuery call-records actions (text nodes only).
import type { ServerApi } from '../src/gas/api.js';
import { h } from './dom.js';
import { formatCount, formatYuan } from './format.js';
import { t, type Lang } from './i18n.js';

type Result<K extends keyof ServerApi> = Awaited<ReturnType<ServerApi[K]>>;
export type ApprovalStatus = Result<'approvalStatus'>;
export type ApproveResult = Result<'approveMonth'>;
export type UnlockResult = Result<'unlockMonth'>;
export type StatementsResult = Result<'writeStatements'>;
export type AppealResult = Result<'fileAppeal'>;
export type CompareResult = Result<'comparePolicy'>;
export type MonthTabList = Result<'listMonthTabs'>;
export type RemoveResult = Result<'removeMonthTabs'>;
export type CallTable = Result<'getCallTable'>;
export type CallTableTest = Result<'testCallTable'>;

/** Agents listed in the what-if table (the server sends at most 50, largest change first). */
export const MAX_COMPARE_ROWS = 20;

const sep = (lang: Lang) => (lang === 'zh' ? '、' : ', ');
const yuanOfFen = (lang: Lang, fen: number) => t(lang, 'yuan', { amount: formatYuan(fen / 100) });
/** A change with its sign: '+5.00', '-20.00', '0.00'. */
const signed = (fen: number) => (fen > 0 ? '+' : '') + formatYuan(fen / 100);

/** Approved or not, by whom and when, and the diff's lines (what changed since approval and why). */
export function renderApprovalStatus(lang: Lang, status: ApprovalStatus): HTMLElement {
  const a = status.approved;
  if (!a) return h('div', { 'data-testid': 'approval-status' }, h('p', {}, t(lang, 'notApproved', { month: status.month })));
  const d = status.diff;
  return h('div', { 'data-testid': 'approval-status' },
    h('p', { class: 'approved' }, t(lang, 'approvedBy', { month: status.month, by: a.by, at: a.at, policy: a.policy, version: a.version })),
    d && d.unchanged && d.text.length === 0 ? h('p', { class: 'hint' }, t(lang, 'diffUnchanged')) : null,
    d && d.text.length > 0 ? h('pre', { class: 'diff', 'data-testid': 'approval-diff' }, d.text.join('\n')) : null);
}

export function renderApproved(lang: Lang, r: ApproveResult): HTMLElement {
  return h('p', { role: 'status' }, t(lang, 'approvedDone', {
    month: r.month, by: r.by, at: r.at, tabs: r.protected.length > 0 ? r.protected.join(sep(lang)) : '—' }));
}

export function renderUnlocked(lang: Lang, r: UnlockResult): HTMLElement {
  return h('p', { role: 'status' }, t(lang, 'unlockedDone', { month: r.month, tabs: r.unprotected.length > 0 ? r.unprotected.join(sep(lang)) : '—' }));
}

export function renderStatements(lang: Lang, r: StatementsResult): HTMLElement {
  return h('p', { role: 'status' }, t(lang, 'statementsDone', { tab: r.tab, agents: r.agents }));
}

export function renderAppeal(lang: Lang, r: AppealResult): HTMLElement {
  return h('p', { role: 'status' }, t(lang, 'appealFiled', { sheet: r.sheet, row: r.row }));
}

/** What-if: the totals before → after, then the agents (largest change first) as a table; a draft with errors lists them. */
export function renderCompare(lang: Lang, r: CompareResult): HTMLElement {
  const issues = r.issues.length > 0
    ? h('ul', { class: 'issues', 'data-testid': 'compare-issues' }, ...r.issues.map((i) => h('li', { class: 'issue', 'data-severity': 'error' },
      (lang === 'zh' ? i.messageZh || i.message : i.message || i.messageZh) + (i.cell ? ` (${i.cell})` : ''))))
    : null;
  if (!r.totals) return h('div', { 'data-testid': 'compare' }, h('p', { class: 'blocking' }, t(lang, 'compareNoTab')), issues);
  const { before, after, deltaFen, changed } = r.totals;
  const rows = r.agents.slice(0, MAX_COMPARE_ROWS);
  return h('div', { 'data-testid': 'compare' },
    h('p', { 'data-testid': 'compare-totals' }, t(lang, 'compareTotals', {
      before: yuanOfFen(lang, before.payoutFen), after: yuanOfFen(lang, after.payoutFen), delta: signed(deltaFen), changed })),
    r.tab ? h('p', { class: 'hint' }, t(lang, 'compareTab', { tab: r.tab })) : null,
    issues,
    rows.length === 0 ? null : h('table', { class: 'compare', 'data-testid': 'compare-agents' },
      h('thead', {}, h('tr', {}, ...(['colAgent', 'colBefore', 'colAfter', 'colDelta'] as const).map((k) => h('th', {}, t(lang, k))))),
      h('tbody', {}, ...rows.map((a) => h('tr', {},
        h('td', {}, t(lang, 'agentCell', { name: a.name, id: a.id })),
        h('td', { class: 'num' }, a.before ? formatYuan(a.before.payoutFen / 100) : '—'),
        h('td', { class: 'num' }, a.after ? formatYuan(a.after.payoutFen / 100) : '—'),
        h('td', { class: 'num' }, signed(a.deltaFen)))))),
    r.agents.length > rows.length ? h('p', { class: 'hint' }, t(lang, 'compareMore', { n: r.agents.length - rows.length })) : null);
}

/** Percent of Google's cell limit, one decimal. */
const percent = (cells: number, limit: number) => (limit > 0 ? Math.round((cells / limit) * 1000) / 10 : 0);

/** The months with generated tabs (newest first), a checkbox each, their tabs and cells; the spreadsheet's cells against the limit. */
export function renderMonthTabs(lang: Lang, list: MonthTabList, selected: ReadonlySet<string>): HTMLElement {
  return h('div', { 'data-testid': 'month-tabs' },
    h('p', { 'data-testid': 'cells-total', 'data-severity': list.cells > list.limit * 0.8 ? 'warning' : undefined },
      t(lang, 'cellsTotal', { cells: formatCount(list.cells), limit: formatCount(list.limit), pct: percent(list.cells, list.limit) })),
    list.months.length === 0 ? h('p', {}, t(lang, 'tabsNone'))
      : h('ul', { class: 'month-tabs' }, ...list.months.map((m) => h('li', {},
        h('label', { class: 'check' },
          h('input', { type: 'checkbox', value: m.month, 'data-month': m.month, checked: selected.has(m.month) ? '' : undefined }),
          ' ', t(lang, 'tabsMonth', { month: m.month, cells: formatCount(m.cells) })),
        h('div', { class: 'hint' }, m.tabs.map((tab) => t(lang, 'tabCells', { name: tab.name, cells: formatCount(tab.cells) })).join(sep(lang)))))));
}

export function renderRemoved(lang: Lang, r: RemoveResult): HTMLElement {
  return h('div', { role: 'status', 'data-testid': 'removed' },
    h('p', {}, t(lang, 'removedDone', { tabs: r.removed.length > 0 ? r.removed.join(sep(lang)) : '—' })),
    r.archive ? h('p', {}, t(lang, 'archivedTo'), h('a', { href: r.archive.url, target: '_blank', rel: 'noopener noreferrer' }, r.archive.name)) : null);
}

export function renderCallTable(lang: Lang, c: CallTable): HTMLElement {
  return h('p', { 'data-testid': 'call-table' }, c.table === null ? t(lang, 'bqNone') : t(lang, 'bqCurrent', { table: c.table }));
}

/** 1536 → '1.5 KB'; binary units as BigQuery's console shows them. */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
  return unit === 0 ? `${value} B` : `${Math.round(value * 10) / 10} ${units[unit]}`;
}

/** The dry run: each Calls field and the column read as it, missing required ones, and the bytes a report scans. */
export function renderCallTableTest(lang: Lang, r: CallTableTest): HTMLElement {
  const found = Object.entries(r.columns);
  return h('div', { 'data-testid': 'call-table-test' },
    h('p', {}, t(lang, 'bqTested', { table: r.table })),
    h('p', {}, t(lang, 'bqColumns')),
    found.length === 0 ? h('p', {}, '—') : h('ul', { class: 'sources' }, ...found.map(([field, column]) => h('li', {}, t(lang, 'bqColumnItem', { column, field })))),
    r.missing.length > 0
      ? h('p', { class: 'blocking', 'data-testid': 'bq-missing' }, t(lang, 'bqMissing', { fields: r.missing.join(sep(lang)) }))
      : h('p', { 'data-testid': 'bq-bytes' }, t(lang, 'bqBytes', { bytes: formatBytes(r.bytes) })));
}
