import { describe, expect, it } from 'vitest';
import { cpf, int, number19, pad19, paramReader } from './provider-state-params.js';

describe('provider-state parameters', () => {
  it.each([
    ['12', undefined, { value: 12 }],
    [undefined, 970, { value: 970 }],
    [undefined, undefined, { error: 'n must be a whole number, got undefined' }],
    ['abc', undefined, { error: 'n must be a whole number, got "abc"' }],
    ['-1', undefined, { error: 'n must be a whole number, got "-1"' }],
    ['1e3', undefined, { error: 'n must be a whole number, got "1e3"' }],
  ])('int(%j, fallback %j) returns %j without throwing', (value, fallback, expected) => {
    expect(int(value, 'n', fallback)).toEqual(expected);
  });

  it('pads numbers of up to 19 digits and refuses anything else', () => {
    expect(number19('123', 'customerNumber')).toEqual({ value: pad19('123') });
    expect(pad19('123')).toBe('0000000000000000123');
    expect(number19('abc', 'customerNumber')).toEqual({ error: 'customerNumber must be 1 to 19 digits, got "abc"' });
  });

  it('takes a CPF with valid check digits, formatted or bare', () => {
    expect(cpf('529.982.247-25', 'cpf')).toEqual({ value: '529.982.247-25' });
    expect(cpf('52998224725', 'cpf')).toEqual({ value: '52998224725' });
    expect(cpf('529.982.247-26', 'cpf')).toMatchObject({ error: expect.stringContaining('cpf must be a CPF') });
  });

  it('collects every bad parameter a reader is asked for', () => {
    const read = paramReader({ count: 'x', customerNumber: '1' });
    expect([read.int('count'), read.number19('customerNumber'), read.cpf('cpf')]).toEqual([0, '0000000000000000001', '']);
    expect(read.errors).toEqual(['count must be a whole number, got "x"', 'cpf must be a CPF with valid check digits (000.000.000-00), got undefined']);
  });
});
