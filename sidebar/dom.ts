// Escaping helpers: build DOM from data with text nodes only, and let only safe link targets through.

/** Attributes h() accepts; event handlers, style and src are not among them, so data can never run. */
const ALLOWED_ATTRS = new Set(['class', 'id', 'role', 'title', 'lang', 'href', 'target', 'rel', 'aria-label',
  'aria-live', 'aria-busy', 'aria-current', 'data-severity', 'data-testid', 'data-step', 'data-meaning', 'value',
  // checkboxes of the month-tab list (type is never 'image' or 'submit' there: h() callers pass literals)
  'type', 'checked', 'data-month']);

export type Child = Node | string | number | null | undefined | false;

/**
 * The URL if it is an http(s) address, else null. Issue links point into the spreadsheet
 * (`https://docs.google.com/…#gid=…&range=C5`); `javascript:`, `data:` and relative tricks are refused.
 */
export function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  const trimmed = url.trim();
  // Control characters and spaces inside a scheme are how filters get fooled ("java\tscript:").
  if (trimmed === '' || /[\u0000-\u001f\u007f\s]/.test(trimmed)) return null;
  const scheme = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(trimmed);
  if (!scheme) return null;
  const name = scheme[1].toLowerCase();
  return name === 'https' || name === 'http' ? trimmed : null;
}

/**
 * Creates an element; string children become text nodes, so `<img onerror=…>` in a name shows as
 * those characters. Unknown attributes throw (a programming fault); `href` goes through safeUrl.
 */
export function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined) continue;
    if (!ALLOWED_ATTRS.has(name)) {
      throw new Error(`h(): attribute "${name}" is not allowed`, { cause: { code: 'attr-not-allowed' } });
    }
    if (name === 'href') {
      const url = safeUrl(value);
      if (url === null) continue;
      el.setAttribute('href', url);
    } else {
      el.setAttribute(name, value);
    }
  }
  append(el, ...children);
  return el;
}

/** Appends children, strings as text nodes; null, undefined and false are skipped. */
export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside el with the given children. */
export function replaceChildren(el: Element, ...children: Child[]): void {
  while (el.firstChild) el.removeChild(el.firstChild);
  append(el, ...children);
}

/** The element with this id; a missing id is a fault in index.html, so it throws. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`sidebar: #${id} is missing from the page`, { cause: { code: 'missing-element' } });
  return el as T;
}
