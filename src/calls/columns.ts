// Which column of a call-records file or table holds which Calls field: found by the Calls sheet's own header aliases.
import { colPrefix } from '../engine/read/a1.js';
import { fieldOf } from '../engine/read/aliases.js';

/** The Calls sheet fields a per-call record may carry (workbook.md: Calls / 外呼). */
export const CALL_FIELDS = ['id', 'date', 'dials', 'connected', 'successes', 'result', 'talkMinutes', 'appointments',
  'opportunities', 'contractPayment', 'contacts', 'invitations'] as const;
export type CallField = (typeof CALL_FIELDS)[number];

export interface CallColumn {
  /** column name in the file or table, as written */
  name: string;
  /** 0-based position, for the column letter of source cells */
  index: number;
}

/** The columns of a call-records relation by field; `id` and `date` are required. */
export type CallColumns = Partial<Record<CallField, CallColumn>>;

/**
 * Maps a header (column names in order) to Calls fields, case-insensitively in English or 中文 like the Calls sheet;
 * unknown columns are ignored, the first of a repeated field wins. `missing` lists the required fields not found.
 */
export function mapCallColumns(header: readonly string[]): { columns: CallColumns; missing: CallField[] } {
  const columns: CallColumns = {};
  header.forEach((name, index) => {
    const field = fieldOf('calls', name.trim());
    if (field && !(field.key in columns)) columns[field.key as CallField] = { name, index };
  });
  const missing = (['id', 'date'] as const).filter((f) => !columns[f]);
  return { columns, missing };
}

/** A1 addresses of a record's mapped cells ('Calls!B7'), keyed by field, as the sheet reader gives a row's cells. */
export function cellsOf(sheet: string, columns: CallColumns, row: number): Partial<Record<CallField, string>> {
  const out: Partial<Record<CallField, string>> = {};
  for (const f of CALL_FIELDS) {
    const c = columns[f];
    if (c) out[f] = colPrefix(sheet, c.index) + row;
  }
  return out;
}
