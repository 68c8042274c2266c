// What a dialer's call status means: per known export, which raw statuses are no dial, connected, or a success.
import { normText } from '../read/cells.js';

/** Call exports Callboard reads (src/engine/imports/layouts.ts). */
export type CallExportId = 'clink-outbound' | 'vicidial-calls' | '7moor-cdr';

/** The vocabulary of one export; statuses compare half-width, trimmed, case-insensitive. */
export interface CallStatusVocabulary {
  /** export id the vocabulary is for */
  export: string;
  /** statuses that are not a dial at all (the row is skipped); [] = every row is a dial */
  notDial: string[];
  /** statuses of a connected call (a person answered) */
  connected: string[];
  /** statuses of a success (also connected); null when the export carries no success (sales live in a CRM) */
  success: string[] | null;
}

/**
 * Defaults. Clink 接听状态: 双方接听 is the only answered-by-both status (tcc-bcapi sql/ccic2/cdr_ob.sql); no success.
 * VICIdial: SALE is the sale status; connected = the default statuses with human_answered = Y
 * (extras/MySQL_AST_CREATE_tables.sql); NA, B, DC, A, N, AA, AB, ADC, AFAX, AM, AL, DROP, PDROP … are dials not connected.
 * 7moor (容联七陌) STATUS: dealing = 已接听; notDeal, queueLeak, voicemail, leak, blackList are not; no success.
 */
export const DEFAULT_CALL_STATUSES: readonly CallStatusVocabulary[] = [
  { export: 'clink-outbound', notDial: [], connected: ['双方接听'], success: null },
  {
    export: 'vicidial-calls',
    notDial: ['NEW', 'QUEUE'],
    connected: ['SALE', 'NI', 'CALLBK', 'CBHOLD', 'DEC', 'DNC', 'NP', 'XFER', 'RQXFER', 'QCFAIL', 'INCALL'],
    success: ['SALE'],
  },
  { export: '7moor-cdr', notDial: [], connected: ['dealing', '已接听'], success: null },
];

/** 0 not a dial, 1 a dial not connected, 2 connected, 3 success (connected too). */
export type CallOutcome = 0 | 1 | 2 | 3;

/** The vocabulary for an export: the policy's own row for it when it has one, else the default. */
export function vocabularyFor(exportId: string, policyRows?: readonly CallStatusVocabulary[] | null): CallStatusVocabulary {
  const own = policyRows?.find((v) => v.export === exportId);
  if (own) return own;
  const d = DEFAULT_CALL_STATUSES.find((v) => v.export === exportId);
  if (!d) throw new Error(`no call status vocabulary for export "${exportId}"`, { cause: { code: 'unknown-export', exportId } });
  return d;
}

/** A status classifier for one vocabulary (lookups cached); also says whether a status is known to it. */
export function statusClassifier(v: CallStatusVocabulary): { outcome(raw: string): CallOutcome; known(raw: string): boolean } {
  const table = new Map<string, CallOutcome>();
  for (const s of v.notDial) table.set(normText(s), 0);
  for (const s of v.connected) table.set(normText(s), 2);
  for (const s of v.success ?? []) table.set(normText(s), 3);
  return {
    outcome: (raw) => table.get(normText(raw)) ?? 1,
    known: (raw) => table.has(normText(raw)),
  };
}

/** The vocabulary as SQL-ready lists (upper- or lower-case left to the caller): for per-call records aggregated in a database. */
export function statusLists(v: CallStatusVocabulary): { notDial: string[]; connected: string[]; success: string[] | null } {
  const norm = (xs: readonly string[]) => [...new Set(xs.map(normText))];
  const success = v.success === null ? null : norm(v.success);
  return { notDial: norm(v.notDial), connected: norm([...v.connected, ...(v.success ?? [])]), success };
}
