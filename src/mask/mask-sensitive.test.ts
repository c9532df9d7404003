import { describe, expect, it } from 'vitest';
import { maskSensitive, maskSensitiveKeys } from './mask-sensitive.js';
import { maskText } from './mask-text.js';
import { quoteSensitiveNumbers } from './mask-number.js';

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
      customerNumber: '0000***********0123',
    });
  });

  it('masks a PAN zero-padded to 19 digits and a 19-digit PAN', () => {
    expect(maskText('/x?card=0004111111111111111&pan=4000970100000000018')).toBe('/x?card=0004***********1111&pan=4000***********0018');
  });

  it.each([
    ['/x?pan=4111111111111111&cpf=529.982.247-25', '/x?pan=4111********1111&cpf=***.***.***-25'],
    ['card 4000-9701-0000-0013', 'card 4000-****-****-0013'],
    ['card 4000 9701 0000 0013 ok', 'card 4000 **** **** 0013 ok'],
    ['?cpf_cnpj=529%2E982%2E247-25', '?cpf_cnpj=***.***.***-25'],
    ['?cpf_cnpj=529%252E982%252E247-25', '?cpf_cnpj=***.***.***-25'],
    ['/customers/529982247-25', '/customers/***.***.***-25'],
    ['cnpj 11.222.333/0001-81.', 'cnpj **.***.***/****-81.'],
    ['%34%30%30%30970100000000018', '%34%30%30%30***********0018'],
    ['/c/1 529.982.247-25', '/c/* ***.***.***-25'],
  ])('masks %s', (text, masked) => {
    expect(maskText(text)).toBe(masked);
  });

  it.each([
    ['dates and times', '2026-01-01T12:00:00.000-03:00 and 01/01/2026 12:00'],
    ['a phone', 'tel 84 99123-4567'],
    ['short numbers', '/customers/1/phones/22?page=3&per_page=100'],
  ])('keeps %s', (_name, text) => {
    expect(maskText(text)).toBe(text);
  });

  it('masks numbers that may be card numbers or documents, and keeps other numbers', () => {
    const parsed = JSON.parse(quoteSensitiveNumbers('{"a":4000970100000000018,"b":52998224725,"c":"4111","d":991234567,"e":1.5e3}'));
    expect(maskSensitive(parsed)).toEqual({ a: '4000***********0018', b: '***.***.***-25', c: '4111', d: 991234567, e: 1500 });
    expect(maskSensitive({ n: 4111111111111111, [`k4111111111111111`]: 1 })).toEqual({ n: '4111********1111', 'k4111********1111': 1 });
  });
});

describe('maskSensitiveKeys', () => {
  it('masks sensitive keys and free text, leaving 19-digit customer and account numbers whole', () => {
    const record = { customerNumber: '0000000000000000123', pan: '4000000000000002', owner: { identificationNumber: '52998224725', note: 'card 4000000000000002' } };
    expect(maskSensitiveKeys(record)).toEqual({ customerNumber: '0000000000000000123', pan: '4000********0002', owner: { identificationNumber: '***.***.***-25', note: 'card 4000********0002' } });
  });
});
