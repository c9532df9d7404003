import { describe, expect, it } from 'vitest';
import { redactQuery } from './redact-query.js';

describe('redactQuery', () => {
  it('hides the values of personal query parameters and masks documents in the rest', () => {
    expect(redactQuery('/c/customers?name=Ana%20Souza&page=2&cpf_cnpj=52998224725', { name: 'name' })).toBe('/c/customers?name=***&page=2&cpf_cnpj=***.***.***-25');
    expect(redactQuery('/c/banks', { name: 'name' })).toBe('/c/banks');
  });
});
