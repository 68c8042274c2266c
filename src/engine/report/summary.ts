// A short plain-text summary of a report (top agents, totals, flags, issue counts) for the demo and the sidebar.
import { flagLabel, metricLabel, yuan } from './tabs.js';
import type { Flag, Lang, Report } from '../types.js';

export interface SummaryOptions {
  /** how many ranking rows to list; default 10 */
  top?: number;
  /** how many blocking errors to quote; default 5 */
  errors?: number;
}

/** Fen as yuan text with thousands separators and 2 decimals: -123456 → '-1,234.56'. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const whole = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${whole}.${String(abs % 100).padStart(2, '0')}`;
}

export interface SummaryData {
  top: { rank: number; id: string; name: string; team: string | null; value: number; metric: string }[];
  /** yuan, exact to 2 decimals */
  totals: { payout: number; fines: number; bonuses: number };
  flags: { id: string; name: string; flags: Flag[] }[];
  issues: { errors: number; warnings: number };
}

/** The summary as data (the sidebar's shape): top rows of the ranking, totals in 元, flagged agents, issue counts. */
export function summaryData(report: Report, top = 10): SummaryData {
  let payout = 0;
  let fines = 0;
  let bonuses = 0;
  for (const e of report.employees) {
    payout += e.payoutFen;
    fines += e.finesFen;
    bonuses += e.bonusesFen;
  }
  const errors = report.issues.filter((i) => i.severity === 'error').length;
  return {
    top: report.ranking.slice(0, top).map((r) => ({ rank: r.rank, id: r.id, name: r.name, team: r.team, value: r.value, metric: r.metric })),
    totals: { payout: yuan(payout), fines: yuan(fines), bonuses: yuan(bonuses) },
    flags: report.employees.filter((e) => e.flags.length > 0).map((e) => ({ id: e.id, name: e.name, flags: [...e.flags] })),
    issues: { errors, warnings: report.issues.length - errors },
  };
}

/**
 * The summary as lines of text in `lang` (default the report's): header, totals in 元, the top rows of the
 * ranking, each flag with the agents carrying it, and issue counts with the first blocking errors.
 */
export function summarize(report: Report, lang: Lang = report.language, options: SummaryOptions = {}): string {
  const zh = lang === 'zh';
  const data = summaryData(report, options.top ?? 10);
  const fen = (y: number) => formatYuan(Math.round(y * 100));
  const out: string[] = [];
  out.push(zh
    ? `${report.month} · ${report.policy} v${report.policyVersion} · ${report.employees.length} 人`
    : `${report.month} · ${report.policy} v${report.policyVersion} · ${report.employees.length} agents`);
  const { payout, bonuses, fines } = data.totals;
  out.push(zh
    ? `实发合计 ${fen(payout)} 元；奖励 ${fen(bonuses)} 元；罚款 ${fen(fines)} 元`
    : `Total payout ${fen(payout)} yuan; bonuses ${fen(bonuses)}; fines ${fen(fines)}`);

  if (data.top.length > 0) {
    const metric = metricLabel(data.top[0].metric, lang);
    out.push(zh ? `前 ${data.top.length} 名（${metric}）：` : `Top ${data.top.length} by ${metric}:`);
    const byId = new Map(report.employees.map((e) => [e.id, e]));
    for (const r of data.top) {
      const e = byId.get(r.id);
      const pay = e ? `  ${formatYuan(e.payoutFen)}` : '';
      out.push(`  ${String(r.rank).padStart(3)}. ${r.id} ${r.name}${r.team ? ` (${r.team})` : ''}  ${r.value}${pay}`);
    }
  }

  const flagged = new Map<Flag, string[]>();
  for (const e of data.flags) for (const f of e.flags) flagged.set(f, [...(flagged.get(f) ?? []), `${e.id} ${e.name}`]);
  if (flagged.size === 0) out.push(zh ? '标记：无' : 'Flags: none');
  else {
    out.push(zh ? '标记：' : 'Flags:');
    for (const [f, who] of flagged) out.push(`  ${flagLabel(f, lang)} ${who.length}: ${who.join(', ')}`);
  }

  out.push(...sourceLines(report, lang));

  const { errors, warnings } = data.issues;
  out.push(zh ? `问题：${errors} 个错误，${warnings} 个警告` : `Issues: ${errors} errors, ${warnings} warnings`);
  const blocking = report.issues.filter((i) => i.severity === 'error');
  for (const i of blocking.slice(0, options.errors ?? 5)) out.push(`  ${issueLine(i, lang)}`);
  return out.join('\n');
}

/**
 * What was read, one line per tab: 'Sources:' then '  考勤 → Attendance: 813 rows, 21 people, 2026-09-01 … 2026-10-30',
 * with unmatched IDs when there are some; a tab that was not read says so. Nothing when the report has no sources.
 */
export function sourceLines(report: Pick<Report, 'sources'>, lang: Lang): string[] {
  const sources = report.sources ?? [];
  if (sources.length === 0) return [];
  const zh = lang === 'zh';
  const out = [zh ? '数据来源：' : 'Sources:'];
  for (const s of sources) {
    if (s.readAs === 'none') {
      out.push(zh ? `  ${s.sheet}：未读取` : `  ${s.sheet}: not read`);
      continue;
    }
    const parts = [zh ? `${s.rows} 行` : `${s.rows} rows`];
    if (s.readAs !== 'calendar') parts.push(zh ? `${s.people} 人` : `${s.people} people`);
    if (s.unmatched > 0) parts.push(zh ? `${s.unmatched} 个工号不在花名册` : `${s.unmatched} IDs not in the Roster`);
    if (s.from !== null && s.to !== null) parts.push(s.from === s.to ? s.from : `${s.from} … ${s.to}`);
    out.push(`  ${s.sheet} → ${s.label[lang]}${zh ? '：' : ': '}${parts.join(zh ? '，' : ', ')}`);
  }
  return out;
}

/**
 * One issue as a line: its message (which already names sheet, row, ID, field and value) and the A1 cell,
 * e.g. 'Attendance row 14 (ID A203): Clock in "25:07" is not a time of day [Attendance!C14]'.
 */
export function issueLine(issue: { message: string; messageZh: string; cell: string | null }, lang: Lang): string {
  const text = lang === 'zh' ? issue.messageZh : issue.message;
  return issue.cell ? `${text} [${issue.cell}]` : text;
}
