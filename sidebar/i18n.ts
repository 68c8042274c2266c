// Every user-facing string of the sidebar, in zh-CN and en, with a tiny {name} template filler; flag words come
// from the engine's catalogue (src/engine/labels.ts), the same as on the Payout tab.
import { FLAG_MEANING, flagLabel as engineFlagLabel, type FlagMeaning, MEANING_LABELS, MEANING_ORDER } from '../src/engine/labels.js';
import type { Flag } from '../src/engine/types.js';

export type Lang = 'zh' | 'en';

const zh = {
  title: 'Callboard 报表',
  langSwitch: 'English',
  langSwitchLabel: '切换语言',
  month: '月份',
  monthsWithData: '有数据的月份：{months}',
  policy: '当前规则：',
  policyVersion: '{name}（{id}，第 {version} 版）',
  preset: '预设规则',
  presetInForce: '使用当前规则',
  policySource: '{policy} · {source}',
  policyFromSheet: '来自“{sheet}”表',
  policyFromPreset: '预设',
  policySheetTitle: '规则表',
  policySheetPreset: '写入规则表的预设',
  insertPolicy: '插入为规则表',
  policyExistsAsk: '表格中已有规则表“{sheet}”。要用预设 {preset} 整体替换它吗？该表中的修改将被覆盖。',
  replacePolicy: '替换',
  cancel: '取消',
  stepPolicy: '写入规则表',
  policyInserted: '已写入规则表“{sheet}”（预设 {preset}，第 {version} 版）。',
  check: '检查数据',
  generate: '生成报表',
  loading: '正在加载…',
  busy: '正在处理，请稍候…',
  stepRead: '读取工作表',
  stepCheck: '检查数据',
  stepCompute: '计算罚款、奖金与排名',
  stepWrite: '写入报表标签页',
  stepDone: '完成',
  elapsed: '已用 {s} 秒',
  progressRows: '已写入 {rows}/{total} 行，{tabs}/{tabsTotal} 个标签页。',
  resumeAfterKill: 'Google 在运行时限处停止了上一步，正在从保存的进度继续…',
  killed: 'Google 在 6 分钟运行时限处停止了本次运行。已写入的进度已保存，原有报表未受影响；再次点击“生成报表”即可继续。',
  issuesTitle: '数据问题',
  noIssues: '没有发现问题。',
  moreIssues: '另有 {n} 个问题未列出，请查看“问题”标签页。',
  issueWhere: '{sheet} 第 {row} 行',
  issueSheet: '{sheet}',
  issueValue: '值“{value}”',
  openCell: '打开 {cell}',
  severityError: '错误',
  severityWarning: '警告',
  counts: '错误 {errors} 个，警告 {warnings} 个',
  summaryTitle: '{month} 报表结果',
  blocking: '数据有阻断性错误，请先修正后再生成。',
  top5: '前五名',
  topItem: '第 {rank} 名 {name}（{id}，{team}）：{value}',
  noTeam: '无组别',
  totals: '合计',
  totalPayout: '应发合计',
  totalFines: '罚款合计',
  totalBonuses: '奖金合计',
  yuan: '{amount} 元',
  flagsTitle: '标记',
  noFlags: '无标记。',
  flagItem: '{name}（{id}）：{flags}',
  tabsWritten: '已写入：{tabs}',
  errorPrefix: '出错了：',
  noServer: '无法连接到表格脚本（google.script.run 不可用）。',
  monthNoData: '{month} 没有数据，不能生成。有数据的月份：{months}',
  monthNoDataNone: '表格中还没有任何月份的数据：请先准备花名册、考勤和外呼表。',
  sourcesTitle: '读取的工作表',
  sourceItem: '“{sheet}”读作{label}：{rows} 行，匹配 {people} 人',
  sourceUnmatched: '，{n} 个工号不在花名册上',
  sourceDates: '，{from} 至 {to}',
  sourceNone: '没有读到任何数据表。',
  blockedNoTotals: '数据有阻断性错误，本次没有生成薪酬：不显示合计与排名，之前的薪酬表保持不变。请修正下列问题后重新生成。',
  flagGroup: '{meaning}（{n} 人）',
  helpTitle: '使用帮助',
  helpPrepare: '准备：在表格中建好花名册（工号、姓名、组别、职级、基本工资）、考勤（工号、日期、上班打卡、下班打卡、请假类型）、外呼（工号、日期、外呼量、接通量、成功量），需要时再加奖惩记录（工号、日期、代码）。表名和列名中英文均可；工号列请设为纯文本，保留前导 0。钉钉、企业微信、考勤机和外呼平台的导出表可用“文件 → 导入 → 插入新工作表”直接放进来。',
  helpCheck: '检查：选好月份，点“检查数据”。这里列出读到了哪些表、每张表的行数和人数，以及每个问题所在的工作表、行、列和原因；点链接可跳到出错的单元格。',
  helpGenerate: '生成：点“生成报表”。会整体替换该月的“薪酬”“排名”“明细”标签页；有阻断性错误时只写“问题”标签页，不生成薪酬。',
  helpRead: '阅读：“薪酬”每人一行，红色需处理、黄色待复核、绿色为好消息，最后一行是合计；“明细”每一笔金额和扣分一行，写明规则编号和来源单元格，各行相加等于实发。',
  helpAppeal: '申诉：在“明细”中按工号筛选，找到那一行，点来源单元格核对原始记录；记录有误就改源表后重新生成，规则适用有误就在“调整”表登记并写明审批人。',
};

export type MessageKey = keyof typeof zh;

const en: Record<MessageKey, string> = {
  title: 'Callboard report',
  langSwitch: '中文',
  langSwitchLabel: 'Switch language',
  month: 'Month',
  monthsWithData: 'Months with data: {months}',
  policy: 'Policy in force: ',
  policyVersion: '{name} ({id}, version {version})',
  preset: 'Preset',
  presetInForce: 'Use the policy in force',
  policySource: '{policy} · {source}',
  policyFromSheet: 'from the "{sheet}" sheet',
  policyFromPreset: 'preset',
  policySheetTitle: 'Policy sheet',
  policySheetPreset: 'Preset to write',
  insertPolicy: 'Insert as Policy sheet',
  policyExistsAsk: 'The spreadsheet already has the Policy sheet "{sheet}". Replace it whole with preset {preset}? Edits made in it will be lost.',
  replacePolicy: 'Replace',
  cancel: 'Cancel',
  stepPolicy: 'Writing the Policy sheet',
  policyInserted: 'Wrote the Policy sheet "{sheet}" from preset {preset} (version {version}).',
  check: 'Check data',
  generate: 'Generate',
  loading: 'Loading…',
  busy: 'Working, please wait…',
  stepRead: 'Reading the sheets',
  stepCheck: 'Checking the data',
  stepCompute: 'Computing fines, bonuses and rankings',
  stepWrite: 'Writing the report tabs',
  stepDone: 'Done',
  elapsed: '{s} s elapsed',
  progressRows: '{rows} of {total} rows written, {tabs} of {tabsTotal} tabs.',
  resumeAfterKill: 'Google stopped the last step at its time limit; continuing from the saved progress…',
  killed: 'Google stopped this run at its 6-minute limit. The progress is saved and the previous tabs are untouched; click Generate again to continue.',
  issuesTitle: 'Data issues',
  noIssues: 'No issues found.',
  moreIssues: '{n} more issues are not listed; see the Issues tab.',
  issueWhere: '{sheet} row {row}',
  issueSheet: '{sheet}',
  issueValue: 'value "{value}"',
  openCell: 'Open {cell}',
  severityError: 'Error',
  severityWarning: 'Warning',
  counts: 'Errors: {errors}, warnings: {warnings}',
  summaryTitle: 'Report for {month}',
  blocking: 'The data has blocking errors; fix them and generate again.',
  top5: 'Top 5',
  topItem: '#{rank} {name} ({id}, {team}): {value}',
  noTeam: 'no team',
  totals: 'Totals',
  totalPayout: 'Payout',
  totalFines: 'Fines',
  totalBonuses: 'Bonuses',
  yuan: '{amount} yuan',
  flagsTitle: 'Flags',
  noFlags: 'No flags.',
  flagItem: '{name} ({id}): {flags}',
  tabsWritten: 'Written: {tabs}',
  errorPrefix: 'Error: ',
  noServer: 'Cannot reach the spreadsheet script (google.script.run is missing).',
  monthNoData: '{month} has no data and cannot be generated. Months with data: {months}',
  monthNoDataNone: 'The spreadsheet has no month with data yet: prepare the Roster, Attendance and Calls sheets first.',
  sourcesTitle: 'Sheets read',
  sourceItem: '"{sheet}" read as {label}: {rows} rows, {people} people matched',
  sourceUnmatched: ', {n} IDs not on the Roster',
  sourceDates: ', {from} to {to}',
  sourceNone: 'No data sheet was read.',
  blockedNoTotals: 'The data has blocking errors, so no payroll was made: no totals or ranking are shown and the previous Payout stays as it was. Fix the issues below and generate again.',
  flagGroup: '{meaning} ({n})',
  helpTitle: 'Help',
  helpPrepare: 'Prepare: a Roster (ID, Name, Team, Level, Base salary), Attendance (ID, Date, Clock in, Clock out, Leave type) and Calls (ID, Date, Dials, Connected, Successes), plus Events (ID, Date, Code) when needed. Sheet and column names may be English or Chinese; format the ID column as plain text to keep leading zeros. Exports from DingTalk, WeCom, fingerprint clocks and dialers go in as they are with File → Import → Insert new sheet.',
  helpCheck: 'Check: pick the month and click Check data. It lists each sheet read, with its rows and people, and every problem with its sheet, row, column and reason; the link opens the cell.',
  helpGenerate: 'Generate: click Generate. The month\'s Payout, Ranking and Details tabs are replaced whole; with blocking errors only the Issues tab is written and no payroll is made.',
  helpRead: 'Read: Payout has one row per person — red needs action, yellow needs review, green is good news — and the totals row last; Details has one row per amount or point, with its rule id and source cell, adding up to the payout.',
  helpAppeal: 'Appeal: filter Details by ID, find the line, open its source cell and check the record; a wrong record is fixed in the source sheet and the month generated again, a rule wrongly applied goes in the Adjustments sheet with who approved it.',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The string for key in lang with {name} placeholders filled in (values are inserted as plain text). */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole);
}

/** A flag code in words (the engine's catalogue, as on the Payout tab); an unknown code is shown as it is. */
export function flagLabel(lang: Lang, flag: string): string {
  return engineFlagLabel(flag as Flag, lang);
}

/** What a flag asks of HR (action / review / good), from the engine's catalogue; null for an unknown code. */
export function flagMeaning(flag: string): FlagMeaning | null {
  return FLAG_MEANING[flag as Flag] ?? null;
}

export { MEANING_LABELS, MEANING_ORDER, type FlagMeaning };

/** Short names of the presets for the dropdowns; an unknown id is shown as it is. */
const PRESET_NAMES: Record<string, Record<Lang, string>> = {
  'outbound-center': { zh: '外呼中心绩效考核', en: 'Outbound centre' },
  'telesales-team': { zh: '电销组考核', en: 'Telesales team' },
  'service-kpi': { zh: '客服绩效考核', en: 'Customer service KPI' },
  'floor-discipline': { zh: '现场管理制度', en: 'Floor discipline' },
};

export function presetName(lang: Lang, id: string): string {
  return PRESET_NAMES[id]?.[lang] ?? id;
}

/** 'zh' or 'en' from anything stored or sent; null when it is neither. */
export function parseLang(value: unknown): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}
