// The few spellings where DuckDB and BigQuery (GoogleSQL) differ; everything else in the call SQL is common to both.

/**
 * Checked against both references: BigQuery has SAFE_CAST, FLOAT64 and DATETIME (wall clock) but no TRY_CAST or
 * DOUBLE; DuckDB has TRY_CAST, DOUBLE and TIMESTAMP (wall clock) but neither SAFE_CAST nor FLOAT64 (DuckDB's DATETIME
 * alias exists, BigQuery's TIMESTAMP is an instant); BigQuery quotes names in backticks, DuckDB in double quotes;
 * string literals escape a quote by doubling (DuckDB) or a backslash (GoogleSQL).
 * Common to both, and the only other things the query uses: WITH, UNION ALL, CASE, CAST(… AS STRING | BIGINT | DATE),
 * EXTRACT(YEAR | MONTH | HOUR | MINUTE | SECOND FROM …), SUBSTR, STRPOS, LENGTH, TRIM, LOWER, REPLACE, CONCAT, COALESCE,
 * NULLIF, FLOOR, ROUND, IN (…), SUM/MIN/MAX/COUNT/STRING_AGG, window SUM … OVER (PARTITION BY … ORDER BY … ROWS BETWEEN
 * UNBOUNDED PRECEDING AND CURRENT ROW), ROW_NUMBER() and COUNT(*) OVER (PARTITION BY …). DuckDB only, on request
 * (CallQuery.doubles): CAST(… AS DOUBLE) of the result numbers.
 * Never used: `::` casts, ILIKE, QUALIFY, EXCLUDE, COUNTIF/count_if, IF(), regular expressions (different semantics),
 * TRANSLATE (in both, but ~30× slower than a cast in DuckDB).
 */
export interface Dialect {
  name: 'duckdb' | 'bigquery';
  /** a cast that gives NULL instead of failing */
  safeCast: (expr: string, type: 'float' | 'datetime') => string;
  /** a column or table name, quoted */
  quote: (name: string) => string;
  /** text about to be cast to a number or date: DuckDB's casts skip surrounding spaces themselves, BigQuery's do not */
  castText: (expr: string) => string;
  /** a string literal */
  literal: (s: string) => string;
}

export const DUCKDB: Dialect = {
  name: 'duckdb',
  safeCast: (expr, type) => `TRY_CAST(${expr} AS ${type === 'float' ? 'DOUBLE' : 'TIMESTAMP'})`,
  quote: (name) => `"${name.replace(/"/g, '""')}"`,
  literal: (s) => `'${s.replace(/'/g, "''")}'`,
  castText: (expr) => expr,
};

export const BIGQUERY: Dialect = {
  name: 'bigquery',
  safeCast: (expr, type) => `SAFE_CAST(${expr} AS ${type === 'float' ? 'FLOAT64' : 'DATETIME'})`,
  quote: (name) => {
    if (/[`\\\n\r]/.test(name)) throw new Error(`column or table name ${JSON.stringify(name)} cannot be quoted`, { cause: { code: 'bad-name' } });
    return `\`${name}\``;
  },
  literal: (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`,
  castText: (expr) => `TRIM(${expr})`,
};
