// The execution's clock and budgets: Apps Script stops a run at 6 minutes, so long work stops early and resumes.

export const runtime = {
  /** the clock, ms (tests run it on the fakes' simulated clock) */
  now: (): number => Date.now(),
  /** work time per execution before saving progress: 4.5 of Apps Script's 6 minutes, leaving room for one more step */
  budgetMs: 270_000,
  /** rows written per batch call; a tab of up to this many rows is one setValues (calls do not grow with rows) */
  chunkRows: 20_000,
};

/** The moment after which an execution that started at `start` saves its progress instead of starting another step. */
export function deadlineFrom(start: number): number {
  return start + runtime.budgetMs;
}
