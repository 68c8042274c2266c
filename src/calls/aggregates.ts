// The call SQL's result rows into what the engine reads: agent-days and crossings by Roster ID, and the issues a sheet gives.
import { fieldLabel } from '../engine/read/aliases.js';
import { callRowsOf } from '../engine/read/sources/call-store.js';
import { makeIssue, severityOf, type IssueCode, type MessageVars } from '../engine/messages.js';
import type { CallAggregates, CallCrossingRow, CallDayRow, CallRow, Issue, SourceData, SourceInfo, Text } from '../engine/types.js';
import { CALL_FIELDS, type CallColumns, type CallField, cellsOf } from './columns.js';
import { BAD_LIMIT, POSITION_FILE, TALK_SCALE } from './sql.js';

/** One result row of callsSql as an adapter hands it over (numbers may come as text, as both engines' JSON gives BIGINT). */
export type ResultRow = Record<string, string | number | bigint | null | undefined>;

/** One file or table the records came from: positions carry its number (position ÷ POSITION_FILE). */
export interface CallSource {
  /** the sheet name source cells cite: a file's base name ('Calls' for Calls.csv), or the table */
  sheet: string;
  columns: CallColumns;
}

export interface CallRecordsMeta {
  sources: CallSource[];
  /** false when the records have no order (a warehouse table without a row column): cells cite the table alone */
  positioned: boolean;
  /** what was read, for the run's account of its sources ('cdr/*.csv', 'project.dataset.calls') */
  name: string;
  readAs: string;
  label: Text;
  /**
   * Dialer exports (src/calls/exports.ts): what their rows gave as the export tab reader gives it (its issues, one
   * SourceInfo per file, months with successes unmeasured), in place of the Calls sheet's issues and account.
   */
  imported?: { issues: Issue[]; infos: SourceInfo[]; unmeasured: Record<string, string[]> };
}

/** Issues of one kind in one column beyond this many are counted, not listed (as the sheet reader does). */
const MAX_PER_KIND = 100;

const BAD_CODE: Record<CallField, IssueCode> = {
  id: 'missing-value', date: 'bad-date', dials: 'bad-count', connected: 'bad-count', successes: 'bad-count', result: 'bad-count',
  talkMinutes: 'bad-number', appointments: 'bad-count', opportunities: 'bad-count', contractPayment: 'bad-money',
  contacts: 'bad-count', invitations: 'bad-count',
};

const int = (v: ResultRow[string]): number => (v === null || v === undefined ? 0 : Number(v));
const str = (v: ResultRow[string]): string | null => (v === null || v === undefined ? null : String(v));

/**
 * Replaces the workbook's call rows by aggregated records: raw person keys are matched to Roster IDs (`keyOf`, by default
 * the ID itself), an unmatched key is one unknown-id issue naming its first record and count, and unreadable values
 * are the sheet reader's issues at their file, row and column. The Calls sheet, if any, is not read.
 */
export function applyCallRecords(src: SourceData, rows: readonly ResultRow[], meta: CallRecordsMeta,
  keyOf?: (key: string) => string | null): SourceData {
  const known = src.employees.length > 0 ? new Set(src.employees.map((e) => e.id)) : null;
  const idOf = keyOf ?? ((key: string) => (known === null || known.has(key) ? key : null));
  const at = (pos: number) => {
    const file = meta.positioned ? Math.floor(pos / POSITION_FILE) : 0;
    const s = meta.sources[file];
    if (!s) throw new Error(`call records: position ${pos} names no file`, { cause: { code: 'bad-position' } });
    const row = meta.positioned ? pos - file * POSITION_FILE : null;
    return { source: s, row };
  };
  const stub = (id: string, date: string, pos: number): CallRow => {
    const { source, row } = at(pos);
    const cells = row === null
      ? Object.fromEntries(CALL_FIELDS.filter((f) => source.columns[f]).map((f) => [f, source.sheet]))
      : cellsOf(source.sheet, source.columns, row);
    return { id, date, time: null, dials: 0, connected: 0, successes: 0, talkMinutes: 0, appointments: 0, opportunities: 0,
      contractPaymentFen: 0, contacts: 0, invitations: 0, row: row ?? 0, cells };
  };

  const keys = new Map<string, { id: string | null; first: number; count: number }>();
  const days: CallDayRow[] = [];
  const crossings: CallCrossingRow[] = [];
  const bad: ResultRow[] = [];
  for (const r of rows) {
    if (r.kind === 'bad') {
      bad.push(r);
      continue;
    }
    if (r.k === null || r.k === undefined || r.d === null || r.d === undefined) continue; // unreadable records: see 'bad'

    const key = str(r.k)!;
    let k = keys.get(key);
    if (!k) keys.set(key, k = { id: idOf(key), first: Infinity, count: 0 });
    if (r.kind === 'day') {
      k.first = Math.min(k.first, int(r.first_pos));
      k.count += int(r.n);
      if (k.id === null) continue;
      const date = str(r.d)!;
      const first = stub(k.id, date, int(r.first_pos));
      days.push({ id: k.id, date, dials: int(r.dials), connected: int(r.connected), successes: int(r.successes),
        talkMinutes: int(r.talk_micro) / TALK_SCALE, appointments: int(r.appointments), opportunities: int(r.opportunities),
        contractPaymentFen: int(r.payment_fen), contacts: int(r.contacts), invitations: int(r.invitations), untimed: int(r.untimed),
        first, last: r.last_pos === r.first_pos ? first : stub(k.id, date, int(r.last_pos)) });
    } else if (r.kind === 'cross' && k.id !== null) {
      const metric = str(r.metric)!;
      const date = str(r.d)!;
      const threshold = metric === 'talkMinutes' ? int(r.threshold) / TALK_SCALE : int(r.threshold);
      crossings.push({ id: k.id, metric, threshold, month: date.slice(0, 7), date, time: int(r.t), row: stub(k.id, date, int(r.first_pos)) });
    }
  }

  const issues = new IssueList();
  const idHeader = (s: CallSource) => s.columns.id!.name.trim();
  for (const r of bad.sort((a, b) => int(a.first_pos) - int(b.first_pos) || order(a) - order(b))) {
    const field = str(r.field) as CallField;
    const key = str(r.k);
    const valueField = field !== 'id' && field !== 'date';
    if (valueField && (key === null || r.d === null || keys.get(key)?.id === null)) continue; // the sheet skips such rows
    const { source, row } = at(int(r.first_pos));
    const c = source.columns[field]!;
    const value = str(r.value) ?? '';
    const code: IssueCode = field === 'date' && value.trim() === '' ? 'missing-value' : BAD_CODE[field];
    issues.add(code, { sheet: source.sheet, row, column: c.name.trim(), value, cell: row === null ? null : cellsOf(source.sheet, source.columns, row)[field]! },
      { id: field === 'id' ? null : key, field: fieldLabel(field)! },
      int(r.n) > BAD_LIMIT ? int(r.n) : 0); // past BAD_LIMIT only the query's count is known
  }
  let unmatched = 0;
  for (const [key, k] of keys) {
    if (k.id !== null) continue;
    unmatched++;
    const { source, row } = at(k.first);
    issues.add('unknown-id', { sheet: source.sheet, row, column: idHeader(source), value: key,
      cell: row === null ? null : cellsOf(source.sheet, source.columns, row).id! }, { count: k.count });
  }

  const dates = days.map((d) => d.date).sort();
  // One file is named as its cells are (its base name); several by the pattern given.
  const info: SourceInfo = { sheet: meta.sources.length === 1 ? meta.sources[0].sheet : meta.name, readAs: meta.readAs, label: meta.label,
    rows: [...keys.values()].reduce((s, k) => s + k.count, 0), people: new Set(days.map((d) => d.id)).size, unmatched,
    from: dates[0] ?? null, to: dates[dates.length - 1] ?? null };
  const aggregates: CallAggregates = { days, crossings };
  const first = meta.sources[0];
  // The records replace the workbook's Calls tab, which is not read: its own problems no longer apply.
  const replaced = src.sheetNames.calls;
  const im = meta.imported;
  if (im) {
    const unmeasured = { ...src.unmeasured, ...im.unmeasured };
    return {
      ...src, calls: callRowsOf([]), callAggregates: aggregates, issues: [...src.issues.filter((i) => replaced === null || i.sheet !== replaced), ...im.issues],
      sheetNames: { ...src.sheetNames, calls: first.sheet },
      sources: [...(src.sources ?? []).filter((i) => replaced === null || i.sheet !== replaced), ...im.infos],
      ...(Object.keys(unmeasured).length > 0 ? { unmeasured } : {}),
    };
  }
  return {
    ...src, calls: callRowsOf([]), callAggregates: aggregates, issues: [...src.issues.filter((i) => replaced === null || i.sheet !== replaced), ...issues.list()],
    sheetNames: { ...src.sheetNames, calls: first.sheet },
    headers: { ...src.headers, calls: Object.fromEntries(Object.entries(first.columns).map(([f, c]) => [f, c.name.trim()])) },
    sources: [...(src.sources ?? []).filter((i) => replaced === null || i.sheet !== replaced), info],
  };
}

/** Sheet reading order of fields within one row (ID, date, then the values). */
function order(r: ResultRow): number {
  return CALL_FIELDS.indexOf(str(r.field) as CallField);
}

/** At most MAX_PER_KIND issues of one code in one column of one sheet, then one 'more-issues' line, as the sheet reader lists them. */
class IssueList {
  private readonly issues: Issue[] = [];
  private readonly kinds = new Map<string, { code: IssueCode; sheet: string; column: string; field: Text | string; listed: number; total: number }>();

  add(code: IssueCode, at: Parameters<typeof makeIssue>[1], vars: MessageVars, total = 0): void {
    const kind = `${at.sheet}\u0000${code}\u0000${at.column ?? ''}`;
    let k = this.kinds.get(kind);
    if (!k) this.kinds.set(kind, k = { code, sheet: at.sheet, column: at.column ?? '', field: (vars.field as Text | undefined) ?? at.column ?? code, listed: 0, total: 0 });
    k.listed++;
    k.total = Math.max(k.total, total, k.listed);
    if (k.listed <= MAX_PER_KIND) this.issues.push(makeIssue(code, at, vars));
  }

  list(): Issue[] {
    const out = [...this.issues];
    for (const k of this.kinds.values()) {
      if (k.total <= MAX_PER_KIND) continue;
      const more = makeIssue('more-issues', { sheet: k.sheet, row: null, column: k.column || null, value: '', cell: null },
        { count: k.total - MAX_PER_KIND, field: k.field });
      out.push({ ...more, severity: severityOf(k.code) });
    }
    return out;
  }
}
