// The few spellings where DuckDB and BigQuery (GoogleSQL) differ; everything else in the call SQL is common to both.

/**
 * Checked against both references: BigQuery has SAFE_CAST and FLOAT64 but no TRY_CAST or DOUBLE; DuckDB has TRY_CAST
 * and DOUBLE but neither SAFE_CAST nor FLOAT64; BigQuery quotes names in backticks, DuckDB in double quotes.
 * Common to both, and the only other things the query uses: WITH, UNION ALL, CASE, CAST(… AS STRING | BIGINT | DATE),
 * SUBSTR, LENGTH, TRIM, LOWER, REPLACE, TRANSLATE, STRPOS, LPAD, RPAD, CONCAT, COALESCE, NULLIF, SUM/MIN/MAX/COUNT,
 * window SUM … OVER (PARTITION BY … ORDER BY … ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) and ROW_NUMBER().
 * Never used: `::` casts, ILIKE, QUALIFY, EXCLUDE, COUNTIF/count_if, IF(), regular expressions (different semantics).
 */
export interface Dialect {
  name: 'duckdb' | 'bigquery';
  /** a cast that gives NULL instead of failing */
  safeCast: (expr: string, type: 'DATE') => string;
  /** a column or table name, quoted */
  quote: (name: string) => string;
}

export const DUCKDB: Dialect = {
  name: 'duckdb',
  safeCast: (expr, type) => `TRY_CAST(${expr} AS ${type})`,
  quote: (name) => `"${name.replace(/"/g, '""')}"`,
};

export const BIGQUERY: Dialect = {
  name: 'bigquery',
  safeCast: (expr, type) => `SAFE_CAST(${expr} AS ${type})`,
  quote: (name) => {
    if (/[`\\\n\r]/.test(name)) throw new Error(`column or table name ${JSON.stringify(name)} cannot be quoted`, { cause: { code: 'bad-name' } });
    return `\`${name}\``;
  },
};
