// In-spreadsheet links: 'Attendance!C5' → '#gid=123&range=C5', using each sheet's id.
import { splitA1 } from '../engine/read/a1.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheet ids by lower-cased sheet name (sheet names are unique regardless of case). */
export type GidMap = Map<string, number>;

/** One getSheetId per sheet: the cost grows with the number of sheets, never with rows. */
export function gidMap(sheets: readonly Sheet[], names: readonly string[]): GidMap {
  const map: GidMap = new Map();
  sheets.forEach((sheet, i) => map.set(names[i].toLowerCase(), sheet.getSheetId()));
  return map;
}

/** The fragment that opens a cell of this spreadsheet ('#gid=0&range=C5'), or null for an unknown sheet. */
export function cellLink(a1: string | null | undefined, gids: GidMap): string | null {
  if (!a1) return null;
  const parts = splitA1(a1);
  if (!parts) return null;
  const gid = gids.get(parts.sheet.toLowerCase());
  return gid === undefined ? null : `#gid=${gid}&range=${parts.range.replace(/\$/g, '')}`;
}
