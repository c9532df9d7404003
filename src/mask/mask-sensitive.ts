import { isValidCpf } from '../numbers/cpf.js';
import { isLuhnValid } from '../numbers/luhn.js';

/** Keys whose values are secrets or personal documents, in any API (compared in lower case). */
const SENSITIVE_KEYS = new Set([
  'authorization',
  'signature',
  'apikey',
  'access_token',
  'client_id',
  'client_secret',
  'cardnumber',
  'encryptedcardnumber',
  'pan',
  'cpf',
  'spouse_cpf',
  'cpf_cnpj',
  'identificationnumber',
  'taxidnumber',
  'password',
]);

/** Masks a value, keeping a short hint: `4111…1111`, `***.***.***-25`, `Bearer ****`. */
export function maskValue(value: unknown): string {
  const text = String(value);
  if (/^(Bearer|Basic) /i.test(text)) return `${text.split(' ')[0]} ****`;
  const digits = text.replace(/\D/g, '');
  if (/^\d{3}\.\d{3}\.\d{3}-\d{2}$/.test(text) || (digits.length === 11 && digits === text)) return `***.***.***-${digits.slice(-2)}`;
  if (digits.length >= 12 && digits.length === text.length) return `${text.slice(0, 4)}${'*'.repeat(text.length - 8)}${text.slice(-4)}`;
  return text.length <= 4 ? '****' : `****${text.slice(-2)}`;
}

/** A 19-digit number that is a PAN zero-padded to 19 (card issuers accept card numbers that way). */
function paddedPan(digits: string): boolean {
  const pan = digits.replace(/^0+/, '');
  return pan.length >= 12 && pan.length <= 16 && isLuhnValid(pan);
}

/**
 * Masks card numbers and CPFs inside free text (URLs, log lines): 13–16 digit runs, PANs zero-padded to 19 digits,
 * and CPFs, formatted or as 11 bare digits with valid check digits. Other 19-digit customer/account numbers are kept: identifiers, not secrets.
 */
export function maskText(text: string): string {
  return text
    .replace(/\b\d{3}\.\d{3}\.\d{3}-(\d{2})\b/g, '***.***.***-$1')
    .replace(/(?<!\d)\d{11}(?!\d)/g, (digits) => (isValidCpf(digits) ? `***.***.***-${digits.slice(-2)}` : digits))
    .replace(/(?<!\d)0\d{18}(?!\d)/g, (digits) => (paddedPan(digits) ? `${digits.slice(0, 4)}${'*'.repeat(11)}${digits.slice(-4)}` : digits))
    .replace(/(?<!\d)(\d{4})(\d{5,8})(\d{4})(?!\d)/g, (_m, a: string, mid: string, b: string) => `${a}${'*'.repeat(mid.length)}${b}`);
}

/**
 * A deep copy of a JSON value with every sensitive key's value masked and free text masked.
 * @example maskSensitive({ customer: { cpf: '529.982.247-25' } }) // { customer: { cpf: '***.***.***-25' } }
 */
export function maskSensitive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSensitive);
  if (value === null || typeof value !== 'object') return typeof value === 'string' ? maskText(value) : value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    // defineProperty: a `__proto__` key is kept as data, not taken as the copy's prototype.
    const masked = SENSITIVE_KEYS.has(key.toLowerCase()) && inner !== null && inner !== '' && typeof inner !== 'object' ? maskValue(inner) : maskSensitive(inner);
    Object.defineProperty(out, key, { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
