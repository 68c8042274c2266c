// Renders server results into DOM nodes: the issue list, the report summary and the progress steps.
import type { CheckResult, GenerateResult, SheetIssue, Summary } from './client.js';
import { h } from './dom.js';
import { formatCount, formatYuan } from './format.js';
import type { SourceInfo } from '../src/engine/types.js';
import { flagLabel, flagMeaning, MEANING_LABELS, MEANING_ORDER, t, type Lang, type MessageKey } from './i18n.js';

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

/** Each tab read as a source: what it was read as, rows, people matched and not, dates (SourceInfo). */
export function renderSources(lang: Lang, sources: readonly SourceInfo[]): HTMLElement {
  return h('div', {},
    h('h3', {}, t(lang, 'sourcesTitle')),
    sources.length === 0 ? h('p', {}, t(lang, 'sourceNone'))
      : h('ul', { class: 'sources', 'data-testid': 'sources' }, ...sources.map((s) => h('li', {},
        t(lang, 'sourceItem', { sheet: s.sheet, label: s.label[lang], rows: formatCount(s.rows), people: s.people })
        + (s.unmatched > 0 ? t(lang, 'sourceUnmatched', { n: s.unmatched }) : '')
        + (s.from && s.to ? t(lang, 'sourceDates', { from: s.from, to: s.to }) : '')))));
}

/** The issue list of a check, at most MAX_LISTED_ISSUES items, errors first; the sources read when the server sends them. */
export function renderIssues(lang: Lang, result: CheckResult & { sources?: readonly SourceInfo[] }): HTMLElement {
  const sorted = [...result.issues].sort((a, b) => Number(b.severity === 'error') - Number(a.severity === 'error'));
  const listed = sorted.slice(0, MAX_LISTED_ISSUES);
  return h('div', {},
    h('h2', {}, t(lang, 'issuesTitle')),
    result.sources ? renderSources(lang, result.sources) : null,
    h('p', { class: 'counts', 'data-testid': 'issue-counts' }, t(lang, 'counts', result.counts)),
    listed.length === 0
      ? h('p', {}, t(lang, 'noIssues'))
      : h('ul', { class: 'issues', 'data-testid': 'issue-list' }, ...listed.map((issue) => issueItem(lang, issue))),
    sorted.length > listed.length ? h('p', { class: 'hint' }, t(lang, 'moreIssues', { n: sorted.length - listed.length })) : null);
}

/** Flagged people grouped by what their flags ask: action first, then review, then good news; a person once, under the most pressing. */
function renderFlags(lang: Lang, flags: Summary['flags']): HTMLElement {
  if (flags.length === 0) return h('p', {}, t(lang, 'noFlags'));
  const sep = lang === 'zh' ? '、' : ', ';
  const groups = MEANING_ORDER.map((meaning) => ({
    meaning,
    rows: flags.filter((row) => MEANING_ORDER.find((m) => row.flags.some((f) => flagMeaning(f) === m)) === meaning),
  })).filter((g) => g.rows.length > 0);
  const other = flags.filter((row) => row.flags.every((f) => flagMeaning(f) === null));
  return h('div', { 'data-testid': 'flags' }, ...groups.map((g) => h('div', { class: 'flag-group', 'data-meaning': g.meaning },
    h('h4', {}, t(lang, 'flagGroup', { meaning: MEANING_LABELS[g.meaning][lang], n: g.rows.length })),
    h('ul', { class: 'flags' }, ...g.rows.map((row) => h('li', {},
      t(lang, 'flagItem', { name: row.name, id: row.id, flags: row.flags.map((f) => flagLabel(lang, f)).join(sep) })))))),
  other.length > 0 ? h('ul', { class: 'flags' }, ...other.map((row) => h('li', {},
    t(lang, 'flagItem', { name: row.name, id: row.id, flags: row.flags.join(sep) })))) : null);
}

/**
 * The result of Generate: top five, totals in yuan, flags grouped by meaning, issue counts and the tabs written.
 * A blocked run shows no totals, ranking or flags (nothing to pay from): the reason, the counts and `issues`.
 */
export function renderSummary(lang: Lang, month: string, result: GenerateResult, issues: CheckResult | null = null): HTMLElement {
  const { summary } = result;
  if (result.blocking) {
    return h('div', {},
      h('h2', {}, t(lang, 'summaryTitle', { month })),
      h('p', { class: 'blocking', role: 'note' }, t(lang, 'blockedNoTotals')),
      issues ? renderIssues(lang, issues) : summary ? h('p', { class: 'counts', 'data-testid': 'summary-counts' }, t(lang, 'counts', summary.issues)) : null,
      result.tabs.length > 0 ? h('p', { class: 'hint' }, t(lang, 'tabsWritten', { tabs: result.tabs.join(lang === 'zh' ? '、' : ', ') })) : null);
  }
  const yuan = (amount: number) => t(lang, 'yuan', { amount: formatYuan(amount) });
  const total = (key: MessageKey, amount: number, testid: string) =>
    h('div', { class: 'total' }, h('dt', {}, t(lang, key)), h('dd', { 'data-testid': testid }, yuan(amount)));
  return h('div', {},
    h('h2', {}, t(lang, 'summaryTitle', { month })),
    h('h3', {}, t(lang, 'top5')),
    h('ol', { class: 'top', 'data-testid': 'top5' }, ...summary.top.slice(0, 5).map((row) => h('li', {},
      t(lang, 'topItem', { rank: row.rank, name: row.name, id: row.id, team: row.team ?? t(lang, 'noTeam'), value: formatCount(row.value) })))),
    h('h3', {}, t(lang, 'totals')),
    h('dl', { class: 'totals', 'data-testid': 'totals' },
      total('totalPayout', summary.totals.payout, 'total-payout'),
      total('totalFines', summary.totals.fines, 'total-fines'),
      total('totalBonuses', summary.totals.bonuses, 'total-bonuses')),
    h('h3', {}, t(lang, 'flagsTitle')),
    renderFlags(lang, summary.flags),
    h('p', { class: 'counts', 'data-testid': 'summary-counts' }, t(lang, 'counts', summary.issues)),
    result.tabs.length > 0 ? h('p', { class: 'hint' }, t(lang, 'tabsWritten', { tabs: result.tabs.join(lang === 'zh' ? '、' : ', ') })) : null);
}

/** Why the chosen month cannot be generated, when the opening state knows it has no data; '' otherwise. */
export function monthHint(lang: Lang, month: string, months: readonly string[]): string {
  if (months.length === 0) return t(lang, 'monthNoDataNone');
  if (month && !months.includes(month)) return t(lang, 'monthNoData', { month, months: months.join(', ') });
  return t(lang, 'monthsWithData', { months: months.join(', ') });
}

export type StepState = 'done' | 'active' | 'todo';

/** The progress list: steps before `active` are done; active = steps.length means all done. */
export function renderSteps(lang: Lang, steps: MessageKey[], active: number): HTMLElement[] {
  return steps.map((key, i) => {
    const state: StepState = i < active ? 'done' : i === active ? 'active' : 'todo';
    return h('li', { 'data-step': state, 'aria-current': state === 'active' ? 'step' : undefined }, t(lang, key));
  });
}
