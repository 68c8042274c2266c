// Every preset through its Policy sheet and back, in both languages; HR's edits on a real preset.
import { describe, expect, it } from 'vitest';
import { policySheetLayout, policyToSheet } from '../../../../src/engine/read/policy-sheet/layout.js';
import { sheetToPolicy } from '../../../../src/engine/read/policy-sheet/parse.js';
import { getPreset, PRESET_NAMES } from '../../../../src/engine/presets/index.js';
import type { CellValue } from '../../../../src/engine/types.js';

/** Leaves that differ between two values: [path, before, after]. */
function diff(a: unknown, b: unknown, path = ''): [string, unknown, unknown][] {
  if (a !== null && b !== null && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) => diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return Object.is(a, b) ? [] : [[path, a, b]];
}

const cases = PRESET_NAMES.flatMap((name) => [[name, 'zh'], [name, 'en']] as const);

describe.each(cases)('preset %s, %s sheet', (name, lang) => {
  it('comes back deep-equal with no issues', () => {
    const preset = getPreset(name);
    const got = sheetToPolicy(policyToSheet(preset, lang), lang === 'zh' ? '规则' : 'Policy');
    expect(got.issues).toEqual([]);
    expect(got.policy).toEqual(preset);
  });

  it('writes every row key once, except table item rows', () => {
    const keys = policyToSheet(getPreset(name), lang).map((r) => r[0]).filter((k): k is string => typeof k === 'string' && k !== '#' && !k.endsWith('[]'));
    expect(keys.length).toBe(new Set(keys).size);
  });
});

describe('HR edits the outbound-center sheet', () => {
  const preset = getPreset('outbound-center');
  const { values, moneyCells } = policySheetLayout(preset, 'zh');

  /** Row (1-based) and column letter of the 元 cell holding `yuan` on a row whose key ends with `suffix`. */
  function moneyCell(suffix: RegExp, yuan: number): [number, string] {
    for (const cell of moneyCells) {
      const col = cell.charCodeAt(0) - 65;
      const row = Number(cell.slice(1));
      if (suffix.test(String(values[row - 1][0])) && values[row - 1][col] === yuan) return [row, cell[0]];
    }
    throw new Error(`no ${yuan} 元 cell on a ${suffix} row`);
  }

  function edited(row: number, col: string, v: CellValue): CellValue[][] {
    const copy = values.map((r) => [...r] as CellValue[]);
    copy[row - 1][col.charCodeAt(0) - 65] = v;
    return copy;
  }

  it('60 typed over the 30 元 tier prize is 6000 fen, and nothing else changes', () => {
    const [row, col] = moneyCell(/tiers\[\d*\]$/, 30);
    const got = sheetToPolicy(edited(row, col, 60), '规则');
    expect(got.issues).toEqual([]);
    expect(diff(preset, got.policy).map(([path, a, b]) => [path.endsWith('amountFen'), a, b])).toEqual([[true, 3000, 6000]]);
  });

  it('text in the per-minute fine is one issue at that cell, and no policy', () => {
    const row = values.findIndex((r) => String(r[0]).endsWith('finePerMinuteFen')) + 1;
    const got = sheetToPolicy(edited(row, 'C', '一元'), '规则');
    expect(got.policy).toBeNull();
    expect(got.issues.map((i) => i.cell)).toEqual([`规则!C${row}`]);
    expect(got.issues[0].message).toMatch(/"一元" is not an amount in 元$/);
  });
});
