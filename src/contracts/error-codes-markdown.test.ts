import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Contract } from './contract.js';
import { errorCodeUse } from './error-codes-markdown.js';

const handlersDir = fileURLToPath(new URL('../../test/fixtures/raised-codes', import.meta.url));

/** A contract whose handler is the fixture `widget-add.ts` (it names ACME01E and, through an import, ACME02S). */
const contract = {
  api: 'acme',
  operationId: 'widgetAdd',
  method: 'POST',
  path: '/widgets',
  summary: 'Add a widget',
  file: '/somewhere/contracts/acme/widget-add.json',
  request: {},
  responses: {},
  errors: [
    { code: 'ACME01E', description: 'RAISED BY THE HANDLER' },
    { code: 'ACME02S', description: 'RAISED BY A MODULE IT IMPORTS' },
    { code: 'ACME03E', description: 'MAPPED FROM THE SCHEMA', pointer: '/name' },
    { code: 'ACME04S', description: 'PUBLISHED, NEVER RAISED' },
    { code: 'ACME04S', description: 'PUBLISHED TWICE' },
    { code: 'ACME08E', description: 'NAMED ONLY IN A COMMENT' },
    { code: 'ACME90S', description: 'BORROWED, UNUSED', origin: 'other.yaml GET /other' },
  ],
} as unknown as Contract;

describe('errorCodeUse', () => {
  it('splits the published codes into applied (raised by the handler or its imports, or mapped by pointer) and not applied, each once', () => {
    const use = errorCodeUse(contract, handlersDir);
    expect(use.published).toEqual(['ACME01E', 'ACME02S', 'ACME03E', 'ACME04S', 'ACME08E']);
    expect(use.applied).toEqual(['ACME01E', 'ACME02S', 'ACME03E']);
    expect(use.notApplied).toEqual(['ACME04S', 'ACME08E']);
  });

  it('lists the codes not published for the operation with their origin and whether the mock applies them', () => {
    expect(errorCodeUse(contract, handlersDir).unpublished).toEqual([{ code: 'ACME90S', origin: 'other.yaml GET /other', applied: false }]);
  });

  it('counts only pointer-mapped codes as applied when the API has no handler folder', () => {
    expect(errorCodeUse(contract, undefined).applied).toEqual(['ACME03E']);
  });
});
