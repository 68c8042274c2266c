// The account of one export file the report lists, rebuilt from the SQL's per-reference counts exactly as the tab reader
// (src/engine/imports/call-exports.ts) makes it row by row: rows, issues in row order, people, unmatched keys, counts.
import { ExportSheet, type ImportSettings } from '../engine/imports/index.js';
import type { Employee, Issue, SourceInfo } from '../engine/types.js';
import type { ResultRow } from './aggregates.js';
import type { ExportSource } from './exports.js';
import { POSITION_FILE } from './sql.js';

/** A person reference of the export (its key and name as the reader takes them) and whom it matched (null: no one). */
export interface PersonRefOf {
  key: string;
  name: string | null;
  id: string | null;
}

export interface AccountInput {
  /** per file, reference and month: n, inb(_pos), good(_pos), bad, d0, d1, nd, di, co, su (and _pos of each) */
  groups: readonly ResultRow[];
  /** the first rows of unmatched references: f, grp, pos */
  named: readonly ResultRow[];
  /** the first unreadable starts per file and kind: f, pos, at_raw, ab (1: blank), total */
  bad: readonly ResultRow[];
  refs: readonly PersonRefOf[];
  positioned: boolean;
  employees: readonly Employee[];
  settings: ImportSettings;
}

/** Counts in the order the reader makes them within one row. */
const RANK = ['inboundSkipped', 'notDial', 'statusesMapped', 'dials', 'connected', 'successes'];

/** File `k`'s SourceInfo and issues, and the months it gave matched dials in (for successGaps). */
export function accountOf(file: ExportSource, k: number, a: AccountInput): { info: SourceInfo; issues: Issue[]; months: string[] } {
  const es = new ExportSheet({ name: file.sheet, values: [] }, file.found.layout, a.employees, a.settings);
  const { header: h, columns: cc } = file.found;
  const rowOf = (pos: ResultRow[string]) => (a.positioned ? Number(pos) - k * POSITION_FILE : null);
  es.keyAt(h.written[cc.key], cc.key);
  const mine = a.groups.filter((g) => Number(g.f) === k);
  es.rows = mine.reduce((s, g) => s + Number(g.n), 0);
  const bad = a.bad.filter((b) => Number(b.f) === k).sort((x, y) => Number(x.pos) - Number(y.pos));
  for (const b of bad) {
    es.issue(Number(b.ab) === 1 ? 'missing-value' : 'bad-date', rowOf(b.pos), cc.at, h.written[cc.at], String(b.at_raw ?? ''), { field: h.written[cc.at] });
  }
  for (const code of ['missing-value', 'bad-date'] as const) {
    const of = bad.filter((b) => (Number(b.ab) === 1) === (code === 'missing-value'));
    if (of.length > 0) es.countIssues(code, Number(of[0].total) - of.length);
  }
  // Per person reference: rows read, their first good row (the order the reader meets them in) and outcomes.
  const per = new Map<number, { good: number; at: number; dials: Set<string> }>();
  const firstOf: Record<string, number> = {};
  const total: Record<string, number> = {};
  const note = (name: string, n: number, pos: ResultRow[string]) => {
    if (n <= 0) return;
    total[name] = (total[name] ?? 0) + n;
    firstOf[name] = Math.min(firstOf[name] ?? Infinity, Number(pos));
  };
  for (const g of mine) {
    note('inboundSkipped', Number(g.inb), g.inb_pos);
    if (Number(g.good) === 0) continue;
    es.saw(String(g.d0));
    es.saw(String(g.d1));
    const grp = Number(g.grp);
    const p = per.get(grp) ?? { good: 0, at: Infinity, dials: new Set<string>() };
    per.set(grp, p);
    p.good += Number(g.good);
    p.at = Math.min(p.at, Number(g.good_pos));
    if (a.refs[grp].id === null) continue;
    if (Number(g.di) > 0) p.dials.add(String(g.m));
    note('notDial', Number(g.nd), g.nd_pos);
    note('statusesMapped', Number(g.co), g.co_pos);
    note('dials', Number(g.di), g.di_pos);
    note('connected', Number(g.co), g.co_pos);
    note('successes', Number(g.su), g.su_pos);
  }
  for (const [grp, p] of [...per].sort((x, y) => x[1].at - y[1].at || x[0] - y[0])) {
    const ref = a.refs[grp];
    const at = a.named.filter((r) => Number(r.grp) === grp).map((r) => rowOf(r.pos)!).sort((x, y) => x - y);
    es.personRows({ key: ref.key, name: ref.name }, at, p.good);
  }
  // Counts in the order the reader first makes them.
  for (const name of Object.keys(total).sort((x, y) => firstOf[x] - firstOf[y] || RANK.indexOf(x) - RANK.indexOf(y))) es.count(name, total[name]);
  const info = es.finish();
  return { info, issues: es.issues, months: [...new Set([...per.values()].flatMap((p) => [...p.dials]))] };
}
