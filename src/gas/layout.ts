// "Insert example data layout": creates the missing source sheets with their header rows, nothing else.
import { SHEETS, sheetDefOf, type SheetDef } from '../engine/read/aliases.js';
import type { Lang } from '../engine/types.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The sheets the layout offers (KPI is left out: its metric columns depend on the policy). */
const LAYOUT_ROLES = ['roster', 'attendance', 'calls', 'events', 'calendar'] as const;

/** Header row of a source sheet in a language: the English alias first, the 中文 one second. */
export function layoutHeader(def: SheetDef, lang: Lang): string[] {
  return def.fields.map((f) => (lang === 'zh' ? f.names[1] ?? f.names[0] : f.names[0]));
}

export interface LayoutResult {
  /** sheets created or given a header row */
  created: string[];
  /** source sheets that already had data and were left alone */
  kept: string[];
}

/**
 * Adds each source sheet that is missing (named in `lang`) with a bold, frozen header row, and gives an
 * existing but empty source sheet its header. Sheets holding data are never touched. Header cells and
 * the ID column are text-formatted, so IDs such as 007 keep their zeros.
 */
export function insertExampleLayout(ss: Spreadsheet, lang: Lang): LayoutResult {
  const existing = new Map<string, GoogleAppsScript.Spreadsheet.Sheet>();
  for (const sheet of ss.getSheets()) {
    const def = sheetDefOf(sheet.getName());
    if (def && !existing.has(def.role)) existing.set(def.role, sheet);
  }
  const result: LayoutResult = { created: [], kept: [] };
  for (const role of LAYOUT_ROLES) {
    const def = SHEETS.find((d) => d.role === role)!;
    let sheet = existing.get(role);
    if (sheet && sheet.getLastRow() > 0) {
      result.kept.push(sheet.getName());
      continue;
    }
    sheet ??= ss.insertSheet(lang === 'zh' ? def.label.zh : def.label.en, ss.getNumSheets());
    const header = layoutHeader(def, lang);
    const head = sheet.getRange(1, 1, 1, header.length);
    head.setNumberFormat('@');
    head.setValues([header]);
    head.setFontWeight('bold');
    sheet.setFrozenRows(1);
    const idCol = def.fields.findIndex((f) => f.key === 'id');
    if (idCol >= 0) sheet.getRange(2, idCol + 1, sheet.getMaxRows() - 1, 1).setNumberFormat('@');
    result.created.push(sheet.getName());
  }
  return result;
}
