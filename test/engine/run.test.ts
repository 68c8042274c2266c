import { describe, expect, it } from 'vitest';
import { policyToSheet } from '../../src/engine/read/policy-sheet/layout.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { runWorkbook } from '../../src/engine/run.js';
import type { CellValue, WorkbookData } from '../../src/engine/types.js';

const roster = (name: string) => ({ name, values: [['ID', 'Name', 'Base salary'], ['A1', 'Ann', 3000]] as CellValue[][] });
const book = (...sheets: WorkbookData['sheets']): WorkbookData => ({ timeZone: 'UTC', sheets });

describe('runWorkbook', () => {
  it('without a Policy sheet the preset runs', () => {
    const { report, resolved } = runWorkbook(book(roster('Roster')), '2026-11', 'floor-discipline');
    expect([resolved.source, report.policy, report.employees.map((e) => e.payoutFen)]).toEqual(['preset', 'floor-discipline', [300000]]);
  });

  it('a broken Policy sheet gives only its issues, blocking, in the workbook\'s language', () => {
    const values = policyToSheet(getPreset('outbound-center'), 'zh').map((row) => (row[0] === 'version' ? [row[0], row[1], ''] : row));
    const { report, resolved } = runWorkbook(book(roster('花名册'), { name: '规则', values }), '2026-11');
    expect([resolved.source, resolved.policy, report.blocking, report.language, report.employees]).toEqual(['sheet', null, true, 'zh', []]);
    expect(report.issues.map((i) => [i.code, i.sheet])).toEqual([['bad-policy', '规则']]);
  });
});
