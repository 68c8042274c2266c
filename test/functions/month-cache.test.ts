// Month figures in CacheService-sized chunks: the split, the join, and what a missing or foreign chunk does.
import { describe, expect, it } from 'vitest';
import { Fingerprint, monthKey, type MonthFigures, type MonthInput } from '../../src/functions/figures.js';
import { CHUNK_CHARS, fromChunks, MAX_CHUNKS, toChunks } from '../../src/functions/month-cache.js';

/** n agents A00001… with five figures each (about 45 characters of JSON per agent). */
function figures(n: number): MonthFigures {
  const agents: MonthFigures['agents'] = {};
  for (let i = 0; i < n; i++) agents[`A${String(i + 1).padStart(5, '0')}`] = [95.5, 1500, 30000, 312345, ['excellent']];
  return { blocking: null, agents };
}

const keys = Array.from({ length: MAX_CHUNKS }, (_, i) => `k${i}`);
const stored = (chunks: string[]) => Object.fromEntries(chunks.map((c, i) => [keys[i], c]));

describe('toChunks / fromChunks', () => {
  it('2,000 agents fit in 4 chunks of at most 30,000 characters, each under 100 KB as UTF-8, and join back equal', () => {
    const f = figures(2000);
    const chunks = toChunks(f)!;
    expect(chunks).toHaveLength(4);
    expect(chunks[0].startsWith('4|')).toBe(true);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(CHUNK_CHARS);
      expect(Buffer.byteLength(c, 'utf8')).toBeLessThan(100 * 1024);
    }
    expect(fromChunks(stored(chunks), keys)).toEqual(f);
  });

  it('a month too big for 10 chunks is not cached (null), the caller keeps its memo', () => {
    expect(toChunks(figures(8000))).toBeNull();
  });

  it('a chunk that expired before the others reads as a miss', () => {
    const chunks = toChunks(figures(2000))!;
    const found = stored(chunks);
    delete found.k2;
    expect(fromChunks(found, keys)).toBeNull();
  });

  it.each([['no first chunk', {}], ['no count', { k0: '{"blocking":null}' }], ['a count beyond the keys', { k0: '11|{}' }], ['broken JSON', { k0: '1|{"agents":' }]])(
    '%s reads as a miss', (_name, found) => {
      expect(fromChunks(found, keys)).toBeNull();
    });
});

describe('monthKey', () => {
  const input: MonthInput = {
    month: '2026-11', timeZone: 'Asia/Shanghai', preset: null,
    sheets: [{ name: 'Roster', values: [['ID', 'Name'], ['A001', 'Wang']] }],
  };
  const key = monthKey(input);
  const variant = (change: Partial<MonthInput>) => monthKey({ ...input, ...change });

  it('is 32 hex digits and the same for the same input', () => {
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(monthKey(structuredClone(input))).toBe(key);
  });

  it.each([
    ['another month', { month: '2026-10' }],
    ['another zone', { timeZone: 'UTC' }],
    ['a preset named', { preset: 'outbound-center' }],
    ['one cell changed', { sheets: [{ name: 'Roster', values: [['ID', 'Name'], ['A001', 'Wan']] }] }],
    ['the number 1 instead of the text 1', { sheets: [{ name: 'Roster', values: [['ID', 'Name'], [1, 'Wang']] }] }],
    ['cells moved across rows', { sheets: [{ name: 'Roster', values: [['ID', 'Name', 'A001'], ['Wang']] }] }],
  ])('changes with %s', (_name, change) => {
    expect(variant(change)).not.toBe(key);
  });

  it('separates pieces: "ab"+"c" differs from "a"+"bc"', () => {
    expect(new Fingerprint().text('ab').text('c').hex()).not.toBe(new Fingerprint().text('a').text('bc').hex());
  });
});
