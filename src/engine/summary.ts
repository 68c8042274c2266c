// A short plain-text summary of a report (top agents, totals, flags, issue counts) for the demo and the sidebar.
import { flagLabel, metricLabel, yuan } from './tabs.js';
import type { Flag, Lang, Report } from './types.js';

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

  const { errors, warnings } = data.issues;
  out.push(zh ? `问题：${errors} 个错误，${warnings} 个警告` : `Issues: ${errors} errors, ${warnings} warnings`);
  const blocking = report.issues.filter((i) => i.severity === 'error');
  for (const i of blocking.slice(0, options.errors ?? 5)) out.push(`  ${issueLine(i, lang)}`);
  return out.join('\n');
}

/**
 * One issue as a line: its message (which already names sheet, row, ID, field and value) and the A1 cell,
 * e.g. 'Attendance row 14 (ID A203): Clock in "25:07" is not a time of day [Attendance!C14]'.
 */
export function issueLine(issue: { message: string; messageZh: string; cell: string | null }, lang: Lang): string {
  const text = lang === 'zh' ? issue.messageZh : issue.message;
  return issue.cell ? `${text} [${issue.cell}]` : text;
}
