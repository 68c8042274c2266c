// The workbook's own lists edited for the new tabs: sheets, defined names, active tab, content types, app titles.
import type { TabSpec } from '../engine/report/tabs.js';
import type { SheetPart, XlsxPackage } from './package.js';
import { folderOf } from './package.js';
import { quoteSheet } from './tab-xml.js';
import { escapeXml, tags, unescapeXml } from './xml.js';
import { colLetter } from '../engine/read/a1.js';

export interface NewSheet {
  tab: TabSpec;
  path: string;
  rid: string;
  note: { comments: string; vml: string } | null;
  /** VML shape block, unique per tab */
  block: number;
}

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Target of a relationship from `source` to `target`, relative to the source's folder ('../comments1.xml'). */
export function relativeTarget(source: string, target: string): string {
  const from = folderOf(source).split('/').filter(Boolean);
  const to = target.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i++;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

function cutRanges(xml: string, ranges: { start: number; end: number }[]): string {
  let out = xml;
  for (const r of [...ranges].sort((a, b) => b.start - a.start)) out = out.slice(0, r.start) + out.slice(r.end);
  return out;
}

/** Whether a defined name's formula refers to a sheet ('Tab'!A1 or Tab!A1). */
function refersTo(formula: string, sheet: string): boolean {
  const f = formula.toLowerCase();
  return f.includes(`${quoteSheet(sheet).toLowerCase()}!`) || f.includes(`${sheet.toLowerCase()}!`);
}

/**
 * workbook.xml without the removed tabs' <sheet> entries (and their defined names), the new tabs appended with
 * their print titles and filter ranges, local sheet indexes and the active tab renumbered.
 */
export function updateWorkbookXml(pkg: XlsxPackage, removed: SheetPart[], added: NewSheet[]): string {
  const gone = new Set(removed);
  const newIndex = new Map<number, number>();
  let k = 0;
  pkg.sheets.forEach((s, i) => {
    if (!gone.has(s)) newIndex.set(i, k++);
  });
  let xml = cutRanges(pkg.workbookXml, removed);

  const prefix = /xmlns:(\w+)="http:\/\/schemas\.openxmlformats\.org\/officeDocument\/2006\/relationships"/.exec(xml)?.[1];
  const maxId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  const state = (s: NewSheet) => (s.tab.hidden ? ' state="hidden"' : '');
  const sheetTags = added.map((s, j) => prefix
    ? `<sheet name="${escapeXml(s.tab.name)}" sheetId="${maxId + j + 1}"${state(s)} ${prefix}:id="${s.rid}"/>`
    : `<sheet xmlns:r="${REL_NS}" name="${escapeXml(s.tab.name)}" sheetId="${maxId + j + 1}"${state(s)} r:id="${s.rid}"/>`).join('');
  const sheetsEl = /<((?:[\w.-]+:)?)sheets\b[^>]*?(\/?)>/.exec(xml);
  const elPrefix = sheetsEl?.[1] ?? '';
  const pre = (s: string) => (elPrefix ? s.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${elPrefix}`) : s);
  if (sheetsEl && sheetsEl[2] === '/') xml = xml.replace(sheetsEl[0], `<${elPrefix}sheets>${pre(sheetTags)}</${elPrefix}sheets>`);
  else xml = xml.replace(new RegExp(`</${elPrefix}sheets>`), `${pre(sheetTags)}</${elPrefix}sheets>`);

  // Defined names: a removed tab's go, local indexes follow the remaining tabs, the new tabs' are added.
  const names: string[] = [];
  const defRe = /<(?:[\w.-]+:)?definedName\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?definedName>)/g;
  const block = /<(?:[\w.-]+:)?definedNames\b[^>]*?(?:\/>|>[\s\S]*?<\/(?:[\w.-]+:)?definedNames>)/.exec(xml);
  for (const m of block ? block[0].matchAll(defRe) : []) {
    const local = /\blocalSheetId="(\d+)"/.exec(m[1]);
    const formula = unescapeXml(m[2] ?? '');
    if (local) {
      const to = newIndex.get(Number(local[1]));
      if (to === undefined) continue;
      names.push(m[0].replace(/\blocalSheetId="\d+"/, `localSheetId="${to}"`));
    } else if (!removed.some((s) => refersTo(formula, s.name))) names.push(m[0]);
  }
  added.forEach((s, j) => {
    const index = k + j;
    const ref = quoteSheet(s.tab.name);
    const last = colLetter(Math.max(0, s.tab.header.length - 1));
    if (s.tab.filter) names.push(pre(`<definedName name="_xlnm._FilterDatabase" localSheetId="${index}" hidden="1">${escapeXml(`${ref}!$A$1:$${last}$${s.tab.rows.length + 1}`)}</definedName>`));
    if (s.tab.print?.repeatHeader) names.push(pre(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">${escapeXml(`${ref}!$1:$1`)}</definedName>`));
  });
  const namesXml = names.length > 0 ? `<${elPrefix}definedNames>${names.join('')}</${elPrefix}definedNames>` : '';
  if (block) xml = xml.slice(0, block.index) + namesXml + xml.slice(block.index + block[0].length);
  else if (namesXml) {
    const after = /<\/(?:[\w.-]+:)?externalReferences>|<(?:[\w.-]+:)?externalReferences\/>|<\/(?:[\w.-]+:)?functionGroups>|<(?:[\w.-]+:)?functionGroups\/>|<\/(?:[\w.-]+:)?sheets>/;
    const anchor = [...xml.matchAll(new RegExp(after.source, 'g'))].pop()!;
    xml = xml.slice(0, anchor.index + anchor[0].length) + namesXml + xml.slice(anchor.index + anchor[0].length);
  }

  // The active and first visible tab follow their sheet; a removed one gives way to the first tab.
  return xml.replace(/<((?:[\w.-]+:)?)workbookView\b[^>]*>/g, (view) => view.replace(/\s(activeTab|firstSheet)="(\d+)"/g, (m, attr: string, v: string) => {
    const to = newIndex.get(Number(v));
    return to === undefined ? '' : ` ${attr}="${to}"`;
  }));
}

/** [Content_Types].xml without the dropped parts, with the new sheets, comments, VML (and a new styles part). */
export function updateContentTypes(xml: string, drop: ReadonlySet<string>, added: NewSheet[], newStyles: string | null): string {
  let out = cutRanges(xml, tags(xml, 'Override').filter((t) => drop.has((t.attrs.PartName ?? '').replace(/^\//, ''))));
  const items: string[] = [];
  const ct = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
  if (added.some((s) => s.note) && !tags(out, 'Default').some((t) => (t.attrs.Extension ?? '').toLowerCase() === 'vml')) {
    items.push('<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>');
  }
  for (const s of added) {
    items.push(`<Override PartName="/${s.path}" ContentType="${ct}.worksheet+xml"/>`);
    if (s.note) items.push(`<Override PartName="/${s.note.comments}" ContentType="${ct}.comments+xml"/>`);
  }
  if (newStyles) items.push(`<Override PartName="/${newStyles}" ContentType="${ct}.styles+xml"/>`);
  return out.replace(/<\/((?:[\w.-]+:)?)Types>\s*$/, (m) => items.join('') + m);
}

/** docProps/app.xml with the worksheet titles updated, when it has the usual one group of worksheets; else as it was. */
export function updateAppXml(xml: string, removed: string[], added: string[]): string {
  const pairs = /<HeadingPairs>\s*<vt:vector size="(\d+)" baseType="variant">([\s\S]*?)<\/vt:vector>\s*<\/HeadingPairs>/.exec(xml);
  const titles = /<TitlesOfParts>\s*<vt:vector size="(\d+)" baseType="lpstr">([\s\S]*?)<\/vt:vector>\s*<\/TitlesOfParts>/.exec(xml);
  if (!pairs || !titles) return xml;
  const first = /^\s*<vt:variant>\s*<vt:lpstr>([^<]*)<\/vt:lpstr>\s*<\/vt:variant>\s*<vt:variant>\s*<vt:i4>(\d+)<\/vt:i4>\s*<\/vt:variant>/.exec(pairs[2]);
  if (!first || !/worksheet|工作表/i.test(first[1])) return xml;
  const items = [...titles[2].matchAll(/<vt:lpstr>([^<]*)<\/vt:lpstr>/g)].map((m) => unescapeXml(m[1]));
  const count = Number(first[2]);
  const sheets = items.slice(0, count);
  const gone = new Set(removed.map((n) => n.toLowerCase()));
  const kept = sheets.filter((n) => !gone.has(n.toLowerCase()));
  const next = [...kept, ...added];
  const all = [...next, ...items.slice(count)];
  const newPairs = pairs[0].replace(first[0], first[0].replace(/<vt:i4>\d+<\/vt:i4>/, `<vt:i4>${next.length}</vt:i4>`));
  const newTitles = `<TitlesOfParts><vt:vector size="${all.length}" baseType="lpstr">${all.map((n) => `<vt:lpstr>${escapeXml(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`;
  return xml.replace(pairs[0], newPairs).replace(titles[0], newTitles);
}
