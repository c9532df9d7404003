import { isValidCnpj } from '../numbers/cnpj.js';
import { isValidCpf } from '../numbers/cpf.js';
import { isLuhnValid } from '../numbers/luhn.js';

function integerDigits(token: string): string | undefined {
  const plain = /^-?(\d+)(?:\.\d+)?$/.exec(token);
  if (plain) return plain[1];
  const value = Math.abs(Number(token));
  return Number.isFinite(value) && value >= 1 ? BigInt(Math.trunc(value)).toString() : undefined;
}

/**
 * The text to mask for a number that may be a card number or a document, or undefined for any other number.
 * A CPF or CNPJ sent as a number has lost its leading zeros: 9–11 digits that are a CPF once padded to 11, or
 * 12–14 that are a CNPJ once padded to 14, come back padded; 13 digits or more (12 passing the Luhn check) come
 * back as written. Fewer than 9 digits are never taken for a CPF (too many zeros lost to tell it from a count).
 * @example sensitiveNumberText('52998224725') // '52998224725'; sensitiveNumberText('42') // undefined
 */
export function sensitiveNumberText(token: string): string | undefined {
  const digits = integerDigits(token);
  if (digits === undefined || digits.length < 9) return undefined;
  if (digits.length <= 11 && isValidCpf(digits.padStart(11, '0'))) return digits.padStart(11, '0');
  if (digits.length >= 12 && digits.length <= 14 && isValidCnpj(digits.padStart(14, '0'))) return digits.padStart(14, '0');
  if (digits.length >= 13 || (digits.length === 12 && isLuhnValid(digits))) return /^-?\d+(?:\.\d+)?$/.test(token) ? token : digits;
  return undefined;
}

/** A JSON string, or a number outside strings. */
const JSON_TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

/**
 * JSON text with every number that may be a card number or a document turned into a string, before parsing:
 * `JSON.parse` would round a 19-digit PAN to 16 significant digits, and a CPF would lose its leading zeros.
 * @example quoteSensitiveNumbers('{"n":4000970100000000018}') // '{"n":"4000970100000000018"}'
 */
export function quoteSensitiveNumbers(json: string): string {
  return json.replace(JSON_TOKEN, (token) => {
    if (token.startsWith('"')) return token;
    const text = sensitiveNumberText(token);
    return text === undefined ? token : `"${text}"`;
  });
}
