// Call status vocabularies: defaults per export, the policy's own rows, and the SQL lists.
import { describe, expect, it } from 'vitest';
import { statusClassifier, statusLists, vocabularyFor } from '../../../src/engine/imports/statuses.js';

describe('call statuses', () => {
  const vici = statusClassifier(vocabularyFor('vicidial-calls'));
  const clink = statusClassifier(vocabularyFor('clink-outbound'));
  it.each([
    ['VICIdial SALE is a success', vici, 'SALE', 3],
    ['VICIdial NI is connected', vici, 'NI', 2],
    ['VICIdial CALLBK is connected (any case)', vici, 'callbk', 2],
    ['VICIdial NA is a dial not connected', vici, 'NA', 1],
    ['VICIdial B, DC, A are dials not connected', vici, 'DC', 1],
    ['VICIdial NEW is no dial', vici, 'NEW', 0],
    ['Clink 双方接听 is connected', clink, '双方接听', 2],
    ['Clink 座席接听，客户未接听(超时) is a dial', clink, '座席接听，客户未接听(超时)', 1],
  ] as const)('%s', (_n, c, raw, want) => {
    expect(c.outcome(raw)).toBe(want);
  });

  it('the policy row for an export replaces the default', () => {
    const v = vocabularyFor('clink-outbound', [{ export: 'clink-outbound', notDial: [], connected: ['双方接听'], success: ['成交'] }]);
    expect(statusClassifier(v).outcome('成交')).toBe(3);
  });

  it('SQL lists: connected includes the successes; no success field stays null', () => {
    expect(statusLists(vocabularyFor('clink-outbound'))).toEqual({ notDial: [], connected: ['双方接听'], success: null });
    expect(statusLists({ export: 'x', notDial: [], connected: ['NI'], success: ['SALE'] }))
      .toEqual({ notDial: [], connected: ['ni', 'sale'], success: ['sale'] });
  });

  it('an unknown export is a programming fault', () => {
    expect(() => vocabularyFor('nope')).toThrow(/no call status vocabulary/);
  });
});
