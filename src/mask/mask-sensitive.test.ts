import { describe, expect, it } from 'vitest';
import { maskSensitive, maskText } from './mask-sensitive.js';

describe('masking', () => {
  it('masks documents, card numbers and secrets by key', () => {
    const masked = maskSensitive({
      customer: { cpf: '529.982.247-25', name: 'Ana' },
      cardNumber: '4111111111111111',
      authorization: 'Bearer abc.def',
      customerNumber: '0000000000000000123',
    });
    expect(masked).toEqual({
      customer: { cpf: '***.***.***-25', name: 'Ana' },
      cardNumber: '4111********1111',
      authorization: 'Bearer ****',
      customerNumber: '0000000000000000123',
    });
  });

  it('masks a PAN zero-padded to 19 digits and keeps customer numbers', () => {
    expect(maskText('/x?card=0004111111111111111&customer=0000000000000000123')).toBe('/x?card=0004***********1111&customer=0000000000000000123');
  });

  it('masks PANs and CPFs inside text and keeps 19-digit numbers', () => {
    expect(maskText('/x?pan=4111111111111111&cpf=529.982.247-25&n=9704010000000001467')).toBe(
      '/x?pan=4111********1111&cpf=***.***.***-25&n=9704010000000001467',
    );
  });
});
