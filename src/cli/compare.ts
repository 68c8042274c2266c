// `--compare-policy SHEET_OR_PRESET`: the month under a draft policy beside the real one — a Compare tab and a `compare` JSON object.
import { getPreset, PRESET_NAMES } from '../engine/presets/index.js';
import { runReport } from '../engine/report/report.js';
import { issueLine } from '../engine/report/summary.js';
import type { TabSpec } from '../engine/report/tabs.js';
import type { Report, WorkbookData } from '../engine/types.js';
import { signedYuan } from '../engine/report/labels.js';
import { compareJson, comparePolicies, compareTab, draftPolicy } from '../engine/workflow/compare.js';
import { teamReport } from '../engine/workflow/statement.js';
import type { CliArgs } from './args.js';
import type { Output } from './run.js';

export interface WhatIf {
  /** the Compare tab, when a comparison was made */
  tabs: TabSpec[];
  /** the JSON text with `compare` added (unchanged without a comparison) */
  json: (text: string) => string;
}

const NONE: WhatIf = { tabs: [], json: (text) => text };

function preset(name: string) {
  try {
    return getPreset(name);
  } catch {
    throw new Error(`--compare-policy "${name}": no sheet or preset of that name (presets: ${PRESET_NAMES.join(', ')})`, { cause: { code: 'usage' } });
  }
}

/**
 * Runs the month under the draft (a sheet of the workbook, else a preset) and compares it with `full`, the real
 * run. A draft sheet with errors prints them and compares nothing; so does a month with blocking errors.
 */
export function compareStep(data: WorkbookData, full: Report, args: CliArgs, io: Output): WhatIf {
  if (!args.comparePolicy) return NONE;
  const zh = full.language === 'zh';
  const draft = draftPolicy(data, args.comparePolicy, preset);
  if (!draft.policy) {
    io.err(zh ? `草案规则“${draft.label}”有错误，未做对比：` : `the draft policy "${draft.label}" has errors; nothing compared:`);
    for (const i of draft.issues) io.err(`  ${issueLine(i, full.language)}`);
    return NONE;
  }
  if (full.blocking) {
    io.err(zh ? '数据有阻断性错误，未做对比' : 'nothing compared: the data has blocking errors');
    return NONE;
  }
  let before = full;
  let after = runReport(data, { month: full.month, policy: draft.policy });
  if (args.team) {
    before = teamReport(before, args.team);
    after = teamReport(after, args.team);
  }
  const cmp = comparePolicies(before, after);
  const t = cmp.totals;
  io.out(zh
    ? `对比“${draft.label}”：${cmp.agents.length} 人中 ${t.changed} 人有变动，实发合计 ${signedYuan(t.deltaFen)} 元`
    : `What-if "${draft.label}": ${t.changed} of ${cmp.agents.length} agents change, payout ${signedYuan(t.deltaFen)} 元 in total`);
  return {
    tabs: [compareTab(cmp, full.language)],
    json: (text) => `${JSON.stringify({ ...JSON.parse(text), compare: compareJson(cmp) }, null, 2)}\n`,
  };
}
