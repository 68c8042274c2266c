// The fake Spreadsheet: named sheets (unique, case-insensitive as in Sheets), time zone, locale and sheet ids.
import type { CellValue } from '../../src/engine/types.js';
import { isDate } from './cell.js';
import { counted, type CallLog } from './log.js';
import { parseA1 } from './a1.js';
import { FakeSheet } from './sheet.js';

export interface SeedSheet {
  name: string;
  /** rows of cells; stored as given (strings stay text, Dates stay Dates) */
  values: CellValue[][];
  /** ranges merged after the values are stored ('A2:A4'), as Range.merge() leaves them: only top-left values stay */
  merges?: string[];
}

export class FakeSpreadsheet {
  _sheets: FakeSheet[] = [];
  private _nextId = 0;
  private _active: FakeSheet | null = null;
  private readonly _proxy: FakeSpreadsheet;
  readonly _toasts: string[] = [];
  _Date: DateConstructor = Date;

  /** set for a spreadsheet made by SpreadsheetApp.create */
  _createdName: string | null = null;

  constructor(readonly _log: CallLog, private _timeZone: string, private _locale: string, seed: SeedSheet[]) {
    this._proxy = counted(this, 'Spreadsheet', _log);
    for (const s of seed) this._seed(s);
    if (this._sheets.length === 0) this._add('Sheet1');
    this._active = this._sheets[0];
  }

  _self(): FakeSpreadsheet { return this._proxy; }

  private _find(name: string): FakeSheet | undefined {
    const key = name.trim().toLowerCase();
    return this._sheets.find((s) => s._name.toLowerCase() === key);
  }

  private _add(name: string, index = this._sheets.length, rows = 1000, cols = 26): FakeSheet {
    if (this._find(name)) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    // Sheet ids are large and not positional in real spreadsheets; the first is 0.
    const sheet = new FakeSheet(this, name, this._nextId === 0 ? 0 : 100000 + this._nextId * 7919, rows, cols);
    this._nextId++;
    this._sheets.splice(index, 0, sheet);
    return sheet;
  }

  private _seed(s: SeedSheet): void {
    const width = s.values.reduce((w, r) => Math.max(w, r.length), 0);
    const sheet = this._add(s.name, this._sheets.length, Math.max(1000, s.values.length), Math.max(26, width));
    s.values.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === '') return;
      // Seeded values are stored as given (a seeded '007' stays text, as one typed into a text column).
      sheet._cell(i + 1, j + 1, true)!.value = isDate(v) ? new Date(v.getTime()) : v;
    }));
    for (const a1 of s.merges ?? []) sheet._merge(parseA1(a1, sheet._maxRows, sheet._maxCols));
  }

  _rename(sheet: FakeSheet, name: string): void {
    if (typeof name !== 'string' || name.trim() === '') throw new Error('Exception: Invalid argument: name');
    const other = this._find(name);
    if (other && other !== sheet) throw new Error(`Exception: A sheet with the name "${name}" already exists. Please enter another name.`);
    sheet._name = name;
  }

  getId(): string { return 'fake-spreadsheet-id'; }
  getName(): string { return this._createdName ?? 'Callboard test'; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._createdName ? 'fake-created-id' : 'fake-spreadsheet-id'}/edit`; }
  getSpreadsheetTimeZone(): string { return this._timeZone; }
  getSpreadsheetLocale(): string { return this._locale; }
  setSpreadsheetTimeZone(tz: string): void { this._timeZone = tz; }

  getSheets(): FakeSheet[] { return this._sheets.map((s) => s._self()); }
  getNumSheets(): number { return this._sheets.length; }
  getSheetByName(name: string): FakeSheet | null { return this._find(name)?._self() ?? null; }
  getSheetById(id: number): FakeSheet | null { return this._sheets.find((s) => s._id === id)?._self() ?? null; }
  getActiveSheet(): FakeSheet | null { return this._active?._self() ?? null; }
  setActiveSheet(sheet: FakeSheet): FakeSheet {
    this._active = this._own(sheet);
    return sheet;
  }

  /** insertSheet(), insertSheet(name), insertSheet(name, index): index is 0-based; the new sheet becomes active. */
  insertSheet(name?: string | number, index?: number): FakeSheet {
    const label = typeof name === 'string' ? name : `Sheet${this._sheets.length + 1}`;
    const at = typeof name === 'number' ? name : index ?? this._sheets.indexOf(this._active!) + 1;
    if (at < 0 || at > this._sheets.length) throw new Error('Exception: Invalid argument: sheetIndex');
    const sheet = this._add(label, at);
    this._active = sheet;
    return sheet._self();
  }

  deleteSheet(sheet: FakeSheet): void {
    const own = this._own(sheet);
    if (this._sheets.length === 1) throw new Error('Exception: You can\'t remove all the sheets in a document.');
    own._deleted = true;
    this._sheets.splice(this._sheets.indexOf(own), 1);
    if (this._active === own) this._active = this._sheets[0];
  }

  toast(message: string): void { this._toasts.push(message); }

  /** Sheet.copyTo(this): a copy of the sheet's cells named 'Copy of <name>', at the end. */
  _copyIn(source: FakeSheet): FakeSheet {
    let name = `Copy of ${source._name}`;
    for (let n = 2; this._find(name); n++) name = `Copy of ${source._name} ${n}`;
    const sheet = this._add(name, this._sheets.length, source._maxRows, source._maxCols);
    sheet._grid = source._grid.map((line) => line?.map((cell) => (cell ? { ...cell } : cell)));
    sheet._frozenRows = source._frozenRows;
    return sheet._self();
  }

  private _own(sheet: FakeSheet): FakeSheet {
    const own = this._sheets.find((s) => s._self() === sheet || s === sheet);
    if (!own) throw new Error('Exception: The sheet has been deleted or does not belong to this spreadsheet.');
    return own;
  }

  /** Test helper: sheet names in tab order, without counting a call. */
  _names(): string[] { return this._sheets.map((s) => s._name); }
  /** Test helper: a sheet by exact name, uncounted. */
  _sheet(name: string): FakeSheet | undefined { return this._find(name); }
}
