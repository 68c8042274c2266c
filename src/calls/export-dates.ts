// Start times of dialer exports read in SQL: the shapes read there, exactly as the tab reader reads them; others go through it.
import type { Dialect } from './dialect.js';

/** A start time's shape (digits as 9) that SQL reads itself, and the SQL giving its canonical 'yyyy-mm-dd[ hh:mm:ss]'. */
export interface DateShape {
  shape: string;
  sql: (t: string) => string;
}

/**
 * yyyy-m-d and yyyy/m/d (month and day of 1 or 2 digits), alone or with ' h:mm' or ' h:mm:ss' (hour of 1 or 2 digits):
 * what the dialers write (Clink, VICIdial, 7moor: 2026-10-08 09:07:30; re-saved by Excel: 2026/10/8 9:07:30). The
 * tab reader (cells.ts scanDateText) reads each of these as this date and time, or as no date when a part is out of
 * range. Every other start time is read by the tab reader itself, once per distinct text (src/calls/exports.ts).
 */
export const FAMILY: readonly DateShape[] = (() => {
  const out: DateShape[] = [];
  // Most common first (SQL tries them in order): 2026-10-08 09:07:30.
  const times: (null | { h: number; secs: boolean })[] = [{ h: 2, secs: true }, { h: 2, secs: false }, { h: 1, secs: true }, { h: 1, secs: false }, null];
  for (const sep of ['-', '/']) {
    for (const mw of [2, 1]) {
      for (const dw of [2, 1]) {
        for (const time of times) {
          const parts: [number, number][] = []; // [start (1-based), width]
          let shape = '9999';
          parts.push([1, 4]);
          shape += sep;
          parts.push([shape.length + 1, mw]);
          shape += '9'.repeat(mw) + sep;
          parts.push([shape.length + 1, dw]);
          shape += '9'.repeat(dw);
          if (time) {
            shape += ' ';
            parts.push([shape.length + 1, time.h]);
            shape += `${'9'.repeat(time.h)}:`;
            parts.push([shape.length + 1, 2]);
            shape += '99';
            if (time.secs) {
              shape += ':';
              parts.push([shape.length + 1, 2]);
              shape += '99';
            }
          }
          const piece = (t: string, [at, w]: [number, number]) => (w === 1 ? `'0', SUBSTR(${t}, ${at}, 1)` : `SUBSTR(${t}, ${at}, ${w})`);
          out.push({
            shape,
            sql: (t) => {
              const [y, m, d, h, mi, s] = parts;
              const date = [piece(t, y), "'-'", piece(t, m), "'-'", piece(t, d)];
              const clock = h ? ["' '", piece(t, h), "':'", piece(t, mi), "':'", s ? piece(t, s) : "'00'"] : [];
              return `CONCAT(${[...date, ...clock].join(', ')})`;
            },
          });
        }
      }
    }
  }
  return out;
})();

/** The canonical text of a start the tab reader read: 'yyyy-mm-dd hh:mm:ss', or 'yyyy-mm-dd' without a time. */
export function familyDate(when: { date: string; seconds: number | null }): string {
  if (when.seconds === null) return when.date;
  const p = (n: number) => String(n).padStart(2, '0');
  const s = when.seconds;
  return `${when.date} ${p(Math.floor(s / 3600))}:${p(Math.floor(s / 60) % 60)}:${p(s % 60)}`;
}

/** SQL: the text with every digit written as 9 (its shape). */
export function shapeSql(expr: string): string {
  return Array.from({ length: 9 }, (_, d) => d).reduce((e, d) => `REPLACE(${e}, '${d}', '9')`, expr);
}

/** SQL: the canonical text ('yyyy-mm-dd[ hh:mm:ss]') of text `t` whose shape (shapeSql) is `shape`, one of FAMILY's; else NULL. */
export function familyTextSql(t: string, shape: string): string {
  return `(CASE ${FAMILY.map((s) => `WHEN ${shape} = '${s.shape}' THEN ${s.sql(t)}`).join(' ')} END)`;
}

/**
 * SQL: `canon` (familyTextSql) when it is a real date and time, else NULL (month 13, 30 February, hour 24, minute 60,
 * a year outside 1900–2199). DuckDB reads 24:00:00 as the next midnight; BigQuery refuses it, as the tab reader does.
 */
export function realStartSql(dl: Dialect, canon: string): string {
  const full = `(CASE WHEN LENGTH(${canon}) = 10 THEN CONCAT(${canon}, ' 00:00:00') ELSE ${canon} END)`;
  return `(CASE WHEN SUBSTR(${canon}, 1, 4) BETWEEN '1900' AND '2199' AND (LENGTH(${canon}) = 10 OR SUBSTR(${canon}, 12, 2) <= '23')`
    + ` AND ${dl.safeCast(full, 'datetime')} IS NOT NULL THEN ${canon} END)`;
}
