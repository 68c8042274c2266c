// Writes the report workbook: the input package copied part for part, the generated tabs added by a streaming writer.
import { realpathSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { TabSpec } from '../engine/report/tabs.js';
import { StyleBook } from './out-styles.js';
import { openPackage, relsPathOf, resolveTarget, folderOf, type XlsxPackage } from './package.js';
import { partsOnlyReachableThrough } from './parts.js';
import { commentsXml, vmlXml, writeTabXml, type Truncation } from './tab-xml.js';
import { escapeXml, tags } from './xml.js';
import { entryText } from './zip.js';
import { ZipWriter } from './zip-writer.js';
import { relativeTarget, updateAppXml, updateContentTypes, updateWorkbookXml, type NewSheet } from './workbook-xml.js';

export { internalLink } from './tab-xml.js';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Throws { code: 'out-is-input' } when `out` names the input workbook. */
export function assertNotInput(input: string, out: string, option = '--out'): void {
  if (samePath(input, out)) {
    throw new Error(`${option} ${out} is the input workbook; the input is never modified`, { cause: { code: 'out-is-input', file: out } });
  }
}

/** True when two paths name the same file (after resolving links for the one that exists). */
export function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

export interface WriteOptions {
  /** sheet names to remove first (a month's earlier tabs in either language), compared case-insensitively */
  retire?: readonly string[];
  /** the input already opened */
  pkg?: XlsxPackage;
}

export interface WriteResult {
  /** texts cut to the 32,767 characters a cell holds */
  truncated: Truncation[];
}

/** A part name not in the package: 'xl/worksheets/sheet7.xml'. */
function freeName(taken: Set<string>, make: (n: number) => string): string {
  for (let n = 1; ; n++) {
    const name = make(n);
    if (!taken.has(name)) {
      taken.add(name);
      return name;
    }
  }
}

/** Writes the package to `file`: input parts copied unchanged except the workbook's own lists, plus `tabs`. */
function writePackage(pkg: XlsxPackage, file: string, tabs: TabSpec[], retire: readonly string[]): WriteResult {
  const removeNames = new Set([...retire, ...tabs.map((t) => t.name)].map((n) => n.toLowerCase()));
  const removed = pkg.sheets.filter((s) => removeNames.has(s.name.toLowerCase()));
  const drop = partsOnlyReachableThrough(pkg, new Set(removed.map((s) => s.rid)));
  const taken = new Set(pkg.zip.byName.keys());
  const wbFolder = folderOf(pkg.workbookPath);
  let ridN = 0;
  const rids = new Set(tags(pkg.relsXml, 'Relationship').map((t) => t.attrs.Id));
  const newRid = () => freeName(rids, () => `rIdCb${++ridN}`);

  // calcChain lists formula cells by sheet id: a removed tab's entries would point nowhere, so the cache goes.
  const removedIds = new Set(removed.map((s) => String(s.sheetId)));
  const calcRel = tags(pkg.relsXml, 'Relationship').find((t) => (t.attrs.Type ?? '').endsWith('/calcChain'));
  const calcPath = calcRel ? resolveTarget(pkg.workbookPath, calcRel.attrs.Target ?? '') : null;
  if (calcPath && removed.length > 0 && tags(entryText(pkg.zip, calcPath) ?? '', 'c').some((c) => removedIds.has(c.attrs.i ?? ''))) {
    drop.add(calcPath);
  }

  const sheets: NewSheet[] = tabs.map((tab, k) => {
    const path = freeName(taken, (n) => `${wbFolder}worksheets/sheet${n}.xml`);
    const note = tab.note ? {
      comments: freeName(taken, (n) => `${wbFolder}comments${n}.xml`),
      vml: freeName(taken, (n) => `${wbFolder}drawings/vmlDrawing${n}.vml`),
    } : null;
    return { tab, path, rid: newRid(), note, block: 900 + k };
  });

  const styles = new StyleBook();
  const stylesRel = tags(pkg.relsXml, 'Relationship').find((t) => (t.attrs.Type ?? '').endsWith('/styles'));
  const stylesPath = stylesRel ? resolveTarget(pkg.workbookPath, stylesRel.attrs.Target ?? '') : `${wbFolder}styles.xml`;
  const stylesXml = entryText(pkg.zip, stylesPath);
  styles.start(stylesXml);

  const relsOut = updateRels(pkg.relsXml, new Set([...removed.map((s) => s.rid), ...(calcPath && drop.has(calcPath) ? [calcRel!.attrs.Id!] : [])]),
    [...sheets.map((s) => ({ id: s.rid, type: `${REL}/worksheet`, target: relativeTarget(pkg.workbookPath, s.path) })),
      ...(stylesXml === null ? [{ id: newRid(), type: `${REL}/styles`, target: relativeTarget(pkg.workbookPath, stylesPath) }] : [])]);
  const replaced = new Map<string, string>([
    [pkg.workbookPath, updateWorkbookXml(pkg, removed, sheets)],
    [pkg.relsPath, relsOut],
    ['[Content_Types].xml', updateContentTypes(entryText(pkg.zip, '[Content_Types].xml') ?? '', drop, sheets, stylesXml === null ? stylesPath : null)],
  ]);
  const app = entryText(pkg.zip, 'docProps/app.xml');
  if (app !== null) replaced.set('docProps/app.xml', updateAppXml(app, removed.map((s) => s.name), tabs.map((t) => t.name)));

  const zip = new ZipWriter(file);
  try {
    const order = [...pkg.zip.entries].sort((a, b) => Number(b.name === '[Content_Types].xml') - Number(a.name === '[Content_Types].xml'));
    for (const e of order) {
      if (drop.has(e.name) || e.name === stylesPath) continue;
      const text = replaced.get(e.name);
      if (text !== undefined) zip.add(e.name, text);
      else zip.copy(pkg.zip, e);
    }
    const truncated: Truncation[] = [];
    for (const s of sheets) {
      const legacy = s.note ? 'rId1' : null; // the new sheet's own rels: rId1 is its VML drawing
      truncated.push(...writeTabXml(s.tab, zip.stream(s.path), styles, { legacyDrawingRid: legacy }));
      if (s.note) {
        zip.add(s.note.comments, commentsXml(s.tab.note!));
        zip.add(s.note.vml, vmlXml(s.block));
        zip.add(relsPathOf(s.path), relsXmlOf([
          { id: 'rId1', type: `${REL}/vmlDrawing`, target: relativeTarget(s.path, s.note.vml) },
          { id: 'rId2', type: `${REL}/comments`, target: relativeTarget(s.path, s.note.comments) },
        ]));
      }
    }
    zip.add(stylesPath, styles.apply(stylesXml));
    zip.finish();
    return { truncated };
  } catch (err) {
    zip.abort();
    throw err;
  }
}

interface Rel {
  id: string;
  type: string;
  target: string;
}

function relsXmlOf(rels: Rel[]): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    + rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('') + '</Relationships>';
}

/** The workbook's rels without the removed ids, with the new ones appended. */
function updateRels(xml: string, remove: ReadonlySet<string>, add: Rel[]): string {
  if (!xml) return relsXmlOf(add);
  let out = xml;
  for (const t of tags(xml, 'Relationship').reverse()) {
    if (remove.has(t.attrs.Id ?? '')) out = out.slice(0, t.start) + out.slice(t.end);
  }
  const extra = add.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`).join('');
  return out.replace(/<\/((?:[\w.-]+:)?)Relationships>\s*$/, (m) => extra + m);
}

/**
 * Adds `tabs` to the workbook `input` (removing `retire`d tabs and any tab of the same name first) and writes the
 * result to `out` through a temporary file beside it, renamed into place at the end. Every other part of the
 * input is copied byte for byte. `out` naming the input throws { code: 'out-is-input' }.
 */
export async function writeReport(input: string, out: string, tabs: TabSpec[], options: WriteOptions = {}): Promise<WriteResult> {
  assertNotInput(input, out);
  const pkg = options.pkg ?? openPackage(input);
  const tmp = resolve(dirname(resolve(out)), `.${process.pid}.${Date.now()}.callboard.tmp.xlsx`);
  try {
    const result = writePackage(pkg, tmp, tabs, options.retire ?? []);
    await rename(tmp, out);
    return result;
  } catch (err) {
    await rm(tmp, { force: true });
    throw writeFault(out, err);
  }
}

/** A failed write as a user error naming the file and the reason (permission, disk full, read-only, no such folder). */
export function writeFault(out: string, err: unknown): Error {
  if ((err as { cause?: { code?: string } }).cause?.code) return err as Error;
  const code = (err as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    EACCES: 'permission denied', EPERM: 'permission denied', ENOSPC: 'the disk is full', EROFS: 'the disk is read-only',
    ENOENT: 'the folder does not exist', ENOTDIR: 'the folder does not exist', EISDIR: 'it is a folder', EDQUOT: 'the disk quota is exceeded',
  };
  const reason = (code && reasons[code]) ?? (err as Error).message;
  return new Error(`cannot write ${out}: ${reason}`, { cause: { code: 'write-failed', file: out, errno: code } });
}
