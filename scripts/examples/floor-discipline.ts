// Preset floor-discipline's example workbook: 10 agents in October 2026 and the D-items their supervisors recorded.
import type { BookCell, ExampleBook } from './book.js';

const col = (header: string, width = 10) => ({ header, width });

/** 工号, 姓名, 组别, 基本工资 (元), 工龄工资 (元). */
export const FLOOR_CAST: [string, string, string, number, number][] = [
  ['F01', '何一', '早班', 3000, 0], ['F02', '吕二', '早班', 3000, 100], ['F03', '施三', '早班', 3000, 0],
  ['F04', '张四', '早班', 3000, 0], ['F05', '孔五', '早班', 3000, 0], ['F06', '曹六', '晚班', 3200, 0],
  ['F07', '严七', '晚班', 3200, 0], ['F08', '华八', '晚班', 3200, 0], ['F09', '金九', '晚班', 3200, 0],
  ['F10', '魏十', '晚班', 3200, 0],
];

/** 工号, 日期, 代码, 次数, 备注: the cases the preset test works out by hand. */
export const FLOOR_EVENTS: [string, string, string, number, string][] = [
  ['F01', '2026-10-09', 'D-01', 1, ''],
  ['F01', '2026-10-15', 'D-09', 1, '接听私人电话'],
  ['F02', '2026-10-12', 'D-19', 1, '复印客户名单'],
  ['F02', '2026-10-26', 'D-19', 1, '再次携带客户资料外出'],
  ['F03', '2026-10-20', 'D-20', 1, '泄露客户电话'],
  ['F04', '2026-10-13', 'D-15', 3, '摔耳机，按 3 分计'],
  ['F05', '2026-10-14', 'D-11', 2, ''],
  ['F06', '2026-10-16', 'D-06', 1, ''],
  ['F06', '2026-10-16', 'D-13', 1, ''],
  ['F06', '2026-10-22', 'D-21', 1, ''],
  ['F07', '2026-10-23', 'D-04', 1, ''],
  ['F08', '2026-10-28', 'D-18', 2, ''],
];

/** 工号, 月份, 金额 (元), 分数, 原因, 审批人: manual adjustments that every regeneration keeps. */
export const FLOOR_ADJUSTMENTS: [string, string, number | null, number | null, string, string][] = [
  ['F09', '2026-10', 200, null, '夜班设备维护补贴', '王主管'],
  ['F10', '2026-10', null, 2, 'D-16 申诉成立，退回 2 分', '王主管'],
  ['F10', '2026-09', -100, null, '上月调整（本月不计）', '王主管'],
];

/** The example: 花名册, 奖惩记录 and 调整 (the catalogue needs no calls or attendance). */
export function floorDisciplineExample(): ExampleBook {
  return {
    sheets: [
      { name: '花名册', columns: [col('工号', 8), col('姓名', 10), col('组别', 8), col('基本工资'), col('工龄工资')],
        rows: FLOOR_CAST.map((r) => [...r] as BookCell[]) },
      { name: '奖惩记录', columns: [col('工号', 8), col('日期', 12), col('代码', 10), col('次数', 6), col('备注', 24)],
        rows: FLOOR_EVENTS.map(([id, date, code, count, note]) => [id, { date }, code, count, note || null]) },
      { name: '调整', columns: [col('工号', 8), col('月份', 10), col('金额'), col('分数', 6), col('原因', 28), col('审批人', 10)],
        rows: FLOOR_ADJUSTMENTS.map((r) => [...r]) },
    ],
  };
}
