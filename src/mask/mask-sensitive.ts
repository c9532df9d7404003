import { sensitiveNumberText } from './mask-number.js';
import { maskText } from './mask-text.js';

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

/**
 * A deep copy of a JSON value with every sensitive key's value masked and free text masked.
 * @example maskSensitive({ customer: { cpf: '529.982.247-25' } }) // { customer: { cpf: '***.***.***-25' } }
 */
export function maskSensitive(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSensitive);
  if (typeof value === 'string') return maskText(value);
  if (typeof value === 'number') {
    const text = sensitiveNumberText(String(value));
    return text === undefined ? value : maskText(text);
  }
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const masked = SENSITIVE_KEYS.has(key.toLowerCase()) && inner !== null && inner !== '' && typeof inner !== 'object' ? maskValue(inner) : maskSensitive(inner);
    // Keys are text too (a card number can be one); defineProperty keeps a `__proto__` key as data, not as the prototype.
    Object.defineProperty(out, maskText(key), { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

/** 17 to 19 digits in a row: a customer, account or relationship number, which a reader of stored records needs whole. */
const IDENTIFIER = /(?<![\d\uE000])\d{17,19}(?![\d\uE000])/g;
const HELD = /\uE000(\d+)\uE000/g;

/** Free text masked by `maskText`, its 17- to 19-digit identifiers held aside and put back whole. */
function maskKeepingIdentifiers(text: string): string {
  const kept: string[] = [];
  const held = text.replace(IDENTIFIER, (number) => `\uE000${kept.push(number) - 1}\uE000`);
  return maskText(held).replace(HELD, (_whole, index: string) => kept[Number(index)] ?? '');
}

/**
 * A deep copy of a stored record with sensitive keys' values masked and free text masked, but 17- to 19-digit
 * identifiers (customer, account, relationship numbers) left whole: what the state browser shows.
 * @example maskSensitiveKeys({ customerNumber: '0000000000000000123', pan: '4000000000000002' }) // pan: '4000********0002'
 */
export function maskSensitiveKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSensitiveKeys);
  if (typeof value === 'string') return maskKeepingIdentifiers(value);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    const masked = SENSITIVE_KEYS.has(key.toLowerCase()) && inner !== null && inner !== '' && typeof inner !== 'object' ? maskValue(inner) : maskSensitiveKeys(inner);
    Object.defineProperty(out, key, { value: masked, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
