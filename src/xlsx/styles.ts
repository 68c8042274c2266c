// The input's styles.xml as far as reading needs it: which cell styles (xf indexes) show dates.
import { isDateFormatId } from './values.js';
import { tags } from './xml.js';

/** The section <name>…</name> of a styles part, or '' when absent. */
export function section(xml: string, name: string): { text: string; start: number; end: number } | null {
  const open = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  if (open[1] === '/') return { text: '', start: open.index, end: open.index + open[0].length };
  const close = new RegExp(`</(?:[\\w.-]+:)?${name}>`).exec(xml.slice(open.index));
  if (!close) return null;
  const end = open.index + close.index + close[0].length;
  return { text: xml.slice(open.index, end), start: open.index, end };
}

/** Per cellXfs index: true when the style's number format is a date or time format. */
export function dateStyles(stylesXml: string | null): boolean[] {
  if (!stylesXml) return [];
  const custom = new Map<number, string>();
  for (const { attrs } of tags(section(stylesXml, 'numFmts')?.text ?? '', 'numFmt')) {
    custom.set(Number(attrs.numFmtId), attrs.formatCode ?? '');
  }
  return tags(section(stylesXml, 'cellXfs')?.text ?? '', 'xf').map(({ attrs }) => isDateFormatId(Number(attrs.numFmtId ?? 0), custom));
}
