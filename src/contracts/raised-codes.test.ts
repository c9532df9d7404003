import { describe, expect, it } from 'vitest';
import { raisedCodes } from './raised-codes.js';

const entry = new URL('../../test/fixtures/raised-codes/widget-add.ts', import.meta.url).pathname;
const catalogue = new Set(['ACME01E', 'ACME02S', 'ACME08E', 'ACME09E', 'ACME99S']);

describe('raisedCodes', () => {
  it('finds the catalogue codes named in the entry and in the modules it imports', () => {
    expect([...raisedCodes(entry, catalogue)].sort()).toEqual(['ACME01E', 'ACME02S']);
  });

  it('ignores codes named only in comments, or nowhere', () => {
    const found = raisedCodes(entry, catalogue);
    for (const code of ['ACME08E', 'ACME09E', 'ACME99S']) expect(found.has(code)).toBe(false);
  });

  it('reports only codes of the catalogue it is given', () => {
    expect([...raisedCodes(entry, new Set(['ACME02S']))]).toEqual(['ACME02S']);
  });
});
