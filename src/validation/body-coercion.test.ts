import { describe, expect, it } from 'vitest';
import { defsLookup } from '../contracts/dereference.js';
import { bodyCoercionOf, coerceBody } from './body-coercion.js';

const defs = {
  $defs: {
    id: { type: 'integer', minimum: 1 },
    cnpj: { type: 'string', format: 'cnpj' },
    phone: { type: 'object', properties: { code: { type: ['integer', 'null'] }, label: { type: 'string' } } },
  },
};
const lookup = defsLookup(defs);
const schema = {
  type: 'object',
  properties: {
    id: { $ref: '#/$defs/id' },
    genre_id: { anyOf: [{ $ref: '#/$defs/id' }, { type: 'null' }] },
    cnpj: { anyOf: [{ $ref: '#/$defs/cnpj' }, { type: 'null' }] },
    zip: { type: ['string', 'null'] },
    active: { type: 'boolean' },
    phones: { type: 'array', items: { $ref: '#/$defs/phone' } },
    phone: { anyOf: [{ $ref: '#/$defs/phone' }, { type: 'null' }] },
  },
};
const plan = bodyCoercionOf(schema, lookup);

describe('body coercion', () => {
  it('plans integers through $ref, anyOf with null, arrays and nested objects, and leaves string fields alone', () => {
    expect(plan).toEqual({
      properties: { id: 'integer', genre_id: 'integer', active: 'boolean', phones: { properties: {}, items: { properties: { code: 'integer' } } }, phone: { properties: { code: 'integer' } } },
    });
  });

  it('reads plain decimal strings as integers and true/false as booleans, copying only what changes', () => {
    const body = { id: '7', genre_id: '2', cnpj: '11222333000181', zip: '59000', active: 'true', phones: [{ code: '84', label: '84' }, { code: null }], phone: null };
    expect(coerceBody(body, plan)).toEqual({ id: 7, genre_id: 2, cnpj: '11222333000181', zip: '59000', active: true, phones: [{ code: 84, label: '84' }, { code: null }], phone: null });
    expect(body.id).toBe('7');
    const untouched = { zip: '1', phones: [{ label: 'x' }] };
    expect(coerceBody(untouched, plan)).toBe(untouched);
  });

  it('keeps what is not plainly a number for the schema to refuse', () => {
    expect(coerceBody({ id: '8a', genre_id: ' 2', phones: [{ code: '1e3' }, { code: '0x54' }] }, plan)).toEqual({ id: '8a', genre_id: ' 2', phones: [{ code: '1e3' }, { code: '0x54' }] });
  });
});
