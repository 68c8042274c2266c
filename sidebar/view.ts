// Renders server results into DOM nodes: the issue list, the report summary and the progress steps.
import type { CheckResult, GenerateResult, SheetIssue } from './client.js';
import { h } from './dom.js';
import { formatCount, formatYuan } from './format.js';
import { flagLabel, t, type Lang, type MessageKey } from './i18n.js';

/** Issues listed in the sidebar; the rest are in the Issues tab. */
export const MAX_LISTED_ISSUES = 100;

function issueItem(lang: Lang, issue: SheetIssue): HTMLElement {
  const where = issue.row === null
    ? t(lang, 'issueSheet', { sheet: issue.sheet })
    : t(lang, 'issueWhere', { sheet: issue.sheet, row: issue.row });
  const column = issue.column ? ` · ${issue.column}` : '';
  const message = lang === 'zh' ? issue.messageZh || issue.message : issue.message || issue.messageZh;
  const link = issue.url && issue.cell
    // Container-bound sidebars are sandboxed without top navigation, so a new tab (allow-popups) is what works.
    ? h('a', { href: issue.url, target: '_blank', rel: 'noopener noreferrer' }, t(lang, 'openCell', { cell: issue.cell }))
    : issue.cell;
  return h('li', { class: 'issue', 'data-severity': issue.severity },
    h('span', { class: 'badge' }, t(lang, issue.severity === 'error' ? 'severityError' : 'severityWarning')),
    ' ',
    h('span', { class: 'where' }, where + column),
    h('div', { class: 'message' }, message),
    issue.value !== '' ? h('div', { class: 'value' }, t(lang, 'issueValue', { value: issue.value })) : null,
    link ? h('div', { class: 'cell' }, link) : null);
}

/** The issue list of a check, at most MAX_LISTED_ISSUES items, errors first. */
export function renderIssues(lang: Lang, result: CheckResult): HTMLElement {
  const sorted = [...result.issues].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
  const listed = sorted.slice(0, MAX_LISTED_ISSUES);
  return h('div', {},
    h('h2', {}, t(lang, 'issuesTitle')),
    h('p', { class: 'counts', 'data-testid': 'issue-counts' }, t(lang, 'counts', result.counts)),
    listed.length === 0
      ? h('p', {}, t(lang, 'noIssues'))
      : h('ul', { class: 'issues', 'data-testid': 'issue-list' }, ...listed.map((issue) => issueItem(lang, issue))),
    sorted.length > listed.length ? h('p', { class: 'hint' }, t(lang, 'moreIssues', { n: sorted.length - listed.length })) : null);
}

/** The result of Generate: top five, totals in yuan, flags, issue counts and the tabs written. */
export function renderSummary(lang: Lang, month: string, result: GenerateResult): HTMLElement {
  const { summary } = result;
  const yuan = (amount: number) => t(lang, 'yuan', { amount: formatYuan(amount) });
  const total = (key: MessageKey, amount: number, testid: string) =>
    h('div', { class: 'total' }, h('dt', {}, t(lang, key)), h('dd', { 'data-testid': testid }, yuan(amount)));
  return h('div', {},
    h('h2', {}, t(lang, 'summaryTitle', { month })),
    result.blocking ? h('p', { class: 'blocking', role: 'note' }, t(lang, 'blocking')) : null,
    h('h3', {}, t(lang, 'top5')),
    h('ol', { class: 'top', 'data-testid': 'top5' }, ...summary.top.slice(0, 5).map((row) => h('li', {},
      t(lang, 'topItem', { rank: row.rank, name: row.name, id: row.id, team: row.team ?? t(lang, 'noTeam'), value: formatCount(row.value) })))),
    h('h3', {}, t(lang, 'totals')),
    h('dl', { class: 'totals', 'data-testid': 'totals' },
      total('totalPayout', summary.totals.payout, 'total-payout'),
      total('totalFines', summary.totals.fines, 'total-fines'),
      total('totalBonuses', summary.totals.bonuses, 'total-bonuses')),
    h('h3', {}, t(lang, 'flagsTitle')),
    summary.flags.length === 0
      ? h('p', {}, t(lang, 'noFlags'))
      : h('ul', { class: 'flags', 'data-testid': 'flags' }, ...summary.flags.map((row) => h('li', {},
        t(lang, 'flagItem', { name: row.name, id: row.id, flags: row.flags.map((f) => flagLabel(lang, f)).join(lang === 'zh' ? '、' : ', ') })))),
    h('p', { class: 'counts', 'data-testid': 'summary-counts' }, t(lang, 'counts', summary.issues)),
    result.tabs.length > 0 ? h('p', { class: 'hint' }, t(lang, 'tabsWritten', { tabs: result.tabs.join(lang === 'zh' ? '、' : ', ') })) : null);
}

export type StepState = 'done' | 'active' | 'todo';

/** The progress list: steps before `active` are done; active = steps.length means all done. */
export function renderSteps(lang: Lang, steps: MessageKey[], active: number): HTMLElement[] {
  return steps.map((key, i) => {
    const state: StepState = i < active ? 'done' : i === active ? 'active' : 'todo';
    return h('li', { 'data-step': state, 'aria-current': state === 'active' ? 'step' : undefined }, t(lang, key));
  });
}
