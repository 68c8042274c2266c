// Every user-facing string of the sidebar, in zh-CN and en, with a tiny {name} template filler.

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
  flag_warning: '警告',
  'flag_dismissal-recommended': '建议辞退',
  'flag_demotion-or-dismissal': '降级或辞退',
  flag_demote: '降级',
  flag_promote: '晋升',
  flag_confirm: '转正',
  'flag_probation-failed': '试用期不合格',
  flag_eliminate: '淘汰',
  flag_reassign: '调岗',
  flag_excellent: '优秀员工',
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
  flag_warning: 'warning',
  'flag_dismissal-recommended': 'dismissal recommended',
  'flag_demotion-or-dismissal': 'demotion or dismissal',
  flag_demote: 'demote',
  flag_promote: 'promote',
  flag_confirm: 'confirm',
  'flag_probation-failed': 'probation failed',
  flag_eliminate: 'eliminate',
  flag_reassign: 'reassign',
  flag_excellent: 'excellent',
};

export const MESSAGES: Record<Lang, Record<MessageKey, string>> = { zh, en };

/** The string for key in lang with {name} placeholders filled in (values are inserted as plain text). */
export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return MESSAGES[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole);
}

/** A flag code in words; an unknown code is shown as it is. */
export function flagLabel(lang: Lang, flag: string): string {
  const key = `flag_${flag}`;
  return key in MESSAGES[lang] ? MESSAGES[lang][key as MessageKey] : flag;
}

/** 'zh' or 'en' from anything stored or sent; null when it is neither. */
export function parseLang(value: unknown): Lang | null {
  return value === 'zh' || value === 'en' ? value : null;
}
