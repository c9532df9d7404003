import { onlyDigits } from '../../../src/numbers/cpf.js';
import { nameKey } from '../../../src/plugin/browse-support.js';
import type { Demographics } from './firstvision-records.js';

/** How many leading characters of a last name key its prefix index (the shortest name search, `VPL5SZL13S`). */
export const PREFIX_LENGTH = 2;

const text = (value: string | number | undefined): string | undefined => (value === undefined ? undefined : String(value));

/** An identification number as Customer Lookup compares it: letters and digits only, upper case (`529.982.247-25` → `52998224725`). */
export function identifierKey(value: string | number | undefined): string | undefined {
  const key = (text(value) ?? '').toUpperCase().replace(/[^0-9A-Z]/g, '');
  return key || undefined;
}

/** A postal code as Customer Lookup compares it: its digits (`01310-200` → `01310200`). */
export function digitsKey(value: string | number | undefined): string | undefined {
  const key = onlyDigits(text(value) ?? '');
  return key || undefined;
}

/** A person's last name: `lastName` as stored, else the last word of `nameLine1`. */
export function lastNameOf(person: Demographics): string | undefined {
  const stored = text(person.lastName)?.trim();
  if (stored) return stored;
  return text(person.nameLine1)?.trim().split(/\s+/).pop() || undefined;
}

/** The last name as the `lastName` index keys it (`nameKey`: lower case, no accents, single spaces). */
export function lastNameKey(person: Demographics): string | undefined {
  return nameKey(lastNameOf(person));
}

/**
 * A phone number as Customer Lookup compares it: its digits, without Brazil's country code 55 when 12 or 13 digits
 * carry it (`+55 11 3333-4444` and `(11) 3333-4444` → `1133334444`).
 */
export function phoneKey(value: string | number | undefined): string | undefined {
  const digits = digitsKey(value);
  return digits !== undefined && digits.length >= 12 && digits.startsWith('55') ? digits.slice(2) : digits;
}

/** The first `PREFIX_LENGTH` characters of a name key: the `lastNamePrefix` index's key, where begins-with searches start. */
export function prefixKey(key: string | undefined): string | undefined {
  return key !== undefined && key.length >= PREFIX_LENGTH ? key.slice(0, PREFIX_LENGTH) : undefined;
}
