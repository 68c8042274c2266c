// summarize/summaryData: totals in 元, top rows, flags and issue counts, in zh and en.
import { describe, expect, it } from 'vitest';
import { formatYuan, issueLine, summarize, summaryData } from '../../../src/engine/report/summary.js';
import type { EmployeeResult, Issue, Report } from '../../../src/engine/types.js';

const agent = (id: string, name: string, payoutFen: number, finesFen: number, bonusesFen: number, flags: EmployeeResult['flags']): EmployeeResult =>
  ({ id, name, team: 'T1', level: null, score: 90, grade: null, flags, finesFen, bonusesFen, payoutFen, lines: [], stats: {} });

const issue = (severity: Issue['severity'], cell: string | null): Issue => ({
  sheet: 'Attendance', row: 14, column: 'Clock in', value: '25:07', code: 'bad-time', severity, cell,
  message: 'Attendance row 14 (ID A203): Clock in "25:07" is not a time of day',
  messageZh: '考勤 第14行（工号 A203）：上班打卡 “25:07” 不是有效时间',
});

const report: Report = {
  month: '2026-10', policy: 'outbound-center', policyVersion: '1', language: 'en',
  employees: [agent('A1', 'Wang', 123456, 700, 5000, ['warning']), agent('A2', 'Li', 10, 0, 0, [])],
  ranking: [
    { rank: 1, id: 'A1', name: 'Wang', team: 'T1', metric: 'successes', value: 120 },
    { rank: 2, id: 'A2', name: 'Li', team: 'T1', metric: 'successes', value: 80 },
  ],
  teams: [],
  issues: [issue('error', 'Attendance!C14'), issue('warning', null)],
  blocking: true,
};

describe('formatYuan', () => {
  it.each([
    [0, '0.00'], [5, '0.05'], [123456, '1,234.56'], [-700, '-7.00'], [100000000, '1,000,000.00'],
  ])('%i fen → %s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });
});

describe('summaryData', () => {
  it('totals in yuan, flagged agents only, issue counts', () => {
    expect(summaryData(report, 1)).toEqual({
      top: [{ rank: 1, id: 'A1', name: 'Wang', team: 'T1', value: 120, metric: 'successes' }],
      totals: { payout: 1234.66, fines: 7, bonuses: 50 },
      flags: [{ id: 'A1', name: 'Wang', flags: ['warning'] }],
      issues: { errors: 1, warnings: 1 },
    });
  });
});

describe('summarize', () => {
  it('in English: header, totals, top rows, flags, issues with the first error and its cell', () => {
    expect(summarize(report).split('\n')).toEqual([
      '2026-10 · outbound-center v1 · 2 agents',
      'Total payout 1,234.66 yuan; bonuses 50.00; fines 7.00',
      'Top 2 by successes:',
      '    1. A1 Wang (T1)  120  1,234.56',
      '    2. A2 Li (T1)  80  0.10',
      'Flags:',
      '  warning 1: A1 Wang',
      'Issues: 1 errors, 1 warnings',
      '  Attendance row 14 (ID A203): Clock in "25:07" is not a time of day [Attendance!C14]',
    ]);
  });

  it('in Chinese with full-width punctuation and localised flags', () => {
    const lines = summarize(report, 'zh').split('\n');
    expect(lines[1]).toBe('实发合计 1,234.66 元；奖励 50.00 元；罚款 7.00 元');
    expect(lines[2]).toBe('前 2 名（成功量）：');
    expect(lines[6]).toBe('  警告 1: A1 Wang');
    expect(lines[7]).toBe('问题：1 个错误，1 个警告');
  });

  it('an issue without a cell is its message alone', () => {
    expect(issueLine(issue('warning', null), 'zh')).toBe('考勤 第14行（工号 A203）：上班打卡 “25:07” 不是有效时间');
  });
});
