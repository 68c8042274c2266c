// The words people read around the numbers, in Chinese and English, in one place: flags and what they mean,
// line kinds, levels, metric names, tab names and column headers of the generated tabs, the note and the legend.
import type { Flag, Lang, LineKind, PayChange, Text } from '../types.js';

const t = (zh: string, en: string): Text => ({ zh, en });

/** What a flag asks of HR: good news, a case to review, or an action to take. Colours the Payout row. */
export type FlagMeaning = 'good' | 'review' | 'action';

export const FLAG_LABELS: Record<Flag, Text> = {
  warning: t('警告', 'warning'),
  'dismissal-recommended': t('建议辞退', 'dismissal recommended'),
  'demotion-or-dismissal': t('降级或辞退', 'demotion or dismissal'),
  demote: t('降级', 'demote'),
  promote: t('晋升', 'promote'),
  confirm: t('转正', 'confirm'),
  'probation-failed': t('试用期不合格', 'probation failed'),
  eliminate: t('淘汰', 'eliminate'),
  reassign: t('调岗', 'reassign'),
  excellent: t('优秀员工', 'excellent'),
};

export const FLAG_MEANING: Record<Flag, FlagMeaning> = {
  excellent: 'good',
  promote: 'good',
  confirm: 'good',
  warning: 'review',
  demote: 'review',
  reassign: 'review',
  'demotion-or-dismissal': 'action',
  'dismissal-recommended': 'action',
  'probation-failed': 'action',
  eliminate: 'action',
};

/** The meanings from most to least pressing, the order the sidebar groups them in. */
export const MEANING_ORDER: readonly FlagMeaning[] = ['action', 'review', 'good'];

export const MEANING_LABELS: Record<FlagMeaning, Text> = {
  action: t('需处理', 'action needed'),
  review: t('待复核', 'to review'),
  good: t('好消息', 'good news'),
};

/** The most pressing meaning among `flags`, or null without flags. */
export function flagsMeaning(flags: readonly Flag[]): FlagMeaning | null {
  for (const m of MEANING_ORDER) if (flags.some((f) => FLAG_MEANING[f] === m)) return m;
  return null;
}

/** Localised label of a flag, e.g. 'dismissal-recommended' → '建议辞退'; unknown codes as they are. */
export function flagLabel(flag: Flag, lang: Lang): string {
  return FLAG_LABELS[flag]?.[lang] ?? flag;
}

export const KIND_LABELS: Record<LineKind, Text> = {
  base: t('工资', 'pay'),
  fine: t('罚款', 'fine'),
  bonus: t('奖励', 'bonus'),
  points: t('扣分', 'points'),
  adjustment: t('调整', 'adjustment'),
};

export const LEVEL_LABELS: Record<string, Text> = {
  junior: t('初级', 'junior'),
  intermediate: t('中级', 'intermediate'),
  senior: t('高级', 'senior'),
};

/** Names of the metrics a ranking or a team table is ordered by, as a column header reads them. */
export const METRIC_NAMES: Record<string, Text> = {
  successes: t('成功量', 'successes'),
  dials: t('外呼量', 'dials'),
  connected: t('接通量', 'connected calls'),
  talkMinutes: t('通话分钟', 'talk minutes'),
  appointments: t('邀约量', 'appointments'),
  opportunities: t('商机数', 'opportunities'),
  contractPaymentFen: t('回款', 'contract payment'),
  contacts: t('新增联系人', 'new contacts'),
  invitations: t('意向参会', 'invitations'),
  score: t('分数', 'score'),
  payout: t('薪酬', 'payout'),
  fullAttendance: t('全勤', 'full attendance'),
  daysWorked: t('出勤天数', 'days worked'),
  absences: t('旷工次数', 'absences'),
};

/** Localised name of a metric id; unknown ids (a KPI column's own key) are shown as they are. */
export function metricLabel(metric: string, lang: Lang): string {
  return METRIC_NAMES[metric]?.[lang] ?? metric;
}

export type TabRole = 'payout' | 'ranking' | 'details' | 'issues';

export const TAB_NAMES: Record<TabRole, Text> = {
  payout: t('薪酬', 'Payout'),
  ranking: t('排名', 'Ranking'),
  details: t('明细', 'Details'),
  issues: t('问题', 'Issues'),
};

/** Column headers of the generated tabs; money headers carry the unit. */
export const HEADERS = {
  id: t('工号', 'ID'),
  name: t('姓名', 'Name'),
  team: t('组别', 'Team'),
  level: t('职级', 'Level'),
  score: t('分数', 'Score'),
  grade: t('等级', 'Grade'),
  assessedLevel: t('评定职级', 'Assessed level'),
  flags: t('标记', 'Flags'),
  base: t('基本工资（元）', 'Base (元)'),
  performance: t('绩效工资（元）', 'Performance (元)'),
  seniority: t('工龄工资（元）', 'Seniority (元)'),
  bonuses: t('奖励（元）', 'Bonuses (元)'),
  fines: t('罚款（元）', 'Fines (元)'),
  adjustment: t('调整（元）', 'Adjustment (元)'),
  payout: t('实发（元）', 'Payout (元)'),
  change: t('较上月', 'Change from last month'),
  rank: t('名次', 'Rank'),
  metric: t('指标', 'Metric'),
  value: t('数值', 'Value'),
  teamName: t('团队', 'Team'),
  headcount: t('人数', 'Headcount'),
  teamRank: t('团队名次', 'Team rank'),
  teamPrize: t('团队奖', 'Team prize'),
  reason: t('说明', 'Reason'),
  rule: t('规则', 'Rule'),
  date: t('日期', 'Date'),
  kind: t('类别', 'Kind'),
  amount: t('金额（元）', 'Amount (元)'),
  points: t('分数', 'Points'),
  source: t('来源单元格', 'Source cell'),
  severity: t('严重程度', 'Severity'),
  sheet: t('工作表', 'Sheet'),
  row: t('行', 'Row'),
  column: t('列', 'Column'),
  cellValue: t('值', 'Value'),
  message: t('说明', 'Message'),
  code: t('代码', 'Code'),
  cell: t('单元格', 'Cell'),
} satisfies Record<string, Text>;

/** 'Successes total' / '成功量合计' and 'Successes per head' / '人均成功量' for a team table by `metric`. */
export function teamMetricHeaders(metric: Text, lang: Lang): [string, string] {
  return lang === 'zh' ? [`${metric.zh}合计`, `人均${metric.zh}`] : [`${metric.en} total`, `${metric.en} per head`];
}

export const WORDS = {
  total: t('合计', 'Total'),
  yes: t('是', 'yes'),
  no: t('否', 'no'),
  error: t('错误', 'error'),
  warning: t('警告', 'warning'),
  legend: t('图例', 'Legend'),
  version: t('第 {v} 版', 'version {v}'),
  generated: t('生成于 {at}（{zone}）', 'generated {at} ({zone})'),
} satisfies Record<string, Text>;

/** The legend rows under the Payout: what each row colour means, with the flags it stands for. */
export function legendLines(lang: Lang): { meaning: FlagMeaning | 'total'; text: string }[] {
  const sep = lang === 'zh' ? '、' : ', ';
  const flagsOf = (m: FlagMeaning) => (Object.keys(FLAG_MEANING) as Flag[]).filter((f) => FLAG_MEANING[f] === m)
    .map((f) => flagLabel(f, lang)).join(sep);
  const colour: Record<FlagMeaning | 'total', Text> = {
    action: t('红色', 'Red'), review: t('黄色', 'Yellow'), good: t('绿色', 'Green'), total: t('蓝色', 'Blue'),
  };
  const lines = MEANING_ORDER.map((m) => ({
    meaning: m,
    text: lang === 'zh'
      ? `${WORDS.legend.zh}　${colour[m].zh}：${MEANING_LABELS[m].zh}（${flagsOf(m)}）`
      : `${WORDS.legend.en}: ${colour[m].en} = ${MEANING_LABELS[m].en} (${flagsOf(m)})`,
  }));
  return [...lines, {
    meaning: 'total' as const,
    text: lang === 'zh' ? `${WORDS.legend.zh}　${colour.total.zh}：合计行` : `${WORDS.legend.en}: ${colour.total.en} = the totals row`,
  }];
}

/** Fills {name} placeholders of a catalogue text. */
export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (whole, k: string) => vars[k] ?? whole);
}

/** Signed yuan for people: 30000 → '+300', -1050 → '−10.50', 0 → '0'. */
export function signedYuan(fen: number): string {
  const abs = Math.abs(fen);
  const text = abs % 100 === 0 ? String(abs / 100) : (abs / 100).toFixed(2);
  return fen > 0 ? `+${text}` : fen < 0 ? `−${text}` : '0';
}

/** '+300 (+300 tier bonus, −100 absence)'; a month with no earlier pay says so. */
export function changeText(c: PayChange, lang: Lang): string {
  if (c.previousFen === null) return lang === 'zh' ? `上月（${c.previousMonth}）无薪酬` : `not paid in ${c.previousMonth}`;
  const sep = lang === 'zh' ? '，' : ', ';
  const reasons = c.reasons.map((r) => `${signedYuan(r.deltaFen)} ${r.name[lang]}`).join(sep);
  if (!reasons) return signedYuan(c.deltaFen);
  return lang === 'zh' ? `${signedYuan(c.deltaFen)}（${reasons}）` : `${signedYuan(c.deltaFen)} (${reasons})`;
}
