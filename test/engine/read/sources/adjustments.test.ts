import { describe, expect, it } from 'vitest';
import { runReport } from '../../../../src/engine/report/report.js';
import { floorDiscipline } from '../../../../src/engine/presets/floor-discipline.js';
import { readSources } from '../../../../src/engine/read/sources.js';
import type { CellValue, SheetData } from '../../../../src/engine/types.js';

const ROSTER: SheetData = { name: '花名册', values: [['工号', '姓名', '基本工资'], ['A1', '王芳', 3000], ['A2', '李雷', 3000]] };
const adjustments = (...rows: CellValue[][]): SheetData => ({ name: '调整', values: [['工号', '月份', '金额', '分数', '原因', '审批人'], ...rows] });
const read = (...rows: CellValue[][]) => readSources({ sheets: [ROSTER, adjustments(...rows)], timeZone: 'UTC' });

describe('Adjustments sheet (调整)', () => {
  it('reads signed amounts in 元 and points, with the cells they came from', () => {
    const src = read(['A1', '2026-10', 200, null, '夜班补贴', '王主管'], ['A2', '2026-10', '-50.5', -2, '工牌遗失', '']);
    expect(src.adjustments!.map((a) => [a.id, a.month, a.amountFen, a.points, a.reason, a.approvedBy, a.cells.amount]))
      .toEqual([['A1', '2026-10', 20000, null, '夜班补贴', '王主管', '调整!C2'], ['A2', '2026-10', -5050, -2, '工牌遗失', '', '调整!C3']]);
    expect(src.issues).toEqual([]);
    expect(src.sheetNames.adjustments).toBe('调整');
  });

  it.each([
    ['a row with neither amount nor points', ['A1', '2026-10', null, null, '无', 'x'], 'empty-adjustment', '调整!C2'],
    ['1.5 points', ['A1', '2026-10', null, 1.5, '半分', 'x'], 'bad-points', '调整!D2'],
    ['an ID not on the roster', ['Z9', '2026-10', 100, null, '误录', 'x'], 'unknown-id', '调整!A2'],
  ])('%s is an issue and the row is left out', (_n, row, code, cell) => {
    const src = read(row);
    expect(src.adjustments).toEqual([]);
    expect(src.issues.map((i) => [i.code, i.severity, i.cell])).toEqual([[code, 'error', cell]]);
  });

  it('its lines appear in Details with rule ADJ and their source, count in the score, and only in their month', () => {
    const wb = { sheets: [ROSTER, adjustments(['A1', '2026-10', 200, -3, '夜班补贴', '王主管'], ['A1', '2026-09', 999, null, '上月', 'x'])],
      timeZone: 'UTC' };
    const e = runReport(wb, { month: '2026-10', policy: floorDiscipline }).employees.find((x) => x.id === 'A1')!;
    // 3000 base + 200 adjustment = 3200; score 100 − 3 = 97.
    expect([e.payoutFen, e.score]).toEqual([320000, 97]);
    expect(e.lines.at(-1)).toEqual({ rule: 'ADJ', date: null, kind: 'adjustment', amountFen: 20000, points: -3, source: '调整!C2',
      reason: { zh: '夜班补贴（审批：王主管）', en: '夜班补贴 (approved by 王主管)' } });
  });
});
