// A short plain-text summary of a report (top agents, totals, flags, issue counts) for the demo and the sidebar.
import { flagLabel, metricLabel } from './tabs.js';
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

/**
 * The summary as lines of text in `lang` (default the report's): header, totals in 元, the top rows of the
 * ranking, each flag with the agents carrying it, and issue counts with the first blocking errors.
 */
export function summarize(report: Report, lang: Lang = report.language, options: SummaryOptions = {}): string {
  const zh = lang === 'zh';
  const top = options.top ?? 10;
  const out: string[] = [];
  let payout = 0;
  let fines = 0;
  let bonuses = 0;
  for (const e of report.employees) {
    payout += e.payoutFen;
    fines += e.finesFen;
    bonuses += e.bonusesFen;
  }
  out.push(zh
    ? `${report.month} · ${report.policy} v${report.policyVersion} · ${report.employees.length} 人`
    : `${report.month} · ${report.policy} v${report.policyVersion} · ${report.employees.length} agents`);
  out.push(zh
    ? `实发合计 ${formatYuan(payout)} 元;奖励 ${formatYuan(bonuses)} 元;罚款 ${formatYuan(fines)} 元`
    : `Total payout ${formatYuan(payout)} yuan; bonuses ${formatYuan(bonuses)}; fines ${formatYuan(fines)}`);

  const ranking = report.ranking.slice(0, top);
  if (ranking.length > 0) {
    out.push(zh ? `前 ${ranking.length} 名(${metricLabel(ranking[0].metric, lang)}):` : `Top ${ranking.length} by ${metricLabel(ranking[0].metric, lang)}:`);
    const byId = new Map(report.employees.map((e) => [e.id, e]));
    for (const r of ranking) {
      const e = byId.get(r.id);
      const pay = e ? `  ${formatYuan(e.payoutFen)}` : '';
      out.push(`  ${String(r.rank).padStart(3)}. ${r.id} ${r.name}${r.team ? ` (${r.team})` : ''}  ${r.value}${pay}`);
    }
  }

  const flagged = new Map<Flag, string[]>();
  for (const e of report.employees) for (const f of e.flags) flagged.set(f, [...(flagged.get(f) ?? []), e.id]);
  if (flagged.size === 0) out.push(zh ? '标记:无' : 'Flags: none');
  else {
    out.push(zh ? '标记:' : 'Flags:');
    for (const [f, ids] of flagged) out.push(`  ${flagLabel(f, lang)} ${ids.length}: ${ids.join(', ')}`);
  }

  const errors = report.issues.filter((i) => i.severity === 'error');
  const warnings = report.issues.length - errors.length;
  out.push(zh ? `问题:${errors.length} 个错误,${warnings} 个警告` : `Issues: ${errors.length} errors, ${warnings} warnings`);
  for (const i of errors.slice(0, options.errors ?? 5)) out.push(`  ${issueLine(i, lang)}`);
  return out.join('\n');
}

/** One issue as 'Attendance row 14, Clock in "25:07": not a time of day'. */
export function issueLine(
  issue: { sheet: string; row: number | null; column: string | null; value: string; message: string; messageZh: string },
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const where = [issue.sheet, issue.row != null ? (zh ? `第 ${issue.row} 行` : `row ${issue.row}`) : null, issue.column]
    .filter((x) => x != null && x !== '').join(zh ? ' ' : ', ');
  const value = issue.value !== '' ? ` "${issue.value}"` : '';
  return `${where}${value}: ${zh ? issue.messageZh : issue.message}`;
}
