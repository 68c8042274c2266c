// The i18n table: both languages carry every key and fill placeholders as plain text.
import { describe, expect, it } from 'vitest';
import { MESSAGES, flagLabel, parseLang, t, type Lang, type MessageKey } from '../../sidebar/i18n.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n table', () => {
  it('zh and en have exactly the same keys', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.zh).sort());
  });

  it('no string is empty in either language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const empty = Object.entries(MESSAGES[lang]).filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, lang).toEqual([]);
    }
  });

  it('each key takes the same placeholders in both languages', () => {
    const differing = (Object.keys(MESSAGES.zh) as MessageKey[])
      .filter((key) => placeholders(MESSAGES.zh[key]).join() !== placeholders(MESSAGES.en[key]).join());
    expect(differing).toEqual([]);
  });

  it.each<{ lang: Lang; key: MessageKey; vars: Record<string, string | number>; want: string }>([
    { lang: 'zh', key: 'counts', vars: { errors: 2, warnings: 5 }, want: '错误 2 个，警告 5 个' },
    { lang: 'en', key: 'counts', vars: { errors: 2, warnings: 5 }, want: 'Errors: 2, warnings: 5' },
    { lang: 'en', key: 'yuan', vars: { amount: '3,927.00' }, want: '3,927.00 yuan' },
    { lang: 'zh', key: 'yuan', vars: { amount: '3,927.00' }, want: '3,927.00 元' },
    // A value holding a replacement pattern or markup is inserted verbatim.
    { lang: 'en', key: 'issueValue', vars: { value: '$& <b>x</b>' }, want: 'value "$& <b>x</b>"' },
    { lang: 'zh', key: 'policyInserted', vars: { sheet: '规则', preset: 'service-kpi', version: '1#a1b2c3' }, want: '已写入规则表“规则”（预设 service-kpi，第 1#a1b2c3 版）。' },
    { lang: 'en', key: 'policyFromSheet', vars: { sheet: '$1 Policy' }, want: 'from the "$1 Policy" sheet' },
    // A placeholder without a value stays visible rather than turning into "undefined".
    { lang: 'en', key: 'issueWhere', vars: { sheet: 'Attendance' }, want: 'Attendance row {row}' },
  ])('t($lang, $key) fills to "$want"', ({ lang, key, vars, want }) => {
    expect(t(lang, key, vars)).toBe(want);
  });

  it.each([
    ['zh', 'dismissal-recommended', '建议辞退'],
    ['en', 'dismissal-recommended', 'dismissal recommended'],
    ['zh', 'excellent', '优秀员工'],
    ['en', 'made-up-flag', 'made-up-flag'],
  ] as const)('flag %s %s reads "%s"', (lang, flag, want) => {
    expect(flagLabel(lang, flag)).toBe(want);
  });

  it.each([['zh', 'zh'], ['en', 'en'], ['fr', null], [null, null], ['', null]] as const)(
    'parseLang(%j) is %j', (value, want) => {
      expect(parseLang(value)).toBe(want);
    });
});
