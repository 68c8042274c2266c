// Small in-memory workbooks for the bad-input corpus: a clean base per preset and one-line ways to spoil it.
import { runWorkbook, type WorkbookRun } from '../../src/engine/run.js';
import type { CellValue, Issue, SheetData, WorkbookData } from '../../src/engine/types.js';

export const utc = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** outbound-center: two agents on Thursday 8 October 2026, every sheet well-formed (no error, no warning). */
export function outbound(): SheetData[] {
  return [
    { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary', 'Hire date', 'Level', 'Leader'],
      ['A1', 'Ann', 'T1', 3000, null, null, null], ['A2', 'Bob', 'T1', 3000, null, null, null]] },
    { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out', 'Leave type', 'Leave days'],
      ['A1', utc('2026-10-08'), '09:00', '18:00', null, null], ['A2', utc('2026-10-08'), '09:00', '18:00', null, null]] },
    { name: 'Calls', values: [['ID', 'Date', 'Dials', 'Connected', 'Successes', 'Talk minutes'],
      ['A1', utc('2026-10-08'), 120, 100, 50, 60], ['A2', utc('2026-10-08'), 120, 100, 50, 60]] },
    { name: 'Events', values: [['ID', 'Date', 'Code', 'Count', 'Note'], ['A1', utc('2026-10-08'), 'A-BON-4', 1, null]] },
  ];
}

/** service-kpi: KPI columns in English as the preset names them. */
export const KPI_HEADERS = ['Sales', 'Planned sales', 'Inquiries', 'Orders', 'Paid orders', 'Paying customers', 'Messages received',
  'Messages replied', 'Response seconds', 'Follow-up', 'Execution', 'Satisfaction %', 'Complaint rate %', 'Public sales', 'Membership cards'];
const KPI_ROW = [100000, 100000, 100, 40, 36, 500, 1000, 1000, 40, 5, 10, 99, 1, 20000, 150];

/** service-kpi: two agents with attendance and a KPI row for October 2026. */
export function serviceKpi(): SheetData[] {
  return [
    { name: 'Roster', values: [['ID', 'Name', 'Team', 'Base salary', 'Performance base'], ['S1', 'Sue', 'T1', 3000, 1000], ['S2', 'Sam', 'T1', 3000, 1000]] },
    { name: 'Attendance', values: [['ID', 'Date', 'Clock in', 'Clock out'], ['S1', utc('2026-10-08'), '09:00', '18:00'], ['S2', utc('2026-10-08'), '09:00', '18:00']] },
    { name: 'KPI', values: [['ID', 'Month', ...KPI_HEADERS], ['S1', '2026-10', ...KPI_ROW], ['S2', '2026-10', ...KPI_ROW]] },
  ];
}

export type Spoil = (sheets: SheetData[]) => SheetData[] | void;

/** Sets one cell by A1 address ('Attendance!C2'), widening the row when needed. */
export function set(address: string, value: CellValue): Spoil {
  return (sheets) => {
    const [name, ref] = address.split('!');
    const m = /^([A-Z])(\d+)$/.exec(ref)!;
    const sheet = sheets.find((s) => s.name === name)!;
    const row = Number(m[2]) - 1;
    while (sheet.values.length <= row) sheet.values.push([]);
    sheet.values[row][m[1].charCodeAt(0) - 65] = value;
  };
}

/**
 * Merges a range ('Attendance!A2:A3') as a spreadsheet hands it over: the top-left cell keeps its value, the other
 * cells read as blank, and the sheet lists the range in `merges`.
 */
export function merge(address: string): Spoil {
  return (sheets) => {
    const [name, ref] = address.split('!');
    const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(ref)!;
    const sheet = sheets.find((s) => s.name === name)!;
    const range = { top: Number(m[2]) - 1, left: m[1].charCodeAt(0) - 65, bottom: Number(m[4]) - 1, right: m[3].charCodeAt(0) - 65 };
    for (let r = range.top; r <= range.bottom; r++) {
      for (let c = range.left; c <= range.right; c++) {
        if ((r !== range.top || c !== range.left) && sheet.values[r] && c < sheet.values[r].length) sheet.values[r][c] = null;
      }
    }
    sheet.merges = [...(sheet.merges ?? []), range];
  };
}

export function rename(from: string, to: string): Spoil {
  return (sheets) => {
    sheets.find((s) => s.name === from)!.name = to;
  };
}

export function drop(name: string): Spoil {
  return (sheets) => sheets.filter((s) => s.name !== name);
}

/** Keeps a sheet's first n rows (1: the header only). */
export function keepRows(name: string, n: number): Spoil {
  return (sheets) => {
    const s = sheets.find((x) => x.name === name)!;
    s.values = s.values.slice(0, n);
  };
}

export function add(sheet: SheetData): Spoil {
  return (sheets) => [...sheets, sheet];
}

export function all(...spoils: Spoil[]): Spoil {
  return (sheets) => spoils.reduce((acc, s) => s(acc) ?? acc, sheets);
}

export function runBook(base: () => SheetData[], spoil: Spoil, month = '2026-10', preset?: string): WorkbookRun {
  const sheets = base();
  const book: WorkbookData = { timeZone: 'UTC', sheets: spoil(sheets) ?? sheets };
  return runWorkbook(book, month, preset);
}

/** An issue as the corpus asserts it: code, A1 cell (null for sheet-level), severity, sheet. */
export const brief = (i: Issue): [string, string | null, string, string] => [i.code, i.cell, i.severity, i.sheet];
