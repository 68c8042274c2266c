// Bad files, options and outputs given to the command line: each refused with its exit status and a message that names it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { describeError } from '../../src/cli/errors.js';
import type { JsonReport } from '../../src/engine/report/json.js';
import { readWorkbook } from '../../src/xlsx/read.js';
import { writeFault } from '../../src/xlsx/write.js';

const dir = mkdtempSync(join(tmpdir(), 'callboard-corpus-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const p = (name: string) => join(dir, name);

const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
const workdays = Array.from({ length: 30 }, (_, i) => utc(2026, 11, i + 1)).filter((d) => d.getUTCDay() % 6 !== 0);

/** A small month (Nov 2026, two agents); `names` overrides the second agent's name, `noId` adds a roster row without an ID. */
async function book(file: string, o: { zh?: boolean; name?: string; noId?: boolean; xfd?: boolean } = {}): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const roster = wb.addWorksheet(o.zh ? '花名册' : 'Roster');
  const attendance = wb.addWorksheet(o.zh ? '考勤' : 'Attendance');
  const calls = wb.addWorksheet(o.zh ? '外呼' : 'Calls');
  roster.addRow(o.zh ? ['工号', '姓名', '基本工资'] : ['ID', 'Name', 'Base salary']);
  roster.addRow(['007', 'Wang Fang', 3000]);
  roster.addRow(['A002', o.name ?? 'Li Na', 3000]);
  if (o.noId) roster.addRow([null, 'No Id', 3000]);
  attendance.addRow(o.zh ? ['工号', '日期', '上班打卡', '下班打卡'] : ['ID', 'Date', 'Clock in', 'Clock out']);
  calls.addRow(o.zh ? ['工号', '日期', '外呼量', '接通量', '成功量'] : ['ID', 'Date', 'Dials', 'Connected', 'Successes']);
  for (const id of ['007', 'A002']) {
    for (const day of workdays) {
      attendance.addRow([id, day, '09:00', '18:00']);
      calls.addRow([id, day, 120, 100, 10]);
    }
  }
  if (o.xfd) roster.getCell('XFD40000').value = 'far away';
  await wb.xlsx.writeFile(file);
}

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const GOOD = p('good.xlsx');
const ZH = p('zh.xlsx');
const M = ['--month', '2026-11'];

beforeAll(async () => {
  await book(GOOD);
  await book(ZH, { zh: true });
  mkdirSync(p('folder.xlsx'));
  mkdirSync(p('folder.csv'));
  execFileSync('mkfifo', [p('pipe.xlsx')]);
  writeFileSync(p('empty.xlsx'), '');
  writeFileSync(p('renamed-csv.xlsx'), 'ID,Name\n007,Wang Fang\n');
  writeFileSync(p('noise.xlsx'), Buffer.from(Array.from({ length: 512 }, (_, i) => (i * 7919) % 256)));
  const cfb = Buffer.alloc(4096);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
  writeFileSync(p('old.xlsx'), cfb);
  writeFileSync(p('old.xls'), cfb);
  const encrypted = Buffer.concat([cfb, Buffer.from('EncryptionInfo', 'utf16le'), Buffer.from('EncryptedPackage', 'utf16le')]);
  writeFileSync(p('locked.xlsx'), encrypted);
  writeFileSync(p('word.xlsx'), zipSync({ 'word/document.xml': strToU8('<w:document/>'), '[Content_Types].xml': strToU8('<Types/>') }));
  writeFileSync(p('zip.xlsx'), zipSync({ 'notes.txt': strToU8('hello') }));
  writeFileSync(p('binary.xlsx'), zipSync({ 'xl/workbook.bin': new Uint8Array([1, 2, 3]) }));
  const whole = readFileSync(GOOD);
  writeFileSync(p('truncated.xlsx'), whole.subarray(0, Math.floor(whole.length / 2)));
  writeFileSync(p('big.xlsx'), '');
  truncateSync(p('big.xlsx'), 201 * 1024 * 1024); // sparse: no disk used
  writeFileSync(p('big.csv'), '');
  truncateSync(p('big.csv'), 1025 * 1024 * 1024);
  writeFileSync(p('a-file'), 'x');
});

describe('options the command line refuses (exit 2)', () => {
  it.each([
    ['no arguments', [], 'missing the workbook file'],
    ['no --month', ['GOOD'], 'missing --month'],
    ['month 13', ['GOOD', '--month', '2026-13'], '"2026-13" is not a month'],
    ['a month without its leading zero', ['GOOD', '--month', '2026-1'], '"2026-1" is not a month'],
    ['an empty --month', ['GOOD', '--month', ''], '--month needs a value'],
    ['an unknown option', ['GOOD', ...M, '--colour'], "Unknown option '--colour'"],
    ['an unknown preset', ['GOOD', ...M, '--preset', 'nope'], 'unknown preset "nope"'],
    ['--lang without --init-policy', ['GOOD', ...M, '--lang', 'zh'], '--lang goes with --init-policy'],
    ['--init-policy with --lang fr', ['GOOD', '--init-policy', '--lang', 'fr'], '"fr" is not zh or en'],
    ['--init-policy with a month', ['GOOD', '--init-policy', ...M], '--init-policy takes no --month'],
    ['a CSV given first, as the workbook', [p('calls.csv'), 'GOOD', ...M], 'the first input must be the .xlsx workbook'],
    ['an input of unknown kind', ['GOOD', p('x.pdf'), ...M], 'cannot tell what'],
    ['--json and --out the same file', ['GOOD', ...M, '--out', p('r.x'), '--json', p('r.x')], 'name the same file'],
    ['--out naming the input', ['GOOD', ...M, '--out', 'GOOD'], 'is the input workbook; the input is never modified'],
    ['--json naming the input', ['GOOD', ...M, '--json', 'GOOD'], '--json'],
    ['--out naming an extra input', ['GOOD', p('extra.xlsx'), ...M, '--out', p('extra.xlsx')], 'is the input workbook'],
  ])('%s', async (_, argv, fragment) => {
    const r = await run(...argv.map((a) => (a === 'GOOD' ? GOOD : a)));
    expect(r.err).toContain(fragment);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/^internal error|\n\s+at .*:\d+:\d+/m);
  });
});

describe('input files the command line refuses, naming the real problem (exit 2)', () => {
  it.each([
    ['a workbook that does not exist', 'missing.xlsx', 'file not found'],
    ['a folder named .xlsx', 'folder.xlsx', 'is a folder, not a file'],
    ['a named pipe', 'pipe.xlsx', 'is not a regular file'],
    ['a device (/dev/zero)', '/dev/zero', 'is not a regular file'],
    ['an empty file', 'empty.xlsx', 'is empty (0 bytes)'],
    ['a CSV renamed .xlsx', 'renamed-csv.xlsx', 'is a text file (a CSV?)'],
    ['bytes that are no zip', 'noise.xlsx', 'not a zip archive'],
    ['an encrypted workbook', 'locked.xlsx', 'is password-protected (encrypted)'],
    ['an old .xls renamed .xlsx', 'old.xlsx', 'old Excel 97–2003 (.xls)'],
    ['an old .xls', 'old.xls', 'old Excel 97–2003 (.xls)'],
    ['a Word document renamed .xlsx', 'word.xlsx', 'is a Word document'],
    ['a zip that is not a workbook', 'zip.xlsx', 'a zip archive that is not an Excel workbook'],
    ['a binary .xlsb renamed .xlsx', 'binary.xlsx', 'a binary .xlsb workbook'],
    ['a truncated workbook', 'truncated.xlsx', 'not a readable .xlsx workbook'],
    ['a workbook over 200 MB', 'big.xlsx', 'over the 200 MB limit'],
  ])('%s', async (_, file, fragment) => {
    const r = await run(file.startsWith('/') ? file : p(file), ...M);
    expect(r.err).toContain(fragment);
    expect(r.code).toBe(2);
    expect(r.err).not.toMatch(/internal error/);
  });

  it.each([
    ['an extra file that does not exist', 'missing.csv', 'file not found'],
    ['an extra folder named .csv', 'folder.csv', 'is a folder, not a file'],
    ['an extra .xlsx that is a CSV', 'renamed-csv.xlsx', 'is a text file (a CSV?)'],
    ['an extra encrypted workbook', 'locked.xlsx', 'is password-protected'],
    ['an extra CSV over 1 GB', 'big.csv', 'over the 1024 MB limit'],
  ])('%s', async (_, file, fragment) => {
    const r = await run(GOOD, p(file), ...M, '--out', p('never.xlsx'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(fragment)]);
  });
});

describe('outputs that cannot be written (exit 2, never an internal error)', () => {
  it.each([
    ['--out in a folder that does not exist', ['--out', p('no/such/out.xlsx')], 'the folder does not exist'],
    ['--out naming a folder', ['--out', p('folder.xlsx')], 'it is a folder'],
    ['--out below a file', ['--out', p('a-file/out.xlsx')], 'the folder does not exist'],
    ['--json in a folder that does not exist', ['--json', p('no/such/r.json')], 'the folder does not exist'],
    ['--out where writing is not allowed', ['--out', '/sys/callboard-out.xlsx'], 'cannot write /sys/callboard-out.xlsx'],
  ])('%s', async (_, args, fragment) => {
    const r = await run(GOOD, ...M, ...args);
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(fragment)]);
  });

  it.each([
    ['ENOSPC', 'the disk is full'],
    ['EROFS', 'the disk is read-only'],
    ['EACCES', 'permission denied'],
    ['ENOENT', 'the folder does not exist'],
  ])('a write failing with %s exits 2: "%s"', (errno, reason) => {
    const d = describeError(writeFault('r.xlsx', Object.assign(new Error(errno), { code: errno })));
    expect([d.exit, d.text]).toEqual([2, `error: cannot write r.xlsx: ${reason}`]);
  });

  it('after a Chinese workbook, the message is Chinese', async () => {
    const r = await run(ZH, ...M, '--out', p('no/such/out.xlsx'));
    expect([r.code, r.err]).toEqual([2, expect.stringContaining(`错误: 无法写入 ${p('no/such/out.xlsx')}：文件夹不存在`)]);
  });
});

describe('runs that go through', () => {
  it('a blocked run exits 1, prints the issue and no totals; --out holds only the Issues tab; the JSON says blocking', async () => {
    const bad = p('blocked.xlsx');
    await book(bad, { noId: true });
    const out = p('blocked-out.xlsx');
    const json = p('blocked.json');
    const r = await run(bad, ...M, '--out', out, '--json', json);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^error: Roster row 4\b/m);
    expect(r.out).toContain('BLOCKED: 1 blocking error');
    expect(r.out).not.toMatch(/Total payout|Top \d+|yuan/);
    expect((await readWorkbook(out)).sheets.map((s) => s.name)).toEqual(['Roster', 'Attendance', 'Calls', 'Issues 2026-11']);
    const report = JSON.parse(readFileSync(json, 'utf8')) as JsonReport;
    expect([report.blocking, report.employees.length]).toEqual([true, 2]);
  });

  it('a blocked rerun removes the earlier Payout, Ranking and Details of the month', async () => {
    const first = p('first-out.xlsx');
    expect((await run(GOOD, ...M, '--out', first)).code).toBe(0);
    const bad = p('blocked-again.xlsx');
    // the good run's output, with a roster row lost its ID, run again
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(first);
    wb.getWorksheet('Roster')!.addRow([null, 'No Id', 3000]);
    await wb.xlsx.writeFile(bad);
    const r = await run(bad, ...M, '--out', p('blocked-again-out.xlsx'));
    expect(r.code).toBe(1);
    expect((await readWorkbook(p('blocked-again-out.xlsx'))).sheets.map((s) => s.name)).toEqual(['Roster', 'Attendance', 'Calls', 'Issues 2026-11']);
  });

  it('escape sequences and bidi overrides in a name never reach the terminal', async () => {
    const file = p('escape.xlsx');
    await book(file, { name: 'Evil\u001b]0;pwned\u0007\u001b[31mRed\u202eTXT\u0000', noId: true });
    const r = await run(file, ...M, '--out', p('escape-out.xlsx'));
    expect(r.code).toBe(1);
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
  });

  it('a value in column XFD of row 40,000 widens one row only', async () => {
    const file = p('xfd.xlsx');
    await book(file, { xfd: true });
    const data = await readWorkbook(file);
    const roster = data.sheets[0].values;
    expect([roster.length, roster[39999].length, roster[1].length, roster[100]]).toEqual([40000, 16384, 3, []]);
    expect((await run(file, ...M, '--out', p('xfd-out.xlsx'))).code).toBe(0);
  });

  it('text longer than a cell holds is cut to 32,767 characters, with a warning on the Issues tab naming where it came from', async () => {
    const file = p('long.xlsx');
    await book(file, { name: 'x'.repeat(40000) });
    const out = p('long-out.xlsx');
    const r = await run(file, ...M, '--out', out);
    expect(r.code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const names = wb.getWorksheet('Payout 2026-11')!.getColumn(2).values.filter((v): v is string => typeof v === 'string');
    const cut = names.find((v) => v.startsWith('xxx'))!;
    expect([cut.length, cut.endsWith('…')]).toEqual([32767, true]);
    const issues = wb.getWorksheet('Issues 2026-11')!.getSheetValues().flat().map(String);
    expect(issues).toContain('text-cut');
  });

  it('a GB18030 tab-separated .txt and a UTF-8 .csv with a BOM become extra tabs, with their encoding reported', async () => {
    writeFileSync(p('events.txt'), iconv.encode('工号\t日期\t代码\t次数\n007\t2026-11-03\tA-BON-4\t1\n', 'gb18030'));
    writeFileSync(p('kpi.csv'), `\ufeffID,Month,Satisfaction\n007,2026-11,0.95\n`);
    const r = await run(GOOD, p('events.txt'), p('kpi.csv'), ...M, '--out', p('extras-out.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Read ${p('events.txt')} as tab "events" (GB18030, tab-separated, 1 rows)`);
    expect(r.out).toContain(`Read ${p('kpi.csv')} as tab "kpi" (UTF-8, comma-separated, 1 rows)`);
  });

  it('an extra .xlsx contributes its tabs; a name already taken gets the file name beside it', async () => {
    const extra = p('extra.xlsx');
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Events').addRows([['ID', 'Date', 'Code'], ['007', '2026-11-04', 'A-BON-4']]);
    wb.addWorksheet('notes').addRows([['what'], ['call back on Monday']]);
    await wb.xlsx.writeFile(extra);
    writeFileSync(p('notes.csv'), 'what\nkeep\n');
    const r = await run(GOOD, p('notes.csv'), extra, ...M, '--out', p('extra-out.xlsx'));
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Read ${extra}: tabs "Events" (1), "notes (extra.xlsx)" (1)`);
  });
});
