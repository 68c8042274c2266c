// An .xlsx package opened for reading or copying: its zip, the workbook part, and each sheet's part path.
import { assertZip, MAX_XLSX_BYTES, readChecked } from '../files/check.js';
import { tags } from './xml.js';
import { entryText, openZip, type ZipArchive } from './zip.js';

export interface SheetPart {
  name: string;
  sheetId: number;
  /** relationship id in workbook.xml.rels */
  rid: string;
  /** zip path of the sheet part ('xl/worksheets/sheet1.xml'); null for a chartsheet or a dangling relationship */
  path: string | null;
  /** the <sheet> element as written, and where it sits in workbook.xml */
  start: number;
  end: number;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface XlsxPackage {
  file: string;
  zip: ZipArchive;
  workbookPath: string;
  workbookXml: string;
  relsPath: string;
  relsXml: string;
  rels: Relationship[];
  sheets: SheetPart[];
  date1904: boolean;
}

const fault = (message: string, code: string, file: string) => new Error(message, { cause: { code, file } });

/** Folder of a part path, with a trailing slash ('xl/workbook.xml' → 'xl/'). */
export function folderOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/') + 1);
}

/** Rels part of a part ('xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'). */
export function relsPathOf(path: string): string {
  return `${folderOf(path)}_rels/${path.slice(path.lastIndexOf('/') + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part ('../media/x.png', '/xl/a.xml'). */
export function resolveTarget(sourcePath: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folderOf(sourcePath) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function parseRels(xml: string): Relationship[] {
  return tags(xml, 'Relationship').map(({ attrs }) => ({
    id: attrs.Id ?? '', type: attrs.Type ?? '', target: attrs.Target ?? '', external: attrs.TargetMode === 'External',
  }));
}

/** What a zip that holds no workbook is, for the message. */
function notWorkbook(zip: ZipArchive, file: string): Error {
  const has = (p: string) => [...zip.byName.keys()].some((n) => n.startsWith(p));
  const what = zip.byName.has('xl/workbook.bin') ? 'a binary .xlsb workbook: save it as .xlsx'
    : has('word/') ? 'a Word document, not a workbook'
      : has('ppt/') ? 'a PowerPoint file, not a workbook'
        : 'a zip archive that is not an Excel workbook (no xl/workbook.xml)';
  return fault(`${file} is ${what}`, 'not-workbook', file);
}

/**
 * Opens an .xlsx: refuses what it is not (see files/check.ts), then reads the workbook part and the
 * sheets' part paths. Throws { code: 'not-xlsx' | 'not-workbook' | 'encrypted' | 'old-xls' | … }.
 */
export function openPackage(file: string, limit = MAX_XLSX_BYTES): XlsxPackage {
  const buf = readChecked(file, limit);
  assertZip(file, buf);
  let zip: ZipArchive;
  try {
    zip = openZip(buf);
  } catch (err) {
    throw fault(`${file} is not a readable .xlsx workbook: ${(err as Error).message}`, 'not-xlsx', file);
  }
  try {
    const root = parseRels(entryText(zip, '_rels/.rels') ?? '');
    const office = root.find((r) => r.type.endsWith('/officeDocument'));
    const workbookPath = office ? resolveTarget('', office.target) : 'xl/workbook.xml';
    const workbookXml = entryText(zip, workbookPath);
    if (workbookXml === null || !/<(\w+:)?workbook\b/.test(workbookXml)) throw notWorkbook(zip, file);
    const relsPath = relsPathOf(workbookPath);
    const relsXml = entryText(zip, relsPath) ?? '';
    const rels = parseRels(relsXml);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sheets = tags(workbookXml, 'sheet').map(({ attrs, start, end }): SheetPart => {
      const rel = byId.get(attrs.id ?? '');
      const path = rel && !rel.external && rel.type.endsWith('/worksheet') ? resolveTarget(workbookPath, rel.target) : null;
      return { name: attrs.name ?? '', sheetId: Number(attrs.sheetId) || 0, rid: attrs.id ?? '', path: path && zip.byName.has(path) ? path : null, start, end };
    });
    const pr = tags(workbookXml, 'workbookPr')[0]?.attrs.date1904;
    return { file, zip, workbookPath, workbookXml, relsPath, relsXml, rels, sheets, date1904: pr === '1' || pr === 'true' };
  } catch (err) {
    if ((err as { cause?: { code?: string } }).cause?.code) throw err;
    throw fault(`${file} is not a readable .xlsx workbook: ${(err as Error).message}`, 'not-xlsx', file);
  }
}
