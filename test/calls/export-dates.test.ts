// Start times read in SQL (the FAMILY shapes) give exactly what the tab reader gives for the same text.
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DUCKDB } from '../../src/calls/dialect.js';
import { FAMILY, familyDate, familyTextSql, realStartSql, shapeSql } from '../../src/calls/export-dates.js';
import { callTime } from '../../src/engine/imports/index.js';

/** Every FAMILY shape filled with digits that make real and impossible dates and times. */
function samples(): string[] {
  const fills = ['2026-10-08 09:07:30', '2024-02-29 23:59:59', '2026-02-29 00:00:00', '2026-13-01 10:00:00', '2026-04-31 10:00:00',
    '2026-10-08 24:00:00', '2026-10-08 23:60:00', '2026-10-08 23:59:60', '1899-12-31 10:00:00', '2200-01-01 10:00:00',
    '2199-12-31 00:00:00', '1900-01-01 00:00:00', '2026-00-08 10:00:00', '2026-10-00 10:00:00', '2026-01-01 00:00:00'];
  const out = new Set<string>();
  for (const fill of fills) {
    const [y, mo, d, h, mi, s] = fill.split(/[- :]/);
    for (const f of FAMILY) {
      const digits = [y, mo, d, h, mi, s];
      let k = 0;
      // Each run of 9s takes the next part, cut to the run's width (a 1-digit run takes the last digit: 08 → 8).
      out.add(f.shape.replace(/9+/g, (run) => digits[k++].slice(-run.length)));
    }
  }
  return [...out];
}

describe('FAMILY start times in SQL', () => {
  it('are 40 shapes: yyyy-m-d or yyyy/m/d, alone or with h:mm or h:mm:ss', () => {
    expect(FAMILY.length).toBe(40);
    expect(FAMILY.map((f) => f.shape)).toEqual(expect.arrayContaining(['9999-99-99 99:99:99', '9999/9/9 9:99:99', '9999-99-99', '9999/99/9 99:99']));
  });

  it('read each sample as cells.ts does: the same date and seconds, or no date', async () => {
    const texts = samples();
    expect(texts.length).toBeGreaterThan(400);
    const db = await DuckDBInstance.create(':memory:');
    const conn = await db.connect();
    const values = texts.map((t) => `SELECT '${t}' AS v`).join(' UNION ALL ');
    const sql = `SELECT v, ${realStartSql(DUCKDB, 'canon')} AS d FROM (SELECT v, ${familyTextSql('v', shapeSql('v'))} AS canon FROM (${values}))`;
    const got = new Map((await conn.runAndReadAll(sql)).getRowObjectsJson().map((r) => [String(r.v), r.d === null ? null : String(r.d)]));
    conn.closeSync();
    db.closeSync();
    const mismatches = texts.filter((t) => {
      const js = callTime(t, 'UTC');
      return got.get(t) !== (js === null ? null : familyDate(js));
    });
    expect(mismatches).toEqual([]);
    // Not vacuous: both real and impossible ones among them.
    expect([...got.values()].filter((d) => d === null).length).toBeGreaterThan(100);
    expect(got.get('2026/2/29 0:00')).toBeNull();
    expect(got.get('2024/2/29 23:59')).toBe('2024-02-29 23:59:00');
    expect(got.get('2026-10-08')).toBe('2026-10-08');
  }, 30_000);
});
