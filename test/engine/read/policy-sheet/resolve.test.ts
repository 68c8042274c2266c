// Which policy a run uses: the Policy / 规则 sheet when present (version with a content hash), else the preset.
import { describe, expect, it } from 'vitest';
import { policyToSheet } from '../../../../src/engine/read/policy-sheet/layout.js';
import { findPolicySheet, fnv1a, resolvePolicy } from '../../../../src/engine/read/policy-sheet/resolve.js';
import { getPreset } from '../../../../src/engine/presets/index.js';
import type { CellValue, SheetData, WorkbookData } from '../../../../src/engine/types.js';

const book = (...sheets: SheetData[]): WorkbookData => ({ sheets, timeZone: 'UTC' });
const roster: SheetData = { name: 'Roster', values: [['ID', 'Name']] };
const preset = getPreset('outbound-center');
const policySheet = (name: string, values: CellValue[][] = policyToSheet(preset, 'zh')): SheetData => ({ name, values });

describe('fnv1a', () => {
  it.each([['', '811c9dc5'], ['a', 'e40c292c'], ['foobar', 'bf9cf968']])('"%s" hashes to %s (published FNV-1a 32 vectors)', (text, hex) => {
    expect(fnv1a(text)).toBe(hex);
  });
});

describe('findPolicySheet', () => {
  it.each([['Policy', true], [' policy ', true], ['POLICY', true], ['规则', true], [' 规则', true], ['Policies', false], ['Payout 2026-10', false]])(
    'a sheet named "%s" is the Policy sheet: %s', (name, found) => {
      expect(findPolicySheet(book(roster, policySheet(name)))?.name ?? null).toBe(found ? name : null);
    });

  it('is null for a workbook without one', () => {
    expect(findPolicySheet(book(roster))).toBeNull();
  });
});

describe('resolvePolicy', () => {
  it('uses the default preset when the workbook has no Policy sheet', () => {
    expect(resolvePolicy(book(roster))).toEqual({ policy: preset, source: 'preset', issues: [] });
  });

  it('an unknown preset name is a usage fault with code unknown-preset', () => {
    expect(() => resolvePolicy(book(roster), 'nope')).toThrow(expect.objectContaining({ cause: expect.objectContaining({ code: 'unknown-preset' }) }));
  });

  it('uses the sheet over the preset; its version is the version cell, #, and 6 hex digits of its content', () => {
    const got = resolvePolicy(book(roster, policySheet('规则')), 'outbound-center');
    expect([got.source, got.sheetName, got.issues]).toEqual(['sheet', '规则', []]);
    expect(got.policy!.version).toMatch(new RegExp(`^${preset.version}#[0-9a-f]{6}$`));
    expect({ ...got.policy, version: preset.version }).toEqual(preset);
  });

  it('the same content in either language gives the same version; an edited value gives another', () => {
    const zh = resolvePolicy(book(policySheet('规则'))).policy!.version;
    const en = resolvePolicy(book(policySheet('Policy', policyToSheet(preset, 'en')))).policy!.version;
    const values = policyToSheet(preset, 'zh');
    const row = values.findIndex((r) => String(r[0]).endsWith('finePerMinuteFen'));
    values[row][2] = 2;
    const edited = resolvePolicy(book(policySheet('规则', values))).policy!.version;
    expect(en).toBe(zh);
    expect(edited).not.toBe(zh);
  });

  it('a broken sheet gives no policy and its issues, never the preset', () => {
    const values = policyToSheet(preset, 'zh');
    const row = values.findIndex((r) => String(r[0]).endsWith('finePerMinuteFen'));
    values[row][2] = 'abc';
    const got = resolvePolicy(book(policySheet('规则', values)));
    expect([got.policy, got.source, got.issues.map((i) => i.cell)]).toEqual([null, 'sheet', [`规则!C${row + 1}`]]);
  });

  it('a second Policy sheet is reported; the first is read', () => {
    const got = resolvePolicy(book(policySheet('Policy'), policySheet('规则')));
    expect(got.sheetName).toBe('Policy');
    expect(got.issues.map((i) => [i.code, i.sheet, i.message])).toEqual([
      ['duplicate-sheet', '规则', '规则: another Policy sheet; only "Policy" is read'],
    ]);
  });
});

describe('resolvePolicy stops a sheet that parses but could not run', () => {
  const edited = (from: RegExp, to: string) => {
    const values = policyToSheet(preset, 'en').map((row) => [...row]);
    const hit = values.findIndex((row) => typeof row[0] === 'string' && from.test(row[0]) && row[2] === 'successes');
    values[hit][2] = to;
    return values;
  };

  it('a metric typed wrong is a bad-policy issue, not a crash, and no policy is used', () => {
    const got = resolvePolicy(book(roster, policySheet('Policy', edited(/^rules\[\d+\]\.metric$/, 'succeses'))));
    expect(got.policy).toBeNull();
    expect(got.issues.map((i) => [i.code, i.severity, i.sheet])).toEqual([['bad-policy', 'error', 'Policy']]);
    expect(got.issues[0].message).toContain('unknown metric "succeses"');
  });
});
