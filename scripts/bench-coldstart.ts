// Cold start of the built add-on: Code.js loaded into fresh V8 contexts, as Apps Script loads it for every execution.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build } from './build.js';

export interface ColdStart {
  runs: number;
  /** bytes of Code.js, and of the part evaluated at load (the custom functions) */
  codeBytes: number;
  eagerBytes: number;
  /** medians in ms: compile + run the top level; the first LATE_MINUTES call; loading the engine on first use */
  loadMs: number;
  firstLateMinutesMs: number;
  engineMs: number;
}

/** The only services a custom function touches while loading and computing LATE_MINUTES. */
const services = () => ({
  SpreadsheetApp: { getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Asia/Shanghai', getSpreadsheetLocale: () => 'zh_CN' }) },
  Session: { getScriptTimeZone: () => 'Asia/Shanghai' },
});

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/**
 * Loads `code` into `runs` fresh contexts and calls LATE_MINUTES("9:07", "09:00", 5) in each, then loads the engine.
 * Each run compiles a distinct source text (a trailing comment), so V8's in-process compilation cache cannot help:
 * every run pays the parse Apps Script pays.
 */
export function measureColdStart(code: string, runs = 15): ColdStart {
  const load: number[] = [];
  const first: number[] = [];
  const engine: number[] = [];
  for (let i = 0; i < runs; i++) {
    const context = vm.createContext(services());
    const t0 = performance.now();
    new vm.Script(`${code}\n// run ${i}`, { filename: 'Code.js' }).runInContext(context);
    const t1 = performance.now();
    const minutes = vm.runInContext('LATE_MINUTES("9:07", "09:00", 5)', context);
    const t2 = performance.now();
    // An older build without the lazy engine has evaluated it already, at load.
    vm.runInContext("typeof callboard_ === 'function' && callboard_()", context);
    const t3 = performance.now();
    if (minutes !== 7) throw new Error(`LATE_MINUTES gave ${String(minutes)}, not 7`, { cause: { code: 'bench-wrong-result' } });
    load.push(t1 - t0);
    first.push(t2 - t1);
    engine.push(t3 - t2);
  }
  const engineAt = code.indexOf('\nvar CallboardEngine_');
  return {
    runs, codeBytes: Buffer.byteLength(code), eagerBytes: Buffer.byteLength(engineAt < 0 ? code : code.slice(0, engineAt)),
    loadMs: median(load), firstLateMinutesMs: median(first), engineMs: median(engine),
  };
}

/** Builds Code.js into a temporary folder and measures it. */
export async function benchColdStart(runs = 15): Promise<ColdStart> {
  const dir = await mkdtemp(join(tmpdir(), 'callboard-coldstart-'));
  try {
    return measureColdStart(await readFile(await build(dir), 'utf8'), runs);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The lines `npm run bench` prints. */
export function formatColdStart(r: ColdStart): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return [
    `Cold start of dist/Code.js (${kb(r.codeBytes)}, of which ${kb(r.eagerBytes)} of code runs at load), median of ${r.runs} fresh V8 contexts:`,
    `  load ${r.loadMs.toFixed(1)} ms + first LATE_MINUTES ${r.firstLateMinutesMs.toFixed(1)} ms = ${(r.loadMs + r.firstLateMinutesMs).toFixed(1)} ms (target < 100 ms)`,
    `  engine on first use (menu, sidebar, CALLBOARD_* without a cached month): ${r.engineMs.toFixed(1)} ms`,
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const runs = Number(process.argv[2] ?? 15);
  benchColdStart(runs).then((r) => console.log(formatColdStart(r).join('\n')), (err: Error) => {
    console.error(err.message);
    process.exit(1);
  });
}
