// `npm run bench`: engine time for 100k and 1M call rows, 2,000 agents with 21 days of attendance (target: 1M read + compute < 1 s).
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { outboundCenter } from '../src/engine/presets/outbound-center.js';
import { buildReport } from '../src/engine/report.js';
import { readSources } from '../src/engine/sources.js';
import type { CellValue, Report, WorkbookData } from '../src/engine/types.js';

const AGENTS = 2000;
// November 2026 has no Chinese holiday or make-up day: its 21 weekdays are exactly the workdays.
const MONTH = '2026-11';

/** Deterministic pseudo-random integers (mulberry32). */
function prng(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

const id = (i: number) => `A${String(i + 1).padStart(5, '0')}`;
const utc = (y: number, m: number, d: number, h = 0, min = 0) => new Date(Date.UTC(y, m - 1, d, h, min));
/** exceljs hands a time-of-day cell over as a Date on 1899-12-30, UTC wall clock. */
const time = (h: number, m: number) => utc(1899, 12, 30, h, m);

function workbook(callRows: number): WorkbookData {
  const rnd = prng(42);
  const roster: CellValue[][] = [['ID', 'Name', 'Team', 'Level', 'Leader', 'Hire date', 'Base salary', 'Seniority pay']];
  for (let i = 0; i < AGENTS; i++) {
    roster.push([id(i), `Agent ${i + 1}`, `Team ${(i % 40) + 1}`, ['junior', 'intermediate', 'senior'][i % 3],
      i % 50 === 0 ? 'yes' : 'no', utc(2024, 1 + (i % 12), 1 + (i % 28)), 3000 + (i % 10) * 100, 100 + (i % 5) * 50]);
  }
  const days: Date[] = [];
  for (let d = 1; d <= 30; d++) {
    const date = utc(2026, 11, d);
    if (date.getUTCDay() !== 0 && date.getUTCDay() !== 6) days.push(date);
  }
  const attendance: CellValue[][] = [['ID', 'Date', 'Clock in', 'Clock out', 'Leave type', 'Reported']];
  for (let i = 0; i < AGENTS; i++) {
    for (const date of days) {
      const r = rnd(100);
      if (r < 3) attendance.push([id(i), date, null, null, 'personal', r === 0 ? 'no' : 'yes']);
      else attendance.push([id(i), date, time(8 + (r < 90 ? 0 : 1), r < 90 ? 50 + rnd(10) : rnd(30)), time(18, rnd(30)), null, null]);
    }
  }
  const calls: CellValue[][] = [['ID', 'Date', 'Dials', 'Connected', 'Successes']];
  for (let k = 0; k < callRows; k++) {
    const date = days[k % days.length];
    const dials = 5 + rnd(20);
    const connected = rnd(dials + 1);
    calls.push([id(rnd(AGENTS)), utc(2026, 11, date.getUTCDate(), 9 + rnd(9), rnd(60)), dials, connected, rnd(connected + 1)]);
  }
  const events: CellValue[][] = [['ID', 'Date', 'Code', 'Count']];
  for (let k = 0; k < AGENTS; k++) events.push([id(rnd(AGENTS)), days[rnd(days.length)], ['A-ATT-6', 'A-BON-4', 'COMPLAINT'][k % 3], 1]);
  return {
    timeZone: 'UTC',
    sheets: [
      { name: 'Roster', values: roster },
      { name: 'Attendance', values: attendance },
      { name: 'Calls', values: calls },
      { name: 'Events', values: events },
    ],
  };
}

const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;

console.log(`Callboard engine bench: ${AGENTS} agents, month ${MONTH}, Node ${process.version}, ${cpus().length} CPUs`);
const RUNS = 3;
console.log(`best of ${RUNS} runs each (the first run of a process includes JIT warm-up); sum = best read + best compute`);
for (const rows of [100_000, 1_000_000]) {
  const wb = workbook(rows);
  const attendanceRows = wb.sheets[1].values.length - 1;
  let read = Infinity;
  let compute = Infinity;
  let report: Report | null = null;
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now();
    const src = readSources(wb);
    read = Math.min(read, performance.now() - t);
    t = performance.now();
    report = buildReport(src, { month: MONTH, policy: outboundCenter });
    compute = Math.min(compute, performance.now() - t);
  }
  const r = report!;
  const lines = r.employees.reduce((s, e) => s + e.lines.length, 0);
  const codes = new Map<string, number>();
  for (const i of r.issues) codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
  console.log(`${rows.toLocaleString('en-US').padStart(9)} call rows, ${attendanceRows.toLocaleString('en-US')} attendance rows:`
    + `  read (readSources) ${ms(read)}   compute (buildReport) ${ms(compute)}   sum ${ms(read + compute)}`);
  console.log(`${' '.repeat(11)}→ ${r.employees.length} agents, ${lines} lines, issues ${JSON.stringify(Object.fromEntries(codes))}`);
}
