// Faults become bilingual user text in one place.
import { describe, expect, it } from 'vitest';
import { toUserError, userText } from '../../src/gas/errors.js';

const coded = (code: string) => new Error('internal detail', { cause: { code } });

describe('userText', () => {
  it.each([
    ['busy', coded('busy'), '正在生成报表，请稍候再试。\nA report is already being generated. Please try again in a moment.'],
    ['a bad month', coded('bad-month'), '月份格式应为 YYYY-MM，例如 2026-10。\nThe month must be written YYYY-MM, for example 2026-10.'],
    ['an unknown code keeps the detail', coded('nope'), '发生意外错误：internal detail\nUnexpected error: internal detail'],
    ['a BigQuery query that failed names why', coded('bigquery-failed'), 'BigQuery 查询失败：internal detail\nThe BigQuery query failed: internal detail'],
    ['a thrown string', 'boom', '发生意外错误：boom\nUnexpected error: boom'],
  ])('%s', (_case, err, text) => {
    expect(userText(err)).toBe(text);
  });

  it('keeps the cause code on the user-facing error', () => {
    expect(toUserError(coded('busy')).cause).toEqual({ code: 'busy' });
    expect(toUserError(new Error('x')).cause).toEqual({ code: 'unexpected' });
  });
});
