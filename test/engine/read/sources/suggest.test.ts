import { describe, expect, it } from 'vitest';
import { editDistance, nearMiss, suggestField, suggestSheet, unrecognisedTabs } from '../../../../src/engine/read/sources/suggest.js';

describe('near misses are suggestions', () => {
  it.each([
    ['attendance', 'attendence', 1], ['考勤', '考情', 1], ['clockin', 'clokcin', 2], ['', 'abc', 3],
  ])('edit distance %s ↔ %s is %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it.each([
    ['考情', '考勤', true], ['上班', '上班打卡', true], ['attendence', 'attendance', true], ['notes', 'roster', false],
    ['月薪', '基本工资', false], ['calls', 'calls', false],
  ])('%s near %s: %s', (a, b, want) => expect(nearMiss(a, b)).toBe(want));

  it.each([
    ['考情', '考勤', 'attendance'], ['Attendence', 'Attendance', 'attendance'], ['Rostr', 'Roster', 'roster'], ['Notes', null, null],
  ])('tab %s looks like %s', (tab, name, role) => {
    const s = suggestSheet(tab);
    expect(s ? [s.name, s.def.role] : [null, null]).toEqual([name, role]);
  });

  it('a header near a field of the role', () => {
    expect(suggestField('attendance', '上班')?.field.key).toBe('clockIn');
    expect(suggestField('roster', 'Base salry')?.name).toBe('Base salary');
  });

  it('generated, known and claimed tabs are not unrecognised', () => {
    const known = (n: string) => n === 'Roster';
    expect(unrecognisedTabs(['Roster', 'Payout 2026-10', '明细 2026-09', '~callboard tmp 1', 'DingTalk', 'Notes'], known, new Set(['DingTalk'])))
      .toEqual(['Notes']);
  });
});
