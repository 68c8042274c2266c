// Preset service-kpi's example workbook: 10 agents, a KPI sheet (客服指标) for August–October 2026 and the C-* cases planted.
import type { BookCell, ExampleBook } from './book.js';
import { workdaysOf } from './calendar.js';

export const SERVICE_MONTHS = ['2026-08', '2026-09', '2026-10'] as const;

/** KPI columns in sheet order (中文 headers of the preset's aliases). */
const HEADERS = ['销售额', '计划销售额', '咨询人数', '下单人数', '付款订单数', '付款人数', '接待消息数', '回复消息数',
  '平均响应秒数', '跟进服务', '执行力', '满意度', '投诉率', '公共销售额', '会员卡'] as const;
type Header = (typeof HEADERS)[number];
type Kpi = Record<Header, number>;

/** A row that scores exactly 100 under C-KPI-1: every ratio on its target, supervisor items full. */
export const PERFECT: Kpi = {
  销售额: 100000, 计划销售额: 100000, 咨询人数: 100, 下单人数: 40, 付款订单数: 36, 付款人数: 500, 接待消息数: 1000,
  回复消息数: 1000, 平均响应秒数: 40, 跟进服务: 5, 执行力: 10, 满意度: 95, 投诉率: 1, 公共销售额: 20000, 会员卡: 150,
};

interface Agent {
  id: string;
  name: string;
  team: string;
  /** changes to the perfect row, the same every month unless `byMonth` says otherwise */
  kpi: Partial<Kpi>;
  byMonth?: Partial<Record<(typeof SERVICE_MONTHS)[number], Partial<Kpi>>>;
  seniority?: number;
}

/** The planted cases (worked out in test/engine/presets/service-kpi.test.ts). */
export const SERVICE_CAST: Agent[] = [
  { id: 'S01', name: '林一', team: '一组', kpi: { 满意度: 99 } },
  { id: 'S02', name: '黄二', team: '一组', kpi: { 执行力: 8 } },
  { id: 'S03', name: '郭三', team: '一组', kpi: { 执行力: 6 }, byMonth: { '2026-10': { 执行力: 5 } } },
  { id: 'S04', name: '马四', team: '一组', kpi: { 执行力: 4 }, seniority: 100 },
  { id: 'S05', name: '罗五', team: '一组', kpi: { 执行力: 7, 满意度: 75 } },
  { id: 'S06', name: '梁六', team: '二组', kpi: { 销售额: 40000, 下单人数: 10, 付款订单数: 9, 付款人数: 200 } },
  { id: 'S07', name: '宋七', team: '二组', kpi: { 执行力: 9 } },
  { id: 'S08', name: '唐八', team: '二组', kpi: { 跟进服务: 3 }, byMonth: { '2026-10': { 会员卡: 230 } } },
  { id: 'S09', name: '许九', team: '二组', kpi: { 平均响应秒数: 60 }, byMonth: { '2026-10': { 会员卡: 180 } } },
  { id: 'S10', name: '韩十', team: '二组', kpi: { 执行力: 9 } },
];

const col = (header: string, width = 10) => ({ header, width });

/** The example: 花名册, 考勤 (full attendance but S05's one day of personal leave), 客服指标, 奖惩记录. */
export function serviceKpiExample(): ExampleBook {
  const kpi: BookCell[][] = [];
  const attendance: BookCell[][] = [];
  for (const month of SERVICE_MONTHS) {
    for (const a of SERVICE_CAST) {
      const row = { ...PERFECT, ...a.kpi, ...a.byMonth?.[month] };
      kpi.push([a.id, month, ...HEADERS.map((h) => row[h])]);
    }
    for (const date of workdaysOf(month)) {
      for (const a of SERVICE_CAST) {
        if (a.id === 'S05' && date === '2026-10-21') attendance.push([a.id, { date }, null, null, '事假', 1]);
        else attendance.push([a.id, { date }, { time: '08:58' }, { time: '18:02' }, null, null]);
      }
    }
  }
  return {
    sheets: [
      { name: '花名册', columns: [col('工号', 8), col('姓名', 10), col('组别', 8), col('基本工资'), col('绩效工资'), col('工龄工资')],
        rows: SERVICE_CAST.map((a) => [a.id, a.name, a.team, 3000, 1000, a.seniority ?? 0]) },
      { name: '考勤', columns: [col('工号', 8), col('日期', 12), col('上班打卡'), col('下班打卡'), col('请假类型'), col('请假天数')],
        rows: attendance },
      { name: '客服指标', columns: [col('工号', 8), col('月份', 10), ...HEADERS.map((h) => col(h, 12))], rows: kpi },
      { name: '奖惩记录', columns: [col('工号', 8), col('日期', 12), col('代码', 18), col('次数', 6), col('备注', 24)],
        rows: [
          ['S07', { date: '2026-10-12' }, 'C-PEN-2-ABUSE', 1, '与客户争吵'],
          ['S07', { date: '2026-10-20' }, 'C-PEN-2-ABUSE', 1, '再次辱骂客户'],
          ['S10', { date: '2026-10-08' }, 'C-PAY-2-LATE', 1, '自评表迟交'],
        ] },
    ],
  };
}
