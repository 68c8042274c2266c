// The escaping helpers: data becomes text nodes, only http(s) links pass, handler attributes are refused.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { h, safeUrl } from '../../sidebar/dom.js';

/** A just-big-enough document: elements record attributes and children, text nodes keep their data. */
class FakeText { constructor(readonly data: string) {} }
class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly childNodes: (FakeElement | FakeText)[] = [];
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) { this.attributes.set(name, value); }
  appendChild(node: FakeElement | FakeText) { this.childNodes.push(node); return node; }
}
const fakeDocument = {
  createElement: (tag: string) => new FakeElement(tag),
  createTextNode: (data: string) => new FakeText(data),
};

describe('h() builds elements from data as text', () => {
  beforeEach(() => { (globalThis as { document?: unknown }).document = fakeDocument; });
  afterEach(() => { delete (globalThis as { document?: unknown }).document; });

  it('an XSS-looking agent name becomes one text node, not markup', () => {
    const el = h('li', {}, '<img src=x onerror=alert(1)>') as unknown as FakeElement;
    expect(el.childNodes).toHaveLength(1);
    expect(el.childNodes[0]).toBeInstanceOf(FakeText);
    expect((el.childNodes[0] as FakeText).data).toBe('<img src=x onerror=alert(1)>');
  });

  it('a formula-looking name stays the same characters', () => {
    const el = h('span', {}, '=HYPERLINK("http://x","y")') as unknown as FakeElement;
    expect((el.childNodes[0] as FakeText).data).toBe('=HYPERLINK("http://x","y")');
  });

  it('numbers become text, null/undefined/false are skipped', () => {
    const el = h('p', {}, 42, null, undefined, false, 'x') as unknown as FakeElement;
    expect(el.childNodes.map((n) => (n as FakeText).data)).toEqual(['42', 'x']);
  });

  it.each(['onerror', 'onclick', 'style', 'src', 'srcdoc'])('attribute %s throws', (name) => {
    expect(() => h('a', { [name]: 'alert(1)' })).toThrow(/not allowed/);
  });

  it('a javascript: href is dropped, an https href is kept', () => {
    const bad = h('a', { href: 'javascript:alert(1)' }) as unknown as FakeElement;
    const good = h('a', { href: 'https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=C5' }) as unknown as FakeElement;
    expect(bad.attributes.has('href')).toBe(false);
    expect(good.attributes.get('href')).toBe('https://docs.google.com/spreadsheets/d/abc/edit#gid=0&range=C5');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://docs.google.com/spreadsheets/d/abc/edit#gid=12&range=C5', 'https://docs.google.com/spreadsheets/d/abc/edit#gid=12&range=C5'],
    ['http://127.0.0.1:8787/#gid=1&range=A2', 'http://127.0.0.1:8787/#gid=1&range=A2'],
    ['  https://x.test/a  ', 'https://x.test/a'],
    ['HTTPS://X.TEST/', 'HTTPS://X.TEST/'],
    ['javascript:alert(1)', null],
    ['JavaScript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['vbscript:msgbox', null],
    ['//evil.test/x', null],
    ['#gid=1&range=A1', null],
    ['', null],
    [null, null],
    [42, null],
  ] as const)('safeUrl(%j) is %j', (input, want) => {
    expect(safeUrl(input)).toBe(want);
  });
});
