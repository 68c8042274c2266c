// The Adjustments sheet (调整): manual amounts and points per agent and month, with reason and approver.
import { Bad, parseMoneyFen, parseMonth, parseNumber, parseText } from '../cells.js';
import type { AdjustmentRow } from '../../types.js';
import type { Parser, SheetReader } from './sheet.js';

const BAD_POINTS = new Bad('bad-points', 'is not a whole number of points');

/** Signed whole points ("-3", 2); blank is null. */
const parsePoints: Parser<number> = (v) => {
  const n = parseNumber(v);
  if (n === null || n instanceof Bad) return n;
  return Number.isSafeInteger(n) ? n : BAD_POINTS;
};

/**
 * Adjustments: ID, month (yyyy-mm) and reason required; amount in 元 (signed) and/or points (signed integer). A row
 * with neither is an issue and left out; so is a row whose ID is not on the roster.
 */
export function readAdjustments(rd: SheetReader): AdjustmentRow[] {
  const out: AdjustmentRow[] = [];
  if (!rd.ok) return out;
  const cId = rd.col('id')!;
  const cMonth = rd.col('month')!;
  const cAmount = rd.col('amount');
  const cPoints = rd.col('points');
  const cReason = rd.col('reason')!;
  const cBy = rd.col('approvedBy');
  const month: Parser<string> = (v) => parseMonth(v, rd.timeZone);
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    const m = rd.read(cMonth, month, true);
    const reason = rd.read(cReason, parseText, true);
    const before = rd.issues.length;
    const amountFen = rd.read(cAmount, parseMoneyFen);
    const points = rd.read(cPoints, parsePoints);
    const unreadable = rd.issues.length > before;
    if (id === null || m === null || reason === null || unreadable || !rd.isKnown(id, cId)) continue;
    if (amountFen === null && points === null) {
      rd.fail('empty-adjustment', cAmount ?? cPoints ?? cReason);
      continue;
    }
    out.push({ id, month: m, amountFen, points, reason, approvedBy: rd.read(cBy, parseText) ?? '', row: rd.row, cells: rd.cells() });
  }
  rd.finish();
  return out;
}
