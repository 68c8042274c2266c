// The one place server-side faults become user text: cause.code → a Chinese and English message.
import type { Text } from '../engine/types.js';

const MESSAGES: Record<string, Text> = {
  busy: { zh: '正在生成报表，请稍候再试。', en: 'A report is already being generated. Please try again in a moment.' },
  'bad-month': { zh: '月份格式应为 YYYY-MM，例如 2026-10。', en: 'The month must be written YYYY-MM, for example 2026-10.' },
  'unknown-preset': { zh: '没有这个考核方案。', en: 'There is no such policy preset.' },
  'no-spreadsheet': { zh: '请在 Google 表格中打开本插件。', en: 'Open the add-on from a Google Sheets spreadsheet.' },
  'bad-lang': { zh: '规则表的语言应为 zh 或 en。', en: 'The Policy sheet language must be zh or en.' },
  'policy-exists': {
    zh: '表格中已有规则表，未作改动。如需用预设替换，请在侧边栏中插入并确认替换。',
    en: 'The spreadsheet already has a Policy sheet; nothing was changed. To replace it with a preset, insert it from the sidebar and confirm.',
  },
  'bad-time-zone': { zh: '表格的时区无法识别（文件 → 设置）。', en: 'The spreadsheet time zone is not recognised (File → Settings).' },
  'month-approved': { zh: '该月已审批并锁定；如需重新生成，请先解除审批。', en: 'This month is approved and locked; unlock it first to regenerate it.' },
  'month-blocked': { zh: '数据有阻断性错误，请先在“检查数据”中修正。', en: 'The data has blocking errors; fix them from Check data first.' },
  'no-details-line': { zh: '请选择该月明细表中的一行。', en: 'Pick a line of the month\'s Details tab.' },
  'job-unknown': {
    zh: '这次生成已结束或已被更新的一次取代，请重新生成报表。',
    en: 'This report run has ended or was replaced by a newer one. Please generate the report again.',
  },
  'inputs-changed': {
    zh: '生成过程中数据有改动，未完成的报表已撤销，原有报表保持不变。请重新生成。',
    en: 'The data changed while the report was being written; the unfinished report was undone and the previous tabs are unchanged. Please generate again.',
  },
  'job-lost': {
    zh: '正在写入的临时表被删除，未完成的报表已撤销，原有报表保持不变。请重新生成。',
    en: 'A temporary sheet being written was deleted; the unfinished report was undone and the previous tabs are unchanged. Please generate again.',
  },
  'too-many-cells': {
    zh: '表格放不下这份报表：报表需要 {needed} 个单元格，表格已有 {existing} 个，合计 {total} 个，超过 Google 表格 {limit} 个单元格的上限。请先删除或归档旧月份的报表（侧边栏“旧月份报表”）。',
    en: 'The report does not fit: its tabs need {needed} cells and the spreadsheet already has {existing}, {total} in all, over the Google Sheets limit of {limit} cells. Remove or archive old month tabs first (sidebar: old month tabs).',
  },
  'no-data-month': {
    zh: '{month} 没有考勤、外呼或 KPI 数据，未生成报表。有数据的月份：{months}。',
    en: '{month} has no Attendance, Calls or KPI rows, so no report was generated. Months with data: {months}.',
  },
  'report-continues': {
    zh: '报表较大，本次运行时间内未写完；进度已保存。请打开 Callboard 侧边栏继续生成。',
    en: 'The report is large and did not finish within this run; its progress is saved. Open the Callboard sidebar to finish it.',
  },
  'archive-unavailable': {
    zh: '无法新建归档表格（插件未获得创建表格的授权），未删除任何标签页。可以不归档直接删除，或先用“文件 → 下载”保存。',
    en: 'The archive spreadsheet could not be created (the add-on is not authorised to create spreadsheets); no tab was removed. Remove without archiving, or save a copy first with File → Download.',
  },
  'bad-call-table': {
    zh: 'BigQuery 通话记录表设置有误：{detail}。表名格式为 项目.数据集.表，且表中要有工号和日期列。',
    en: 'The BigQuery call-records table cannot be used: {detail}. Name it project.dataset.table, with an ID and a date column.',
  },
  'bigquery-failed': { zh: 'BigQuery 查询失败：{detail}', en: 'The BigQuery query failed: {detail}' },
  'calls-aggregated': {
    zh: '该制度有按单笔封顶的提成，需要逐条通话记录，不能使用汇总后的通话记录表：{detail}',
    en: 'This policy caps commission per item, which needs the call records one by one, not aggregated: {detail}',
  },
  'bad-months': { zh: '月份列表应为 YYYY-MM 格式的月份。', en: 'The months must be a list of YYYY-MM months.' },
  'month-being-written': {
    zh: '{month} 的报表正在写入，不能删除。',
    en: 'The report for {month} is being written and cannot be removed.',
  },
};

/** 12345678 → '12,345,678'; other values as text. */
function param(v: unknown): string {
  if (typeof v === 'number') return String(Math.round(v)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  if (Array.isArray(v)) return v.map(param).join(', ') || '—';
  return String(v);
}

function fill(text: string, params: Record<string, unknown> | undefined): string {
  return params ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? param(params[k]) : m)) : text;
}

const UNEXPECTED: Text = { zh: '发生意外错误', en: 'Unexpected error' };

/** The cause code of an error thrown with `{ cause: { code } }`, else null. */
export function causeCode(err: unknown): string | null {
  const code = (err as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' ? code : null;
}

/** Bilingual user text for an error: the catalogue message for its code, or the raw message as unexpected. */
export function userText(err: unknown): string {
  const code = causeCode(err);
  const known = code ? MESSAGES[code] : undefined;
  const detail = err instanceof Error ? err.message : String(err);
  const params = { detail, ...(err as { cause?: { params?: Record<string, unknown> } } | null)?.cause?.params };
  if (known) return `${fill(known.zh, params)}\n${fill(known.en, params)}`;
  return `${UNEXPECTED.zh}：${detail}\n${UNEXPECTED.en}: ${detail}`;
}

/** The Error the sidebar or menu receives: its message is the user text; the code travels along. */
export function toUserError(err: unknown): Error {
  return new Error(userText(err), { cause: { code: causeCode(err) ?? 'unexpected' } });
}

/** A configuration or state fault with its code and the figures its message shows. */
export function fault(code: string, detail: string, params?: Record<string, unknown>): Error {
  return new Error(detail, { cause: params ? { code, params } : { code } });
}
