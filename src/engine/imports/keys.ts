// Whose row is it: an export's person key (its own id, an HR 工号, a name) → one Roster ID, or why not.
import { toHalfWidth } from '../read/cells.js';
import { makeIssue } from '../messages.js';
import type { Employee, Issue, PersonKeySystem, Text } from '../types.js';

/** What an export row says about its person; any of them may be missing. */
export interface PersonRef {
  /** the export system's own id of the person (DingTalk UserId, 考勤号码, 座席号, …) */
  key?: string | null;
  /** an HR 工号 column of the export, when it has one */
  id?: string | null;
  name?: string | null;
}

export type PersonMatch =
  | { id: string; by: 'key' | 'id' | 'name' }
  | { id: null; problem: 'unmatched' | 'ambiguous'; candidates: string[] };

/** How reports name each system's key. */
export const KEY_LABELS: Record<PersonKeySystem, Text> = {
  dingtalk: { zh: '钉钉UserId', en: 'DingTalk UserId' },
  wecom: { zh: '企业微信账号', en: 'WeCom account' },
  feishu: { zh: '飞书工号', en: 'Feishu ID' },
  clock: { zh: '考勤号码', en: 'clock number' },
  seat: { zh: '座席号', en: 'seat number' },
  dialer: { zh: '外呼系统账号', en: 'dialer login' },
};

/** Half-width, trimmed, lower-case; digits-only keys lose their leading zeros ('007' and 7 are one key). */
export function keyForm(raw: string): string {
  const s = toHalfWidth(raw).trim().toLowerCase();
  return /^\d+$/.test(s) ? s.replace(/^0+(?=\d)/, '') : s;
}

class Index {
  private readonly exact = new Map<string, string[]>();
  private readonly loose = new Map<string, string[]>();
  size = 0;

  add(value: string, id: string): void {
    this.size++;
    push(this.exact, toHalfWidth(value).trim(), id);
    push(this.loose, keyForm(value), id);
  }

  /** IDs holding the value: an exact match first, else the same key form (leading zeros, case). */
  find(value: string): string[] {
    return this.exact.get(toHalfWidth(value).trim()) ?? this.loose.get(keyForm(value)) ?? [];
  }
}

function push(m: Map<string, string[]>, k: string, id: string): void {
  const list = m.get(k);
  if (!list) m.set(k, [id]);
  else if (!list.includes(id)) list.push(id);
}

/**
 * Matches export rows to the Roster for one system. Order: the system's own key in its Roster column (when the Roster
 * has that column); else the export's 工号 against Roster IDs; else, when the Roster has no column for the system, the
 * key itself against Roster IDs (a login or clock number set to the 工号); else a name held by exactly one person.
 * Two people holding the same key or name is 'ambiguous', never a pick.
 */
export class PersonMatcher {
  private readonly keys = new Index();
  private readonly ids = new Index();
  private readonly names = new Index();
  private readonly memo = new Map<string, PersonMatch>();

  constructor(employees: readonly Employee[], readonly system: PersonKeySystem) {
    for (const e of employees) {
      const k = e.keys?.[system];
      if (k) this.keys.add(k, e.id);
      this.ids.add(e.id, e.id);
      this.names.add(e.name, e.id);
    }
  }

  /** True when some Roster row carries this system's key. */
  get rosterHasKeys(): boolean {
    return this.keys.size > 0;
  }

  match(ref: PersonRef): PersonMatch {
    const memoKey = `${ref.key ?? ''}\u0000${ref.id ?? ''}\u0000${ref.name ?? ''}`;
    let m = this.memo.get(memoKey);
    if (!m) this.memo.set(memoKey, m = this.lookup(ref));
    return m;
  }

  private lookup(ref: PersonRef): PersonMatch {
    const key = clean(ref.key);
    const id = clean(ref.id);
    const name = clean(ref.name);
    const tries: [string | null, Index, 'key' | 'id' | 'name'][] = [
      [this.rosterHasKeys ? key : null, this.keys, 'key'],
      [id, this.ids, 'id'],
      [this.rosterHasKeys ? null : key, this.ids, 'id'],
      [name, this.names, 'name'],
    ];
    for (const [value, index, by] of tries) {
      if (value === null) continue;
      const found = index.find(value);
      if (found.length === 1) return { id: found[0], by };
      if (found.length > 1) return { id: null, problem: 'ambiguous', candidates: found };
    }
    return { id: null, problem: 'unmatched', candidates: [] };
  }
}

function clean(v: string | null | undefined): string | null {
  if (v === null || v === undefined) return null;
  const s = toHalfWidth(v).trim();
  return s === '' || s === '--' || s === '-' ? null : s;
}

interface Problem { problem: 'unmatched' | 'ambiguous'; key: string; name: string; rows: number[]; candidates: string[]; total: number }

/**
 * Collects the rows whose person could not be matched, one entry per key, for one issue per key naming its rows
 * (unmatched: a warning, the rows are someone HR does not pay; ambiguous: an error, the rows could be anyone's).
 */
export class KeyProblems {
  private readonly byKey = new Map<string, Problem>();

  note(m: Extract<PersonMatch, { id: null }>, key: string, name: string, row: number): void {
    const k = `${m.problem}\u0000${key}\u0000${name}`;
    const p = this.byKey.get(k);
    if (p) {
      p.rows.push(row);
      p.total++;
    } else this.byKey.set(k, { problem: m.problem, key, name, rows: [row], candidates: m.candidates, total: 1 });
  }

  /**
   * Notes `total` rows at once, of which `rows` are the first few (ascending; records aggregated in a database, where
   * only those are fetched). Rows of one key noted twice are merged in row order.
   */
  noteRows(m: Extract<PersonMatch, { id: null }>, key: string, name: string, rows: readonly number[], total: number): void {
    const k = `${m.problem}\u0000${key}\u0000${name}`;
    const p = this.byKey.get(k);
    if (p) {
      p.rows = [...p.rows, ...rows].sort((a, b) => a - b).slice(0, 11);
      p.total += total;
    } else this.byKey.set(k, { problem: m.problem, key, name, rows: rows.slice(0, 11), candidates: m.candidates, total });
  }

  /** distinct keys noted */
  get size(): number {
    return this.byKey.size;
  }

  /** One issue per key: sheet, first row, the key column as written, the key, and up to 10 row numbers. */
  issues(sheet: string, column: string | null, label: Text, cellOf: (row: number) => string | null): Issue[] {
    return [...this.byKey.values()].map((p) => makeIssue(p.problem === 'unmatched' ? 'import-unmatched-key' : 'import-ambiguous-key', {
      sheet, row: p.rows[0] ?? null, column, value: p.key, cell: p.rows.length > 0 ? cellOf(p.rows[0]) : null,
    }, { field: label, name: p.name || '—', count: p.total, rows: rowList(p.rows, p.total), candidates: p.candidates.join(', ') }));
  }
}

function rowList(rows: readonly number[], total: number): string {
  return total <= 10 ? rows.join(', ') : `${rows.slice(0, 10).join(', ')} …`;
}
