// The event catalogue kind (A-ATT-6, B-ATT-1 items, C-PEN, C-BON, D-01…D-21): Events sheet rows priced by the policy.
import { addDays, isoWeekday } from '../read/dates.js';
import { roundHalfUp } from './formulas.js';
import { line } from '../month/lines.js';
import { makeIssue } from '../messages.js';
import type { Policy, PolicyEvent, Step } from './policy.js';
import { rulesOf } from './select.js';
import type { EventRow, Flag, Issue, Line } from '../types.js';

export interface EventsResult {
  lines: Line[];
  violations: number;
  complaints: number;
  qualityIssues: number;
  flags: Set<Flag>;
  /** C-PAY-2: sum of percent-of-score changes (−10 per late self-assessment) */
  scorePercent: number;
}

export interface EventContext {
  /** fixed pay of the agent, fen, for percent-of-fixed-pay amounts */
  fixedPayFen: number;
  /** months in a row before this one in which the agent had the code (for escalation by months) */
  monthsBefore: (code: string) => number;
}

const NO_HISTORY: EventContext = { fixedPayFen: 0, monthsBefore: () => 0 };

/** Every catalogue of the policy as one list, in policy order (a later duplicate code is a configuration fault). */
export function policyEvents(policy: Pick<Policy, 'rules'>): PolicyEvent[] {
  const all = rulesOf(policy, 'catalogue').flatMap((c) => c.events);
  const seen = new Set<string>();
  for (const e of all) {
    const code = e.code.toUpperCase();
    if (seen.has(code)) throw new Error(`event code ${e.code} is in two catalogues`, { cause: { code: 'bad-policy', event: e.code } });
    seen.add(code);
  }
  return all;
}

/** Index of the catalogue by code, case-insensitive. */
export function catalogue(events: readonly PolicyEvent[]): Map<string, PolicyEvent> {
  return new Map(events.map((e) => [e.code.toUpperCase(), e]));
}

/** Rows whose code the policy does not know: each is a blocking issue, never ignored. */
export function unknownEventCodes(rows: readonly EventRow[], codes: Map<string, PolicyEvent>, sheet: string, column: string): Issue[] {
  const issues: Issue[] = [];
  for (const row of rows) {
    if (codes.has(row.code.toUpperCase())) continue;
    issues.push(makeIssue('unknown-event-code', {
      sheet, row: row.row, column, value: row.code, cell: row.cells.code ?? null,
    }, { id: row.id, code: row.code }));
  }
  return issues;
}

function stepOf(event: PolicyEvent): Step {
  return { points: event.points, amountFen: event.amountFen, fixedPayPercent: event.fixedPayPercent, flag: event.flag };
}

/** Cash of one step in fen: its amount plus its percent of fixed pay, rounded half up. */
export function stepFen(step: Step, fixedPayFen: number): number {
  return step.amountFen + roundHalfUp((fixedPayFen * step.fixedPayPercent) / 100);
}

/**
 * One line per event row: points and cash per occurrence × count (fen), the percent of fixed pay rounded to the fen.
 * With escalation by occurrence the nth occurrence of the code in the month takes step n (the last step repeats);
 * by months, the nth consecutive month with the code takes step n. Unknown codes are skipped (reported apart).
 */
export function assessEvents(rows: readonly EventRow[], codes: Map<string, PolicyEvent>, ctx: EventContext = NO_HISTORY): EventsResult {
  const out: EventsResult = { lines: [], violations: 0, complaints: 0, qualityIssues: 0, flags: new Set(), scorePercent: 0 };
  const seen = new Map<string, number>();
  const sorted = [...rows].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.row - b.row));
  for (const row of sorted) {
    const event = codes.get(row.code.toUpperCase());
    if (event === undefined) continue;
    const code = event.code.toUpperCase();
    const before = seen.get(code) ?? 0;
    seen.set(code, before + row.count);
    let amount = 0;
    let points = 0;
    const stepNames: number[] = [];
    const monthsBefore = event.escalation === 'months' ? ctx.monthsBefore(code) : 0;
    for (let k = 0; k < row.count; k++) {
      let step = stepOf(event);
      if (event.escalation !== 'none' && event.steps.length > 0) {
        const nth = event.escalation === 'occurrence' ? before + k : monthsBefore;
        const index = Math.min(nth, event.steps.length - 1);
        step = event.steps[index];
        stepNames.push(nth + 1);
      }
      amount += stepFen(step, ctx.fixedPayFen);
      points += step.points;
      if (step.flag) out.flags.add(step.flag);
    }
    out.scorePercent += event.scorePercent * row.count;
    const kind = amount > 0 ? 'bonus' : amount < 0 ? 'fine' : 'points';
    const times = row.count === 1 ? '' : ` ×${row.count}`;
    // A note that repeats the event's name ('最佳服务奖' for 最佳服务奖) is not said twice.
    const said = row.note?.startsWith(event.name.zh) ? row.note.slice(event.name.zh.length).trim() : row.note;
    const note = said ? (said.startsWith('（') ? said : `（${said}）`) : '';
    const noteEn = said ? ` (${said.replace(/^（(.*)）$/, '$1')})` : '';
    const nth = stepNames.length === 0 ? { zh: '', en: '' } : event.escalation === 'occurrence'
      ? { zh: `，第 ${stepNames.join('、')} 次`, en: `, occurrence ${stepNames.join(', ')}` }
      : { zh: `，连续第 ${stepNames[0]} 个月`, en: `, month ${stepNames[0]} in a row` };
    out.lines.push(line(event.rule, row.date, kind, amount, points,
      row.cells.code ?? row.cells.id ?? '', `${event.name.zh}${times}${nth.zh}${note}`, `${event.name.en}${times}${nth.en}${noteEn}`));
    if (event.violation) out.violations += row.count;
    if (event.complaint) out.complaints += row.count;
    if (event.quality) out.qualityIssues += row.count;
  }
  return out;
}

/** The date an event counts on: a weekly event (A-BON-4 pick) counts on its week's Sunday. */
export function countedOn(e: EventRow, codes: Map<string, PolicyEvent>): string {
  return codes.get(e.code.toUpperCase())?.weekly ? addDays(e.date, 7 - isoWeekday(e.date)) : e.date;
}
