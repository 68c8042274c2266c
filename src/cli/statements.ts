// `--statements DIR [--team NAME]`: one printable .xlsx statement per agent of the month (or of one team).
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Report, WorkbookData } from '../engine/types.js';
import { monthOverMonth } from '../engine/workflow/change.js';
import { agentsOf, statementOf, teamReport } from '../engine/workflow/statement.js';
import type { CliArgs } from './args.js';
import type { Output } from './run.js';

/**
 * Writes one statement file per agent into `dir` (created when missing) and returns the paths. A report with
 * blocking issues writes none (nothing a person could take for a payslip); an unknown team is a usage fault.
 */
export async function writeStatements(report: Report, dir: string, team: string | null): Promise<string[]> {
  if (report.blocking) return [];
  const agents = agentsOf(report, team);
  assertTeam(report, team);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    throw new Error(`cannot create ${dir}: ${(err as Error).message}`, { cause: { code: 'write-failed' } });
  }
  const { statementFileName, writeStatementFile } = await import('../xlsx/statement.js'); // exceljs, only for statements
  const files: string[] = [];
  for (const e of agents) {
    const s = statementOf(report, e);
    const file = join(dir, statementFileName(s));
    await writeStatementFile(s, file);
    files.push(file);
  }
  return files;
}

/** An unknown `--team` is a usage fault naming the teams there are. */
function assertTeam(report: Report, team: string | null): void {
  if (team === null || agentsOf(report, team).length > 0) return;
  const teams = [...new Set(report.employees.map((e) => e.team).filter((t): t is string => t !== null))];
  throw new Error(`--team "${team}": no agent of that team (teams: ${teams.join(', ') || 'none'})`, { cause: { code: 'usage' } });
}

/** The report the workflow shows: with each agent's change from the previous month, and limited to `--team` when given. */
export function workflowReport(data: WorkbookData, report: Report, args: CliArgs): Report {
  const withChange = monthOverMonth(data, report, args.preset);
  if (!args.team || report.blocking) return withChange;
  assertTeam(withChange, args.team);
  return teamReport(withChange, args.team);
}

/** `--statements DIR`: writes them and says where; a blocked month writes none and says so. */
export async function statementsStep(report: Report, args: CliArgs, io: Output): Promise<void> {
  if (!args.statements) return;
  const zh = report.language === 'zh';
  if (report.blocking) {
    io.err(zh ? '数据有阻断性错误，未生成工资条' : 'no statements: the data has blocking errors');
    return;
  }
  const files = await writeStatements(report, args.statements, args.team ?? null);
  io.out(zh ? `已生成 ${files.length} 份工资条：${args.statements}` : `Wrote ${files.length} statements into ${args.statements}`);
}
