// The fake Range: rectangular reads and writes with the dimension checks and messages of real Sheets.
import { boxA1, type Box } from './a1.js';
import { DEFAULT_FORMAT, TEXT_FORMAT, hasContent, isDate, readValue, signatureError, writeValue, type Cell, type Stored } from './cell.js';
import { FakeRichTextValue } from './richtext.js';
import type { FakeSheet } from './sheet.js';
import { FakeFilter } from './metadata.js';
import { counted } from './log.js';

export class FakeRange {
  constructor(readonly _sheet: FakeSheet, readonly _box: Box) {}

  private _each<T>(fn: (r: number, c: number) => T): T[][] {
    this._sheet._alive();
    const { row, col, rows, cols } = this._box;
    const out: T[][] = [];
    for (let i = 0; i < rows; i++) {
      const line: T[] = [];
      for (let j = 0; j < cols; j++) line.push(fn(row + i, col + j));
      out.push(line);
    }
    return out;
  }

  /** Throws the Sheets messages when `data` is not rows × cols. */
  private _check(data: unknown, method: string): unknown[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r))) throw signatureError(method, data);
    const { rows, cols } = this._box;
    if (data.length !== rows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${rows}.`);
    }
    for (const line of data as unknown[][]) {
      if (line.length !== cols) {
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${cols}.`);
      }
    }
    return data as unknown[][];
  }

  private _cell(r: number, c: number): Cell {
    return this._sheet._cell(r, c, true)!;
  }

  private _write(data: unknown, method: string, put: (cell: Cell, v: unknown) => void): FakeRange {
    const rows = this._check(data, method);
    const { row, col } = this._box;
    this._each((r, c) => put(this._cell(r, c), rows[r - row][c - col]));
    return this;
  }

  getSheet(): FakeSheet { return this._sheet._self(); }
  getRow(): number { return this._box.row; }
  getColumn(): number { return this._box.col; }
  getNumRows(): number { return this._box.rows; }
  getNumColumns(): number { return this._box.cols; }
  getLastRow(): number { return this._box.row + this._box.rows - 1; }
  getLastColumn(): number { return this._box.col + this._box.cols - 1; }
  getA1Notation(): string { return boxA1(this._box); }

  getValues(): Stored[][] { return this._each((r, c) => readValue(this._sheet._cell(r, c, false), this._sheet._host._Date)); }
  getValue(): Stored { return readValue(this._sheet._cell(this._box.row, this._box.col, false), this._sheet._host._Date); }
  getFormulas(): string[][] { return this._each((r, c) => this._sheet._cell(r, c, false)?.formula ?? ''); }
  getDisplayValues(): string[][] {
    return this._each((r, c) => {
      const v = readValue(this._sheet._cell(r, c, false), this._sheet._host._Date);
      return isDate(v) ? v.toISOString() : String(v);
    });
  }

  setValues(values: unknown[][]): FakeRange {
    return this._write(values, 'setValues', (cell, v) => writeValue(cell, v, 'setValues'));
  }
  setValue(value: unknown): FakeRange {
    this._each((r, c) => writeValue(this._cell(r, c), value, 'setValue'));
    return this;
  }

  getNumberFormats(): string[][] { return this._each((r, c) => this._sheet._cell(r, c, false)?.format ?? DEFAULT_FORMAT); }
  getNumberFormat(): string { return this._sheet._cell(this._box.row, this._box.col, false)?.format ?? DEFAULT_FORMAT; }
  setNumberFormat(format: string): FakeRange {
    if (typeof format !== 'string') throw signatureError('setNumberFormat', format);
    this._each((r, c) => (this._cell(r, c).format = format));
    return this;
  }
  setNumberFormats(formats: string[][]): FakeRange {
    return this._write(formats, 'setNumberFormats', (cell, v) => {
      if (typeof v !== 'string') throw signatureError('setNumberFormats', v);
      cell.format = v;
    });
  }

  setFontWeight(weight: 'bold' | 'normal' | null): FakeRange {
    this._each((r, c) => (this._cell(r, c).bold = weight === 'bold'));
    return this;
  }
  setFontWeights(weights: (string | null)[][]): FakeRange {
    return this._write(weights, 'setFontWeights', (cell, v) => {
      if (v !== null && v !== 'bold' && v !== 'normal') throw signatureError('setFontWeights', v);
      cell.bold = v === 'bold';
    });
  }
  /** An autofilter over this range; Sheets allows one per sheet. */
  createFilter(): FakeFilter {
    this._sheet._alive();
    if (this._sheet._filter) throw new Error('Exception: You can\'t create a filter in a sheet that already has a filter.');
    this._sheet._filter = new FakeFilter(this._sheet, { ...this._box });
    return counted(this._sheet._filter, 'Filter', this._sheet._host._log);
  }
  getFontWeights(): string[][] { return this._each((r, c) => (this._sheet._cell(r, c, false)?.bold ? 'bold' : 'normal')); }

  setBackground(color: string | null): FakeRange {
    this._each((r, c) => (this._cell(r, c).background = color));
    return this;
  }
  setBackgrounds(colors: (string | null)[][]): FakeRange {
    return this._write(colors, 'setBackgrounds', (cell, v) => {
      if (v !== null && typeof v !== 'string') throw signatureError('setBackgrounds', v);
      cell.background = v as string | null;
    });
  }
  getBackgrounds(): string[][] { return this._each((r, c) => this._sheet._cell(r, c, false)?.background ?? '#ffffff'); }

  setRichTextValues(values: FakeRichTextValue[][]): FakeRange {
    return this._write(values, 'setRichTextValues', (cell, v) => {
      if (!(v instanceof FakeRichTextValue)) throw signatureError('setRichTextValues', v);
      // Rich text is always stored as text: it never becomes a formula or a number.
      delete cell.formula;
      if (v.getText() === '') delete cell.value;
      else cell.value = v.getText();
      cell.link = v.getLinkUrl();
    });
  }
  getRichTextValues(): (FakeRichTextValue | null)[][] {
    return this._each((r, c) => {
      const cell = this._sheet._cell(r, c, false);
      if (isDate(cell?.value) || typeof cell?.value === 'number' || typeof cell?.value === 'boolean') return null;
      return new FakeRichTextValue(hasContent(cell) ? String(readValue(cell)) : '', cell?.link ?? null);
    });
  }

  setNote(note: string | null): FakeRange {
    this._cell(this._box.row, this._box.col).note = note ?? '';
    return this;
  }
  getNote(): string { return this._sheet._cell(this._box.row, this._box.col, false)?.note ?? ''; }

  clearContent(): FakeRange {
    this._each((r, c) => {
      const cell = this._sheet._cell(r, c, false);
      if (cell) { delete cell.value; delete cell.formula; delete cell.link; }
    });
    return this;
  }

  /**
   * Merges the range as Sheets does: the top-left value stays, the other cells are cleared (getValues reads them as
   * ''), and a range overlapping another merge is refused.
   */
  merge(): FakeRange {
    this._sheet._merge(this._box);
    return this;
  }
  /** The merged ranges that intersect this range, as Ranges (their getters are counted calls, as in Apps Script). */
  getMergedRanges(): FakeRange[] {
    this._sheet._alive();
    return this._sheet._merges.filter((m) => overlaps(m, this._box)).map((m) => counted(new FakeRange(this._sheet, { ...m }), 'Range', this._sheet._host._log));
  }
  isPartOfMerge(): boolean {
    this._sheet._alive();
    return this._sheet._merges.some((m) => overlaps(m, this._box));
  }
  breakApart(): FakeRange {
    this._sheet._alive();
    this._sheet._merges = this._sheet._merges.filter((m) => !overlaps(m, this._box));
    return this;
  }

  /** True when every cell's format is text, as the injection test expects of text columns. */
  _isText(): boolean {
    return this._each((r, c) => this._sheet._cell(r, c, false)?.format === TEXT_FORMAT).every((line) => line.every(Boolean));
  }
}

/** True when two boxes share a cell. */
export function overlaps(a: Box, b: Box): boolean {
  return a.row <= b.row + b.rows - 1 && b.row <= a.row + a.rows - 1 && a.col <= b.col + b.cols - 1 && b.col <= a.col + a.cols - 1;
}
