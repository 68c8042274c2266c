// The command line's own messages in Chinese, by error code: shown when the workbook is written in Chinese.
import type { Lang } from '../engine/types.js';

export interface Cause {
  code: string;
  file?: string;
  errno?: string;
  month?: string;
  name?: string;
  size?: string;
  limit?: string;
}

const REASONS_ZH: Record<string, string> = {
  EACCES: '没有写入权限', EPERM: '没有写入权限', ENOSPC: '磁盘已满', EROFS: '磁盘是只读的', ENOENT: '文件夹不存在',
  ENOTDIR: '文件夹不存在', EISDIR: '这是一个文件夹', EDQUOT: '超出磁盘配额',
};

const ZH: Record<string, (c: Cause) => string> = {
  'missing-file': (c) => `找不到文件：${c.file}`,
  'not-a-file': (c) => `${c.file} 不是普通文件（是文件夹、管道或设备）；请给出已保存的文件`,
  'too-large': (c) => `${c.file} 有 ${c.size}，超过此类文件 ${c.limit} 的上限（见 docs/scale.md）`,
  'unreadable-file': (c) => `无法读取 ${c.file}（没有权限或文件已损坏）`,
  encrypted: (c) => `${c.file} 设有密码（已加密）：请在 Excel 中打开，去掉密码（文件 → 信息 → 保护工作簿），另存为 .xlsx`,
  'old-xls': (c) => `${c.file} 是旧版 Excel 97–2003（.xls）工作簿：请打开后另存为 .xlsx`,
  'not-xlsx': (c) => `${c.file} 不是 .xlsx 工作簿（若是 CSV 文本，请改用 .csv 或 .txt 扩展名）`,
  'not-workbook': (c) => `${c.file} 是压缩包，但不是 Excel 工作簿`,
  'write-failed': (c) => `无法写入 ${c.file}：${REASONS_ZH[c.errno ?? ''] ?? '写入失败'}`,
  'out-is-input': (c) => `${c.file} 就是输入的工作簿；输入文件永远不会被修改，请换一个输出文件名`,
  'same-output': (c) => `--json 与 --out 是同一个文件 ${c.file}`,
  'unknown-preset': (c) => `没有名为“${c.name}”的预设规则`,
  'bad-month': (c) => `--month “${c.month}”不是 2026-10 这样的月份`,
};

/** The message for an error code in `lang`, or null when the English text (the error's own message) stands. */
export function cliMessage(cause: Cause, lang: Lang): string | null {
  const make = lang === 'zh' ? ZH[cause.code] : undefined;
  if (!make) return null;
  const needs = cause.code === 'unknown-preset' ? cause.name : cause.code === 'bad-month' ? cause.month : cause.file;
  return needs === undefined ? null : make(cause);
}

/** Fixed lines of the run in both languages. */
export const LINES = {
  wrote: { en: 'Wrote', zh: '已写入' },
  blocked: {
    en: (n: number) => `BLOCKED: ${n} blocking error${n === 1 ? '' : 's'} — nothing payable was computed; fix them and run again.`,
    zh: (n: number) => `已阻止：${n} 个阻断性错误 —— 本次不产生任何可发放的薪酬；请修正后重新运行。`,
  },
  blockedOut: {
    en: 'The report workbook holds only the Issues tab (no Payout, Ranking or Details).',
    zh: '报表工作簿只包含“问题”表（没有薪酬、排名、明细表）。',
  },
  truncated: {
    en: (cell: string, n: number) => `warning: ${cell}: text of ${n} characters cut to the 32,767 a cell holds`,
    zh: (cell: string, n: number) => `警告：${cell}：${n} 个字符的文本被截断为单元格上限 32,767 个字符`,
  },
  usageHint: { en: 'Run with --help for the options.', zh: '用 --help 查看选项。' },
} as const;
