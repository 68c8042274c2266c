// parseCliArgs and describeError: defaults, every usage fault's cause code, and the exit status it maps to.
import { describe, expect, it } from 'vitest';
import { defaultOut, parseCliArgs } from '../../src/cli/args.js';
import { describeError } from '../../src/cli/errors.js';

describe('parseCliArgs', () => {
  it('fills the defaults: preset outbound-center, out beside the input, no JSON', () => {
    expect(parseCliArgs(['data/team.xlsx', '--month', '2026-10'])).toEqual({
      input: 'data/team.xlsx', extras: [], month: '2026-10', preset: 'outbound-center', out: 'data/team-report-2026-10.xlsx', json: null, help: false,
    });
  });

  it('keeps --out, --json and --preset as given', () => {
    expect(parseCliArgs(['a.xlsx', '--month', '2026-01', '--out', 'r.xlsx', '--json', 'r.json', '--preset', 'x']))
      .toMatchObject({ out: 'r.xlsx', json: 'r.json', preset: 'x' });
  });

  it.each([
    ['no workbook', ['--month', '2026-10'], 'usage'],
    ['a CSV before the workbook', ['a.csv', 'b.xlsx', '--month', '2026-10'], 'usage'],
    ['an input of unknown kind', ['a.xlsx', 'b.pdf', '--month', '2026-10'], 'usage'],
    ['--json and --out the same file', ['a.xlsx', '--month', '2026-10', '--out', 'r.x', '--json', 'r.x'], 'same-output'],
    ['no month', ['a.xlsx'], 'usage'],
    ['month 13', ['a.xlsx', '--month', '2026-13'], 'bad-month'],
    ['month without leading zero', ['a.xlsx', '--month', '2026-1'], 'bad-month'],
    ['a date, not a month', ['a.xlsx', '--month', '2026-10-01'], 'bad-month'],
    ['unknown flag', ['a.xlsx', '--month', '2026-10', '--colour'], 'usage'],
    ['--out without a value', ['a.xlsx', '--month', '2026-10', '--out', ''], 'usage'],
    ['--lang without --init-policy', ['a.xlsx', '--month', '2026-10', '--lang', 'zh'], 'usage'],
    ['--init-policy with a bad --lang', ['a.xlsx', '--init-policy', '--lang', 'fr'], 'usage'],
    ['--init-policy with no workbook and no --out', ['--init-policy'], 'usage'],
  ])('%s is a usage fault (%s)', (_, argv, code) => {
    expect(() => parseCliArgs(argv)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ code }) }));
  });

  it('further inputs after the workbook are extras, in order', () => {
    expect(parseCliArgs(['book.xlsx', 'dingtalk.xlsx', 'calls.txt', 'c.CSV', '--month', '2026-10']))
      .toMatchObject({ input: 'book.xlsx', extras: ['dingtalk.xlsx', 'calls.txt', 'c.CSV'] });
  });

  it('--init-policy needs no month and defaults --out to <workbook>-policy.xlsx', () => {
    expect(parseCliArgs(['a.xlsx', '--init-policy'])).toMatchObject({ initPolicy: true, out: 'a-policy.xlsx', lang: null });
  });

  it('defaultOut keeps the folder and drops .xlsx in any case', () => {
    expect(defaultOut('x/Team.XLSX', '2026-09')).toBe('x/Team-report-2026-09.xlsx');
  });
});

describe('describeError', () => {
  it.each([
    ['usage', 2, true],
    ['bad-month', 2, true],
    ['unknown-preset', 2, false],
    ['missing-file', 2, false],
    ['out-is-input', 2, false],
    ['not-implemented', 3, false],
  ])('cause code %s exits %i (usage text: %s)', (code, exit, usage) => {
    const d = describeError(new Error('boom', { cause: { code } }));
    expect([d.exit, d.usage]).toEqual([exit, usage]);
    expect(d.text).not.toMatch(/\n\s+at /);
  });
});
