// The person-key matcher: system key, then 工号, then a unique name; ambiguity is never a pick.
import { describe, expect, it } from 'vitest';
import { keyForm, PersonMatcher } from '../../../src/engine/imports/keys.js';
import { emp } from '../builders.js';

const roster = [
  emp('A001', { name: '王芳', keys: { clock: '007', dingtalk: 'ding-01' } }),
  emp('A002', { name: '李强', keys: { clock: '12' } }),
  emp('A003', { name: '张伟' }),
  emp('A004', { name: '张伟' }),
];

describe('PersonMatcher', () => {
  it.each([
    ['numeric 考勤号码 7 matches 007', 'clock', { key: '7' }, { id: 'A001', by: 'key' }],
    ['text 考勤号码 0012 matches 12', 'clock', { key: '0012' }, { id: 'A002', by: 'key' }],
    ['an unknown clock number falls back to the export 工号', 'clock', { key: '99', id: 'A003' }, { id: 'A003', by: 'id' }],
    ['a system the Roster has no column for: the key itself against 工号', 'seat', { key: 'a002' }, { id: 'A002', by: 'id' }],
    ['then a unique name', 'seat', { key: '2001', name: '李强' }, { id: 'A002', by: 'name' }],
    ['a name two people hold is ambiguous', 'seat', { key: '2001', name: '张伟' }, { id: null, problem: 'ambiguous', candidates: ['A003', 'A004'] }],
    ['nothing matching is unmatched', 'dingtalk', { key: 'ding-99', name: '赵六' }, { id: null, problem: 'unmatched', candidates: [] }],
    ['"--" counts as no value', 'wecom', { key: '--', id: '--', name: '王芳' }, { id: 'A001', by: 'name' }],
  ] as const)('%s', (_name, system, ref, want) => {
    expect(new PersonMatcher(roster, system).match(ref)).toEqual(want);
  });

  it('two Roster rows with the same key form are ambiguous, an exact match is not', () => {
    const two = [emp('B1', { name: 'x', keys: { clock: '007' } }), emp('B2', { name: 'y', keys: { clock: '7' } })];
    const m = new PersonMatcher(two, 'clock');
    expect(m.match({ key: '007' })).toEqual({ id: 'B1', by: 'key' });
    expect(m.match({ key: '0007' })).toEqual({ id: null, problem: 'ambiguous', candidates: ['B1', 'B2'] });
  });

  it('keyForm drops leading zeros of digit keys only', () => {
    expect([keyForm('007'), keyForm('0'), keyForm(' Ａ07 '), keyForm('00')]).toEqual(['7', '0', 'a07', '0']);
  });
});

describe('KeyProblems', () => {
  it('one issue per key naming its rows: unmatched a warning, ambiguous an error', async () => {
    const { KeyProblems } = await import('../../../src/engine/imports/keys.js');
    const p = new KeyProblems();
    const m = new PersonMatcher(roster, 'seat');
    for (const row of [5, 9]) p.note(m.match({ key: '3001', name: '赵六' }) as never, '3001', '赵六', row);
    p.note(m.match({ key: '3002', name: '张伟' }) as never, '3002', '张伟', 7);
    const issues = p.issues('通话记录', '座席号', { zh: '座席号', en: 'seat number' }, (r) => `通话记录!D${r}`);
    expect(issues.map((i) => [i.severity, i.cell, i.message])).toEqual([
      ['warning', '通话记录!D5', '通话记录 row 5: seat number "3001" (赵六) matches no one on the Roster; 2 row(s) left out (rows 5, 9)'],
      ['error', '通话记录!D7', '通话记录 row 7: seat number "3002" fits more than one person on the Roster (A003, A004); 1 row(s) left out (rows 7)'],
    ]);
    expect(issues[0].messageZh).toBe('通话记录 第5行：座席号 “3001”（赵六）在花名册中找不到对应的人，共 2 行未计入（第 5, 9 行）');
  });
});
