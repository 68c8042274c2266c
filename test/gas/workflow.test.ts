// The add-on's workflow on the outbound-center example, against the fake spreadsheet.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { writeExample } from '../../scripts/gen-examples.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { policySheetLayout } from '../../src/engine/read/policy-sheet/index.js';
import { api } from '../../src/gas/api.js';
import { type Fake, fakeSpreadsheet, type FakeSheet } from '../fakes/index.js';
import { xlsxFakeOptions } from '../fakes/xlsx.js';

let dir: string;
let file: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'callboard-gas-workflow-'));
  file = join(dir, 'outbound-center.xlsx');
  await writeExample('outbound-center', file);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

let fake: Fake;
let restore: () => void;
beforeEach(async () => {
  fake = fakeSpreadsheet(await xlsxFakeOptions(file, { locale: 'zh_CN' }));
  restore = fake.install();
  return () => restore();
});

const sheet = (name: string): FakeSheet | undefined => fake.raw._sheet(name);

describe('approve, lock and unlock', () => {
  it('records the approval in a hidden sheet, protects the month\'s tabs, refuses to regenerate, and shows the diff after a change', () => {
    api.generateReport('2026-10', 'outbound-center');
    const done = api.approveMonth('2026-10', '人事张', 'outbound-center');
    expect([done.by, done.protected]).toEqual(['人事张', ['薪酬 2026-10', '排名 2026-10', '明细 2026-10', '问题 2026-10']]);
    expect(sheet('审批记录')?._hidden).toBe(true);
    const p = sheet('薪酬 2026-10')!._protections!;
    expect([p.length, p[0].warningOnly, p[0].description.startsWith('Callboard approved 2026-10: 人事张')]).toEqual([1, true, true]);
    expect(() => api.generateReport('2026-10', 'outbound-center')).toThrow('该月已审批并锁定');
    expect(api.approvalStatus('2026-10', 'outbound-center').diff?.unchanged).toBe(true);

    fake.spreadsheet.getSheetByName('花名册')!.getRange(3, 7).setValue(4100);
    const status = api.approvalStatus('2026-10', 'outbound-center');
    expect(status.diff?.agents.map((a) => [a.id, a.beforeFen, a.afterFen, a.rows])).toEqual([['002', 413500, 463500, ['花名册!3']]]);

    expect(api.unlockMonth('2026-10').unprotected).toEqual(['薪酬 2026-10', '排名 2026-10', '明细 2026-10', '问题 2026-10']);
    expect(sheet('审批记录')).toBeUndefined();
    expect(api.generateReport('2026-10', 'outbound-center').blocking).toBe(false);
  }, 60_000);
});

describe('statements, appeals and what-if', () => {
  it('writes every agent\'s statement into one tab, one under the other', () => {
    expect(api.writeStatements('2026-10', 'outbound-center')).toEqual({ tab: '工资条 2026-10', agents: 21 });
    const values = sheet('工资条 2026-10')!._values();
    expect(values[0][0]).toBe('工资条 · 2026-10');
    expect(values.filter((r) => r[0] === '工资条 · 2026-10').length).toBe(21);
    expect(api.writeStatements('2026-10', 'outbound-center', '三组').agents).toBe(7);
  }, 60_000);

  it('files an open appeal from a Details line, to be paid next month', () => {
    api.generateReport('2026-10', 'outbound-center');
    expect(api.fileAppeal('2026-10', 2, '=基本工资算错')).toEqual({ sheet: '申诉', row: 2 });
    expect(sheet('申诉')!._values()).toEqual([
      ['工号', '月份', '申诉明细', '原因', '状态', '处理结果', '金额'],
      ['001', '2026-11', 'A-PAY 花名册!G2', '=基本工资算错', '待处理', '', ''],
    ]);
    expect(fake.spreadsheet.getSheetByName('申诉')!.getRange('D2').getFormulas()).toEqual([['']]);
    expect(() => api.fileAppeal('2026-10', 1, 'x')).toThrow('请选择该月明细表中的一行');
  }, 60_000);

  it('compares October under a draft with a 2 元 a minute lateness fine: −97 元, three agents', () => {
    const draft = structuredClone(getPreset('outbound-center'));
    for (const r of draft.rules) if (r.kind === 'attendance') r.finePerMinuteFen = 200;
    const values = policySheetLayout(draft, 'zh').values.map((row) => row.map((v) => v ?? ''));
    const width = Math.max(...values.map((r) => r.length));
    const s = fake.spreadsheet.insertSheet('规则 草案');
    s.getRange(1, 1, values.length, width).setValues(values.map((r) => [...r, ...Array(width - r.length).fill('')]));
    const result = api.comparePolicy('2026-10', '规则 草案', 'outbound-center');
    expect([result.tab, result.totals?.deltaFen, result.totals?.changed]).toEqual(['对比 2026-10', -9700, 3]);
    expect(result.agents.slice(0, 3).map((a) => [a.id, a.deltaFen])).toEqual([['010', -6000], ['012', -3000], ['009', -700]]);
  }, 60_000);
});
