// Dialer exports (Clink, VICIdial, 7moor) as a tab of the workbook and as a file through --calls give byte-identical --json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { runCli } from '../../src/cli/run.js';
import type { JsonReport } from '../../src/engine/report/json.js';
import { policyToSheet } from '../../src/engine/read/policy-sheet/layout.js';
import { getPreset } from '../../src/engine/presets/index.js';
import type { CellValue } from '../../src/engine/types.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Cell = string | number;
interface Agent { key: Cell; name: string }
interface Layout {
  /** tab and file base name */
  name: string;
  ext: '.csv' | '.txt';
  header: string[];
  /** one call: agent, start text, status, talk text, outbound? */
  row: (a: Agent, at: string, status: string, talk: string, i: number, outbound: boolean) => Cell[];
  statuses: string[];
  talk: (secs: number) => string;
  /** the agents' keys as this export writes them (A002's 007 lost its zeros) */
  keys: [Cell, Cell, Cell];
}

const hms = (s: number) => [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');

const LAYOUTS: Layout[] = [
  {
    name: 'clink_ob', ext: '.csv', header: ['通话ID', '客户号码', '座席号', '座席名称', '呼叫类型', '开始时间', '通话时长', '接听状态'],
    row: (a, at, st, talk, i) => [`c${i}`, `1380000${i}`, a.key, a.name, '外呼', at, talk, st],
    statuses: ['双方接听', '座席接听，客户未接听(超时)', '双方接听', '座席未接听'], talk: hms, keys: [2001, 7, 2003],
  },
  {
    name: 'EXPORT_CALL_REPORT', ext: '.txt', header: ['call_date', 'phone_number_dialed', 'status', 'user', 'full_name', 'campaign_id', 'length_in_sec', 'status_name'],
    row: (a, at, st, talk, i) => [at, `1380000${i}`, st, a.key, a.name, 'OCT', talk, st],
    statuses: ['SALE', 'NA', 'NI', 'B', 'SALE', 'NEW', 'CALLBK', 'DC'], talk: String, keys: ['wangf', 7, 'zhaom'],
  },
  {
    name: 'moor_cdr', ext: '.csv', header: ['CALL_SHEET_ID', 'CALL_NO', 'EXTEN', 'AGENT_NAME', 'CONNECT_TYPE', 'OFFERING_TIME', 'STATUS', 'CALL_TIME_LENGTH'],
    row: (a, at, st, talk, i, out) => [`s${i}`, `1380000${i}`, a.key, a.name, out ? 'dialout' : 'normal', at, st, talk],
    statuses: ['dealing', 'notDeal', 'dealing', 'leak'], talk: String, keys: [2001, 7, 2003],
  },
];

/**
 * 2026-10-01..09: 12 timed calls a day for each of A001–A003 (A003's on 10-05 dated without a time), statuses cycling;
 * then the awkward rows: an agent the Roster lacks (twice), an inbound call, an unknown status, two unreadable start
 * times (a month 13 and 'yesterday'), a blank start, an unreadable talk time, a start written 2026年10月3日 10:05,
 * one as 2026/10/4 9:05:07; a blank key with a Roster name, A003's key in full-width digits, and a key the Roster lacks
 * with Li Lei's name.
 */
function rows(l: Layout, clean = false): Cell[][] {
  const agents: Agent[] = [{ key: l.keys[0], name: '王芳' }, { key: l.keys[1], name: 'Li Lei' }, { key: l.keys[2], name: 'Zhao Min' }];
  const out: Cell[][] = [];
  let i = 0;
  for (let day = 1; day <= 9; day++) {
    for (let n = 0; n < 12; n++) {
      for (const [k, a] of agents.entries()) {
        const date = `2026-10-0${day}`;
        const at = k === 2 && day === 5 ? date : `${date} ${String(9 + (n % 8)).padStart(2, '0')}:${String(n * 4 + k).padStart(2, '0')}:${String(n % 60).padStart(2, '0')}`;
        out.push(l.row(a, at, l.statuses[(n + k) % l.statuses.length], l.talk(30 + n * 7 + k), i++, true));
      }
    }
  }
  const odd: Cell[][] = [
    l.row({ key: 9999, name: '陌生人' }, '2026-10-02 10:00:00', l.statuses[0], l.talk(60), i++, true),
    l.row(agents[0], '2026-10-02 11:00:00', l.statuses[0], l.talk(61), i++, false),
    l.row(agents[1], '2026-10-03 11:00:00', 'XYZ', l.talk(62), i++, true),
    l.row(agents[0], '2026-13-03 11:00:00', l.statuses[0], l.talk(63), i++, true),
    l.row(agents[2], 'yesterday', l.statuses[0], l.talk(64), i++, true),
    l.row(agents[2], '', l.statuses[0], l.talk(64), i++, true),
    l.row(agents[1], '2026-10-06 12:00:00', l.statuses[0], '2m15', i++, true),
    l.row(agents[0], '2026年10月3日 10:05', l.statuses[0], l.talk(65), i++, true),
    l.row(agents[1], '2026/10/4 9:05:07', l.statuses[0], l.talk(66), i++, true),
    l.row({ key: 9999, name: '陌生人' }, '2026-10-07 10:00:00', l.statuses[2], l.talk(60), i++, true),
    l.row({ key: '', name: 'Zhao Min' }, '2026-10-07 11:00:00', l.statuses[0], l.talk(70), i++, true),
    l.row({ key: 'x77', name: 'Li Lei' }, '2026-10-07 11:10:00', l.statuses[0], l.talk(72), i++, true),
    l.row({ key: String(l.keys[2]).replace(/[0-9a-z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)), name: 'Zhao Min' },
      '2026-10-07 11:30:00', l.statuses[0], l.talk(71), i++, true),
  ];
  if (!clean) for (const [j, r] of odd.entries()) out.splice(5 + j * 37, 0, r);
  return out;
}

interface Extra {
  /** more Roster rows (ID, name, team, seat, login) */
  people?: string[][];
  /** a Policy sheet's cells */
  policy?: CellValue[][];
  /** only the regular calls (every start time one SQL reads itself) */
  clean?: boolean;
}

async function book(file: string, tab: { name: string; header: string[]; rows: Cell[][] } | null, extra: Extra = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet('Roster');
  roster.addRow(['ID', 'Name', 'Team', '座席号', '外呼系统账号']);
  roster.addRow(['A001', '王芳', 'T1', '2001', 'wangf']);
  roster.addRow(['A002', 'Li Lei', 'T1', '007', '007']);
  roster.addRow(['A003', 'Zhao Min', 'T1', '2003', 'zhaom']);
  for (const p of extra.people ?? []) roster.addRow(p);
  if (extra.policy) {
    const ws = wb.addWorksheet('Policy');
    for (const r of extra.policy) ws.addRow(r);
  }
  if (tab) {
    const ws = wb.addWorksheet(tab.name);
    ws.addRow(tab.header);
    for (const r of tab.rows) ws.addRow(r.map((v) => (v === '' ? null : v)));
  }
  await wb.xlsx.writeFile(file);
}

const field = (v: Cell, sep: string) => { const s = String(v); return sep === ',' && /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };

async function report(args: string[]): Promise<{ text: string; exit: number }> {
  const json = join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  const io = { out: () => undefined, err: () => undefined };
  const run = await runCli(parseCliArgs([...args, '--month', '2026-10', '--json', json, '--out', `${json}.xlsx`]), io);
  return { text: readFileSync(json, 'utf8'), exit: run.exit };
}

async function both(l: Layout, sub: string, extra: Extra = {}): Promise<{ sheet: { text: string; exit: number }; file: { text: string; exit: number } }> {
  const data = rows(l, extra.clean);
  mkdirSync(sub);
  await book(join(sub, 'with-tab.xlsx'), { name: l.name, header: l.header, rows: data }, extra);
  await book(join(sub, 'roster.xlsx'), null, extra);
  const sep = l.ext === '.csv' ? ',' : '\t';
  writeFileSync(join(sub, l.name + l.ext), [l.header, ...data].map((r) => r.map((v) => field(v, sep)).join(sep)).join('\n') + '\n');
  return { sheet: await report([join(sub, 'with-tab.xlsx')]), file: await report([join(sub, 'roster.xlsx'), '--calls', join(sub, l.name + l.ext)]) };
}

describe.each(LAYOUTS.map((l) => [l.name, l] as const))('%s: the export as a tab and as a file through --calls', (_, l) => {
  let sheet: { text: string; exit: number };
  let file: { text: string; exit: number };

  beforeAll(async () => {
    ({ sheet, file } = await both(l, join(dir, l.name)));
  }, 60_000);

  it('the --json text is byte for byte the same', () => {
    expect(file.exit).toBe(sheet.exit);
    expect(file.text).toBe(sheet.text);
  });

  it('it carries the unmatched agent, the bad start times and the export account (the comparison is not vacuous)', () => {
    const r = JSON.parse(file.text) as JsonReport;
    const codes = r.issues.filter((i) => i.sheet === l.name).map((i) => `${i.code} ${i.value}`);
    expect(codes).toEqual(expect.arrayContaining(['bad-date 2026-13-03 11:00:00', 'bad-date yesterday', 'import-unmatched-key 9999']));
    expect(r.issues.find((i) => i.code === 'import-unmatched-key')!.message).toMatch(/2 row\(s\) left out \(rows 7, 335\)/);
  });
});

describe('the Policy sheet\'s status table and an ambiguous name apply to a file as to a tab', () => {
  const vicidial = LAYOUTS[1];
  let sheet: { text: string; exit: number };
  let file: { text: string; exit: number };

  beforeAll(async () => {
    const base = getPreset('outbound-center');
    // NI made a success and XYZ a connected call; a second Li Lei makes the name on 9999's rows (陌生人) no help and Li Lei's ambiguous.
    const policy = { ...base, callStatuses: (base.callStatuses ?? []).map((v) => (v.export === 'vicidial-calls'
      ? { ...v, connected: [...v.connected, 'XYZ'], success: ['SALE', 'NI'] } : v)) };
    ({ sheet, file } = await both(vicidial, join(dir, 'policy'), {
      policy: policyToSheet(policy, 'en') as CellValue[][], people: [['A004', 'Li Lei', 'T2', '2004', 'lilei2']] }));
  }, 60_000);

  it('the --json text is byte for byte the same', () => {
    expect(file.exit).toBe(sheet.exit);
    expect(file.text).toBe(sheet.text);
  });

  it('NI counts as a success; the key x77 with a name two people hold is an error, blocking the run', () => {
    const r = JSON.parse(file.text) as JsonReport;
    // A001's 12 calls a day: SALE at n = 0, 4, 8 and NI at n = 2, 10 (5 × 9 days), plus its SALE rows of 10-02 and 2026年10月3日.
    expect(r.employees.find((e) => e.id === 'A001')!.stats.successes).toBe(47);
    // x77's row: after the 324 calls and 11 awkward rows, below the header.
    expect(r.issues.filter((i) => i.code === 'import-ambiguous-key').map((i) => `${i.value} ${i.cell}`)).toEqual(['x77 EXPORT_CALL_REPORT!D337']);
    expect([file.exit, r.blocking]).toEqual([1, true]);
  });
});

describe('a clean export (no start time, status or agent needing a lookup row of its own)', () => {
  it('gives the tab\'s --json', async () => {
    const { sheet, file } = await both(LAYOUTS[0], join(dir, 'clean'), { clean: true });
    expect(file.exit).toBe(sheet.exit);
    expect(file.text).toBe(sheet.text);
    expect((JSON.parse(file.text) as JsonReport).sources!.find((s) => s.sheet === LAYOUTS[0].name)!.rows).toBe(324);
  }, 60_000);
});

describe('several files of one pattern', () => {
  it('two Clink files give what the two tabs give, each listed with its own rows', async () => {
    const l = LAYOUTS[0];
    const data = rows(l);
    const half = Math.floor(data.length / 2);
    const parts = [{ name: 'clink_a', rows: data.slice(0, half) }, { name: 'clink_b', rows: data.slice(half) }];
    const sub = join(dir, 'two');
    mkdirSync(sub);
    await book(join(sub, 'r.xlsx'), null);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(sub, 'r.xlsx'));
    for (const p of parts) {
      const ws = wb.addWorksheet(p.name);
      ws.addRow(l.header);
      for (const r of p.rows) ws.addRow(r.map((v) => (v === '' ? null : v)));
      writeFileSync(join(sub, `${p.name}.csv`), [l.header, ...p.rows].map((r) => r.map((v) => field(v, ',')).join(',')).join('\n') + '\n');
    }
    await wb.xlsx.writeFile(join(sub, 'with-tabs.xlsx'));
    const sheet = await report([join(sub, 'with-tabs.xlsx')]);
    const file = await report([join(sub, 'r.xlsx'), '--calls', join(sub, 'clink_*.csv')]);
    expect(file.text).toBe(sheet.text);
    const r = JSON.parse(file.text) as JsonReport;
    expect(r.sources!.filter((s) => s.readAs === 'clink-outbound').map((s) => `${s.sheet} ${s.rows}`)).toEqual([`clink_a ${half}`, `clink_b ${data.length - half}`]);
  }, 60_000);

  it('a dialer export and a file in the Calls layout under one pattern are refused (exit 2)', async () => {
    const sub = join(dir, 'mixed');
    mkdirSync(sub);
    await book(join(sub, 'r.xlsx'), null);
    writeFileSync(join(sub, 'a.csv'), `${LAYOUTS[0].header.join(',')}\nc1,138,2001,王芳,外呼,2026-10-01 09:00:00,00:01:00,双方接听\n`);
    writeFileSync(join(sub, 'b.csv'), 'ID,Date,Result\nA001,2026-10-01,success\n');
    await expect(runCli(parseCliArgs([join(sub, 'r.xlsx'), '--calls', join(sub, '*.csv'), '--month', '2026-10']), { out: () => undefined, err: () => undefined }))
      .rejects.toMatchObject({ cause: { code: 'usage' } });
  });

  it('a file showing part of an export\'s signature is refused naming the column it misses (exit 2)', async () => {
    const sub = join(dir, 'partial');
    mkdirSync(sub);
    await book(join(sub, 'r.xlsx'), null);
    writeFileSync(join(sub, 'c.csv'), '座席号,开始时间,通话时长\n2001,2026-10-01 09:00:00,00:01:00\n');
    await expect(runCli(parseCliArgs([join(sub, 'r.xlsx'), '--calls', join(sub, 'c.csv'), '--month', '2026-10']), { out: () => undefined, err: () => undefined }))
      .rejects.toThrow(/looks like TI-NET Clink outbound calls but has no column 接听状态/);
  });
});
