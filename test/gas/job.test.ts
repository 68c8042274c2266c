// Reports that outlast one execution: cut at a time budget or killed, each next call resumes; the tabs are the
// same as one uninterrupted run's; changed data or a replaced job is refused without touching the last good tabs.
import { afterEach, describe, expect, it } from 'vitest';
import { BENCH_MONTH, benchSheets, runThroughFakes } from '../../scripts/bench-gas.js';
import { api } from '../../src/gas/api.js';
import { runtime } from '../../src/gas/runtime.js';
import { TEMP_PREFIX } from '../../src/gas/swap.js';
import { estimatedCost } from '../fakes/cost.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

const saved = { ...runtime };
let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
  Object.assign(runtime, saved);
});

/** The generated tabs' values, by name. */
const grids = (fake: Fake, names: string[]) => Object.fromEntries(names.map((n) => [n, fake.raw._sheet(n)!._values()]));

describe('a 2,000-agent × 200,000-call month', () => {
  it('completes across several executions cut at a 30 s budget, with the same tabs as one uninterrupted run', () => {
    const whole = runThroughFakes(2000, 200_000, Infinity);
    expect(whole.executions).toBe(1);
    const expected = grids(whole.fake, whole.tabs);
    const cut = runThroughFakes(2000, 200_000, 30_000, 10_000);
    expect(cut.executions).toBeGreaterThanOrEqual(3);
    expect(Math.max(...cut.executionMs)).toBeLessThan(360_000);
    // No issues in this month: no Issues tab.
    expect(cut.tabs).toEqual(['Payout 2026-11', 'Ranking 2026-11', 'Details 2026-11']);
    expect(grids(cut.fake, cut.tabs)).toEqual(expected);
    expect(cut.fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls', ...cut.tabs]);
  }, 300_000);
});

function small(): Fake {
  const fake = fakeSpreadsheet({ sheets: [...benchSheets(20, 2000), { name: 'Payout 2026-11', values: [['last good']] }], timeZone: 'UTC', locale: 'en_US' });
  fake.log.cost = estimatedCost;
  runtime.now = () => fake.log.now;
  restore = fake.install();
  return fake;
}

describe('a report job', () => {
  it('reports progress in rows and tabs at each step, and resumes after Google kills an execution', () => {
    const fake = small();
    runtime.budgetMs = 1;
    runtime.chunkRows = 100;
    const steps = [api.startReport(BENCH_MONTH)];
    expect(steps[0]).toMatchObject({ done: false, phase: 'write', tabsDone: 0, tabsTotal: 3 });
    fake.failAt({ nth: 3, kill: true });
    fake.newExecution();
    expect(() => api.continueReport(steps[0].jobId)).toThrow('Exceeded maximum execution time');
    expect(fake.raw._sheet('Payout 2026-11')!._values()).toEqual([['last good']]);
    fake.newExecution();
    for (let step = api.continueReport(steps[0].jobId); ; step = api.continueReport(step.jobId)) {
      steps.push(step);
      if (step.done) break;
      fake.newExecution();
    }
    const rows = steps.map((s) => s.rowsWritten);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(steps.at(-1)).toMatchObject({ done: true, phase: 'done', tabsDone: 3, tabsTotal: 3, rowsWritten: steps.at(-1)!.rowsTotal });
    expect(steps.at(-1)!.result!.summary!.totals.payout).toBeGreaterThan(0);
    // header, 20 agents, the totals row, a blank row and the 4-line legend
    expect(fake.raw._sheet('Payout 2026-11')!._values()).toHaveLength(27);
    expect(fake.raw._names().some((n) => n.startsWith(TEMP_PREFIX))).toBe(false);
  });

  it('answers done again when asked to continue a finished job (its answer was lost)', () => {
    small();
    const first = api.startReport(BENCH_MONTH);
    expect(first.done).toBe(true);
    expect(api.continueReport(first.jobId)).toMatchObject({ done: true, tabs: first.tabs });
  });

  it('is undone, keeping the last good tabs, when the data changes between executions', () => {
    const fake = small();
    runtime.budgetMs = 1;
    runtime.chunkRows = 5;
    const step = api.startReport(BENCH_MONTH);
    fake.raw._sheet('Calls')!._cell(2, 5, true)!.value = 0;
    fake.newExecution();
    expect(() => api.continueReport(step.jobId)).toThrow('The data changed while the report was being written');
    expect(fake.raw._names()).toEqual(['Roster', 'Attendance', 'Calls', 'Payout 2026-11']);
    expect(fake.raw._sheet('Payout 2026-11')!._values()).toEqual([['last good']]);
  });

  it('left unfinished is shown to the sidebar, and a new run takes it over; the old page is told so', () => {
    const fake = small();
    runtime.budgetMs = 1;
    runtime.chunkRows = 5;
    const abandoned = api.startReport(BENCH_MONTH);
    fake.newExecution();
    expect(api.getSidebarState().job).toMatchObject({ jobId: abandoned.jobId, month: BENCH_MONTH, done: false });
    runtime.budgetMs = saved.budgetMs;
    const fresh = api.startReport(BENCH_MONTH);
    expect(fresh.done).toBe(true);
    expect(() => api.continueReport(abandoned.jobId)).toThrow('This report run has ended or was replaced by a newer one.');
    expect(api.getSidebarState().job).toBeNull();
  });

  it('from the menu, too large for one execution, keeps its progress and says to finish it in the sidebar', () => {
    small();
    runtime.budgetMs = 1;
    runtime.chunkRows = 5;
    expect(() => api.generateReport(BENCH_MONTH)).toThrow('Open the Callboard sidebar to finish it.');
    expect(api.getSidebarState().job?.month).toBe(BENCH_MONTH);
  });
});
