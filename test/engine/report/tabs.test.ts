// renderTabs: tab names per language, Payout totals and legend, one Details row per Line, Issues errors first;
// the formats, widths, row styles, filters and print set-up both writers render.
import { describe, expect, it } from 'vitest';
import { allTabNames, FORMATS, payoutParts, renderTabs, tabName, textWidth, yuan } from '../../../src/engine/report/tabs.js';
import type { EmployeeResult, Issue, Line, Report } from '../../../src/engine/types.js';

const line = (rule: string, kind: Line['kind'], amountFen: number, points: number, source: string, en: string): Line =>
  ({ rule, date: '2026-10-08', kind, amountFen, points, source, reason: { zh: `中${en}`, en } });

const pay = (component: NonNullable<Line['component']>, l: Line): Line => ({ ...l, component });

const agent = (id: string, name: string, lines: Line[], flags: EmployeeResult['flags'] = []): EmployeeResult => {
  const sum = (k: Line['kind']) => lines.filter((l) => l.kind === k).reduce((s, l) => s + l.amountFen, 0);
  return {
    id, name, team: '一组', level: 'junior', score: 100 + lines.reduce((s, l) => s + l.points, 0), grade: null, flags,
    finesFen: -sum('fine'), bonusesFen: sum('bonus'), payoutFen: lines.reduce((s, l) => s + l.amountFen, 0), lines, stats: {},
  };
};

const issue = (severity: Issue['severity'], row: number): Issue => ({
  sheet: 'Attendance', row, column: 'Clock in', value: '25:00', code: 'bad-time',
  message: 'not a time of day', messageZh: '不是有效时间', severity, cell: `Attendance!C${row}`,
});

function report(issues: Issue[] = []): Report {
  return {
    month: '2026-10', policy: 'outbound-center', policyVersion: '1', language: 'en',
    employees: [
      agent('007', 'Wang Fang', [
        pay('salary', line('PAY-BASE', 'base', 300000, 0, 'Roster!G2', 'base salary')),
        pay('seniority', line('PAY-SENIORITY', 'base', 20010, 0, 'Roster!I2', 'seniority pay')),
        line('A-ATT-1', 'fine', -700, 0, 'Attendance!C5', 'late 7 minutes'),
        line('A-BON-1', 'bonus', 5000, 0, 'Calls!E2:E40', 'first to 50'),
      ], ['warning']),
      agent('=HYPERLINK("http://x","y")', 'Li Lei', [
        pay('salary', line('PAY-BASE', 'base', 250010, 0, 'Roster!G3', 'base salary')),
        line('A-ATT-5', 'fine', -10000, -15, "'My sheet'!C9", 'absent'),
        line('A-TGT-2', 'points', 0, -2, 'Calls!E9', 'daily target missed'),
      ]),
    ],
    ranking: [
      { rank: 1, id: '007', name: 'Wang Fang', team: '一组', metric: 'successes', value: 120 },
      { rank: 2, id: '=HYPERLINK("http://x","y")', name: 'Li Lei', team: '一组', metric: 'successes', value: 80 },
    ],
    teams: [{ team: '一组', headcount: 2, successes: 200, perHead: 100, rank: 1, prize: false, reason: { zh: '有违规', en: 'a violation' } }],
    issues,
    blocking: issues.some((i) => i.severity === 'error'),
  };
}

describe('tab names', () => {
  it.each([
    ['payout', 'en', 'Payout 2026-10'], ['payout', 'zh', '薪酬 2026-10'],
    ['ranking', 'en', 'Ranking 2026-10'], ['ranking', 'zh', '排名 2026-10'],
    ['details', 'en', 'Details 2026-10'], ['details', 'zh', '明细 2026-10'],
    ['issues', 'en', 'Issues 2026-10'], ['issues', 'zh', '问题 2026-10'],
  ] as const)('%s in %s is "%s"', (role, lang, name) => {
    expect(tabName(role, '2026-10', lang)).toBe(name);
  });

  it('a report without issues has no Issues tab', () => {
    expect(renderTabs(report()).map((t) => t.name)).toEqual(['Payout 2026-10', 'Ranking 2026-10', 'Details 2026-10']);
  });

  it('a report with issues adds the Issues tab; zh names when asked', () => {
    expect(renderTabs(report([issue('warning', 4)]), 'zh').map((t) => t.name)).toEqual(['薪酬 2026-10', '排名 2026-10', '明细 2026-10', '问题 2026-10']);
  });

  it('allTabNames lists both languages for replacement', () => {
    expect(allTabNames('2026-10')).toContain('明细 2026-10');
    expect(allTabNames('2026-10')).toHaveLength(8);
  });
});

describe('Payout tab', () => {
  const payout = renderTabs(report())[0];

  it('header is row 1, money headers carry 元, no Grade column when nobody has a grade', () => {
    expect(payout.header).toEqual(['ID', 'Name', 'Team', 'Level', 'Score', 'Flags',
      'Base (元)', 'Seniority (元)', 'Bonuses (元)', 'Fines (元)', 'Adjustment (元)', 'Payout (元)']);
    expect(payout.rows[0]).toEqual(['007', 'Wang Fang', '一组', 'junior', 100, 'warning', 3000, 200.1, 50, 7, 0, 3243.1]);
    expect(payout.rows[1]).toEqual(['=HYPERLINK("http://x","y")', 'Li Lei', '一组', 'junior', 83, '', 2500.1, 0, 0, 100, 0, 2400.1]);
  });

  it('the totals row adds up every money column, hand-worked', () => {
    expect(payout.rows[2]).toEqual(['Total', null, null, null, null, null, 5500.1, 200.1, 50, 107, 0, 5643.2]);
  });

  it('rows are coloured by what their flags mean; the totals row apart; a legend after a blank row', () => {
    expect(payout.rowStyles).toEqual(['review', null, 'total', null, 'action', 'review', 'good', 'total']);
    expect(payout.rows[3].every((v) => v === null)).toBe(true);
    expect(payout.rows.slice(4).map((r) => r[0])).toEqual([
      'Legend: Red = action needed (demotion or dismissal, dismissal recommended, probation failed, eliminate)',
      'Legend: Yellow = to review (warning, demote, reassign)',
      'Legend: Green = good news (excellent, promote, confirm)',
      'Legend: Blue = the totals row',
    ]);
    expect(payout.highlightRows).toEqual([0, 2, 4, 5, 6, 7]);
  });

  it('an excellent agent is green, and dismissal wins over excellent on one row', () => {
    const r = report();
    r.employees[0] = { ...r.employees[0], flags: ['excellent'] };
    r.employees[1] = { ...r.employees[1], flags: ['dismissal-recommended', 'excellent'] };
    expect(renderTabs(r)[0].rowStyles?.slice(0, 2)).toEqual(['good', 'action']);
  });

  it('score keeps its decimals, money two decimals; numbers end with a gap before the next column', () => {
    expect(payout.columns.map((c) => c.format)).toEqual(['@', '@', '@', '@', '0.0#"  "', '@',
      '#,##0.00"  "', '#,##0.00"  "', '#,##0.00"  "', '#,##0.00"  "', '#,##0.00"  "', '#,##0.00"  "']);
    expect(payout.columns.map((c) => c.kind)).toEqual(['text', 'text', 'text', 'text', 'number', 'flags',
      'money', 'money', 'money', 'money', 'money', 'money']);
  });

  it('columns are sized to their widest value + 2 (CJK counts 2, min 6, max 40)', () => {
    // ID: '=HYPERLINK("http://x","y")' is 26; Name 'Wang Fang' 9; Team '一组' 4 → min 6; Score '100.00  ' 8;
    // Base '5,500.10  ' 10; the other money columns by their header: 'Seniority (元)' 14, 'Bonuses (元)' 12,
    // 'Fines (元)' 10, 'Adjustment (元)' 15, 'Payout (元)' 11.
    expect(payout.columns.map((c) => c.width)).toEqual([28, 11, 6, 8, 10, 9, 12, 16, 14, 12, 17, 13]);
    const zh = renderTabs(report(), 'zh')[0];
    expect(zh.header.at(-1)).toBe('实发（元）');
    expect(zh.columns.at(-1)?.width).toBe(12);
  });

  it('CJK and full-width characters count two', () => {
    expect([textWidth('Wang'), textWidth('王芳'), textWidth('（元）'), textWidth('A王')]).toEqual([4, 4, 6, 3]);
  });

  it('a filter, two frozen columns and a landscape page one wide with the header repeated', () => {
    expect(payout.filter).toBe(true);
    expect(payout.frozenColumns).toBe(2);
    expect(payout.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });
  });

  it('zh labels for flags, level, the totals row and the legend', () => {
    const zh = renderTabs(report(), 'zh')[0];
    expect(zh.rows[0].slice(3, 6)).toEqual(['初级', 100, '警告']);
    expect(zh.rows[2][0]).toBe('合计');
    expect(zh.rows[4][0]).toBe('图例　红色：需处理（降级或辞退、建议辞退、试用期不合格、淘汰）');
  });

  it('grade (C-GRD-1) and assessed level (C-LVL-1) add their columns only when some agent has one', () => {
    const r = report();
    r.employees[0] = { ...r.employees[0], grade: 'B', assessedLevel: 'senior' };
    const zh = renderTabs(r, 'zh')[0];
    expect(zh.header.slice(4, 8)).toEqual(['分数', '等级', '评定职级', '标记']);
    expect(zh.rows[0].slice(4, 8)).toEqual([100, 'B', '高级', '警告']);
    expect(zh.rows[1].slice(5, 7)).toEqual([null, null]);
    expect(zh.rows[2]).toHaveLength(zh.header.length);
    expect(renderTabs(report())[0].header).not.toContain('Assessed level');
  });

  it('a payout floored at zero shows the gap as adjustment', () => {
    const e = agent('A9', 'X', [line('PAY-BASE', 'base', 1000, 0, 'Roster!G9', 'base'), line('A-ATT-5', 'fine', -10000, -15, 'Attendance!C2', 'absent')]);
    expect(payoutParts({ ...e, payoutFen: 0 })).toEqual({ base: 1000, performance: 0, seniority: 0, bonuses: 0, fines: 10000, adjustment: 9000, payout: 0 });
  });

  it('performance pay (B-PAY-2) gets its own column, and the totals row still adds up', () => {
    const r = report();
    const perfLine = pay('performance', line('B-PAY-2', 'base', 70000, 0, 'Roster!J2', 'performance base'));
    r.employees[0] = { ...r.employees[0], lines: [...r.employees[0].lines, perfLine], payoutFen: r.employees[0].payoutFen + 70000 };
    const tab = renderTabs(r)[0];
    expect(tab.header.slice(6)).toEqual(['Base (元)', 'Performance (元)', 'Seniority (元)', 'Bonuses (元)', 'Fines (元)', 'Adjustment (元)', 'Payout (元)']);
    expect(tab.rows[0].slice(6)).toEqual([3000, 700, 200.1, 50, 7, 0, 3943.1]);
    expect(tab.rows[2].slice(6)).toEqual([5500.1, 700, 200.1, 50, 107, 0, 6343.2]);
  });
});

describe('Details tab', () => {
  const details = renderTabs(report())[2];

  it('one row per Line in employee order, with a link to its source', () => {
    expect(details.rows).toHaveLength(7);
    expect(details.rows[2]).toEqual(['007', 'Wang Fang', 'A-ATT-1', '2026-10-08', 'fine', -7, 0, 'Attendance!C5', 'late 7 minutes']);
    expect(details.links?.[5]).toBe("'My sheet'!C9");
    expect(details.linkColumn).toBe(7);
  });

  it('amounts per employee add up to the Payout column', () => {
    const sum = (id: string) => details.rows.filter((r) => r[0] === id).reduce((s, r) => s + Math.round((r[5] as number) * 100), 0);
    expect(yuan(sum('007'))).toBe(3243.1);
    expect(yuan(sum('=HYPERLINK("http://x","y")'))).toBe(2400.1);
  });

  it('a filter to answer an appeal by ID, money and points formats, a source column wide enough for its cell', () => {
    expect(details.filter).toBe(true);
    expect(details.frozenColumns).toBe(2);
    expect(details.header).toEqual(['ID', 'Name', 'Rule', 'Date', 'Kind', 'Amount (元)', 'Points', 'Source cell', 'Reason']);
    expect(details.columns.map((c) => c.format)).toEqual(['@', '@', '@', '@', '@', FORMATS.money, FORMATS.int, '@', '@']);
    // "'My sheet'!C9" is 13 → 15; 'Source cell' 11.
    expect(details.columns[7].width).toBe(15);
  });

  it('carries the policy and version in the note, in the tab language with the zone', () => {
    const options = { generatedAt: 'generated 2026-11-01 09:00 UTC' };
    expect(renderTabs(report(), 'en', options)[2].note).toBe('outbound-center version 1 · 2026-10 · generated 2026-11-01 09:00 (UTC)');
    expect(renderTabs(report(), 'zh', options)[2].note).toBe('outbound-center 第 1 版 · 2026-10 · 生成于 2026-11-01 09:00（UTC）');
    expect(renderTabs(report(), 'zh', { generated: { at: '2026-11-01 17:00', zone: 'Asia/Shanghai' } })[0].note)
      .toBe('outbound-center 第 1 版 · 2026-10 · 生成于 2026-11-01 17:00（Asia/Shanghai）');
  });
});

describe('Ranking and Issues tabs', () => {
  it('ranking rows with the team table beside it, the reason for a team that did not win', () => {
    const ranking = renderTabs(report())[1];
    expect(ranking.rows).toEqual([
      [1, '007', 'Wang Fang', '一组', 'successes', 120, null, '一组', 2, 200, 100, 1, 'no', 'a violation'],
      [2, '=HYPERLINK("http://x","y")', 'Li Lei', '一组', 'successes', 80, null, null, null, null, null, null, null, null],
    ]);
    expect(ranking.header.slice(7, 11)).toEqual(['Team', 'Headcount', 'successes total', 'successes per head']);
    expect(ranking.columns.map((c) => c.format)).toEqual(['0"  "', '@', '@', '@', '@', '#,##0"  "', '@', '@', '0"  "',
      '#,##0"  "', '#,##0.00"  "', '0"  "', '@', '@']);
    expect(ranking.columns[6].width).toBe(3);
    expect(ranking.print).toEqual({ landscape: true, fitToWidth: true, repeatHeader: true });
  });

  it('a policy without a team prize has no team table beside the ranking', () => {
    const r = report();
    r.teams = [];
    const ranking = renderTabs(r, 'zh')[1];
    expect(ranking.header).toEqual(['名次', '工号', '姓名', '组别', '指标', '数值']);
    expect(ranking.rows[0]).toEqual([1, '007', 'Wang Fang', '一组', '成功量', 120]);
    expect(ranking.columns).toHaveLength(6);
  });

  it('the ranking metric and the team metric are named in the tab language; scores keep decimals', () => {
    const r = report();
    r.ranking = r.ranking.map((row) => ({ ...row, metric: 'contacts' }));
    expect(renderTabs(r, 'zh')[1].rows[0][4]).toBe('新增联系人');
    r.ranking = r.ranking.map((row) => ({ ...row, metric: 'score', value: 59.5 }));
    r.teams = [{ ...r.teams[0], metric: { zh: '分数', en: 'score' } }];
    const zh = renderTabs(r, 'zh')[1];
    expect(zh.header.slice(9, 11)).toEqual(['分数合计', '人均分数']);
    expect(zh.columns[5].format).toBe(FORMATS.score);
  });

  it('issues are localised, errors first and coloured, the message column wide', () => {
    const issues = renderTabs(report([issue('warning', 4), issue('error', 5)]), 'zh')[3];
    expect(issues.rows.map((r) => r[0])).toEqual(['错误', '警告']);
    expect(issues.rows[0]).toEqual(['错误', 'Attendance', 5, 'Clock in', '25:00', '不是有效时间', 'bad-time', 'Attendance!C5']);
    expect(issues.rowStyles).toEqual(['error', 'warning']);
    expect(issues.links).toEqual(['Attendance!C5', 'Attendance!C4']);
    expect(issues.filter).toBe(true);
  });

  it('a long message gets a column up to 90 characters wide', () => {
    const long = { ...issue('error', 5), message: 'x'.repeat(120) };
    expect(renderTabs(report([long]))[3].columns[5].width).toBe(90);
  });
});
