// The approval record of a month (who, when, policy, input fingerprints, per-agent pay by rule) and its hidden sheet.
import type { TabSpec } from '../report/tabs.js';
import type { Lang, Report, WorkbookData } from '../types.js';
import type { RowHashes } from './fingerprint.js';
import { fingerprintOf } from './fingerprint.js';

export interface ApprovalRecord {
  /** yyyy-mm */
  month: string;
  by: string;
  /** 'yyyy-mm-dd hh:mm' UTC */
  at: string;
  policy: string;
  version: string;
  /** one hash over every input row (fingerprintOf) */
  fingerprint: string;
  /** per agent ID: payout and the amount of each rule, fen */
  pay: Record<string, { name: string; payoutFen: number; rules: Record<string, number> }>;
  rows: RowHashes;
}

export const APPROVALS_SHEET = { en: 'Callboard approvals', zh: '审批记录' } as const;
const NAMES = new Set(Object.values(APPROVALS_SHEET).map((n) => n.toLowerCase()));
const HEADER = {
  en: ['Month', 'Approved by', 'Approved at (UTC)', 'Policy', 'Version', 'Fingerprint', 'Agents', 'Payout (元)', 'Record'],
  zh: ['月份', '审批人', '审批时间（UTC）', '规则', '版本', '指纹', '人数', '实发合计（元）', '记录'],
};
/** Excel holds at most 32,767 characters in a cell: the record's JSON is spread over cells of this size. */
const CHUNK = 30000;
const FIXED = HEADER.en.length - 1;

/** The record of approving `report` (computed from inputs whose row hashes are `rows`). */
export function approvalOf(report: Report, rows: RowHashes, by: string, at: string): ApprovalRecord {
  const pay: ApprovalRecord['pay'] = {};
  for (const e of report.employees) {
    const rules: Record<string, number> = {};
    for (const l of e.lines) rules[l.rule] = (rules[l.rule] ?? 0) + l.amountFen;
    pay[e.id] = { name: e.name, payoutFen: e.payoutFen, rules };
  }
  return { month: report.month, by, at, policy: report.policy, version: report.policyVersion, fingerprint: fingerprintOf(rows), pay, rows };
}

/** True for the approvals sheet's name, in either language. */
export function isApprovalsSheet(name: string): boolean {
  return NAMES.has(name.trim().toLowerCase());
}

/**
 * The records in the workbook's approvals sheet, one per month (a later row of the same month wins); a row
 * whose record cannot be read is skipped (the sheet is the add-on's own, not HR's).
 */
export function readApprovals(wb: WorkbookData): ApprovalRecord[] {
  const sheet = wb.sheets.find((s) => isApprovalsSheet(s.name));
  const byMonth = new Map<string, ApprovalRecord>();
  for (const row of sheet?.values.slice(1) ?? []) {
    const text = row.slice(FIXED).map((v) => (v === null ? '' : String(v))).join('');
    try {
      const data = JSON.parse(text) as Pick<ApprovalRecord, 'pay'> & { rows: Record<string, string> };
      const rows: RowHashes = Object.fromEntries(Object.entries(data.rows).map(([k, v]) => [k, v.split(',')]));
      const s = (i: number) => (row[i] === null || row[i] === undefined ? '' : String(row[i]));
      byMonth.set(s(0), { month: s(0), by: s(1), at: s(2), policy: s(3), version: s(4), fingerprint: s(5), pay: data.pay, rows });
    } catch {
      continue;
    }
  }
  return [...byMonth.values()];
}

/** The hidden approvals sheet holding `records` (months in order), as a generated tab marked hidden. */
export function approvalsTab(records: readonly ApprovalRecord[], lang: Lang): TabSpec & { hidden: true } {
  const sorted = [...records].sort((a, b) => a.month.localeCompare(b.month));
  const chunks = sorted.map((r) => {
    const json = JSON.stringify({ pay: r.pay, rows: Object.fromEntries(Object.entries(r.rows).map(([k, v]) => [k, v.join(',')])) });
    const out: string[] = [];
    for (let i = 0; i < json.length; i += CHUNK) out.push(json.slice(i, i + CHUNK));
    return out;
  });
  const width = Math.max(1, ...chunks.map((c) => c.length));
  const header = [...HEADER[lang], ...Array.from({ length: width - 1 }, (_, i) => `${HEADER[lang][FIXED]} ${i + 2}`)];
  const rows = sorted.map((r, i) => {
    const total = Object.values(r.pay).reduce((s, p) => s + p.payoutFen, 0);
    return [r.month, r.by, r.at, r.policy, r.version, r.fingerprint, Object.keys(r.pay).length, total / 100, ...chunks[i]];
  });
  return {
    name: APPROVALS_SHEET[lang], role: 'details', header, rows, hidden: true,
    columns: header.map((_, c) => ({ kind: c === 6 ? 'int' : c === 7 ? 'money' : 'text' })),
  };
}
