// End to end on the outbound-center example workbook: statements, approve and the diff, an accepted appeal, a what-if.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExample } from '../../scripts/gen-examples.js';
import { parseCliArgs } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/run.js';
import { getPreset } from '../../src/engine/presets/index.js';
import { policySheetLayout } from '../../src/engine/read/policy-sheet/index.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-workflow-'));
const book = join(dir, 'outbound-center.xlsx');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const r = await runCli(parseCliArgs(argv), { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { exit: r.exit, out, err };
}

async function edit(from: string, to: string, change: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  change(wb);
  await wb.xlsx.writeFile(to);
}

const json = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

beforeAll(async () => {
  await writeExample('outbound-center', book);
}, 60_000);

describe('statements and the month-over-month change', () => {
  it('writes one A4 statement per agent of team 一组, with the change from September, and a Payout of that team', async () => {
    const st = join(dir, 'statements');
    const r = await run(book, '--month', '2026-10', '--statements', st, '--team', '一组', '--out', join(dir, 'team.xlsx'), '--json', join(dir, 'team.json'));
    expect(r.exit).toBe(0);
    expect(readdirSync(st).sort()).toEqual(['2026-10 001 王芳.xlsx', '2026-10 002 李娜.xlsx', '2026-10 003 张伟.xlsx',
      '2026-10 004 刘洋.xlsx', '2026-10 005 陈静.xlsx', '2026-10 006 杨磊.xlsx', '2026-10 007 赵敏.xlsx']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(st, '2026-10 001 王芳.xlsx'));
    const ws = wb.worksheets[0];
    expect([wb.worksheets.length, ws.name, ws.pageSetup.paperSize, ws.pageSetup.orientation, ws.pageSetup.fitToPage,
      ws.pageSetup.fitToHeight]).toEqual([1, '工资条', 9, 'portrait', true, 1]);
    const cells: unknown[] = [];
    ws.eachRow((row) => cells.push(...(row.values as unknown[]).filter((v) => v !== undefined && v !== null)));
    expect(cells).toContain('工资条 · 2026-10');
    expect(cells).toContain(4740);
    expect(cells.some((c) => typeof c === 'string' && c.startsWith('002'))).toBe(false);
    const team = json(join(dir, 'team.json'));
    expect(team.employees.map((e: { id: string }) => e.id)).toEqual(['001', '002', '003', '004', '005', '006', '007']);
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, 'team.xlsx'));
    const payout = out.getWorksheet('薪酬 2026-10')!;
    expect(payout.getRow(1).values).toContain('较上月');
    expect(payout.rowCount).toBe(14); // header, 7 agents of 一组, totals, a blank row, the 4-line legend
  }, 120_000);
});

describe('approve, lock and the diff', () => {
  const approved = join(dir, 'approved.xlsx');
  const changed = join(dir, 'changed.xlsx');

  it('records the approval in a hidden sheet, and refuses to regenerate the month (exit 2) when nothing changed', async () => {
    expect((await run(book, '--month', '2026-10', '--approve', '--by', '人事张', '--out', approved)).exit).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(approved);
    const sheet = wb.getWorksheet('审批记录')!;
    expect([sheet.state, sheet.getCell('A2').value, sheet.getCell('B2').value, sheet.getCell('G2').value, sheet.getCell('H2').value])
      .toEqual(['hidden', '2026-10', '人事张', 21, 73108]);
    const again = await run(approved, '--month', '2026-10', '--out', join(dir, 'again.xlsx'));
    expect(again.exit).toBe(2);
    // After the lines about what was read: the approval, then what changed since.
    expect(again.out.slice(again.out.findIndex((l) => l.includes('审批（')) + 1)).toEqual(['审批后输入数据未变。']);
  }, 120_000);

  it('after a base salary and a clock-in change, shows who is paid differently, by how much, from which rows and rules', async () => {
    await edit(approved, changed, (wb) => {
      wb.getWorksheet('花名册')!.getRow(3).getCell(7).value = 4100; // 002 李娜: base 3600 → 4100
      wb.getWorksheet('考勤')!.getRow(485).getCell(3).value = new Date(Date.UTC(1899, 11, 30, 9, 20)); // 005 on 10-10: 08:31 → 09:20
    });
    const r = await run(changed, '--month', '2026-10', '--out', join(dir, 'refused.xlsx'));
    expect(r.exit).toBe(2);
    expect(r.out.slice(r.out.findIndex((l) => l.includes('审批（')) + 1)).toEqual([
      '审批后有 2 行输入变动；2 人实发变化，合计 +480 元',
      '  002 李娜: 4135.00 → 4635.00 (+500)；规则 A-PAY +500；输入行 花名册!3',
      '  005 陈静: 3440.00 → 3420.00 (−20)；规则 A-ATT-1 −20；输入行 考勤!485',
    ]);
    const unlocked = await run(changed, '--month', '2026-10', '--unlock', '--out', join(dir, 'unlocked.xlsx'));
    expect(unlocked.exit).toBe(0);
    expect(unlocked.out).toContain('已解除 2026-10 的审批');
  }, 120_000);
});

describe('appeals and what-if', () => {
  const withBoth = join(dir, 'appeal-draft.xlsx');

  beforeAll(async () => {
    const draft = structuredClone(getPreset('outbound-center'));
    for (const r of draft.rules) if (r.kind === 'attendance') r.finePerMinuteFen = 200;
    await edit(book, withBoth, (wb) => {
      const appeals = wb.addWorksheet('申诉');
      appeals.addRow(['工号', '月份', '申诉明细', '原因', '状态', '处理结果', '金额']);
      appeals.addRow(['001', '2026-10', 'A-BON-2', '漏算一单', '通过', '补发', 7]);
      appeals.addRow(['002', '2026-10', 'A-ATT-1', '打卡机故障', '待处理', null, null]);
      const sheet = wb.addWorksheet('规则 草案');
      for (const row of policySheetLayout(draft, 'zh').values) sheet.addRow(row);
    });
  }, 60_000);

  it('pays an accepted appeal as an ADJ line on the agent\'s statement, lists the open one, and compares a 2 元 a minute fine', async () => {
    const st = join(dir, 'appeal-statements');
    const r = await run(withBoth, '--month', '2026-10', '--json', join(dir, 'both.json'), '--out', join(dir, 'both.xlsx'),
      '--compare-policy', '规则 草案', '--statements', st);
    expect(r.exit).toBe(0);
    const report = json(join(dir, 'both.json'));
    const wang = report.employees.find((e: { id: string }) => e.id === '001');
    expect([wang.payout, wang.lines.at(-1)]).toEqual([4747, { rule: 'ADJ', date: null, amount: 7, points: 0, source: '申诉!G2',
      kind: 'adjustment', reason: '申诉 appeal A-BON-2: 补发', reasonZh: '申诉 appeal A-BON-2: 补发' }]);
    expect(report.issues.filter((i: { code: string }) => i.code === 'open-appeal').map((i: { cell: string }) => i.cell)).toEqual(['申诉!E3']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(st, '2026-10 001 王芳.xlsx'));
    const texts: unknown[] = [];
    wb.worksheets[0].eachRow((row) => texts.push(...(row.values as unknown[])));
    expect(texts).toContain('申诉 appeal A-BON-2: 补发');
    // Late minutes in October: 010 60 min, 012 15 + 10 + 5 min, 009 7 min — each fine doubles: −60, −30, −7 元.
    const c = report.compare;
    expect(c.employees.slice(0, 4).map((e: { id: string; change: number }) => [e.id, e.change])).toEqual([['010', -60], ['012', -30], ['009', -7], ['001', 0]]);
    expect(c.totals).toEqual({ before: { payout: 73115, fines: 512, bonuses: 1720 }, after: { payout: 73018, fines: 609, bonuses: 1720 }, change: -97, changed: 3 });
    const out = new ExcelJS.Workbook();
    await out.xlsx.readFile(join(dir, 'both.xlsx'));
    expect(out.getWorksheet('对比 2026-10')!.getRow(2).values).toContain('010');
  }, 120_000);
});
