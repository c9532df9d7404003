import { describe, expect, it } from 'vitest';
import { declaredOnly } from './declared-only.js';
import { defsLookup } from './dereference.js';

const lookup = defsLookup({ $defs: { person: { type: 'object', properties: { name: { type: 'string' } } } } });

describe('declaredOnly', () => {
  it.each([
    ['drops an undeclared key', { type: 'object', properties: { a: {} } }, { a: 1, b: 2 }, { a: 1 }],
    ['follows $ref and drops at depth', { type: 'object', properties: { p: { $ref: 'defs.json#/$defs/person' } } }, { p: { name: 'x', extra: { name: 'y' } } }, { p: { name: 'x' } }],
    ['walks array items', { type: 'array', items: { type: 'object', properties: { a: {} } } }, [{ a: 1, b: 2 }], [{ a: 1 }]],
    ['keeps keys an additionalProperties schema admits', { type: 'object', properties: { a: {} }, additionalProperties: { type: 'integer' } }, { a: 1, b: 2 }, { a: 1, b: 2 }],
    ['keeps a free-form object whole', { type: 'object' }, { b: 2 }, { b: 2 }],
    ['unites the properties of anyOf branches', { anyOf: [{ properties: { a: {} } }, { properties: { b: {} } }] }, { a: 1, b: 2, c: 3 }, { a: 1, b: 2 }],
    ['leaves a value without a schema alone', undefined, { b: 2 }, { b: 2 }],
  ])('%s', (_name, schema, value, expected) => {
    expect(declaredOnly(value, schema, lookup)).toEqual(expected);
  });
});
