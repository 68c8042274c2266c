import { describe, expect, it } from 'vitest';
import { makeIssue, MESSAGES, severityOf } from '../../src/engine/messages.js';

const AT = { sheet: 'Attendance', row: 14, column: 'clockIn', value: '', cell: 'Attendance!C14' };

describe('makeIssue: the codes the engine raises', () => {
  it.each([
    ['missing-punch', AT, { id: 'A203', date: '2026-10-08' }, 'warning',
      'Attendance row 14 (ID A203): clock-in is missing on 2026-10-08; listed for HR review, not fined',
      'Attendance 第14行（工号 A203）：2026-10-08 缺少上班打卡记录，列出供人事核对，不罚款'],
    ['absence-assumed', { sheet: '考勤', row: null, column: null, value: 'A203 2026-10-09', cell: null }, { id: 'A203', date: '2026-10-09' }, 'warning',
      '考勤 (ID A203): no attendance record on workday 2026-10-09; counted as an absence',
      '考勤（工号 A203）：工作日 2026-10-09 无考勤记录，按旷工计'],
    ['unknown-event-code', { sheet: 'Events', row: 3, column: 'Code', value: 'X-9', cell: 'Events!C3' }, { id: 'A203' }, 'error',
      'Events row 3 (ID A203): code "X-9" is not in the policy\'s event catalogue',
      'Events 第3行（工号 A203）：代码 “X-9” 不在制度的奖惩目录中'],
    ['bad-policy', { sheet: 'Policy', row: 5, column: 'Value', value: '-1', cell: 'Policy!B5' }, { detail: { en: 'pass mark must be 0–100', zh: '及格分须在0到100之间' } }, 'error',
      'Policy row 5: pass mark must be 0–100',
      'Policy 第5行：及格分须在0到100之间'],
  ] as const)('%s', (code, at, vars, severity, en, zh) => {
    expect(makeIssue(code, at, vars)).toEqual({ ...at, code, severity, message: en, messageZh: zh });
  });

  it('shortens long values in the message but keeps them whole in the issue', () => {
    const value = 'x'.repeat(80);
    const issue = makeIssue('bad-time', { sheet: 'S', row: 2, column: 'Clock in', value, cell: 'S!A2' }, { field: { en: 'clock-in', zh: '上班打卡' } });
    expect(issue.value).toBe(value);
    expect(issue.message).toBe(`S row 2: clock-in "${'x'.repeat(59)}…" is not a time of day`);
  });

  it('a template variable left out is a programming fault', () => {
    expect(() => makeIssue('duplicate-day', AT, { id: 'A203' })).toThrowError(expect.objectContaining({ cause: { code: 'message-vars', issue: 'duplicate-day', name: 'date' } }));
  });

  it('every code has both languages and a severity', () => {
    for (const [code, def] of Object.entries(MESSAGES)) {
      expect([code, def.en.length > 0, def.zh.length > 0]).toEqual([code, true, true]);
      expect(['error', 'warning']).toContain(severityOf(code as keyof typeof MESSAGES));
    }
  });
});
