// Fills one generated tab on a fresh sheet in row chunks, each a fixed number of calls; then styles it once.
import { ROW_STYLES, type ColumnKind, type TabSpec } from '../engine/report/tabs.js';
import { cellLink, type GidMap } from './links.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type RichTextValue = GoogleAppsScript.Spreadsheet.RichTextValue;

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

/** Fill of highlightRows when a tab has no rowStyles. */
export const HIGHLIGHT = '#fce8b2';
/** Pixels per character of a column width (TabSpec widths count CJK as 2), plus padding. */
const PX_PER_CHAR = 7;
const PX_PADDING = 12;
/** The Ranking tab's layout (tabs.ts): name in column C, value in column F, one agent per row by rank. */
const RANKING_NAME_COL = 3;
const RANKING_VALUE_COL = 6;
const CHART_TOP = 10;

/** Sheet rows the tab needs: header plus rows, at least 2 so the header can be frozen. */
export function tabSheetRows(tab: TabSpec): number {
  return Math.max(tab.rows.length + 1, 2);
}

/** Cells the tab's sheet will hold (rows × columns), what counts toward the spreadsheet's 10-million-cell limit. */
export function tabCells(tab: TabSpec): number {
  return tabSheetRows(tab) * tab.header.length;
}

/** Grows or shrinks the sheet to exactly rows × cols. */
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
  return gridRows(tab, 0, tab.rows.length + 1);
}

/** Grid rows [from, to) of the tab, row 0 being the header. */
function gridRows(tab: TabSpec, from: number, to: number): (string | number)[][] {
  const width = tab.header.length;
  const line = (row: readonly (string | number | null)[]) => Array.from({ length: width }, (_, c) => row[c] ?? '');
  const out: (string | number)[][] = [];
  for (let r = from; r < to; r++) out.push(line(r === 0 ? tab.header : tab.rows[r - 1]));
  return out;
}

function columnFormats(tab: TabSpec): string[] {
  return tab.header.map((_, c) => {
    const col = tab.columns[c];
    return col?.format ?? NUMBER_FORMATS[col?.kind ?? 'text'] ?? '@';
  });
}

/** Fill and weight of data row i: rowStyles when present, else highlightRows. */
function rowLook(tab: TabSpec, marked: ReadonlySet<number>, i: number): { fill: string | null; bold: boolean } {
  if (tab.rowStyles) {
    const style = tab.rowStyles[i];
    return style ? { fill: ROW_STYLES[style].fill, bold: ROW_STYLES[style].bold === true } : { fill: null, bold: false };
  }
  return { fill: marked.has(i) ? HIGHLIGHT : null, bold: false };
}

/**
 * The link column's rich text for data rows [from, to). One builder serves every row (setText clears the previous
 * link) and a value is built once per distinct text and target: lines from the same source cell share it.
 */
function linkValues(tab: TabSpec, gids: GidMap, from: number, to: number): RichTextValue[][] {
  const col = tab.linkColumn!;
  const builder = SpreadsheetApp.newRichTextValue();
  const built = new Map<string, RichTextValue>();
  const out: RichTextValue[][] = [];
  for (let i = from; i < to; i++) {
    const cell = tab.rows[i][col];
    const text = cell === null || cell === undefined ? '' : String(cell);
    const url = text === '' ? null : cellLink(tab.links?.[i], gids);
    const key = `${url ?? ''}\u0000${text}`;
    let value = built.get(key);
    if (!value) {
      builder.setText(text);
      if (url) builder.setLinkUrl(url);
      value = builder.build();
      built.set(key, value);
    }
    out.push([value]);
  }
  return out;
}

/** Sizes a fresh sheet for the tab: one resize per dimension at most. */
export function prepareTab(sheet: Sheet, tab: TabSpec): void {
  fitSize(sheet, tabSheetRows(tab), tab.header.length);
}

/**
 * Writes grid rows [from, to) (row 0 is the header) with a fixed number of calls: number formats first (text
 * stays text), values, fills and weights, then the link column as rich text. Rewriting a chunk is harmless.
 */
export function writeChunk(sheet: Sheet, tab: TabSpec, from: number, to: number, gids: () => GidMap): void {
  const cols = tab.header.length;
  const n = to - from;
  const range = sheet.getRange(from + 1, 1, n, cols);
  const formats = columnFormats(tab);
  const headerFormats = tab.header.map(() => '@');
  range.setNumberFormats(Array.from({ length: n }, (_, k) => (from + k === 0 ? headerFormats : formats)));
  range.setValues(gridRows(tab, from, to));
  const marked = new Set(tab.highlightRows ?? []);
  const looks = Array.from({ length: n }, (_, k) => (from + k === 0 ? { fill: null, bold: true } : rowLook(tab, marked, from + k - 1)));
  if (looks.some((l) => l.fill !== null)) range.setBackgrounds(looks.map((l) => Array<string | null>(cols).fill(l.fill)));
  if (looks.some((l) => l.bold)) range.setFontWeights(looks.map((l) => Array<'bold' | 'normal'>(cols).fill(l.bold ? 'bold' : 'normal')));
  const first = Math.max(from, 1);
  if (tab.linkColumn !== undefined && tab.links && to > first) {
    sheet.getRange(first + 1, tab.linkColumn + 1, to - first, 1).setRichTextValues(linkValues(tab, gids(), first - 1, to - 1));
  }
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
 * After the last chunk: note, frozen header (and columns), filter, widths and the Ranking chart. Safe to run again
 * after a killed execution: a filter or chart left by the first attempt is removed first. Page set-up for printing
 * (TabSpec.print) cannot be set from Apps Script; the .xlsx writer renders it.
 */
export function finishTab(sheet: Sheet, tab: TabSpec): void {
  const cols = tab.header.length;
  if (tab.note) sheet.getRange(1, 1).setNote(tab.note);
  sheet.setFrozenRows(1);
  if (tab.frozenColumns) sheet.setFrozenColumns(Math.min(tab.frozenColumns, cols - 1));
  sheet.getFilter()?.remove();
  if (tab.filter) sheet.getRange(1, 1, tabSheetRows(tab), cols).createFilter();
  sheet.autoResizeColumns(1, cols);
  tab.columns.forEach((col, c) => {
    if (col.width && c < cols) sheet.setColumnWidth(c + 1, col.width * PX_PER_CHAR + PX_PADDING);
  });
  if (tab.role === 'ranking') {
    for (const chart of sheet.getCharts()) sheet.removeChart(chart);
    addRankingChart(sheet, tab);
  }
}
