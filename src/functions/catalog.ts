// The custom cell functions as data: names, bilingual help, parameters; the build makes @customfunction stubs from it.
import { CELL_ERRORS } from './grid.js';

export interface CustomFunctionParam {
  name: string;
  /** JSDoc type shown in the generated stub */
  type: string;
  description: string;
  /** the description in Chinese, for the zh reference */
  descriptionZh?: string;
  optional?: boolean;
}

export interface CustomFunctionSpec {
  name: string;
  summary: { en: string; zh: string };
  params: CustomFunctionParam[];
  returns: string;
  example: string;
}

const MONTH_PARAMS: CustomFunctionParam[] = [
  { name: 'ids', type: 'string|Array', description: 'agent IDs, one per cell (a column gives a column of results)', descriptionZh: '工号，一格一个（一列工号得到一列结果）' },
  { name: 'month', type: 'string|Date', description: 'the month, as text YYYY-MM or a date inside it', descriptionZh: '月份，文本 YYYY-MM 或该月内任一日期' },
  { name: 'roster', type: 'Array', description: 'the Roster sheet range, header row included', descriptionZh: '花名册区域，含表头行' },
  { name: 'attendance', type: 'Array', description: 'the Attendance sheet range, header row included', descriptionZh: '考勤区域，含表头行' },
  { name: 'calls', type: 'Array', description: 'the Calls sheet range, header row included', descriptionZh: '外呼区域，含表头行' },
  { name: 'events', type: 'Array', description: 'the Events sheet range, header row included', descriptionZh: '奖惩记录区域，含表头行', optional: true },
  { name: 'preset', type: 'string', description: 'policy preset (outbound-center, telesales-team, service-kpi, floor-discipline), default outbound-center', descriptionZh: '预设制度（outbound-center、telesales-team、service-kpi、floor-discipline），默认 outbound-center', optional: true },
  { name: 'language', type: 'string', description: 'language of flags and error text: zh (中文) or en; default the spreadsheet\'s locale (File → Settings)', descriptionZh: '标记和错误文字的语言：zh（中文）或 en；默认跟随表格的语言区域（文件 → 设置）', optional: true },
];

const monthFunction = (name: string, en: string, zh: string, returns: string, example: string): CustomFunctionSpec => ({
  name,
  summary: { en: `${en}, straight from the engine under the preset given (outbound-center by default). Only the ranges given are read: a Calendar, KPI, Adjustments or Policy sheet counts in the sidebar's report, not here. Formulas over the same ranges and month share one engine run.`, zh: `${zh}，按所选预设制度（默认外呼中心方案）由计算引擎直接得出。只读取所给区域：日历、客服指标、调整和规则表只在侧边栏生成的报表中计入。同一月份、同一组区域的公式共用一次计算。` },
  params: MONTH_PARAMS,
  returns,
  example,
});

const GRACE: CustomFunctionParam = {
  name: 'grace', type: 'number',
  description: 'grace minutes, default 0; what they do is grace_mode\'s',
  descriptionZh: '宽限分钟数，默认 0；如何计算由 grace_mode 决定', optional: true,
};

const GRACE_MODE: CustomFunctionParam = {
  name: 'grace_mode', type: 'string',
  description: '"threshold" (default, the sidebar report\'s rule): within the grace it is 0, past it every minute counts (9:07 with 5 is 7); "forgive": the grace minutes are never counted (9:07 with 5 is 2)',
  descriptionZh: '"宽限"（默认，与侧边栏报表一致）：未超过宽限记 0，超过则全部分钟计入（9:07、宽限 5 记 7）；"扣除"：先扣除宽限分钟（9:07、宽限 5 记 2）', optional: true,
};

const SOURCES = 'Roster!A:I, Attendance!A:J, Calls!A:F, Events!A:E';

export const CUSTOM_FUNCTIONS: CustomFunctionSpec[] = [
  {
    name: 'LATE_MINUTES',
    summary: { en: 'Whole minutes a clock-in is after the shift start (A-ATT-1); seconds are dropped. With grace 5, 09:05 is on time and 09:07 is 7 minutes late (threshold) or 2 (forgive).', zh: '上班打卡迟到的整分钟数（A-ATT-1），秒数舍去。宽限 5 分钟时，09:05 算准时，09:07 记 7 分钟（宽限）或 2 分钟（扣除）。' },
    params: [
      { name: 'punch', type: 'Date|string|Array', description: 'clock-in time: a time cell or text such as 9:07; a range gives one result per cell', descriptionZh: '上班打卡时间：时间单元格或 9:07 这样的文本；区域则逐格计算' },
      { name: 'shift_start', type: 'Date|string', description: 'shift start, default 09:00', descriptionZh: '上班时间，默认 09:00', optional: true },
      GRACE,
      GRACE_MODE,
    ],
    returns: 'number|Array',
    example: '=LATE_MINUTES(C2:C200, "09:00", 5)',
  },
  {
    name: 'EARLY_MINUTES',
    summary: { en: 'Whole minutes a clock-out is before the shift end (A-ATT-1); seconds are dropped.', zh: '下班打卡早退的整分钟数（A-ATT-1），秒数舍去。' },
    params: [
      { name: 'punch', type: 'Date|string|Array', description: 'clock-out time: a time cell or text such as 17:45; a range gives one result per cell', descriptionZh: '下班打卡时间：时间单元格或 17:45 这样的文本；区域则逐格计算' },
      { name: 'shift_end', type: 'Date|string', description: 'shift end, default 18:00', descriptionZh: '下班时间，默认 18:00', optional: true },
      GRACE,
      GRACE_MODE,
    ],
    returns: 'number|Array',
    example: '=EARLY_MINUTES(D2:D200, "18:00", 5, "forgive")',
  },
  {
    name: 'ATTENDANCE_FINE',
    summary: { en: 'Fine in 元 for minutes late: per minute, or the absence fine when late by more than the limit (A-ATT-1, A-ATT-2).', zh: '迟到罚款（元）：按分钟计；超过上限按旷工罚款（A-ATT-1、A-ATT-2）。' },
    params: [
      { name: 'late_minutes', type: 'number|Array', description: 'minutes late (or early)', descriptionZh: '迟到（或早退）分钟数' },
      { name: 'per_minute', type: 'number', description: '元 per minute, default 1', descriptionZh: '每分钟罚款（元），默认 1', optional: true },
      { name: 'absence_after', type: 'number', description: 'late by more than this many minutes is an absence, default 60', descriptionZh: '迟到超过该分钟数按旷工，默认 60', optional: true },
      { name: 'absence_fine', type: 'number', description: 'absence fine in 元, default 100', descriptionZh: '旷工罚款（元），默认 100', optional: true },
    ],
    returns: 'number|Array',
    example: '=ATTENDANCE_FINE(E2:E200)',
  },
  {
    name: 'DAILY_TARGET_MET',
    summary: { en: 'TRUE when the day meets either target: successes or connected calls (A-TGT-2).', zh: '当天成功量或接通量任一达标即为 TRUE（A-TGT-2）。' },
    params: [
      { name: 'successes', type: 'number|Array', description: "the day's successful activations", descriptionZh: '当天成功量' },
      { name: 'connected', type: 'number|Array', description: "the day's connected calls (same size as successes)", descriptionZh: '当天接通量（与成功量同样大小）' },
      { name: 'success_target', type: 'number', description: 'default 45', descriptionZh: '成功量目标，默认 45', optional: true },
      { name: 'connected_target', type: 'number', description: 'default 100', descriptionZh: '接通量目标，默认 100', optional: true },
    ],
    returns: 'boolean|Array',
    example: '=DAILY_TARGET_MET(F2:F200, E2:E200)',
  },
  {
    name: 'TIER_BONUS',
    summary: { en: 'Bonus in 元 of the highest tier reached; lower tiers are not added (A-BON-2).', zh: '达到的最高档奖金（元），不累加低档（A-BON-2）。' },
    params: [
      { name: 'value', type: 'number|Array', description: 'the figure the tiers apply to (monthly successes …)', descriptionZh: '分档依据的数值（月成功量等）' },
      { name: 'tiers', type: 'Array', description: 'two columns: threshold | amount in 元, any order; a header row is allowed', descriptionZh: '两列：门槛 | 金额（元），顺序不限，可含表头行' },
    ],
    returns: 'number|Array',
    example: '=TIER_BONUS(G2:G50, $K$2:$L$4)',
  },
  {
    name: 'COMMISSION',
    summary: { en: 'Commission in 元: units × 元 per unit, or amount × percent, capped (B-COM-1).', zh: '提成（元）：件数 × 每件金额，或金额 × 百分比，可封顶（B-COM-1）。' },
    params: [
      { name: 'units_or_amount', type: 'number|Array', description: 'a count (appointments …) or an amount in 元 (contract payment)', descriptionZh: '件数（邀约等）或金额（元，回款）' },
      { name: 'rate_or_per_unit', type: 'number|string', description: '元 per unit, or a percentage such as 1%', descriptionZh: '每件金额（元），或 1% 这样的百分比' },
      { name: 'cap', type: 'number', description: 'most paid per cell in 元; blank for no cap', descriptionZh: '每格封顶金额（元），空为不封顶', optional: true },
    ],
    returns: 'number|Array',
    example: '=COMMISSION(H2:H50, 1%, 1000)',
  },
  {
    name: 'PRORATE',
    summary: { en: 'Amount × days attended ÷ days expected, rounded to the fen (B-PAY-1).', zh: '金额 × 出勤天数 ÷ 应出勤天数，四舍五入到分（B-PAY-1）。' },
    params: [
      { name: 'amount', type: 'number|Array', description: 'the monthly amount in 元', descriptionZh: '月度金额（元）' },
      { name: 'days_attended', type: 'number|Array', description: 'days attended (halves allowed)', descriptionZh: '出勤天数（可为半天）' },
      { name: 'days_expected', type: 'number|Array', description: 'days expected, more than 0', descriptionZh: '应出勤天数，大于 0' },
    ],
    returns: 'number|Array',
    example: '=PRORATE(D2:D50, E2:E50, 22)',
  },
  {
    name: 'KPI_SCORE',
    summary: { en: 'Weighted KPI score: each item scores weight × attainment, capped at its weight (C-KPI-1); one score per row.', zh: '加权 KPI 得分：每项得分 = 权重 × 完成率，不超过权重（C-KPI-1）；每行一个得分。' },
    params: [
      { name: 'values', type: 'Array', description: 'the measured figures, one row per agent, one column per item', descriptionZh: '实际值，每行一名员工，每列一个指标' },
      { name: 'targets', type: 'Array', description: 'targets, one row for everyone or one per agent; text like <=40 means lower is better (full at the target, 0 at twice it)', descriptionZh: '目标值，一行通用或每人一行；写作 <=40 表示越低越好（达标满分，两倍为 0）' },
      { name: 'weights', type: 'Array', description: 'points per item, one row for everyone or one per agent', descriptionZh: '各项权重分，一行通用或每人一行' },
    ],
    returns: 'number|Array',
    example: '=KPI_SCORE(B4:F50, $B$2:$F$2, $B$3:$F$3)',
  },
  {
    name: 'GRADE',
    summary: { en: 'Grade of a score: A 95–100, B 80–94, C 65–79, D 60–64, E below 60 (C-GRD-1), or your own bands.', zh: '分数等级：A 95–100，B 80–94，C 65–79，D 60–64，E 60 以下（C-GRD-1），也可自定分档。' },
    params: [
      { name: 'score', type: 'number|Array', description: 'the score', descriptionZh: '分数' },
      { name: 'bands', type: 'Array', description: 'two columns: lowest score | grade, any order; a header row is allowed', descriptionZh: '两列：最低分 | 等级，顺序不限，可含表头行', optional: true },
    ],
    returns: 'string|Array',
    example: '=GRADE(H2:H50)',
  },
  monthFunction('CALLBOARD_SCORE', "Each agent's month score (100 − points deducted)", '每名员工的月度得分（100 − 扣分）', 'number|Array', `=CALLBOARD_SCORE(A2:A50, "2026-10", ${SOURCES})`),
  monthFunction('CALLBOARD_FINES', "Each agent's total fines in 元", '每名员工的罚款合计（元）', 'number|Array', `=CALLBOARD_FINES(A2:A50, "2026-10", ${SOURCES})`),
  monthFunction('CALLBOARD_BONUSES', "Each agent's total bonuses in 元", '每名员工的奖金合计（元）', 'number|Array', `=CALLBOARD_BONUSES(A2:A50, "2026-10", ${SOURCES})`),
  monthFunction('CALLBOARD_PAYOUT', "Each agent's payout in 元", '每名员工的应发金额（元）', 'number|Array', `=CALLBOARD_PAYOUT(A2:A50, "2026-10", ${SOURCES})`),
  monthFunction('CALLBOARD_FLAGS', "Each agent's flags (warning, excellent …) in the workbook's language, comma-separated", '每名员工的标记（警告、优秀员工等），按表格语言显示，以顿号分隔', 'string|Array', `=CALLBOARD_FLAGS(A2:A50, "2026-10", ${SOURCES})`),
];

const signature = (spec: CustomFunctionSpec): string =>
  `${spec.name}(${spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ')})`;

const cellText = (text: string): string => text.replace(/\|/g, '\\|');

/** The Markdown reference of every custom function, in English or Chinese (the README carries it verbatim). */
export function renderFunctionReference(lang: 'en' | 'zh'): string {
  const zh = lang === 'zh';
  const out: string[] = [zh ? '## 自定义函数' : '## Custom functions', ''];
  out.push(zh
    ? '每个函数都接受单个值或整片区域，并返回同样形状的结果；无效的格子显示 `#BAD TIME 时间无效: "25:00"` 这样的文字，其余格子照常计算。金额单位为元。'
    : 'Every function takes a single value or a whole range and returns the same shape; a bad cell shows text such as `#BAD TIME 时间无效: "25:00"` while the other cells are still computed. Money is in 元.');
  for (const spec of CUSTOM_FUNCTIONS) {
    out.push('', `### \`${signature(spec)}\``, '', zh ? spec.summary.zh : spec.summary.en, '');
    out.push(zh ? '| 参数 | 说明 |' : '| parameter | description |', '|---|---|');
    for (const p of spec.params) {
      const description = zh ? (p.descriptionZh ?? p.description) : p.description;
      const optional = p.optional ? (zh ? '（可选）' : ' (optional)') : '';
      out.push(`| \`${p.name}\`${optional} | ${cellText(description)} |`);
    }
    out.push('', `${zh ? '示例：' : 'Example: '}\`${spec.example}\``);
  }
  out.push('', zh ? '### 单元格中的错误文字' : '### Error texts in cells', '');
  out.push(Object.values(CELL_ERRORS).map((text) => `\`${text}\``).join(' · '));
  return `${out.join('\n')}\n`;
}
