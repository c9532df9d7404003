import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/package-root.js';
import { schemaWidths } from './schema-widths.js';

const dir = join(packageRoot, 'contracts', 'firstvision');
const ENTRY = '/responses/200/body/properties/data/properties/nameAddrData/items';

describe('field widths read from the contracts', () => {
  it('gives top-level, nested ($ref) and array item fields their maxLength', () => {
    const demographic = schemaWidths(dir, 'demographic-inquiry.json', ENTRY);
    expect(demographic('title')).toBe(20);
    expect(demographic('carrierRoute.carrierRoute1and2')).toBe(2);
    expect(demographic('nameAddressData.cityAndState')).toBe(40);
    const prior = schemaWidths(dir, 'current-prior-address.json', '/responses/200/body/properties/data/properties/customerData');
    expect(prior('priorMailerData.priorMailer.pmCity')).toBe(30);
  });

  it('fails loudly for a field without a width and for a schema that is not there', () => {
    const demographic = schemaWidths(dir, 'demographic-inquiry.json', ENTRY);
    expect(() => demographic('sequence')).toThrow(/gives field sequence no maxLength/);
    expect(() => schemaWidths(dir, 'demographic-inquiry.json', '/responses/201')).toThrow(/no schema at \/responses\/201/);
  });
});
