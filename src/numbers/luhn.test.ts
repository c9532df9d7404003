import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from './luhn.js';

describe('Luhn', () => {
  it.each([
    ['4111111111111111', true],
    ['4111111111111112', false],
    ['5555555555554444', true],
    ['0000000000000000123', false],
    ['12', false],
  ])('%s valid: %s', (digits, valid) => {
    expect(isLuhnValid(digits)).toBe(valid);
  });

  it('computes the digit that makes a payload valid', () => {
    expect(luhnCheckDigit('411111111111111')).toBe(1);
    expect(isLuhnValid(`970401000000000123${luhnCheckDigit('970401000000000123')}`)).toBe(true);
  });
});
