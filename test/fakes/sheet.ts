// The fake Sheet: a grid with a fixed size (1000 × 26 when inserted), frozen rows, charts and A1 ranges.
import { parseA1, type Box } from './a1.js';
import { hasContent, type Cell } from './cell.js';
import { FakeChartBuilder, type FakeChart } from './chart.js';
import { counted, type CallLog } from './log.js';
import { FakeRange, overlaps } from './range.js';
import { FakeRangeList } from './rangelist.js';
import { FakeDeveloperMetadata, FakeFilter } from './metadata.js';

/** Sheets' default column width in pixels. */
export const DEFAULT_COLUMN_WIDTH = 100;

export interface SheetHost {
  _log: CallLog;
  /** the Date class values are read back as (the caller's realm) */
  _Date: DateConstructor;
  _rename(sheet: FakeSheet, name: string): void;
  _self(): unknown;
}

export class FakeSheet {
  _grid: (Cell | undefined)[][] = [];
  _frozenRows = 0;
  /** column widths in pixels by 1-based column; unset columns are DEFAULT_COLUMN_WIDTH */
  _widths = new Map<number, number>();
  _charts: FakeChart[] = [];
  _frozenCols = 0;
  _metadata: FakeDeveloperMetadata[] = [];
  _filter: FakeFilter | null = null;
  _deleted = false;
  _protections: FakeProtection[] = [];
  _hidden = false;
  /** merged ranges (Range.merge, or seeded) */
  _merges: Box[] = [];
  private _proxy: FakeSheet;

  constructor(readonly _host: SheetHost, public _name: string, readonly _id: number,
    public _maxRows = 1000, public _maxCols = 26) {
    this._proxy = counted(this, 'Sheet', _host._log);
  }

  _self(): FakeSheet { return this._proxy; }

  /** Sheet protection: just enough state to assert on (description, warning-only, removal). */
  protect(): FakeProtection {
    this._alive();
    const p = new FakeProtection(this._protections);
    this._protections.push(p);
    return p;
  }

  getProtections(_type?: unknown): FakeProtection[] {
    this._alive();
    return [...this._protections];
  }

  hideSheet(): FakeSheet {
    this._alive();
    this._hidden = true;
    return this._proxy;
  }

  isSheetHidden(): boolean {
    return this._hidden;
  }
  _alive(): void {
    if (this._deleted) throw new Error(`Exception: The sheet "${this._name}" has been deleted.`);
  }

  _cell(r: number, c: number, create: boolean): Cell | undefined {
    const line = this._grid[r - 1] ?? (create ? (this._grid[r - 1] = []) : undefined);
    if (!line) return undefined;
    return line[c - 1] ?? (create ? (line[c - 1] = {}) : undefined);
  }

  /** Merges a box as Sheets does: only the top-left value is kept; a box overlapping another merge is refused. */
  _merge(box: Box): void {
    this._alive();
    if (this._merges.some((m) => overlaps(m, box))) throw new Error('Exception: You must select all cells in a merged range to merge or unmerge them.');
    for (let r = box.row; r < box.row + box.rows; r++) {
      for (let c = box.col; c < box.col + box.cols; c++) {
        const cell = r === box.row && c === box.col ? undefined : this._cell(r, c, false);
        if (cell) { delete cell.value; delete cell.formula; delete cell.link; }
      }
    }
    if (box.rows > 1 || box.cols > 1) this._merges.push({ ...box });
  }

  _range(box: Box): FakeRange {
    this._alive();
    if (box.row < 1) throw new Error('Exception: The starting row of the range is too small.');
    if (box.col < 1) throw new Error('Exception: The starting column of the range is too small.');
    if (box.rows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (box.cols < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (box.row + box.rows - 1 > this._maxRows || box.col + box.cols - 1 > this._maxCols) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return counted(new FakeRange(this, box), 'Range', this._host._log);
  }

  getName(): string { this._alive(); return this._name; }
  setName(name: string): FakeSheet {
    this._alive();
    this._host._rename(this, name);
    return this._proxy;
  }
  getSheetId(): number { return this._id; }
  getParent(): unknown { return this._host._self(); }
  getMaxRows(): number { return this._maxRows; }
  getMaxColumns(): number { return this._maxCols; }

  getRange(a: number | string, col?: number, rows?: number, cols?: number): FakeRange {
    if (typeof a === 'string') return this._range(parseA1(a, this._maxRows, this._maxCols));
    if (col === undefined) throw new Error('Exception: The parameters (number) don\'t match the method signature for SpreadsheetApp.Sheet.getRange.');
    return this._range({ row: a, col, rows: rows ?? 1, cols: cols ?? 1 });
  }

  /**
   * A RangeList of A1 ranges on this sheet ('A1:P2', 'C5'), strictly: a non-empty array of strings, each
   * inside the sheet (the range calls it makes are internal, not counted).
   */
  getRangeList(a1Notations: string[]): FakeRangeList {
    this._alive();
    if (!Array.isArray(a1Notations) || a1Notations.length === 0 || a1Notations.some((a) => typeof a !== 'string')) {
      throw new Error('Exception: The parameters (' + (Array.isArray(a1Notations) ? 'String[]' : typeof a1Notations) + ") don't match the method signature for SpreadsheetApp.Sheet.getRangeList.");
    }
    const ranges = a1Notations.map((a) => {
      const box = parseA1(a, this._maxRows, this._maxCols);
      this._range(box);
      return new FakeRange(this, box);
    });
    return counted(new FakeRangeList(ranges), 'RangeList', this._host._log);
  }

  setColumnWidth(column: number, width: number): FakeSheet {
    return this.setColumnWidths(column, 1, width);
  }
  setColumnWidths(start: number, count: number, width: number): FakeSheet {
    this._alive();
    if (![start, count, width].every(Number.isInteger) || width < 0) throw new Error('Exception: Invalid argument: width');
    if (start < 1 || count < 1 || start + count - 1 > this._maxCols) throw new Error('Exception: Those columns are out of bounds.');
    for (let c = start; c < start + count; c++) this._widths.set(c, width);
    return this._proxy;
  }
  getColumnWidth(column: number): number {
    this._alive();
    if (column < 1 || column > this._maxCols) throw new Error('Exception: Those columns are out of bounds.');
    return this._widths.get(column) ?? DEFAULT_COLUMN_WIDTH;
  }

  getLastRow(): number {
    this._alive();
    for (let r = this._grid.length; r >= 1; r--) if (this._grid[r - 1]?.some(hasContent)) return r;
    return 0;
  }
  getLastColumn(): number {
    this._alive();
    let last = 0;
    for (const line of this._grid) line?.forEach((cell, c) => { if (hasContent(cell) && c + 1 > last) last = c + 1; });
    return last;
  }
  /** The range from A1 to the last row and column with content (A1 alone on an empty sheet). */
  getDataRange(): FakeRange {
    return this._range({ row: 1, col: 1, rows: Math.max(1, this.getLastRow()), cols: Math.max(1, this.getLastColumn()) });
  }

  insertRowsAfter(after: number, howMany: number): FakeSheet {
    this._alive();
    if (after < 1 || after > this._maxRows || howMany < 1) throw new Error('Exception: Those rows are out of bounds.');
    if (this._grid.length > after) this._grid.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this._maxRows += howMany;
    return this._proxy;
  }
  insertColumnsAfter(after: number, howMany: number): FakeSheet {
    this._alive();
    if (after < 1 || after > this._maxCols || howMany < 1) throw new Error('Exception: Those columns are out of bounds.');
    for (const line of this._grid) if (line && line.length > after) line.splice(after, 0, ...new Array<undefined>(howMany));
    this._maxCols += howMany;
    return this._proxy;
  }
  deleteRows(position: number, howMany: number): void {
    this._alive();
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (howMany >= this._maxRows - this._frozenRows) throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    this._grid.splice(position - 1, howMany);
    this._maxRows -= howMany;
  }
  deleteColumns(position: number, howMany: number): void {
    this._alive();
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._maxCols) throw new Error('Exception: Those columns are out of bounds.');
    if (howMany >= this._maxCols) throw new Error('Exception: Sorry, it is not possible to delete all non-frozen columns.');
    for (const line of this._grid) line?.splice(position - 1, howMany);
    this._maxCols -= howMany;
  }

  setFrozenRows(rows: number): void {
    this._alive();
    if (rows >= this._maxRows) throw new Error('Exception: You can\'t freeze all visible rows on the sheet.');
    this._frozenRows = rows;
  }
  getFrozenRows(): number { return this._frozenRows; }
  setFrozenColumns(columns: number): void {
    this._alive();
    if (columns >= this._maxCols) throw new Error('Exception: You can\'t freeze all visible columns on the sheet.');
    this._frozenCols = columns;
  }
  getFrozenColumns(): number { return this._frozenCols; }

  /** Developer metadata on the sheet: a key and an optional value, kept with the sheet through renames. */
  addDeveloperMetadata(key: string, value?: string): FakeSheet {
    this._alive();
    if (typeof key !== 'string' || key === '') throw new Error('Exception: Invalid argument: key');
    this._metadata.push(new FakeDeveloperMetadata(key, value ?? null, this));
    return this._proxy;
  }
  getDeveloperMetadata(): FakeDeveloperMetadata[] {
    this._alive();
    return this._metadata.map((m) => counted(m, 'DeveloperMetadata', this._host._log));
  }
  getFilter(): FakeFilter | null {
    this._alive();
    return this._filter ? counted(this._filter, 'Filter', this._host._log) : null;
  }
  removeChart(chart: FakeChart): void {
    this._alive();
    const i = this._charts.indexOf(chart);
    if (i < 0) throw new Error('Exception: The chart does not exist on this sheet.');
    this._charts.splice(i, 1);
  }
  /** Copies the sheet (values, formats, notes) into `spreadsheet` as 'Copy of <name>'. */
  copyTo(spreadsheet: { _copyIn(sheet: FakeSheet): FakeSheet }): FakeSheet {
    this._alive();
    return spreadsheet._copyIn(this);
  }
  autoResizeColumns(start: number, count: number): FakeSheet {
    this._alive();
    if (start < 1 || start + count - 1 > this._maxCols) throw new Error('Exception: Those columns are out of bounds.');
    return this._proxy;
  }

  newChart(): FakeChartBuilder {
    this._alive();
    return counted(new FakeChartBuilder(), 'EmbeddedChartBuilder', this._host._log);
  }
  insertChart(chart: FakeChart): void {
    this._alive();
    for (const r of chart.ranges) if (r._sheet !== this) throw new Error('Exception: The chart\'s data ranges must be on a sheet of this spreadsheet.');
    this._charts.push(chart);
  }
  getCharts(): FakeChart[] { return [...this._charts]; }

  activate(): FakeSheet { this._alive(); return this._proxy; }
  clear(): FakeSheet { this._alive(); this._grid = []; this._charts = []; return this._proxy; }

  /** Test helper: the whole used grid as getValues() would show it. */
  _values(): unknown[][] {
    if (this.getLastRow() === 0) return [];
    return new FakeRange(this, { row: 1, col: 1, rows: this.getLastRow(), cols: this.getLastColumn() }).getValues();
  }
}

/** A sheet's protection as Apps Script's Protection: description, warning-only, remove. */
export class FakeProtection {
  description = '';
  warningOnly = false;
  constructor(readonly list: FakeProtection[]) {}
  setDescription(d: string): FakeProtection { this.description = d; return this; }
  getDescription(): string { return this.description; }
  setWarningOnly(w: boolean): FakeProtection { this.warningOnly = w; return this; }
  isWarningOnly(): boolean { return this.warningOnly; }
  remove(): void { this.list.splice(this.list.indexOf(this), 1); }
}
