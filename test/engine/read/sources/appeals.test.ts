import { describe, expect, it } from 'vitest';
import { floorDiscipline } from '../../../../src/engine/presets/floor-discipline.js';
import { runReport } from '../../../../src/engine/report/report.js';
import { readSources } from '../../../../src/engine/read/sources.js';
import type { CellValue, SheetData } from '../../../../src/engine/types.js';

const ROSTER: SheetData = { name: '花名册', values: [['工号', '姓名', '基本工资'], ['A1', '王芳', 3000], ['A2', '李雷', 3000]] };
const appeals = (...rows: CellValue[][]): SheetData =>
  ({ name: '申诉', values: [['工号', '月份', '申诉明细', '原因', '状态', '处理结果', '金额'], ...rows] });
const read = (...rows: CellValue[][]) => readSources({ sheets: [ROSTER, appeals(...rows)], timeZone: 'UTC' });

describe('Appeals sheet (申诉)', () => {
  it('reads every status in Chinese or English, blank as open', () => {
    const src = read(['A1', '2026-11', 'A-ATT-1 2026-10-03', '打卡机故障', '通过', '退还罚款', 7],
      ['A2', '2026-11', '考勤!C9', 'sick', 'Rejected', 'no certificate', null], ['A2', '2026-11', '', '漏记成功单', null, null, null]);
    expect(src.appeals!.map((a) => [a.id, a.month, a.line, a.status, a.amountFen, a.cells.amount])).toEqual([
      ['A1', '2026-11', 'A-ATT-1 2026-10-03', 'accepted', 700, '申诉!G2'],
      ['A2', '2026-11', '考勤!C9', 'rejected', null, '申诉!G3'],
      ['A2', '2026-11', '', 'open', null, '申诉!G4'],
    ]);
    expect(src.sheetNames.appeals).toBe('申诉');
  });

  it('lists an open appeal as a warning so HR sees it', () => {
    const src = read(['A2', '2026-11', 'A-TGT-1', '漏记成功单', '待处理', null, null]);
    expect(src.issues.map((i) => [i.code, i.severity, i.cell, i.messageZh])).toEqual([
      ['open-appeal', 'warning', '申诉!E2', '申诉 第2行（工号 A2）：关于“A-TGT-1”的申诉（2026-11）尚待处理']]);
  });

  it.each([
    ['an unknown status', ['A1', '2026-11', 'x', 'y', 'maybe', null, 5], 'bad-appeal-status', 'error', '申诉!E2'],
    ['an accepted appeal without an amount', ['A1', '2026-11', 'x', 'y', '通过', '同意', null], 'accepted-appeal-without-amount', 'warning', '申诉!G2'],
  ])('%s is an issue', (_n, row, code, severity, cell) => {
    expect(read(row).issues.map((i) => [i.code, i.severity, i.cell])).toEqual([[code, severity, cell]]);
  });

  it('an accepted appeal of 7 元 is paid as an ADJ line in its month, with the appeal as its source; others pay nothing', () => {
    const wb = { sheets: [ROSTER, appeals(['A1', '2026-11', 'A-ATT-1 2026-10-03', '打卡机故障', '通过', '退还罚款', 7],
      ['A1', '2026-11', 'A-ATT-1 2026-10-09', '堵车', '驳回', '不予退还', 5], ['A1', '2026-10', 'x', 'y', '通过', 'z', 100])], timeZone: 'UTC' };
    const e = runReport(wb, { month: '2026-11', policy: floorDiscipline }).employees.find((x) => x.id === 'A1')!;
    // 3000 base + 7 appeal = 3007 元; the rejected appeal and October's appeal are not in November.
    expect(e.payoutFen).toBe(300700);
    expect(e.lines.filter((l) => l.rule === 'ADJ')).toEqual([{ rule: 'ADJ', date: null, kind: 'adjustment', amountFen: 700, points: 0,
      source: '申诉!G2', reason: { zh: '申诉 appeal A-ATT-1 2026-10-03: 退还罚款', en: '申诉 appeal A-ATT-1 2026-10-03: 退还罚款' } }]);
  });
});
