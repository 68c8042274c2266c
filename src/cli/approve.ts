// `--approve` / `--unlock`: the approval record in the workbook, the refusal to regenerate an approved month, and the diff.
import { userInfo } from 'node:os';
import { toJsonText } from '../engine/report/json.js';
import type { TabSpec } from '../engine/report/tabs.js';
import type { Report, WorkbookData } from '../engine/types.js';
import { APPROVALS_SHEET, type ApprovalRecord, approvalOf, approvalsTab, readApprovals } from '../engine/workflow/approval.js';
import { diffApproval, diffText } from '../engine/workflow/diff.js';
import { fingerprintRows, rowOwner } from '../engine/workflow/fingerprint.js';
import type { CliArgs } from './args.js';
import { EXIT_OK, EXIT_USAGE } from './errors.js';
import { writeTextFile } from './output.js';
import type { Output } from './run.js';
import { statementsStep } from './statements.js';

/** Who approves: --by, else the user logged in. */
function approver(args: CliArgs): string {
  if (args.by) return args.by;
  try {
    return userInfo().username || 'unknown';
  } catch {
    return 'unknown';
  }
}

const now = () => new Date().toISOString().slice(0, 16).replace('T', ' ');

/**
 * Before the report workbook is written: shows what changed since the month was approved, refuses to regenerate
 * an approved month without --unlock (exit 2; when no input changed, --statements and --json are still written, the
 * same figures), and records a new approval with --approve. `full` is the month's report before any --team filter.
 * Returns the exit status when the run stops here (else null), and the hidden approvals tab to write in place of
 * the old one (`retire`), when the approvals changed.
 */
export async function approvalStep(data: WorkbookData, full: Report, shown: Report, args: CliArgs, io: Output): Promise<ApprovalStep> {
  const none = (exit: number | null): ApprovalStep => ({ exit, tabs: [], retire: [] });
  const zh = full.language === 'zh';
  const records = readApprovals(data);
  const approved = records.find((r) => r.month === full.month) ?? null;
  if (!approved && !args.approve && !args.unlock) return none(null);
  const rows = fingerprintRows(data, (full.sources ?? []).filter((s) => s.readAs !== 'none').map((s) => s.sheet));
  if (approved) {
    const diff = diffApproval(approved, full, rows, rowOwner(data));
    for (const line of diffText(diff, full.language)) io.out(line);
    if (!args.unlock) {
      io.err(zh ? `${full.month} 已审批，不会重新生成报表；确需重算请加 --unlock` : `${full.month} is approved and is not regenerated; add --unlock to recompute it`);
      if (!diff.unchanged || diff.agents.length > 0 || (!args.statements && !args.json)) return none(EXIT_USAGE);
      // Nothing changed: statements and JSON carry exactly the approved figures.
      if (args.json) await writeTextFile(args.json, toJsonText(shown));
      await statementsStep(shown, args, io);
      return none(EXIT_OK);
    }
  }
  let kept: ApprovalRecord[] = records.filter((r) => r.month !== full.month);
  if (args.approve) {
    if (full.blocking) {
      io.err(zh ? '数据有阻断性错误，不能审批' : 'cannot approve: the data has blocking errors');
      return none(EXIT_USAGE);
    }
    if (args.team) {
      io.err(zh ? '审批针对整月，不能与 --team 同用' : 'approval covers the whole month; --approve does not go with --team');
      return none(EXIT_USAGE);
    }
    kept = [...kept, approvalOf(full, rows, approver(args), now())];
    io.out(zh ? `已审批 ${full.month}（${approver(args)}）` : `Approved ${full.month} (${approver(args)})`);
  } else if (approved) {
    io.out(zh ? `已解除 ${full.month} 的审批` : `Unlocked ${full.month}: its approval is dropped`);
  }
  // The approvals sheet is replaced whole (hidden), or dropped when no approval is left.
  return { exit: null, tabs: kept.length > 0 ? [approvalsTab(kept, full.language)] : [], retire: Object.values(APPROVALS_SHEET) };
}

export interface ApprovalStep {
  /** the exit status when the run stops here, else null */
  exit: number | null;
  /** the hidden approvals tab to write */
  tabs: TabSpec[];
  /** tab names to remove first (the approvals sheet in either language) */
  retire: string[];
}
