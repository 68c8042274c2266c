// The single-file sidebar build (scripts/build-sidebar.ts): everything inline, nothing fetched, raw text escaped.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSidebar, escapeRawText } from '../../scripts/build-sidebar.js';

describe('buildSidebar', () => {
  let dir: string;
  let html: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'callboard-build-sidebar-'));
    await buildSidebar(join(dir, 'nested', 'sidebar.html'));
    html = await readFile(join(dir, 'nested', 'sidebar.html'), 'utf8');
  });
  afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

  it('writes one html with one inline style and one inline script', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html.match(/<style>/g)).toHaveLength(1);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('@inline');
  });

  it('loads nothing from elsewhere: no src, no stylesheet link, no import', () => {
    expect(html).not.toMatch(/<script[^>]+src=/i);
    expect(html).not.toMatch(/<link/i);
    expect(html).not.toMatch(/@import/);
    expect(html).not.toMatch(/\bimport\s*\(/);
  });

  it('the script calls the server through google.script.run and is an IIFE', () => {
    const script = html.slice(html.indexOf('<script>') + 8, html.lastIndexOf('</script>'));
    expect(script).toContain('google');
    expect(script.trimStart().startsWith('(()=>{') || script.trimStart().startsWith('"use strict";(()=>{')).toBe(true);
    expect(script).not.toMatch(/<\/script/i);
  });

  it('the i18n table is in the bundle in both languages (as ASCII escapes)', () => {
    expect(html).toContain('Check data');
    expect(html).toContain('\\u68C0\\u67E5\\u6570\\u636E'); // 检查数据
  });
});

describe('escapeRawText', () => {
  it.each([
    ['a = "</script>"', 'script', 'a = "<\\/script>"'],
    ['a = "</SCRIPT >"', 'script', 'a = "<\\/SCRIPT >"'],
    ['x = "<!--"', 'script', 'x = "<\\!--"'],
    ['p { content: "</style>" }', 'style', 'p { content: "<\\/style>" }'],
    ['a < b && c > d', 'script', 'a < b && c > d'],
    ['"</style>" in a script stays', 'script', '"</style>" in a script stays'],
  ] as const)('%j in <%s> becomes %j', (text, tag, want) => {
    expect(escapeRawText(text, tag)).toBe(want);
  });
});
