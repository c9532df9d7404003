import { describe, expect, it } from 'vitest';
import { clientela } from './helpers/public-api.js';

describe('"clientela": numbers and masking', () => {
  let n = 0;
  const random = (max: number) => n++ % max;

  it('generateCpf and generateCnpj give documents isValidCpf and isValidCnpj accept, and a changed digit is refused', () => {
    const cpf = clientela.generateCpf(random);
    const cnpj = clientela.generateCnpj(random);
    expect([clientela.isValidCpf(cpf), clientela.isValidCnpj(cnpj)]).toEqual([true, true]);
    const flip = (text: string) => `${text.slice(0, -1)}${(Number(text.at(-1)) + 1) % 10}`;
    expect([clientela.isValidCpf(flip(cpf)), clientela.isValidCnpj(flip(cnpj))]).toEqual([false, false]);
  });

  it('luhnCheckDigit completes a payload that isLuhnValid accepts', () => {
    const payload = '400097010000001';
    const digit = clientela.luhnCheckDigit(payload);
    expect(clientela.isLuhnValid(`${payload}${digit}`)).toBe(true);
    expect(clientela.isLuhnValid(`${payload}${(digit + 1) % 10}`)).toBe(false);
  });

  it('maskSensitive masks a PAN and a CPF by key and in text; maskText masks a PAN in a line', () => {
    const masked = JSON.stringify(clientela.maskSensitive({ cardNumber: '4111111111111111', note: 'pan 4111111111111111', cpf: '529.982.247-25', name: 'Ana' }));
    expect(masked).not.toContain('4111111111111111');
    expect(masked).not.toContain('529.982');
    expect(masked).toContain('"name":"Ana"');
    expect(clientela.maskText('GET /cards/4111111111111111')).toBe('GET /cards/4111********1111');
  });
});
