import { describe, expect, it } from 'vitest';
import { createAjv } from './create-ajv.js';
import { toDiagnostics } from './to-diagnostics.js';

const ajv = createAjv();
const validate = ajv.compile({
  type: 'object',
  properties: {
    cnpj: { anyOf: [{ type: 'string', format: 'cnpj' }, { const: '' }, { type: 'null' }] },
    address: { anyOf: [{ type: 'object', properties: { city: { type: 'string', maxLength: 3 } } }, { type: 'null' }] },
  },
});

function diagnose(body: unknown): string[] {
  validate(body);
  return toDiagnostics('/body', validate.errors).map((d) => `${d.path} ${d.code}`);
}

describe('toDiagnostics over anyOf', () => {
  it('tells a wrong check digit once, not also that the value is not "" or null', () => {
    expect(diagnose({ cnpj: '11.222.333/0001-82' })).toEqual(['/body/cnpj format']);
  });

  it('tells a value of no branch kind by the typed branch only', () => {
    expect(diagnose({ cnpj: 5 })).toEqual(['/body/cnpj type']);
  });

  it('tells a nested object error where it is, without the null branch or the anyOf', () => {
    expect(diagnose({ address: { city: 'Natal' } })).toEqual(['/body/address/city maxLength']);
  });

  it('accepts null and the values of each branch', () => {
    expect(diagnose({ cnpj: null, address: null })).toEqual([]);
    expect(diagnose({ cnpj: '', address: { city: 'SP' } })).toEqual([]);
  });
});
