// C-GRD-1 and C-LVL-1: the bands kind over the lowest score of the last months.
import { describe, expect, it } from 'vitest';
import { bandOf } from '../../../../src/engine/rules/kinds/bands.js';
import { rulesOf } from '../../../../src/engine/rules/policy.js';
import { serviceKpi } from '../../../../src/engine/presets/service-kpi.js';
import type { MonthStanding } from '../../../../src/engine/month/standing.js';

const months = (...scores: (number | null)[]) => (k: number): MonthStanding | null =>
  (k < scores.length && scores[k] !== null ? { score: scores[k], absences: 0, targets: new Map() } : null);

describe('C-GRD-1 grades and C-LVL-1 levels', () => {
  const [GRADE, LEVEL] = rulesOf(serviceKpi, 'bands');
  it.each([[100, 'A'], [95, 'A'], [94.99, 'B'], [94, 'B'], [80, 'B'], [79, 'C'], [65, 'C'], [64, 'D'], [60, 'D'], [59.5, 'E']])(
    'score %s is grade %s', (s, grade) => {
      expect(bandOf(GRADE, months(s))).toBe(grade);
    });

  it.each([
    ['both ≥ 90 is senior', [92, 90], 'senior'],
    ['90 then 89.9 is intermediate (the lower decides)', [89.9, 90], 'intermediate'],
    ['both 80–90 is intermediate', [85, 80], 'intermediate'],
    ['both 70–80 is junior', [70, 79], 'junior'],
    ['any under 70 has no level', [95, 69], null],
    ['one month of history is not enough', [95, null], null],
  ])('%s', (_n, scores, level) => {
    expect(bandOf(LEVEL, months(...scores))).toBe(level);
  });
});
