import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultContractsDir } from '../../src/contracts/load-contracts.js';
import { createAjv } from '../../src/validation/create-ajv.js';

const ajv = createAjv();


/** The `number19` definition itself, so the rows below check the shipped pattern without a `$ref` to resolve. */
const number19 = (JSON.parse(readFileSync(join(defaultContractsDir, 'firstvision', 'defs.json'), 'utf8')) as { $defs: Record<string, object> }).$defs.number19;

const number19Cases: Array<[what: string, value: unknown, valid: boolean]> = [
  ['19 digits', '0000000000000000123', true],
  ['19 digits, no padding', '9704010000000000014', true],
  ['18 digits', '000000000000000123', false],
  ['20 digits', '00000000000000000123', false],
  ['19 characters with letters', '00000000000000001A3', false],
  ['19 digits with a space', '000000000000000 123', false],
  ['the empty string', '', false],
  ['a number instead of a string', 970401000000001, false],
];

describe('FirstVision 19-digit numbers (defs.json number19)', () => {
  it.each(number19Cases)('%s (%j) is valid: %s', (_what, value, valid) => {
    expect(number19).toBeDefined();
    const validate = ajv.compile(number19 as object);
    expect(validate(value)).toBe(valid);
  });
});
