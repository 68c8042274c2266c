import { describe, expect, it } from 'vitest';
import { policyNeeds } from '../../../src/engine/rules/inputs.js';
import { getPreset } from '../../../src/engine/presets/index.js';

const shape = (preset: string) => policyNeeds(getPreset(preset)).map((n) => [n.role, n.columns.flat().join('|'), n.rules.join(','),
  n.rows, n.optional === true, n.strict === true]);

describe('the inputs each preset declares', () => {
  it('outbound-center: punches, the call metrics its rules name, the pay formula\'s Roster columns', () => {
    expect(shape('outbound-center')).toEqual([
      ['attendance', 'clockIn', 'A-ATT-1', true, false, true],
      ['attendance', 'clockOut', 'A-ATT-1', true, false, true],
      ['calls', 'successes|result', 'A-TGT-2,A-TGT-1,A-BON-1,A-BON-2,A-BON-3,A-BON-4,A-BON-5', true, false, false],
      ['calls', 'connected|result', 'A-TGT-2', true, false, false],
      ['calls', 'dials|result', 'A-BON-4,A-FLAG-1', true, false, false],
      ['roster', 'hireDate', 'A-FLAG-1', false, true, false],
      ['roster', 'baseSalary', 'A-PAY', false, false, false],
      ['roster', 'seniority', 'A-PAY', false, true, false],
    ]);
  });
  it('floor-discipline: only the Roster\'s pay columns (events are optional)', () => {
    expect(shape('floor-discipline').map((n) => n[0])).toEqual(['roster', 'roster']);
  });
  it('service-kpi: KPI metrics by their header texts, performance base for C-PAY-2', () => {
    const needs = policyNeeds(getPreset('service-kpi'));
    expect(needs.find((n) => n.metric === 'satisfaction')?.columns).toEqual([['Satisfaction %', '满意度']]);
    expect(needs.find((n) => n.columns[0]?.[0] === 'performanceBase')?.rules).toEqual(['C-PAY-2']);
  });
});
