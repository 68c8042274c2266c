// Insert policy sheet: the exact layout grid, text kept text, 元 cells formatted, read back as the preset, swap-in.
import { afterEach, describe, expect, it } from 'vitest';
import type { Policy } from '../../src/engine/rules/policy.js';
import { policySheetLayout, resolvePolicy, sheetVersion } from '../../src/engine/read/policy-sheet/index.js';
import { getPreset, PRESET_NAMES } from '../../src/engine/presets/index.js';
import type { Lang } from '../../src/engine/types.js';
import { api } from '../../src/gas/api.js';
import { headingRows, policyFormats, rowRanges, writePolicySheet } from '../../src/gas/policy.js';
import { readWorkbook } from '../../src/gas/read.js';
import { fakeSpreadsheet, type Fake } from '../fakes/index.js';

let restore: (() => void) | null = null;
afterEach(() => {
  restore?.();
  restore = null;
});

function setup(sheets: { name: string; values: (string | number | null)[][] }[] = [], locale = 'en_US'): Fake {
  const fake = fakeSpreadsheet({ sheets: [{ name: 'Roster', values: [['ID', 'Name']] }, ...sheets], locale });
  restore = fake.install();
  return fake;
}

/** The layout grid as getValues shows it: blanks are ''. */
const shown = (policy: Policy, lang: Lang) => policySheetLayout(policy, lang).values.map((row) => row.map((v) => v ?? ''));

/** outbound-center with its event catalogue grown by `extra` events: a bigger sheet of the same shape. */
function withExtraEvents(extra: number): Policy {
  const base = getPreset('outbound-center');
  const first = base.rules.findIndex((rule) => rule.kind === 'catalogue');
  const rules = base.rules.map((rule, i) => {
    if (i !== first || rule.kind !== 'catalogue') return rule;
    const template = rule.events[0];
    const more = Array.from({ length: extra }, (_, i) => ({ ...template, code: `X-${i + 1}`, rule: `X-${i + 1}` }));
    return { ...rule, events: [...rule.events, ...more] };
  });
  return { ...base, rules } as Policy;
}

/** outbound-center named '=SUM(1)', with rule names that Sheets would turn into a formula or numbers. */
function crafted(): Policy {
  const base = getPreset('outbound-center');
  const rules = base.rules.map((rule) => ('name' in rule && rule.name ? { ...rule, name: { zh: '-5', en: '+1' } } : rule));
  return { ...base, name: { zh: '=SUM(1)', en: '=SUM(1)' }, rules } as Policy;
}

describe('policyFormats, headingRows and rowRanges', () => {
  it('formats strings as text, the 元 cells 0.00 and numbers and blanks General', () => {
    const values = [['#', 'title', null, 'intro'], ['fine', 'fine (元)', 12.5, null], ['points', 'points', -2, '=note']];
    expect(policyFormats(values, ['C2'])).toEqual([
      ['@', '@', 'General', '@'],
      ['@', '@', '0.00', 'General'],
      ['@', '@', 'General', '@'],
    ]);
  });

  it('refuses a 元 cell outside the grid as a programming fault', () => {
    expect(() => policyFormats([['a']], ['C9'])).toThrow(expect.objectContaining({ cause: { code: 'bad-money-cell' } }));
  });

  it('bolds the # rows and each row whose key heads the next row, not settings or blank rows', () => {
    const values = [
      ['#', 'Policy: x'], ['#', 'setting'], ['id', 'policy id'], [null, null],
      ['score', 'score'], ['score.base', 'base'], [null, null],
      ['rules[1].segments', 'work segments'], ['rules[1].segments[]', null], [null, null],
      ['rules[1].latePoints', 'empty table'], [null, null],
    ];
    expect(headingRows(values)).toEqual([1, 2, 5, 8]);
  });

  it.each([
    ['consecutive rows merge', [1, 2, 5, 8, 9, 10], 4, ['A1:D2', 'A5:D5', 'A8:D10']],
    ['past column Z', [3], 28, ['A3:AB3']],
    ['no rows', [], 4, []],
  ])('rowRanges: %s', (_case, rows, width, want) => {
    expect(rowRanges(rows, width)).toEqual(want);
  });
});

describe('insertPolicySheet writes the layout', () => {
  it.each(PRESET_NAMES.flatMap((preset) => (['zh', 'en'] as const).map((lang) => [preset, lang] as const)))(
    '%s in %s: the exact grid, named by language, read back as the preset',
    (preset, lang) => {
      const fake = setup();
      const result = api.insertPolicySheet(preset, lang);
      const name = lang === 'zh' ? '规则' : 'Policy';
      const policy = getPreset(preset);
      expect(result).toEqual({ sheet: name, preset, version: sheetVersion(policy) });
      expect(fake.raw._names()).toEqual(['Roster', name]);
      expect(fake.raw._sheet(name)!._values()).toEqual(shown(policy, lang));
      const resolved = resolvePolicy(readWorkbook(fake.spreadsheet as never));
      expect(resolved.issues).toEqual([]);
      expect({ ...resolved.policy, version: policy.version }).toEqual(policy);
      expect(resolved.policy!.version).toBe(result.version);
    },
  );

  it('keeps text as text: a policy named =SUM(1) and rule names -5 and +1 stay strings, no formula anywhere', () => {
    const fake = setup();
    const policy = crafted();
    writePolicySheet(fake.spreadsheet as never, policy, 'en', false);
    const sheet = fake.raw._sheet('Policy')!;
    const values = sheet._values();
    expect(values[4].slice(0, 3)).toEqual(['name.zh', 'policy name (Chinese)', '=SUM(1)']);
    expect(values[5].slice(0, 3)).toEqual(['name.en', 'policy name (English)', '=SUM(1)']);
    expect(values.filter((row) => /^rules\[\d+\]\.name\.zh$/.test(String(row[0]))).map((row) => row[2])).toContain('-5');
    expect(values.filter((row) => /^rules\[\d+\]\.name\.en$/.test(String(row[0]))).map((row) => row[2])).toContain('+1');
    const rows = values.length;
    const cols = values[0].length;
    expect(sheet._self().getRange(1, 1, rows, cols).getFormulas().flat().filter((f) => f !== '')).toEqual([]);
    const resolved = resolvePolicy(readWorkbook(fake.spreadsheet as never));
    expect({ ...resolved.policy, version: policy.version }).toEqual(policy);
  });

  it('formats every 元 cell 0.00 and every string cell as text', () => {
    const fake = setup();
    api.insertPolicySheet('outbound-center', 'en');
    const { values, moneyCells } = policySheetLayout(getPreset('outbound-center'), 'en');
    const sheet = fake.raw._sheet('Policy')!._self();
    const formats = sheet.getRange(1, 1, values.length, values[0].length).getNumberFormats();
    expect(moneyCells.map((a1) => sheet.getRange(a1).getNumberFormat())).toEqual(moneyCells.map(() => '0.00'));
    expect(moneyCells).toContain('C27');
    expect(sheet.getRange('C27').getValue()).toBe(1);
    const textCells = values.flatMap((row, r) => row.map((v, c) => (typeof v === 'string' ? formats[r][c] : null))).filter((f) => f !== null);
    expect(new Set(textCells)).toEqual(new Set(['@']));
  });

  it('bolds the title and heading rows, sets column widths and freezes nothing', () => {
    const fake = setup();
    api.insertPolicySheet('outbound-center', 'en');
    const sheet = fake.raw._sheet('Policy')!._self();
    const boldA = sheet.getRange('A1:A60').getFontWeights().map(([w], i) => (w === 'bold' ? i + 1 : 0)).filter(Boolean);
    // title, header, score, calendar, rules, rules[1], its segments table, rules[2], its events table, rules[3]
    expect(boldA).toEqual([1, 2, 10, 13, 19, 20, 42, 48, 53, 59]);
    expect(sheet.getRange('P53').getFontWeights()).toEqual([['bold']]);
    expect([1, 2, 3, 4, 5, 16].map((c) => sheet.getColumnWidth(c))).toEqual([220, 280, 200, 300, 120, 120]);
    expect(sheet.getFrozenRows()).toBe(0);
  });

  it('makes the same calls, method by method, for a policy of 277 rows and one of 577', () => {
    const small = setup();
    writePolicySheet(small.spreadsheet as never, withExtraEvents(0), 'en', false);
    const smallCalls = { ...small.calls };
    restore?.();
    const big = setup();
    writePolicySheet(big.spreadsheet as never, withExtraEvents(300), 'en', false);
    expect(big.raw._sheet('Policy')!._values()).toHaveLength(577);
    expect(big.calls).toEqual(smallCalls);
    expect(smallCalls).toEqual({
      'Spreadsheet.getSpreadsheetTimeZone': 1, 'Spreadsheet.getSheets': 3, 'Sheet.getName': 4, 'Sheet.getSheetId': 4,
      'Spreadsheet.getNumSheets': 2, 'Spreadsheet.insertSheet': 1, 'Sheet.addDeveloperMetadata': 1,
      'Sheet.getMaxRows': 1, 'Sheet.getMaxColumns': 1, 'Sheet.getRange': 1, 'Range.setNumberFormats': 1, 'Range.setValues': 1,
      'Sheet.getRangeList': 1, 'RangeList.setFontWeight': 1, 'Sheet.setColumnWidth': 4, 'Sheet.setColumnWidths': 1,
      'Sheet.setName': 1, 'Sheet.activate': 1,
      // the write journal: read at the start, saved when the temp sheet is inserted, at the swap, cleared at the end
      'PropertiesService.getDocumentProperties': 6, 'Properties.getProperty': 1, 'Properties.setProperty': 4, 'Properties.deleteProperty': 1,
    });
  });
});

describe('insertPolicySheet with a Policy sheet already there', () => {
  const OLD = [['#', 'edited by HR'], ['id', 'policy id', 'outbound-center'], [...Array<null>(25).fill(null), 'stale']];
  /** OLD as getValues shows it: 26 columns wide, blanks ''. */
  const OLD_SHOWN = OLD.map((row) => Array.from({ length: 26 }, (_, c) => row[c] ?? ''));

  it.each([
    ['the same name', 'Policy'],
    ['the other language', '规则'],
    ['an alias', '政策'],
    ['the name in another case', 'POLICY'],
  ])('refuses in both languages when it has %s, and changes nothing', (_case, existing) => {
    const fake = setup([{ name: existing, values: OLD }, { name: 'Calls', values: [['ID']] }]);
    expect(() => api.insertPolicySheet('outbound-center', 'en')).toThrow(
      '表格中已有规则表，未作改动。如需用预设替换，请在侧边栏中插入并确认替换。\nThe spreadsheet already has a Policy sheet; nothing was changed. To replace it with a preset, insert it from the sidebar and confirm.');
    expect(fake.raw._names()).toEqual(['Roster', existing, 'Calls']);
    expect(fake.raw._sheet(existing)!._values()).toEqual(OLD_SHOWN);
    expect(fake.lock.holder).toBeNull();
  });

  it('with replace swaps in the whole new sheet at the old one’s place, retiring every Policy sheet', () => {
    const fake = setup([{ name: '规则', values: OLD }, { name: 'Calls', values: [['ID']] }, { name: 'Policy', values: [['dup']] }]);
    const result = api.insertPolicySheet('telesales-team', 'en', { replace: true });
    expect(result.sheet).toBe('Policy');
    expect(fake.raw._names()).toEqual(['Roster', 'Policy', 'Calls']);
    expect(fake.raw._sheet('Policy')!._values()).toEqual(shown(getPreset('telesales-team'), 'en'));
    expect(fake.raw._sheet('Policy')!._self().getRange('Z3').getValue()).toBe('');
  });

  it('keeps the old sheet as it was when writing the new one fails', () => {
    const fake = setup([{ name: 'Policy', values: OLD }]);
    fake.failAt({ nth: 1, method: 'Range.setValues', message: 'Service Spreadsheets timed out' });
    expect(() => api.insertPolicySheet('outbound-center', 'en', { replace: true })).toThrow('Unexpected error: Service Spreadsheets timed out');
    expect(fake.raw._names()).toEqual(['Roster', 'Policy']);
    expect(fake.raw._sheet('Policy')!._values()).toEqual(OLD_SHOWN);
  });
});

describe('insertPolicySheet arguments and the sidebar state', () => {
  it.each([
    ['zh_CN', '规则'],
    ['en_US', 'Policy'],
  ])('without a language writes the sheet in the spreadsheet’s (%s → %s)', (locale, name) => {
    const fake = setup([], locale);
    expect(api.insertPolicySheet('outbound-center').sheet).toBe(name);
    expect(fake.raw._names()).toEqual(['Roster', name]);
  });

  it.each([
    ['an unknown preset', ['no-such-preset', 'en'], '没有这个考核方案。\nThere is no such policy preset.'],
    ['an unknown language', ['outbound-center', 'fr'], '规则表的语言应为 zh 或 en。\nThe Policy sheet language must be zh or en.'],
  ])('refuses %s in both languages', (_case, args, message) => {
    const fake = setup();
    expect(() => (api.insertPolicySheet as (...a: unknown[]) => unknown)(...args)).toThrow(message);
    expect(fake.raw._names()).toEqual(['Roster']);
    expect(fake.lock.holder).toBeNull();
  });

  it('getSidebarState reports the preset before, and the sheet with the returned version after', () => {
    setup();
    const preset = getPreset('service-kpi');
    expect(api.getSidebarState().policy).toEqual({
      id: 'outbound-center', version: getPreset('outbound-center').version, name: getPreset('outbound-center').name, source: 'preset', sheetName: null,
    });
    const result = api.insertPolicySheet('service-kpi', 'zh');
    expect(api.getSidebarState().policy).toEqual({
      id: 'service-kpi', version: result.version, name: preset.name, source: 'sheet', sheetName: '规则',
    });
  });

  it('getSidebarState names a broken Policy sheet but shows the preset in force', () => {
    setup([{ name: 'Policy', values: [['not a policy']] }]);
    expect(api.getSidebarState().policy).toMatchObject({ id: 'outbound-center', source: 'preset', sheetName: 'Policy' });
  });
});
