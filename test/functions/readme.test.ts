// docs/functions.md is the catalogue's own rendering, so the two cannot drift apart.
// After changing the catalogue: UPDATE_DOCS=1 npx vitest run test/functions/readme.test.ts rewrites the file.
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, renderFunctionReference } from '../../src/functions/catalog.js';
import { renderFunctionsDoc } from '../../src/functions/reference.js';

const file = new URL('../../docs/functions.md', import.meta.url);
if (process.env.UPDATE_DOCS === '1') writeFileSync(file, renderFunctionsDoc(), 'utf8');
const doc = readFileSync(file, 'utf8');

describe('docs/functions.md', () => {
  it('is exactly what the catalogue renders', () => {
    expect(doc).toBe(renderFunctionsDoc());
  });

  it.each(['en', 'zh'] as const)('contains the %s reference verbatim', (lang) => {
    expect(doc).toContain(renderFunctionReference(lang));
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.example]))('documents %s with an example formula', (name, example) => {
    expect(doc).toContain(`### \`${name}(`);
    expect(doc).toContain(example);
  });
});
