// The add-on's write path over the fakes: spreadsheet calls and estimated Apps Script time for 100 × 10k and
// 2,000 × 200k, executions needed at a 4.5-minute budget, and the link-writing alternatives. `npx tsx scripts/bench-gas.ts`
// (per-call costs and their sources: test/fakes/cost.ts).
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { runWorkbook } from '../src/engine/run.js';
import { renderTabs, type TabSpec } from '../src/engine/report/tabs.js';
import type { CellValue } from '../src/engine/types.js';
import { api } from '../src/gas/api.js';
import { runtime } from '../src/gas/runtime.js';
import { tabCells } from '../src/gas/tab.js';
import { COSTS, estimatedCost } from '../test/fakes/cost.js';
import { DOCUMENT_CLASSES, fakeSpreadsheet, type Fake } from '../test/fakes/index.js';
import { intsFrom } from './examples/prng.js';

/** A month with no Chinese holiday or make-up day: its 21 weekdays are the workdays. */
export const BENCH_MONTH = '2026-11';
/** Apps Script's limit per execution (Quotas page). */
const EXECUTION_LIMIT_MS = 360_000;


const id = (i: number) => `A${String(i + 1).padStart(5, '0')}`;
const day = (d: number) => new Date(Date.UTC(2026, 10, d));
const hhmm = (h: number, m: number) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;

/** Source sheets for `agents` agents and `callRows` call rows in November 2026 (spreadsheet in UTC). */
export function benchSheets(agents: number, callRows: number): { name: string; values: CellValue[][] }[] {
  const rnd = intsFrom(42);
  const roster: CellValue[][] = [['ID', 'Name', 'Team', 'Level', 'Hire date', 'Base salary']];
  for (let i = 0; i < agents; i++) roster.push([id(i), `Agent ${i + 1}`, `Team ${(i % 40) + 1}`, ['junior', 'intermediate', 'senior'][i % 3], new Date(Date.UTC(2024, i % 12, 1 + (i % 28))), 3000 + (i % 10) * 100]);
  const days: number[] = [];
  for (let d = 1; d <= 30; d++) if (day(d).getUTCDay() % 6 !== 0) days.push(d);
  const attendance: CellValue[][] = [['ID', 'Date', 'Clock in', 'Clock out']];
  for (let i = 0; i < agents; i++) {
    for (const d of days) {
      const r = rnd(100);
      attendance.push([id(i), day(d), r < 90 ? hhmm(8, 50 + rnd(10)) : hhmm(9, rnd(30)), hhmm(18, rnd(30))]);
    }
  }
  const calls: CellValue[][] = [['ID', 'Date', 'Dials', 'Connected', 'Successes']];
  for (let k = 0; k < callRows; k++) {
    const dials = 5 + rnd(20);
    const connected = rnd(dials + 1);
    calls.push([id(rnd(agents)), day(days[k % days.length]), dials, connected, rnd(connected + 1)]);
  }
  return [{ name: 'Roster', values: roster }, { name: 'Attendance', values: attendance }, { name: 'Calls', values: calls }];
}

export interface GasRun {
  fake: Fake;
  executions: number;
  /** simulated Apps Script time of each execution, ms (service calls only) */
  executionMs: number[];
  tabs: string[];
}

/**
 * Generates BENCH_MONTH through the fakes as the sidebar does: startReport, then continueReport in a fresh
 * execution until done, each execution cut at `budgetMs` on the simulated clock and killed at 6 minutes.
 */
export function runThroughFakes(agents: number, callRows: number, budgetMs: number, chunkRows = runtime.chunkRows): GasRun {
  const fake = fakeSpreadsheet({ sheets: benchSheets(agents, callRows), timeZone: 'UTC', locale: 'en_US' });
  fake.log.cost = estimatedCost;
  fake.log.killAfterMs = EXECUTION_LIMIT_MS;
  const saved = { ...runtime };
  runtime.now = () => fake.log.now;
  runtime.budgetMs = budgetMs;
  runtime.chunkRows = chunkRows;
  const restore = fake.install();
  try {
    const executionMs: number[] = [];
    let step = api.startReport(BENCH_MONTH);
    executionMs.push(fake.log.now - fake.log.executionStart);
    while (!step.done) {
      fake.newExecution();
      step = api.continueReport(step.jobId);
      executionMs.push(fake.log.now - fake.log.executionStart);
    }
    return { fake, executions: executionMs.length, executionMs, tabs: step.tabs };
  } finally {
    restore();
    Object.assign(runtime, saved);
  }
}

/** Builder calls to write a tab's link column: one value per row (before), per distinct text and target (now). */
export function linkBuilderCalls(tab: TabSpec): { perRow: number; perDistinct: number; rows: number } {
  if (tab.linkColumn === undefined || !tab.links) return { perRow: 0, perDistinct: 0, rows: 0 };
  const seen = new Set<string>();
  let perRow = 0;
  let perDistinct = 0;
  tab.rows.forEach((row, i) => {
    const text = row[tab.linkColumn!] === null ? '' : String(row[tab.linkColumn!]);
    const calls = text !== '' && tab.links![i] ? 3 : 2;
    perRow += calls;
    const key = `${tab.links![i] ?? ''}\u0000${text}`;
    if (!seen.has(key)) { seen.add(key); perDistinct += calls; }
  });
  return { perRow, perDistinct, rows: tab.rows.length };
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Prints the figures for both sizes; returns them for tests and `npm run bench`. */
export function benchGas(sizes: [number, number][] = [[100, 10_000], [2000, 200_000]], log: (line: string) => void = console.log) {
  const out = [];
  log('Callboard add-on write path over the fakes (estimated Apps Script time from published per-call costs: test/fakes/cost.ts)');
  for (const [agents, callRows] of sizes) {
    const t0 = performance.now();
    const run = runThroughFakes(agents, callRows, runtime.budgetMs);
    const nodeMs = performance.now() - t0;
    const calls = run.fake.log.calls;
    const documentCalls = run.fake.log.count(DOCUMENT_CLASSES);
    const builder = Object.entries(calls).filter(([k]) => k.startsWith('RichTextValueBuilder.')).reduce((n, [, v]) => n + v, 0);
    const rows = run.tabs.map((name) => `${name} ${run.fake.raw._sheet(name)!.getLastRow() - 1}`).join(', ');
    const total = run.executionMs.reduce((a, b) => a + b, 0);
    log(`\n${agents} agents × ${callRows.toLocaleString('en')} call rows: ${rows} rows`);
    log(`  executions: ${run.executions} at a ${s(runtime.budgetMs)} budget (each ${run.executionMs.map(s).join(', ')}); est. service time ${s(total)}`);
    log(`  document calls ${documentCalls}, rich-text builder calls ${builder}, all counted calls ${run.fake.log.total}; node wall time ${s(nodeMs)} (the engine runs once per execution)`);
    const tabs = renderTabs(runWorkbook({ sheets: benchSheets(agents, callRows), timeZone: 'UTC', locale: 'en_US' }, BENCH_MONTH).report, 'en');
    log(`  cells of the month's tabs: ${tabs.reduce((n, t) => n + tabCells(t), 0).toLocaleString('en')} (${tabs.map((t) => `${t.name} ${tabCells(t).toLocaleString('en')}`).join(', ')})`);
    const details = tabs.find((t) => t.role === 'details');
    if (details) linkAlternatives(details, log);
    out.push({ agents, callRows, executions: run.executions, executionMs: run.executionMs, documentCalls, builderCalls: builder, totalCalls: run.fake.log.total });
  }
  return out;
}

/** The link column written four ways, for the Details tab of a run (estimates; only the second is implemented). */
export function linkAlternatives(details: TabSpec, log: (line: string) => void = console.log): void {
  const b = linkBuilderCalls(details);
  const cellMs = b.rows * COSTS.richCell + COSTS.batch;
  log(`\nLinks of ${details.name} (${b.rows} rows):`);
  log(`  rich text, one value per row (before):            ${b.perRow} builder calls, est. ${s(b.perRow * COSTS.builder + cellMs)}`);
  log(`  rich text, one value per distinct target (kept):  ${b.perDistinct} builder calls, est. ${s(b.perDistinct * COSTS.builder + cellMs)}`);
  log(`  =HYPERLINK formulas via setFormulas (rejected):   1 call, est. ${s(COSTS.batch + b.rows * COSTS.cell)} — the link text holds the source sheet's name, a user string, inside a formula, and every recalculation evaluates it`);
  log('  Sheets advanced service batchUpdate with textFormatRuns (not built): needs the advanced service in the manifest and a request per ≤10 MB');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) benchGas();
