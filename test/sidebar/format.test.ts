// Yuan and count formatting shown in the sidebar summary.
import { describe, expect, it } from 'vitest';
import { formatCount, formatYuan } from '../../sidebar/format.js';

describe('formatYuan', () => {
  it.each([
    [3927, '3,927.00'],
    [0, '0.00'],
    [0.1 + 0.2, '0.30'],
    [-0.5, '-0.50'],
    [1234567.891, '1,234,567.89'],
    [999.995, '1,000.00'],
    [12.3, '12.30'],
    [Number.NaN, '—'],
  ])('%d yuan shows as %s', (yuan, want) => {
    expect(formatYuan(yuan)).toBe(want);
  });
});

describe('formatCount', () => {
  it.each([[1820, '1,820'], [45, '45'], [1000000, '1,000,000'], [88.5, '88.5']])('%d shows as %s', (n, want) => {
    expect(formatCount(n)).toBe(want);
  });
});
