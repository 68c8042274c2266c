// What the panels under Generate show: approval and its diff, what-if, old month tabs, the BigQuery table test.
import { describe, expect, it } from 'vitest';
import { byTestId, FakeElement, find, text, useFakeDocument } from './fake-document.js';
import {
  formatBytes, renderAppeal, renderApprovalStatus, renderApproved, renderCallTable, renderCallTableTest, renderCompare,
  renderMonthTabs, renderRemoved, renderStatements, renderUnlocked, type CompareResult,
} from '../../sidebar/panels.js';

useFakeDocument();
const tags = (n: FakeElement, tag: string) => find(n, (e) => e.tagName === tag);
const el = (node: unknown) => node as FakeElement;

const XSS = '<img src=x onerror=alert(1)>';

describe('approval', () => {
  it('a month not approved says so', () => {
    expect(text(el(renderApprovalStatus('en', { month: '2026-10', approved: null, diff: null })))).toBe('2026-10 is not approved.');
  });

  it('an approved month: who and when, then the diff lines as they came; an XSS-looking approver stays text', () => {
    const node = el(renderApprovalStatus('zh', {
      month: '2026-10',
      approved: { by: XSS, at: '2026-11-02 09:00', policy: 'outbound-center', version: '1' },
      diff: { unchanged: false, totalDeltaFen: 48000, agents: [], unattributed: [],
        text: ['审批后有 2 行输入变动；2 人实发变化，合计 +480 元', '  002 李娜: 4135.00 → 4635.00 (+500)'] },
    }));
    expect(text(tags(node, 'p')[0])).toBe(`2026-10 已于 2026-11-02 09:00 由 ${XSS} 审批（outbound-center，第 1 版）。`);
    expect(tags(node, 'img')).toEqual([]);
    expect(text(byTestId(node, 'approval-diff')[0])).toBe('审批后有 2 行输入变动；2 人实发变化，合计 +480 元\n  002 李娜: 4135.00 → 4635.00 (+500)');
  });

  it('unchanged since approval', () => {
    const node = el(renderApprovalStatus('en', {
      month: '2026-10', approved: { by: 'HR Zhang', at: '2026-11-02 09:00', policy: 'service-kpi', version: '2' },
      diff: { unchanged: true, totalDeltaFen: 0, agents: [], unattributed: [], text: [] },
    }));
    expect(text(node)).toBe('2026-10 was approved by HR Zhang at 2026-11-02 09:00 (service-kpi, version 2).No input changed since approval.');
    expect(byTestId(node, 'approval-diff')).toEqual([]);
  });

  it.each([
    ['approve', () => renderApproved('en', { month: '2026-10', by: XSS, at: '2026-11-02 09:00', protected: ['Payout 2026-10', 'Details 2026-10'] }),
      `2026-10 approved by ${XSS} at 2026-11-02 09:00; protected: Payout 2026-10, Details 2026-10`],
    ['unlock', () => renderUnlocked('zh', { month: '2026-10', unprotected: [] }), '2026-10 已解除锁定；取消保护：—'],
    ['statements', () => renderStatements('zh', { tab: '工资条 2026-10', agents: 21 }), '已写入“工资条 2026-10”：21 人。'],
    ['appeal', () => renderAppeal('en', { sheet: 'Appeals', row: 7 }), 'Filed in "Appeals" row 7.'],
  ] as const)('%s result reads "%s"', (_name, draw, want) => {
    expect(text(el(draw()))).toBe(want);
  });
});

const side = (payoutFen: number) => ({ payoutFen, finesFen: 0, bonusesFen: 0, score: 0, flags: [] });
const compare: CompareResult = {
  tab: 'Compare 2026-10',
  issues: [],
  totals: { before: { payoutFen: 7310800, finesFen: 51200, bonusesFen: 172000 },
    after: { payoutFen: 7358800, finesFen: 3200, bonusesFen: 172000 }, deltaFen: 48000, changed: 2 },
  agents: [
    { id: '002', name: XSS, team: '一组', before: side(413500), after: side(463500), deltaFen: 50000, lines: [] },
    { id: '005', name: '陈静', team: null, before: side(344000), after: side(342000), deltaFen: -2000, lines: [] },
    { id: '030', name: '新人', team: null, before: null, after: side(100000), deltaFen: 100000, lines: [] },
  ],
};

describe('renderCompare', () => {
  it('totals before → after with the change, then one row per agent in the order sent (largest change first)', () => {
    const node = el(renderCompare('en', compare));
    expect(text(byTestId(node, 'compare-totals')[0])).toBe('Payout 73,108.00 yuan → 73,588.00 yuan (+480.00), 2 agents changed');
    expect(tags(node, 'th').map(text)).toEqual(['Agent', 'Now', 'Draft', 'Change']);
    expect(tags(node, 'tr').slice(1).map((tr) => tags(tr, 'td').map(text))).toEqual([
      [`${XSS} (002)`, '4,135.00', '4,635.00', '+500.00'],
      ['陈静 (005)', '3,440.00', '3,420.00', '-20.00'],
      ['新人 (030)', '—', '1,000.00', '+1,000.00'],
    ]);
    expect(tags(node, 'img')).toEqual([]);
  });

  it('a draft with errors: no totals or table, its issues in the language chosen', () => {
    const node = el(renderCompare('zh', { tab: null, totals: null, agents: [],
      issues: [{ message: 'Unknown rule key "fine"', messageZh: '未知的规则键“fine”', cell: '草稿!B4' }] }));
    expect(text(node)).toBe('草稿规则有错误，未写入对比标签页：未知的规则键“fine” (草稿!B4)');
    expect(byTestId(node, 'compare-agents')).toEqual([]);
  });
});

describe('renderMonthTabs and renderRemoved', () => {
  const list = {
    months: [
      { month: '2026-10', cells: 120000, tabs: [{ name: 'Payout 2026-10', role: 'payout' as const, cells: 20000 }, { name: 'Details 2026-10', role: 'details' as const, cells: 100000 }] },
      { month: '2026-09', cells: 90000, tabs: [{ name: '明细 2026-09', role: 'details' as const, cells: 90000 }] },
    ],
    cells: 8_500_000, limit: 10_000_000,
  };

  it('the cells against the limit (a warning past 80%), a checkbox per month, its tabs and cells', () => {
    const node = el(renderMonthTabs('en', list, new Set(['2026-09'])));
    const total = byTestId(node, 'cells-total')[0];
    expect(text(total)).toBe('Spreadsheet: 8,500,000 cells of the 10,000,000 limit (85%)');
    expect(total.attributes.get('data-severity')).toBe('warning');
    const boxes = tags(node, 'input');
    expect(boxes.map((b) => [b.attributes.get('type'), b.attributes.get('data-month'), b.attributes.has('checked')]))
      .toEqual([['checkbox', '2026-10', false], ['checkbox', '2026-09', true]]);
    expect(tags(node, 'li').map(text)).toEqual([
      ' 2026-10: 120,000 cellsPayout 2026-10 (20,000), Details 2026-10 (100,000)',
      ' 2026-09: 90,000 cells明细 2026-09 (90,000)',
    ]);
  });

  it('no month tabs', () => {
    const node = el(renderMonthTabs('zh', { months: [], cells: 1234, limit: 10_000_000 }, new Set()));
    expect(text(node)).toBe('整个表格 1,234 个单元格，上限 10,000,000（0%）没有已生成的月份标签页。');
    expect(byTestId(node, 'cells-total')[0].attributes.has('data-severity')).toBe(false);
  });

  it('removed tabs and the archive link; a javascript: archive URL gets no href', () => {
    const node = el(renderRemoved('en', { removed: ['Payout 2026-09', 'Details 2026-09'],
      archive: { name: XSS, url: 'https://docs.google.com/spreadsheets/d/abc' } }));
    expect(text(node)).toBe(`Removed: Payout 2026-09, Details 2026-09Archive: ${XSS}`);
    expect(tags(node, 'a')[0].attributes.get('href')).toBe('https://docs.google.com/spreadsheets/d/abc');
    const bad = el(renderRemoved('en', { removed: [], archive: { name: 'x', url: 'javascript:alert(1)' } }));
    expect(tags(bad, 'a')[0].attributes.has('href')).toBe(false);
  });
});

describe('call records in BigQuery', () => {
  it.each([
    ['en', null, 'Not set: calls are read from the Calls sheet.'],
    ['zh', 'acme.calls.records', '当前读取：acme.calls.records'],
  ] as const)('%s, table %j: "%s"', (lang, table, want) => {
    expect(text(el(renderCallTable(lang, { table })))).toBe(want);
  });

  it('a table with every required column: the columns read as what and the bytes scanned', () => {
    const node = el(renderCallTableTest('en', { table: 'acme.calls.records', columns: { id: 'agent_id', date: 'call_date', dials: XSS }, missing: [], bytes: 5_347_737 }));
    expect(tags(node, 'li').map(text)).toEqual(['"agent_id" read as id', '"call_date" read as date', `"${XSS}" read as dials`]);
    expect(text(byTestId(node, 'bq-bytes')[0])).toBe('A report would scan 5.1 MB.');
    expect(tags(node, 'img')).toEqual([]);
  });

  it('missing columns are named and no bytes are claimed', () => {
    const node = el(renderCallTableTest('zh', { table: 'a.b.c', columns: { date: 'day' }, missing: ['id'], bytes: 0 }));
    expect(text(byTestId(node, 'bq-missing')[0])).toBe('缺少必需的列：id');
    expect(byTestId(node, 'bq-bytes')).toEqual([]);
  });

  it.each([[0, '0 B'], [1023, '1023 B'], [1536, '1.5 KB'], [10 * 1024 ** 3, '10 GB']])('formatBytes(%d) is %s', (n, want) => {
    expect(formatBytes(n)).toBe(want);
  });
});
