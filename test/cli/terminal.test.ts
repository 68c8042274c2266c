// safeText: what user strings may not do to a terminal.
import { describe, expect, it } from 'vitest';
import { safeText } from '../../src/cli/terminal.js';

describe('safeText', () => {
  it.each([
    ['a colour escape', 'Wang\u001b[31mRed\u001b[0m', 'WangRed'],
    ['a title-setting OSC', 'x\u001b]0;pwned\u0007y', 'xy'],
    ['a cursor move', 'a\u001b[2Jb\u001b[Hc', 'abc'],
    ['a C1 CSI', 'a\u009b31mb', 'ab'],
    ['NUL, bell and backspace', 'a\u0000b\u0007c\bd', 'abcd'],
    ['a bidi override and isolate', 'ID \u202eTXT.exe\u2066x\u2069', 'ID TXT.exex'],
    ['CR used to overwrite a line', 'paid 100\rpaid 999', 'paid 100\npaid 999'],
    ['tabs, newlines and Chinese', '王芳\t一组\n第二行', '王芳\t一组\n第二行'],
  ])('%s', (_, input, out) => {
    expect(safeText(input)).toBe(out);
  });
});
