// One generated tab (TabSpec) written as worksheet XML: text as text, shared styles, every TabSpec field rendered.
import { colLetter, splitA1 } from '../engine/read/a1.js';
import { ROW_STYLES, type ColumnKind, type RowStyle, type TabSpec } from '../engine/report/tabs.js';
import type { StyleBook } from './out-styles.js';
import { escapeXml } from './xml.js';
import type { PartStream } from './zip-writer.js';

/** Longest text a cell of an .xlsx may hold. */
export const MAX_CELL_TEXT = 32767;

export const NUM_FMT: Record<ColumnKind, string> = {
  text: '@',
  flags: '@',
  date: '@',
  money: '#,##0.00',
  int: '0',
  number: '0.##',
};

/** A text cut to fit a cell: where, and how long it was. */
export interface Truncation {
  tab: string;
  cell: string;
  length: number;
}

/** What the sheet part needs beside it: a comment for the note on A1. */
export interface TabExtras {
  /** relationship id of the legacy VML drawing that shows the note, when the tab has one */
  legacyDrawingRid: string | null;
}

/** Display width of a value: CJK characters count double. */
export function textWidth(v: unknown): number {
  if (v === null || v === undefined) return 0;
  const s = typeof v === 'number' ? v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : String(v);
  let w = 0;
  for (const ch of s) w += ch.charCodeAt(0) >= 0x1100 ? 2 : 1;
  return w;
}

/** 'Attendance!C5' or "'My sheet'!C5:C9" → "#'Attendance'!C5", an in-workbook hyperlink. */
export function internalLink(a1: string): string | null {
  const parts = splitA1(a1);
  return parts ? `#'${parts.sheet.replace(/'/g, "''")}'!${parts.range}` : null;
}

/** Quoted sheet name for a formula-style reference ('It''s'). */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The style of each row: rowStyles when given, else highlightRows as the old fills (errors on Issues, review elsewhere). */
function rowStyleOf(tab: TabSpec): (i: number) => RowStyle | null {
  if (tab.rowStyles) return (i) => tab.rowStyles![i] ?? null;
  const set = new Set(tab.highlightRows ?? []);
  const style: RowStyle = tab.role === 'issues' ? 'error' : 'review';
  return (i) => (set.has(i) ? style : null);
}

const isTextKind = (kind: ColumnKind) => kind === 'text' || kind === 'flags' || kind === 'date';

/** Writes the worksheet part of a tab; returns the texts it had to cut. */
export function writeTabXml(tab: TabSpec, out: PartStream, styles: StyleBook, extras: TabExtras): Truncation[] {
  const cut: Truncation[] = [];
  const width = tab.header.length;
  const kinds = tab.header.map((_, c) => tab.columns[c]?.kind ?? 'text');
  const formats = kinds.map((k, c) => tab.columns[c]?.format ?? NUM_FMT[k]);
  const letters = tab.header.map((_, c) => colLetter(c));
  const styleOf = rowStyleOf(tab);
  // Style index per column and row style, looked up once (not per cell).
  const cellStyles = formats.map(() => new Map<RowStyle | null, number>());
  const styleAt = (c: number, rs: RowStyle | null) => {
    let s = cellStyles[c].get(rs);
    if (s === undefined) {
      const look = rs ? ROW_STYLES[rs] : null;
      s = styles.xf({ format: formats[c], fill: look?.fill ?? null, bold: look?.bold ?? false });
      cellStyles[c].set(rs, s);
    }
    return s;
  };
  const lastRow = tab.rows.length + 1;
  const frozenCols = Math.max(0, Math.min(tab.frozenColumns ?? 0, width));

  out.write('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    + 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">');
  if (tab.print?.fitToWidth) out.write('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.write(`<dimension ref="A1:${letters[Math.max(0, width - 1)] ?? 'A'}${lastRow}"/>`);
  const topLeft = `${colLetter(frozenCols)}2`;
  const pane = frozenCols > 0
    ? `<pane xSplit="${frozenCols}" ySplit="1" topLeftCell="${topLeft}" activePane="bottomRight" state="frozen"/>`
      + `<selection pane="topRight"/><selection pane="bottomLeft"/><selection pane="bottomRight" activeCell="${topLeft}" sqref="${topLeft}"/>`
    : `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>`;
  out.write(`<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/>`);

  // Column widths: the tab's own, else the widest of the header and the first 500 rows.
  const sample = tab.rows.slice(0, 500);
  out.write('<cols>');
  for (let c = 0; c < width; c++) {
    const given = tab.columns[c]?.width;
    // A number shows with the format's literal text ('#,##0.00 "元"' adds ' 元').
    const literal = kinds[c] === 'text' ? 0 : textWidth([...formats[c].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join(''));
    const widest = Math.max(textWidth(tab.header[c]), ...sample.map((r) => textWidth(r[c]) + (typeof r[c] === 'number' ? literal : 0)));
    const w = given ?? Math.min(60, Math.max(6, widest + 2));
    out.write(`<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1" style="${styles.xf({ format: formats[c], fill: null, bold: false })}"/>`);
  }
  out.write('</cols><sheetData>');

  const text = (s: string, ref: string, style: number) => {
    if (s.length > MAX_CELL_TEXT) {
      cut.push({ tab: tab.name, cell: ref, length: s.length });
      s = s.slice(0, MAX_CELL_TEXT);
    }
    const keep = s.trim() !== s || s.includes('\n') ? ' xml:space="preserve"' : '';
    return `<c r="${ref}" s="${style}" t="inlineStr"><is><t${keep}>${escapeXml(s)}</t></is></c>`;
  };
  // Header: bold, text.
  const headStyle = styles.xf({ format: '@', fill: null, bold: true });
  let row = `<row r="1">`;
  for (let c = 0; c < width; c++) row += text(String(tab.header[c] ?? ''), `${letters[c]}1`, headStyle);
  out.write(`${row}</row>`);

  const links: string[] = [];
  for (let i = 0; i < tab.rows.length; i++) {
    const values = tab.rows[i];
    const r = i + 2;
    const rs = styleOf(i);
    let line = `<row r="${r}">`;
    for (let c = 0; c < width; c++) {
      const v = values[c] ?? null;
      const ref = letters[c] + r;
      const s = styleAt(c, rs);
      if (v === null || v === '') {
        if (rs) line += `<c r="${ref}" s="${s}"/>`;
        continue;
      }
      if (typeof v === 'number' && !isTextKind(kinds[c]) && Number.isFinite(v)) line += `<c r="${ref}" s="${s}"><v>${v}</v></c>`;
      else line += text(String(v), ref, s);
      if (c === tab.linkColumn && typeof v === 'string') {
        const target = internalLink(tab.links?.[i] ?? '');
        if (target) links.push(`<hyperlink ref="${ref}" location="${escapeXml(target.slice(1))}" display="${escapeXml(String(v).slice(0, 255))}"/>`);
      }
    }
    out.write(`${line}</row>`);
  }
  out.write('</sheetData>');
  if (tab.filter && width > 0) out.write(`<autoFilter ref="A1:${letters[width - 1]}${lastRow}"/>`);
  if (links.length > 0) {
    out.write('<hyperlinks>');
    for (let k = 0; k < links.length; k += 1000) out.write(links.slice(k, k + 1000).join(''));
    out.write('</hyperlinks>');
  }
  out.write('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (tab.print) {
    out.write(`<pageSetup orientation="${tab.print.landscape ? 'landscape' : 'portrait'}"${tab.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
  }
  if (extras.legacyDrawingRid) out.write(`<legacyDrawing r:id="${extras.legacyDrawingRid}"/>`);
  out.write('</worksheet>');
  out.end();
  return cut;
}

/** The comments part holding the tab's note on A1. */
export function commentsXml(note: string): string {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    + '<authors><author>Callboard</author></authors><commentList><comment ref="A1" authorId="0"><text>'
    + `<r><t xml:space="preserve">${escapeXml(note.slice(0, MAX_CELL_TEXT))}</t></r></text></comment></commentList></comments>`;
}

/** The legacy VML shape Excel needs to show a comment (on A1, hidden until hovered). */
export function vmlXml(block: number): string {
  return '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">'
    + `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>`
    + '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
    + '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
    + `<v:shape id="_x0000_s${block * 1024 + 1}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;`
    + 'width:240pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">'
    + '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>'
    + '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>'
    + '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>1, 15, 0, 2, 5, 15, 4, 4</x:Anchor>'
    + '<x:AutoFill>False</x:AutoFill><x:Row>0</x:Row><x:Column>0</x:Column></x:ClientData></v:shape></xml>';
}
