// The few cell styles the generated tabs use, appended to the input's styles.xml (one per format × fill × weight, not per cell).
import { section } from './styles.js';
import { escapeXml, tags } from './xml.js';

export interface CellStyle {
  /** number format code ('@', '#,##0.00') */
  format: string;
  /** '#rrggbb' fill, or null */
  fill: string | null;
  bold: boolean;
}

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '@': 49 };

/** Collects the styles the writer asks for; `apply` appends them to styles.xml and fixes each index. */
export class StyleBook {
  private readonly keys = new Map<string, number>();
  readonly wanted: CellStyle[] = [];
  private base = 0;

  /** Index of the style in the output's cellXfs (valid once `apply` has run; known ahead from the input's count). */
  xf(style: CellStyle): number {
    const key = `${style.format}\u0000${style.fill ?? ''}\u0000${style.bold ? 1 : 0}`;
    let i = this.keys.get(key);
    if (i === undefined) {
      i = this.wanted.length;
      this.keys.set(key, i);
      this.wanted.push(style);
    }
    return this.base + i;
  }

  /** Reads how many cellXfs the input has, so indexes handed out are final. Call before any xf(). */
  start(stylesXml: string | null): void {
    this.base = stylesXml ? tags(section(stylesXml, 'cellXfs')?.text ?? '', 'xf').length : 0;
    if (this.base === 0) this.base = 1; // a new styles part starts with the default xf
  }

  /** styles.xml with the wanted fonts, fills, number formats and cellXfs appended (a minimal part when there was none). */
  apply(stylesXml: string | null): string {
    let xml = stylesXml ?? MINIMAL_STYLES;
    // Number formats: built-in ids, else a custom id above the input's.
    const numFmts = section(xml, 'numFmts');
    const custom = new Map<string, number>();
    let nextId = 164;
    for (const { attrs } of tags(numFmts?.text ?? '', 'numFmt')) {
      custom.set(attrs.formatCode ?? '', Number(attrs.numFmtId));
      nextId = Math.max(nextId, Number(attrs.numFmtId) + 1);
    }
    const newFormats: string[] = [];
    const fmtId = (code: string) => {
      if (BUILTIN_FORMATS[code] !== undefined) return BUILTIN_FORMATS[code];
      let id = custom.get(code);
      if (id === undefined) {
        id = nextId++;
        custom.set(code, id);
        newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      }
      return id;
    };
    const ids = this.wanted.map((s) => fmtId(s.format));
    if (newFormats.length > 0) {
      if (numFmts && numFmts.text === '') xml = splice(xml, numFmts, `<numFmts count="${newFormats.length}">${newFormats.join('')}</numFmts>`);
      else if (numFmts) xml = splice(xml, numFmts, appendTo(numFmts.text, 'numFmts', newFormats));
      else xml = xml.replace(/(<(?:[\w.-]+:)?styleSheet\b[^>]*>)/, `$1<numFmts count="${newFormats.length}">${newFormats.join('')}</numFmts>`);
    }
    // Fonts: the input's default font made bold, once.
    const fonts = section(xml, 'fonts')!;
    const fontCount = tags(fonts.text, 'font').length;
    const firstFont = /<(?:[\w.-]+:)?font\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?font>/.exec(fonts.text);
    const boldFont = `<font><b/>${(firstFont?.[1] ?? '<sz val="11"/>').replace(/<(?:[\w.-]+:)?b\s*\/>/, '')}</font>`;
    xml = splice(xml, fonts, appendTo(fonts.text, 'fonts', [boldFont]));
    // Fills: one solid fill per colour used.
    const fills = section(xml, 'fills')!;
    const fillCount = tags(fills.text, 'fill').length;
    const colours = [...new Set(this.wanted.map((s) => s.fill).filter((f): f is string => f !== null))];
    if (colours.length > 0) {
      xml = splice(xml, fills, appendTo(fills.text, 'fills', colours.map((c) =>
        `<fill><patternFill patternType="solid"><fgColor rgb="FF${c.slice(1).toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`)));
    }
    const xfs = this.wanted.map((s, i) => {
      const font = s.bold ? fontCount : 0;
      const fill = s.fill ? fillCount + colours.indexOf(s.fill) : 0;
      return `<xf numFmtId="${ids[i]}" fontId="${font}" fillId="${fill}" borderId="0" xfId="0" applyNumberFormat="1"`
        + `${s.bold ? ' applyFont="1"' : ''}${s.fill ? ' applyFill="1"' : ''}/>`;
    });
    const cellXfs = section(xml, 'cellXfs');
    if (cellXfs) xml = splice(xml, cellXfs, appendTo(cellXfs.text, 'cellXfs', xfs));
    return xml;
  }
}

function splice(xml: string, at: { start: number; end: number }, text: string): string {
  return xml.slice(0, at.start) + text + xml.slice(at.end);
}

const ITEM: Record<string, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', cellXfs: 'xf' };

/** A section with items appended before its closing tag and its count attribute set to the new number of items. */
function appendTo(text: string, name: string, items: string[]): string {
  const close = new RegExp(`</((?:[\\w.-]+:)?)${name}>$`).exec(text);
  if (!close) return text;
  const prefix = close[1];
  const item = (s: string) => (prefix ? s.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${prefix}`) : s);
  const body = text.slice(0, close.index) + items.map(item).join('') + close[0];
  const n = (body.match(new RegExp(`<(?:[\\w.-]+:)?${ITEM[name]}\\b`, 'g')) ?? []).length;
  const open = new RegExp(`^<(?:[\\w.-]+:)?${name}\\b[^>]*>`).exec(body)![0];
  const counted = /\bcount="\d*"/.test(open) ? open.replace(/\bcount="\d*"/, `count="${n}"`) : open.replace(/>$/, ` count="${n}">`);
  return counted + body.slice(open.length);
}

const MINIMAL_STYLES = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
  + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
  + '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + '</styleSheet>';
