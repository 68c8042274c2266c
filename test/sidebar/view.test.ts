// What the sidebar shows after Check and Generate: sources read, flags grouped by meaning, a blocked run without totals.
import { describe, expect, it } from 'vitest';
import { byTestId, FakeElement, find, text, useFakeDocument } from './fake-document.js';
import type { CheckResult, GenerateResult } from '../../sidebar/client.js';
import { monthHint, renderSources, renderSummary } from '../../sidebar/view.js';

useFakeDocument();

const result = (blocking: boolean): GenerateResult => ({
  tabs: blocking ? ['问题 2026-10'] : ['薪酬 2026-10'],
  blocking,
  issues: null,
  summary: {
    top: [{ rank: 1, id: '001', name: '王芳', team: '一组', value: 1720 }],
    totals: { payout: 73108, fines: 512, bonuses: 1720 },
    flags: [
      { id: '001', name: '王芳', flags: ['excellent'] },
      { id: '011', name: '孙丽', flags: ['dismissal-recommended'] },
      { id: '020', name: '高飞', flags: ['warning'] },
      { id: '021', name: '宋雨', flags: ['dismissal-recommended', 'excellent'] },
    ],
    issues: { errors: blocking ? 1 : 0, warnings: 2 },
  },
});

describe('renderSummary', () => {
  it('groups flagged people: action needed first, then to review, then good news; each person once', () => {
    const el = renderSummary('zh', '2026-10', result(false)) as unknown as FakeElement;
    const groups = find(el, (e) => e.attributes.has('data-meaning'));
    expect(groups.map((g) => g.attributes.get('data-meaning'))).toEqual(['action', 'review', 'good']);
    expect(groups.map((g) => text(g.childNodes[0]))).toEqual(['需处理（2 人）', '待复核（1 人）', '好消息（1 人）']);
    expect(text(groups[0])).toContain('宋雨（021）：建议辞退、优秀员工');
    expect(text(groups[2])).not.toContain('宋雨');
    expect(byTestId(el, 'totals')).toHaveLength(1);
  });

  it('a blocked run shows why and the issues, never totals, ranking or flags', () => {
    const issues: CheckResult = { issues: [], counts: { errors: 1, warnings: 0 }, sources: [] };
    const el = renderSummary('en', '2026-10', result(true), issues) as unknown as FakeElement;
    expect(byTestId(el, 'totals')).toEqual([]);
    expect(byTestId(el, 'top5')).toEqual([]);
    expect(find(el, (e) => e.attributes.has('data-meaning'))).toEqual([]);
    expect(text(el)).toContain('no payroll was made');
    expect(text(byTestId(el, 'issue-counts')[0])).toBe('Errors: 1, warnings: 0');
  });

  it('a blocked run as the server returns it (no summary at all) shows why and its issues', () => {
    const issues: CheckResult = { issues: [], counts: { errors: 2, warnings: 1 }, sources: [] };
    const blocked = { ...result(true), summary: null } as unknown as GenerateResult;
    const el = renderSummary('zh', '2026-10', blocked, issues) as unknown as FakeElement;
    expect([byTestId(el, 'totals'), byTestId(el, 'summary-counts')]).toEqual([[], []]);
    expect(text(byTestId(el, 'issue-counts')[0])).toBe('错误 2 个，警告 1 个');
  });
});

describe('renderSources and monthHint', () => {
  it('each source tab: read as, rows, people, unmatched IDs, dates', () => {
    const el = renderSources('zh', [
      { sheet: '考勤', readAs: 'attendance', label: { zh: '考勤', en: 'Attendance' }, rows: 1302, people: 21, unmatched: 2, from: '2026-09-01', to: '2026-10-31' },
      { sheet: '花名册', readAs: 'roster', label: { zh: '花名册', en: 'Roster' }, rows: 21, people: 21, unmatched: 0, from: null, to: null },
    ]) as unknown as FakeElement;
    expect(find(el, (e) => e.tagName === 'li').map(text)).toEqual([
      '“考勤”读作考勤：1,302 行，匹配 21 人，2 个工号不在花名册上，2026-09-01 至 2026-10-31',
      '“花名册”读作花名册：21 行，匹配 21 人',
    ]);
  });

  it.each([
    ['zh', '2026-11', ['2026-10', '2026-09'], '2026-11 没有数据，不能生成。有数据的月份：2026-10, 2026-09'],
    ['en', '2026-10', ['2026-10'], 'Months with data: 2026-10'],
    ['en', '2026-10', [], 'The spreadsheet has no month with data yet: prepare the Roster, Attendance and Calls sheets first.'],
  ] as const)('%s, month %s with %j: "%s"', (lang, month, months, want) => {
    expect(monthHint(lang, month, months)).toBe(want);
  });
});
