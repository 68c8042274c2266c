// Preset floor-discipline (policies.md §4, seed 003 现场管理制度): 21 items in points, each point 10 元; the catalogue is reusable.
import { type CatalogueRule, type Policy, policySchema } from '../rules/policy.js';
import { ev, step } from './common.js';

/** 每分10元计算: each point of §4 costs 10 元 (1000 fen). */
export const FLOOR_POINT_FEN = 1000;

const item = (n: number, zh: string, en: string, points: number, o: Parameters<typeof ev>[6] = {}) => {
  const code = `D-${String(n).padStart(2, '0')}`;
  return ev(code, code, zh, en, points, points * FLOOR_POINT_FEN, { violation: true, ...o });
};

/**
 * The 21 items of §4 in order, D-01 … D-21. A policy may concatenate this catalogue with its own (codes must not repeat).
 * D-15 equipment misuse is −1 to −5: the supervisor records the severity as the Count (1–5), −1 point a count.
 */
export const floorCatalogue: CatalogueRule = {
  kind: 'catalogue', rule: 'D', name: { zh: '现场管理制度', en: 'Floor discipline' },
  events: [
    item(1, '现场大声喧哗', 'noise on the floor', -1),
    item(2, '乱扔废纸杂物', 'littering', -1),
    item(3, '脚抬放于主机或工作台', 'feet on the desk', -1),
    item(4, '交班人员未到离岗', 'left before the relief arrived', -2),
    item(5, '工作台放置无关物品', 'unrelated items on the desk', -1),
    item(6, '现场吃食物', 'eating on the floor', -2),
    item(7, '办公设备不洁、乱涂乱画', 'dirty equipment', -1),
    item(8, '未举手随意起立或大声呼叫', 'stood up or called out instead of raising a hand', -1),
    item(9, '手机未静音或接打私人电话', 'phone not silenced or private call', -3),
    item(10, '用热线电话拨打私人电话', 'private call on the hotline', -2),
    item(11, '无故设置暂停或事后工作', 'unjustified pause or after-call state', -5),
    item(12, '闲谈、随意串岗', 'chatting or wandering', -2),
    item(13, '小休超时', 'break overrun', -2),
    item(14, '参观时未暂停小休交接', 'did not pause for visitors', -2),
    item(15, '违规使用设备（次数栏填 1–5 分）', 'equipment misuse (Count = 1–5 points)', -1),
    item(16, '擅自调整终端设置', 'changed terminal settings', -1),
    item(17, '严重故障未立即上报', 'did not report a fault', -1),
    item(18, '下班未正常退出系统', 'did not log out', -1),
    // D-19 (default): a repeat in the month is the serious case (情节严重) and recommends dismissal.
    item(19, '复制或携带客户资料外出', 'copied customer data', -10, {
      escalation: 'occurrence', steps: [step(-10, -10 * FLOOR_POINT_FEN), step(-10, -10 * FLOOR_POINT_FEN, 0, 'dismissal-recommended')],
    }),
    // D-20: leaking customer data is a dismissal case (违者予以开除), no points.
    item(20, '泄露客户资料和个人隐私', 'leaked customer data', 0, { flag: 'dismissal-recommended' }),
    item(21, '擅自改动客户资料', 'changed customer data without authority', -5),
  ],
};

export const floorDiscipline: Policy = policySchema.parse({
  id: 'floor-discipline',
  version: '1',
  name: { zh: '现场管理制度', en: 'Floor discipline' },
  language: null,
  score: { base: 100 },
  calendar: { workWeek: [1, 2, 3, 4, 5], chineseHolidays: true },
  kpiColumns: [],
  rankingMetric: 'score',
  rules: [
    floorCatalogue,
    {
      kind: 'catalogue', rule: 'GEN', name: { zh: '通用代码', en: 'Generic codes' },
      events: [
        ev('COMPLAINT', 'COMPLAINT', '客户投诉', 'customer complaint', 0, 0, { complaint: true }),
        ev('QUALITY', 'QUALITY', '质检不合格', 'failed quality check', 0, 0, { quality: true }),
      ],
    },
  ],
  // Alone, pay is base salary + seniority − the catalogue's fines, never below 0 (lines carry D-PAY).
  pay: {
    rule: 'D-PAY', base: 'full', paidLeave: [], performance: 'none', performanceRule: 'D-PAY', seniority: true,
    fixedPay: { baseSalary: true, performanceBase: false, seniority: false }, floorZero: true,
  },
});
