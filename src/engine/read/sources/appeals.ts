// The Appeals sheet (申诉): disputes of Details lines with HR's decision; accepted ones with an amount become Adjustments rows.
import { Bad, parseMoneyFen, parseMonth, parseText } from '../cells.js';
import type { AdjustmentRow, AppealRow, AppealStatus } from '../../types.js';
import type { Parser, SheetReader } from './sheet.js';

const BAD_STATUS = new Bad('bad-appeal-status', 'is not open, accepted or rejected');
const STATUS: Record<string, AppealStatus> = {
  open: 'open', pending: 'open', 待处理: 'open', 处理中: 'open', 未处理: 'open',
  accepted: 'accepted', accept: 'accepted', approved: 'accepted', 通过: 'accepted', 同意: 'accepted', 已通过: 'accepted',
  rejected: 'rejected', reject: 'rejected', denied: 'rejected', 驳回: 'rejected', 拒绝: 'rejected', 已驳回: 'rejected',
};

/** open / accepted / rejected, or 待处理 / 通过 / 驳回 (and near words); blank is open. */
const parseStatus: Parser<AppealStatus> = (v) => {
  const t = parseText(v);
  if (t === null) return null;
  return STATUS[t.trim().toLowerCase()] ?? BAD_STATUS;
};

/**
 * Appeals: ID, month and reason required; status (blank = open), the line disputed, resolution, signed amount in 元.
 * An open appeal is a warning so HR sees it; an accepted one without an amount is a warning too (nothing is paid).
 */
export function readAppeals(rd: SheetReader): AppealRow[] {
  const out: AppealRow[] = [];
  if (!rd.ok) return out;
  const cId = rd.col('id')!;
  const cMonth = rd.col('month')!;
  const cReason = rd.col('reason')!;
  const cStatus = rd.col('status');
  const month: Parser<string> = (v) => parseMonth(v, rd.timeZone);
  const values = rd.sheet.values;
  for (let r = rd.headerIndex + 1; r < values.length; r++) {
    if (!rd.at(r)) continue;
    const id = rd.readId(cId);
    const m = rd.read(cMonth, month, true);
    const reason = rd.read(cReason, parseText, true);
    const before = rd.issues.length;
    const status = rd.read(cStatus, parseStatus) ?? 'open';
    const amountFen = rd.read(rd.col('amount'), parseMoneyFen);
    const unreadable = rd.issues.length > before;
    if (id === null || m === null || reason === null || unreadable || !rd.isKnown(id, cId)) continue;
    const line = rd.read(rd.col('line'), parseText) ?? '';
    const row: AppealRow = { id, month: m, line, reason, status, resolution: rd.read(rd.col('resolution'), parseText) ?? '',
      amountFen, row: rd.row, cells: rd.cells() };
    if (status === 'open') rd.fail('open-appeal', cStatus ?? cReason, { line: line || reason, month: m });
    if (status === 'accepted' && !amountFen) rd.fail('accepted-appeal-without-amount', rd.col('amount') ?? cStatus ?? cReason);
    out.push(row);
  }
  rd.finish();
  return out;
}

/**
 * The accepted appeals with an amount as Adjustments rows, so they are paid by the one ADJ mechanism: in the appeal's
 * month, with the appeal's amount cell as the line's source and its resolution (or reason) as the line's reason.
 */
export function appealAdjustments(appeals: readonly AppealRow[]): AdjustmentRow[] {
  return appeals.filter((a) => a.status === 'accepted' && a.amountFen).map((a) => ({
    id: a.id, month: a.month, amountFen: a.amountFen, points: null,
    reason: `申诉 appeal${a.line ? ` ${a.line}` : ''}: ${a.resolution || a.reason}`,
    approvedBy: '', row: a.row, cells: { id: a.cells.id, month: a.cells.month, amount: a.cells.amount, reason: a.cells.reason },
  }));
}
