// docs/functions.md as the catalogue renders it: how to use the functions, worked examples, the reference in en and zh.
import { renderFunctionReference } from './catalog.js';

/** A formula with the value it gives; test/functions/hyperformula.test.ts evaluates every one from a cell. */
export interface WorkedExample {
  formula: string;
  result: number | string;
  en: string;
  zh: string;
}

export const WORKED_EXAMPLES: WorkedExample[] = [
  { formula: '=LATE_MINUTES("9:07")', result: 7, en: 'shift start 09:00, no grace', zh: '09:00 上班，无宽限' },
  { formula: '=LATE_MINUTES("9:05", "09:00", 5)', result: 0, en: 'within the grace: on time', zh: '未超过宽限：准时' },
  { formula: '=LATE_MINUTES("9:07", "09:00", 5)', result: 7, en: 'past the grace: every minute counts (threshold, the default)', zh: '超过宽限：全部分钟计入（宽限，默认）' },
  { formula: '=LATE_MINUTES("9:07", "09:00", 5, "forgive")', result: 2, en: 'the 5 grace minutes are taken off', zh: '先扣除 5 分钟宽限' },
  { formula: '=LATE_MINUTES("9:07", "09:00", 5, "扣除")', result: 2, en: 'the same, named in Chinese', zh: '同上，中文写法' },
  { formula: '=EARLY_MINUTES("17:45")', result: 15, en: 'shift end 18:00', zh: '18:00 下班' },
  { formula: '=ATTENDANCE_FINE(61)', result: 100, en: 'late by more than 60 minutes: the absence fine', zh: '迟到超过 60 分钟：按旷工罚款' },
  { formula: '=ATTENDANCE_FINE(7)', result: 7, en: '1 元 a minute', zh: '每分钟 1 元' },
  { formula: '=GRADE(94)', result: 'B', en: 'C-GRD-1 bands', zh: 'C-GRD-1 分档' },
  { formula: '=PRORATE(1400, 20, 22)', result: 1272.73, en: '1400 × 20 ÷ 22, to the fen', zh: '1400 × 20 ÷ 22，精确到分' },
  { formula: '=COMMISSION(150000, 1%, 1000)', result: 1000, en: '1% of 150,000 is 1,500, capped at 1,000', zh: '150000 的 1% 为 1500，封顶 1000' },
];

const table = (lang: 'en' | 'zh'): string[] => [
  lang === 'zh' ? '| 公式 | 结果 | 说明 |' : '| formula | result | why |',
  '|---|---|---|',
  ...WORKED_EXAMPLES.map((e) => `| \`${e.formula}\` | ${typeof e.result === 'string' ? `\`${e.result}\`` : e.result} | ${e[lang]} |`),
];

const EN_GUIDE = [
  '# Callboard custom functions · 自定义函数',
  '',
  'Callboard adds these functions to Google Sheets (type `=` and the name; Sheets shows the help). English first, then',
  '[中文](#自定义函数中文).',
  '',
  '## One formula for a whole column',
  '',
  'Write each function once, at the top of a column, over the whole range: `=LATE_MINUTES(C2:C200)` in `H2` fills',
  '`H2:H200` with one result per punch (an array result: Sheets spills it downwards). Do not copy a formula down',
  'row by row: every copy is a separate call, and Sheets runs each one on its own. Keep the cells below the formula',
  'empty, or Sheets shows `#REF!` ("Array result was not expanded").',
  '',
  'The month functions work the same way: `=CALLBOARD_PAYOUT(A2:A50, "2026-10", Roster!A:I, Attendance!A:J, Calls!A:F,',
  'Events!A:E)` in `B2` gives every agent\'s payout in `B2:B50`. Formulas that read the same ranges for the same month',
  '(`CALLBOARD_SCORE`, `CALLBOARD_FINES`, `CALLBOARD_PAYOUT` … side by side) share one engine run: the first computes',
  'the month and keeps each agent\'s figures in the spreadsheet\'s cache for up to 6 hours; the others read them',
  'instead of computing the month again. Any edit in the ranges is a new month to compute. (Formulas Sheets happens',
  'to evaluate at the very same moment may each compute it once.)',
  '',
  '## Grace minutes',
  '',
  'Rulebooks use grace in two ways, so `LATE_MINUTES` and `EARLY_MINUTES` take a `grace_mode`:',
  '',
  '- `"threshold"` (`"宽限"`, the default): up to the grace is on time; past it, every minute counts. This is how the',
  '  sidebar\'s report reads the Policy sheet\'s grace minutes, so the functions and the report agree.',
  '- `"forgive"` (`"扣除"`): the grace minutes are never counted; only the minutes beyond them are.',
  '',
  '## Worked examples',
  '',
  ...table('en'),
  '',
  '## IDs with leading zeros',
  '',
  'Sheets turns `001` typed in a number column into `1`. Format the ID columns (Roster, Attendance, Calls, Events and',
  'the column of IDs the formula reads) as plain text (Format → Number → Plain text) and type the IDs again. A month',
  'function that meets such an ID says so in the cell.',
  '',
];

const ZH_GUIDE = [
  '# 自定义函数（中文）',
  '',
  '**整列只写一个公式。** 在列首写一次、覆盖整片区域：在 `H2` 写 `=LATE_MINUTES(C2:C200)`，结果自动向下填满 `H2:H200`',
  '（数组结果）。不要逐行向下复制公式：每个副本都是一次单独的调用。公式下方的单元格须留空，否则显示 `#REF!`。',
  '',
  '月度函数同理：在 `B2` 写 `=CALLBOARD_PAYOUT(A2:A50, "2026-10", Roster!A:I, Attendance!A:J, Calls!A:F, Events!A:E)`，',
  '即得到 `B2:B50` 每人的应发金额。读取同一月份、同一组区域的公式（并排的 `CALLBOARD_SCORE`、`CALLBOARD_FINES`、',
  '`CALLBOARD_PAYOUT` 等）共用一次计算：第一个公式计算该月，并把每人的结果在表格缓存中保留最多 6 小时，其余公式直接读取；',
  '区域内任何改动都会重新计算。（Sheets 恰好同时计算的几个公式可能各算一次。）',
  '',
  '**宽限分钟。** `grace_mode` 可选 `"宽限"`（`"threshold"`，默认）：未超过宽限算准时，超过则全部分钟计入，与侧边栏报表一致；',
  '或 `"扣除"`（`"forgive"`）：宽限分钟一律不计，只计超出部分。',
  '',
  ...table('zh'),
  '',
  '**以 0 开头的工号。** 在数字格式的列中输入 `001` 会变成 `1`。请把各表的工号列设为纯文本（格式 → 数字 → 纯文本）后重新录入；',
  '月度函数遇到这种工号会在单元格中提示。',
  '',
];

/** The whole of docs/functions.md. */
export function renderFunctionsDoc(): string {
  return [...EN_GUIDE, renderFunctionReference('en'), ...ZH_GUIDE, renderFunctionReference('zh')].join('\n');
}
