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
};

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
  if (known) return `${known.zh}\n${known.en}`;
  const detail = err instanceof Error ? err.message : String(err);
  return `${UNEXPECTED.zh}：${detail}\n${UNEXPECTED.en}: ${detail}`;
}

/** The Error the sidebar or menu receives: its message is the user text; the code travels along. */
export function toUserError(err: unknown): Error {
  return new Error(userText(err), { cause: { code: causeCode(err) ?? 'unexpected' } });
}
