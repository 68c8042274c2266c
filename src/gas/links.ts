// In-spreadsheet links: 'Attendance!C5' → '#gid=123&range=C5', using each sheet's id.
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Sheet ids by lower-cased sheet name (sheet names are unique regardless of case). */
export type GidMap = Map<string, number>;

/** One getSheetId per sheet: the cost grows with the number of sheets, never with rows. */
export function gidMap(sheets: readonly Sheet[], names: readonly string[]): GidMap {
  const map: GidMap = new Map();
  sheets.forEach((sheet, i) => map.set(names[i].toLowerCase(), sheet.getSheetId()));
  return map;
}

/** Splits "Attendance!C5" or "'My sheet'!C5:C9" into sheet name and range; null when there is no sheet part. */
export function splitA1(a1: string): { sheet: string; range: string } | null {
  const bang = a1.lastIndexOf('!');
  if (bang <= 0 || bang === a1.length - 1) return null;
  let sheet = a1.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'") && sheet.length >= 2) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const range = a1.slice(bang + 1);
  return /^\$?[A-Z]{1,3}\$?\d+(:\$?[A-Z]{1,3}\$?\d+)?$/i.test(range) ? { sheet, range } : null;
}

/** The fragment that opens a cell of this spreadsheet ('#gid=0&range=C5'), or null for an unknown sheet. */
export function cellLink(a1: string | null | undefined, gids: GidMap): string | null {
  if (!a1) return null;
  const parts = splitA1(a1);
  if (!parts) return null;
  const gid = gids.get(parts.sheet.toLowerCase());
  return gid === undefined ? null : `#gid=${gid}&range=${parts.range.replace(/\$/g, '')}`;
}
