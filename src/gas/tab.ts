// Fills one generated tab on a fresh sheet with a fixed number of calls: formats, values, styling, links, chart.
import type { ColumnKind, TabSpec } from '../engine/tabs.js';
import { cellLink, type GidMap } from './links.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Number format per column kind; text ('@') is set before the values so '=…', '+…', '007' stay as written. */
export const NUMBER_FORMATS: Record<ColumnKind, string> = {
  text: '@',
  flags: '@',
  // ISO dates are written as text: sorts correctly and is never re-parsed by the spreadsheet locale.
  date: '@',
  money: '#,##0.00',
  int: '0',
  number: 'General',
};

export const HIGHLIGHT = '#fce8b2';
/** The Ranking tab's layout (tabs.ts): name in column C, value in column F, one agent per row by rank. */
const RANKING_NAME_COL = 3;
const RANKING_VALUE_COL = 6;
const CHART_TOP = 10;

/** Grows or shrinks the sheet to exactly rows × cols (at least 2 rows, so the header can be frozen). */
function fitSize(sheet: Sheet, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  const maxCols = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  else if (rows < maxRows) sheet.deleteRows(rows + 1, maxRows - rows);
  if (cols > maxCols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
  else if (cols < maxCols) sheet.deleteColumns(cols + 1, maxCols - cols);
}

/** The tab's header and rows as a rectangular grid of cells Sheets accepts (null → ''). */
export function tabGrid(tab: TabSpec): (string | number)[][] {
  const width = tab.header.length;
  const line = (row: readonly (string | number | null)[]) => Array.from({ length: width }, (_, c) => row[c] ?? '');
  return [line(tab.header), ...tab.rows.map(line)];
}

function formats(tab: TabSpec): string[][] {
  const data = tab.header.map((_, c) => NUMBER_FORMATS[tab.columns[c]?.kind ?? 'text'] ?? '@');
  return [tab.header.map(() => '@'), ...tab.rows.map(() => data)];
}

function backgrounds(tab: TabSpec): (string | null)[][] {
  const marked = new Set(tab.highlightRows ?? []);
  return tab.rows.map((_, i) => tab.header.map(() => (marked.has(i) ? HIGHLIGHT : null)));
}

/** The link column as rich text: one builder reused for every row (setText clears the previous link). */
function linkValues(tab: TabSpec, gids: GidMap): GoogleAppsScript.Spreadsheet.RichTextValue[][] {
  const col = tab.linkColumn!;
  const builder = SpreadsheetApp.newRichTextValue();
  return tab.rows.map((row, i) => {
    const text = row[col] === null || row[col] === undefined ? '' : String(row[col]);
    builder.setText(text);
    const url = text === '' ? null : cellLink(tab.links?.[i], gids);
    if (url) builder.setLinkUrl(url);
    return [builder.build()];
  });
}

function addRankingChart(sheet: Sheet, tab: TabSpec): void {
  const ranked = tab.rows.filter((row) => typeof row[0] === 'number').length;
  const top = Math.min(CHART_TOP, ranked);
  if (top === 0) return;
  const chart = sheet.newChart()
    .setChartType(Charts.ChartType.BAR)
    .addRange(sheet.getRange(1, RANKING_NAME_COL, top + 1, 1))
    .addRange(sheet.getRange(1, RANKING_VALUE_COL, top + 1, 1))
    .setNumHeaders(1)
    .setPosition(2, tab.header.length + 2, 0, 0)
    .setOption('title', `${tab.name} · top ${top}`)
    .setOption('legend', { position: 'none' })
    .build();
  sheet.insertChart(chart);
}

/**
 * Writes `tab` on `sheet` (a new, empty sheet). The number of calls is the same for 10 rows or 10,000:
 * one setNumberFormats and one setValues for the whole grid, then header, freeze, highlight, links, chart.
 */
export function fillTab(sheet: Sheet, tab: TabSpec, gids: GidMap): void {
  const rows = tab.rows.length + 1;
  const cols = tab.header.length;
  fitSize(sheet, Math.max(rows, 2), cols);
  const all = sheet.getRange(1, 1, rows, cols);
  all.setNumberFormats(formats(tab));
  all.setValues(tabGrid(tab));
  sheet.getRange(1, 1, 1, cols).setFontWeight('bold');
  if (tab.note) sheet.getRange(1, 1).setNote(tab.note);
  sheet.setFrozenRows(1);
  if (tab.rows.length > 0) {
    sheet.getRange(2, 1, tab.rows.length, cols).setBackgrounds(backgrounds(tab));
    if (tab.linkColumn !== undefined && tab.links) {
      sheet.getRange(2, tab.linkColumn + 1, tab.rows.length, 1).setRichTextValues(linkValues(tab, gids));
    }
  }
  sheet.autoResizeColumns(1, cols);
  if (tab.role === 'ranking') addRankingChart(sheet, tab);
}
