// Text longer than a cell may hold (32,767 characters in .xlsx, 50,000 in Sheets) is cut before the tabs are written,
// each cut an issue with where the text came from, so no write fails half-way and nothing is shortened unsaid.
import { makeIssue } from '../messages.js';
import type { Issue, Report } from '../types.js';

/** Characters a cell holds: Excel's limit, and Google Sheets'. */
export const CELL_TEXT_LIMIT = { xlsx: 32_767, sheets: 50_000 } as const;

/** Marks the end of a cut text, inside the limit. */
const CUT_MARK = '…';

/**
 * The report with every string longer than `limit` cut to it (ending in '…'), and one warning per cut naming what
 * was cut (sheet, row, column when known) and its length. The report itself is unchanged when nothing is too long.
 */
export function cutLongText(report: Report, limit: number): Report {
  const cuts: Issue[] = [];
  const cut = (text: string, where: { sheet: string; row: number | null; column: string | null; cell: string | null }): string => {
    if (text.length <= limit) return text;
    cuts.push(makeIssue('text-cut', { ...where, value: text.slice(0, 40) }, { length: String(text.length), limit: String(limit) }));
    return text.slice(0, limit - CUT_MARK.length) + CUT_MARK;
  };
  const tooLong = (s: string | null | undefined) => typeof s === 'string' && s.length > limit;
  const anyLong = report.employees.some((e) => tooLong(e.name) || tooLong(e.team)
    || e.lines.some((l) => tooLong(l.reason.zh) || tooLong(l.reason.en) || tooLong(l.source)))
    || report.issues.some((i) => tooLong(i.value) || tooLong(i.message) || tooLong(i.messageZh))
    || report.teams.some((t) => tooLong(t.team) || tooLong(t.reason.zh) || tooLong(t.reason.en));
  if (!anyLong) return report;

  const roster = { sheet: 'Roster', row: null, column: null, cell: null };
  const employees = report.employees.map((e) => ({
    ...e,
    name: cut(e.name, { ...roster, column: 'Name' }),
    team: e.team === null ? null : cut(e.team, { ...roster, column: 'Team' }),
    lines: e.lines.map((l) => {
      const at = { sheet: l.source.split('!')[0] ?? '', row: null, column: null, cell: l.source || null };
      return { ...l, source: cut(l.source, at), reason: { zh: cut(l.reason.zh, at), en: cut(l.reason.en, at) } };
    }),
  }));
  const byId = new Map(employees.map((e) => [e.id, e]));
  const issues = report.issues.map((i) => {
    const at = { sheet: i.sheet, row: i.row, column: i.column, cell: i.cell };
    return { ...i, value: cut(i.value, at), message: cut(i.message, at), messageZh: cut(i.messageZh, at) };
  });
  const teams = report.teams.map((t) => {
    const at = { sheet: 'Roster', row: null, column: 'Team', cell: null };
    return { ...t, team: cut(t.team, at), reason: { zh: cut(t.reason.zh, at), en: cut(t.reason.en, at) } };
  });
  const ranking = report.ranking.map((r) => ({ ...r, name: byId.get(r.id)?.name ?? r.name, team: byId.get(r.id)?.team ?? r.team }));
  return { ...report, employees, ranking, teams, issues: [...issues, ...cuts] };
}
