// Event catalogue (A-ATT-6, A-BON-4 best service, COMPLAINT, QUALITY …): Events sheet rows priced by the policy.
import { line } from './lines.js';
import { fieldLabel } from './aliases.js';
import { makeIssue } from './messages.js';
import type { PolicyEvent } from './policy.js';
import type { EventRow, Issue, Lang, Line } from './types.js';

export interface EventsResult {
  lines: Line[];
  violations: number;
  complaints: number;
  qualityIssues: number;
}

/** Index of the catalogue by code, case-insensitive. */
export function catalogue(events: readonly PolicyEvent[]): Map<string, PolicyEvent> {
  return new Map(events.map((e) => [e.code.toUpperCase(), e]));
}

/** Rows whose code the policy does not know: each is a blocking issue, never ignored. */
export function unknownEventCodes(rows: readonly EventRow[], codes: Map<string, PolicyEvent>, sheet: string, lang: Lang): Issue[] {
  const issues: Issue[] = [];
  for (const row of rows) {
    if (codes.has(row.code.toUpperCase())) continue;
    issues.push(makeIssue('unknown-event-code', {
      sheet, row: row.row, column: fieldLabel('code')?.[lang] ?? 'code', value: row.code, cell: row.cells.code ?? null,
    }, { id: row.id, code: row.code }));
  }
  return issues;
}

/**
 * One line per event row: points and cash per occurrence × count (fen). Rows with unknown codes are skipped here
 * (they were reported by unknownEventCodes).
 */
export function assessEvents(rows: readonly EventRow[], codes: Map<string, PolicyEvent>): EventsResult {
  const out: EventsResult = { lines: [], violations: 0, complaints: 0, qualityIssues: 0 };
  for (const row of rows) {
    const event = codes.get(row.code.toUpperCase());
    if (event === undefined) continue;
    const amount = event.amountFen * row.count;
    const kind = amount > 0 ? 'bonus' : amount < 0 ? 'fine' : 'points';
    const times = row.count === 1 ? '' : ` ×${row.count}`;
    const note = row.note ? `（${row.note}）` : '';
    const noteEn = row.note ? ` (${row.note})` : '';
    out.lines.push(line(event.rule, row.date, kind, amount, event.points * row.count,
      row.cells.code ?? row.cells.id ?? '', `${event.name.zh}${times}${note}`, `${event.name.en}${times}${noteEn}`));
    if (event.violation) out.violations += row.count;
    if (event.complaint) out.complaints += row.count;
    if (event.quality) out.qualityIssues += row.count;
  }
  return out;
}
