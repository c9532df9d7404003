import { luhnCheckDigit } from '../../src/numbers/luhn.js';

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

/**
 * A generated customer, account or relationship number: 3-digit org, 3-digit logo (000 when none is known),
 * a 12-digit zero-padded sequence and a Luhn check digit, 19 digits in all.
 * @example nineteenDigitNumber(970, 401, 1) // '9704010000000000014'
 */
export function nineteenDigitNumber(org: number, logo: number, sequence: number): string {
  const payload = `${pad(org, 3)}${pad(logo, 3)}${pad(sequence, 12)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

/**
 * A Luhn-valid PAN: the logo's BIN, a zero-padded sequence and the check digit, `length` digits in all.
 * @example generatePan('40009701', 16, 1) // '4000970100000013'
 */
export function generatePan(bin: string, length: number, sequence: number): string {
  const payload = `${bin}${pad(sequence, length - bin.length - 1)}`;
  return `${payload}${luhnCheckDigit(payload)}`;
}

/** The 19 zeros FirstVision answers where a customer, account or relationship number is absent. */
export const ZERO_NUMBER = '0'.repeat(19);

/** True for a number the client leaves to the service: absent, blank or all zeros. */
export function isBlankNumber(value: string | undefined): boolean {
  return value === undefined || /^[ 0]*$/.test(value);
}
