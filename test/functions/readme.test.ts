// The README's function reference is the catalogue's own rendering, so the two cannot drift apart.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CUSTOM_FUNCTIONS, renderFunctionReference } from '../../src/functions/catalog.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

describe('README function reference', () => {
  it('contains the English reference rendered from the catalogue, verbatim', () => {
    expect(readme).toContain(renderFunctionReference('en'));
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.example]))('documents %s with an example formula', (name, example) => {
    expect(readme).toContain(`### \`${name}(`);
    expect(readme).toContain(example);
  });
});
