// The report as the `--json` document of workbook.md (amounts in yuan); extra fields only ever added.
import { yuan } from './tabs.js';
import type { Flag, Report } from '../types.js';

export interface JsonLine {
  rule: string;
  date: string | null;
  /** yuan, negative for fines */
  amount: number;
  points: number;
  source: string;
  kind: string;
  reason: string;
  reasonZh: string;
}

export interface JsonEmployee {
  id: string;
  name: string;
  team: string | null;
  level: string | null;
  /** C-LVL-1, only when the policy assesses levels */
  assessedLevel?: string;
  score: number | null;
  grade: string | null;
  flags: Flag[];
  fines: number;
  bonuses: number;
  payout: number;
  lines: JsonLine[];
  stats: Record<string, number>;
}

export interface JsonReport {
  month: string;
  policy: string;
  policyVersion: string;
  language: string;
  blocking: boolean;
  employees: JsonEmployee[];
  ranking: { rank: number; id: string; name: string; team: string | null; metric: string; value: number }[];
  teams: { team: string; headcount: number; successes: number; perHead: number; rank: number; prize: boolean; reason: string }[];
  issues: {
    sheet: string; row: number | null; column: string | null; value: string; message: string;
    messageZh: string; severity: string; code: string; cell: string | null;
  }[];
  /** each tab read as a source (readAs 'none': a tab that was not read), when the reader reported them */
  sources?: JsonSource[];
}

export interface JsonSource {
  sheet: string;
  readAs: string;
  label: string;
  labelZh: string;
  rows: number;
  people: number;
  unmatched: number;
  from: string | null;
  to: string | null;
  counts?: Record<string, number>;
}

/**
 * The report as workbook.md's JSON: fen become yuan numbers (12345 fen → 123.45, exact to 2 decimals),
 * `fines` and `bonuses` positive totals, `payout` the pay formula's result. Messages are English,
 * with `messageZh`/`reasonZh` beside them.
 */
export function toJson(report: Report): JsonReport {
  return {
    month: report.month,
    policy: report.policy,
    policyVersion: report.policyVersion,
    language: report.language,
    blocking: report.blocking,
    employees: report.employees.map((e) => ({
      id: e.id,
      name: e.name,
      team: e.team,
      level: e.level,
      ...(e.assessedLevel !== undefined ? { assessedLevel: e.assessedLevel } : {}),
      score: e.score,
      grade: e.grade,
      flags: [...e.flags],
      fines: yuan(e.finesFen),
      bonuses: yuan(e.bonusesFen),
      payout: yuan(e.payoutFen),
      lines: e.lines.map((l) => ({
        rule: l.rule,
        date: l.date,
        amount: yuan(l.amountFen),
        points: l.points,
        source: l.source,
        kind: l.kind,
        reason: l.reason.en,
        reasonZh: l.reason.zh,
      })),
      stats: { ...e.stats },
    })),
    ranking: report.ranking.map((r) => ({ rank: r.rank, id: r.id, name: r.name, team: r.team, metric: r.metric, value: r.value })),
    teams: report.teams.map((t) => ({
      team: t.team, headcount: t.headcount, successes: t.successes, perHead: t.perHead, rank: t.rank, prize: t.prize, reason: t.reason.en,
    })),
    issues: report.issues.map((i) => ({
      sheet: i.sheet, row: i.row, column: i.column, value: i.value, message: i.message,
      messageZh: i.messageZh, severity: i.severity, code: i.code, cell: i.cell,
    })),
    ...(report.sources ? {
      sources: report.sources.map((s) => ({
        sheet: s.sheet, readAs: s.readAs, label: s.label.en, labelZh: s.label.zh, rows: s.rows, people: s.people,
        unmatched: s.unmatched, from: s.from, to: s.to, ...(s.counts ? { counts: { ...s.counts } } : {}),
      })),
    } : {}),
  };
}

/** The JSON document as text, two-space indented, ending in a newline. */
export function toJsonText(report: Report): string {
  return `${JSON.stringify(toJson(report), null, 2)}\n`;
}
