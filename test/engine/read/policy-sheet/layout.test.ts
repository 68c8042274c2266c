// Policy sheet layout: title block, keyed settings rows, 元 for fen, yes/no, lists, tables and numbered blocks.
import { describe, expect, it } from 'vitest';
import { sheetLayout } from '../../../../src/engine/read/policy-sheet/layout.js';
import { deep, deepSchema, tiny, tinySchema } from './fixture.js';

const INTRO_EN = 'Column A holds the keys the program reads; do not edit it. Rows starting with # are notes';

describe('sheetLayout', () => {
  it('writes the tiny policy in English row by row: keys in A, labels in B (keys when unlabelled), values in C', () => {
    const { values, moneyCells } = sheetLayout(tinySchema, tiny, 'en');
    expect(values).toEqual([
      ['#', 'Policy', null, INTRO_EN],
      ['#', 'setting', 'value', 'note'],
      ['code', 'code', 'T1', null],
      ['title.zh', 'title (Chinese)', '小规则', null],
      ['title.en', 'title (English)', 'Tiny', null],
      [null, null, null, null],
      ['late', 'late', null, null],
      ['late.graceMin', 'late.graceMin', 0, null],
      ['late.perMinuteFen', 'late.perMinuteFen (元)', 1, null],
      ['late.counted', 'late.counted', 'rest, personal', 'rest, personal, sick'],
      ['late.strict', 'late.strict', 'yes', 'yes / no'],
      ['late.opens', 'late.opens', '09:00', 'HH:MM'],
      ['late.share', 'late.share', 60, null],
      [null, null, null, null],
      ['steps', 'steps', 'steps[].atLeast', 'steps[].prizeFen (元)'],
      ['steps[]', null, 2000, 300],
      ['steps[]', null, 1500, 60],
    ]);
    expect(moneyCells).toEqual(['C9', 'D16', 'D17']);
  });

  it('writes Chinese words in a Chinese sheet: 是/否, leave types joined by 、, （元）', () => {
    const { values } = sheetLayout(tinySchema, tiny, 'zh');
    expect(values[0]).toEqual(['#', '规则', null, 'A 列是程序用的键，请勿修改；# 开头的行为说明']);
    expect(values[8]).toEqual(['late.perMinuteFen', 'late.perMinuteFen（元）', 1, null]);
    expect(values[9]).toEqual(['late.counted', 'late.counted', '公休、事假', '公休、事假、病假']);
    expect(values[10]).toEqual(['late.strict', 'late.strict', '是', '是 / 否']);
  });

  it('numbers the blocks of a kind union and titles each with its kind (rules[] labels are the policy\'s own)', () => {
    const keys = sheetLayout(deepSchema, deep, 'en').values.map((r) => [r[0], r[1]]);
    expect(keys).toContainEqual(['rules[1]', 'item 1 · attendance']);
    expect(keys).toContainEqual(['rules[2]', 'item 2 · event catalogue']);
    expect(keys).toContainEqual(['rules[3].kind', 'kind']);
    const zh = sheetLayout(deepSchema, deep, 'zh').values.map((r) => [r[0], r[1], r[2]]);
    expect(zh).toContainEqual(['rules[2]', '第 2 项 · 奖惩目录', null]);
    expect(zh).toContainEqual(['rules[2].kind', '类型', '奖惩目录']);
  });

  it('numbers table items that have nested tables, and writes only the non-empty nested tables after the table', () => {
    const rows = sheetLayout(deepSchema, deep, 'en').values;
    const keys = rows.map((r) => r[0]);
    expect(keys).toContain('rules[2].events[1]');
    expect(keys).toContain('rules[2].events[2].steps');
    expect(keys).not.toContain('rules[2].events[1].steps');
    expect(rows.find((r) => r[0] === 'rules[2].events[2].steps[]' && r[2] === -5)?.slice(0, 5)).toEqual(
      ['rules[2].events[2].steps[]', null, -5, -20.5, null]);
  });

  it('writes a text-keyed record as a key | value table and an enum-keyed record as one blank row per key when absent', () => {
    const rows = sheetLayout(deepSchema, deep, 'en').values.map((r) => r.slice(0, 4));
    expect(rows).toContainEqual(['weights', 'weights', 'key', 'value']);
    expect(rows).toContainEqual(['weights[]', null, 'target completion', 30]);
    expect(rows).toContainEqual(['byLevel.senior', 'byLevel · senior', null, null]);
  });

  it('pads every row to the widest table so the grid is rectangular', () => {
    const { values } = sheetLayout(deepSchema, deep, 'zh');
    expect(new Set(values.map((r) => r.length))).toEqual(new Set([6]));
  });
});
