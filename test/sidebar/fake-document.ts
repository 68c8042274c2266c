// A just-big-enough document for the sidebar's render functions: elements keep attributes and children; text() reads them back.
import { afterEach, beforeEach } from 'vitest';

export class FakeText { constructor(readonly data: string) {} }

export class FakeElement {
  readonly attributes = new Map<string, string>();
  readonly childNodes: (FakeElement | FakeText)[] = [];
  constructor(readonly tagName: string) {}
  setAttribute(name: string, value: string) { this.attributes.set(name, value); }
  appendChild(node: FakeElement | FakeText) { this.childNodes.push(node); return node; }
}

/** The text of a node and its children, in order. */
export const text = (n: FakeElement | FakeText): string => (n instanceof FakeText ? n.data : n.childNodes.map(text).join(''));

/** Every element under `n` (itself included) that matches. */
export const find = (n: FakeElement, pred: (e: FakeElement) => boolean): FakeElement[] => [
  ...(pred(n) ? [n] : []),
  ...n.childNodes.flatMap((c) => (c instanceof FakeElement ? find(c, pred) : [])),
];

export const byTestId = (n: FakeElement, id: string) => find(n, (e) => e.attributes.get('data-testid') === id);

/** Installs the fake as globalThis.document around each test of the file. */
export function useFakeDocument(): void {
  beforeEach(() => {
    (globalThis as { document?: unknown }).document = {
      createElement: (tag: string) => new FakeElement(tag),
      createTextNode: (data: string) => new FakeText(data),
    };
  });
  afterEach(() => { delete (globalThis as { document?: unknown }).document; });
}
