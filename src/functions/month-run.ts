// The engine side of the CALLBOARD_* functions: one month run reduced to each agent's figures (see figures.ts).
import { DEFAULT_PRESET, getPreset } from '../engine/presets/index.js';
import { runReport } from '../engine/report/report.js';
import type { AgentFigures, MonthFigures, MonthInput } from './figures.js';

/** Runs the engine over the ranges; an unknown preset throws (a configuration fault shown as #ERROR). */
export function monthFigures(input: MonthInput): MonthFigures {
  const policy = getPreset(input.preset ?? DEFAULT_PRESET);
  const report = runReport({ sheets: input.sheets, timeZone: input.timeZone }, { month: input.month, policy });
  const errors = report.issues.filter((issue) => issue.severity === 'error');
  const first = errors[0];
  const agents: Record<string, AgentFigures> = {};
  for (const e of report.employees) agents[e.id] = [e.score ?? null, e.finesFen, e.bonusesFen, e.payoutFen, [...e.flags]];
  return {
    blocking: first ? { en: first.message, zh: first.messageZh, count: errors.length, value: first.value, code: first.code } : null,
    agents,
  };
}
