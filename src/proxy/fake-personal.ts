import type { Faker } from '@faker-js/faker';
import { cnpjCheckDigits, formatCnpj } from '../numbers/cnpj.js';
import { cpfCheckDigits, formatCpf } from '../numbers/cpf.js';
import { luhnCheckDigit } from '../numbers/luhn.js';
import type { PersonalKind } from '../plugin/recording-support.js';

const digit = (f: Faker): string => String(f.number.int({ min: 0, max: 9 }));
const digits = (f: Faker, count: number): string => Array.from({ length: count }, () => digit(f)).join('');

/** Written as the original is: upper case when it was, accents dropped when it had none, no longer than it. */
function styled(fake: string, original: string): string {
  let out = /[^\u0020-\u007e]/.test(original) ? fake : fake.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  if (original === original.toUpperCase()) out = out.toUpperCase();
  return out.slice(0, Math.max(original.length, 1)).trim();
}

/** Each digit of `text` replaced through `next`, every other character kept (punctuation, spaces). */
function sameShape(text: string, next: () => string): string {
  return text.replace(/\d/g, () => next());
}

function fakeDocument(f: Faker, original: string): string {
  const plain = original.replace(/\D/g, '');
  const punctuated = plain !== original;
  if (plain.length === 11) {
    let base = digits(f, 9);
    while (/^(\d)\1{8}$/.test(base)) base = digits(f, 9);
    const cpf = base + cpfCheckDigits(base);
    return punctuated ? formatCpf(cpf) : cpf;
  }
  if (plain.length === 14) {
    const base = `${digits(f, 8)}0001`;
    const cnpj = base + cnpjCheckDigits(base);
    return punctuated ? formatCnpj(cnpj) : cnpj;
  }
  return sameShape(original, () => digit(f));
}

/** A Luhn-valid number of the same BIN (first six digits) and length; a masked display (`4000xxxx1234`) stays. */
function fakePan(f: Faker, original: string): string {
  if (!/^\d{12,19}$/.test(original)) return original;
  // A PAN zero-padded to 19 digits keeps its padding: the BIN is the first six digits after it.
  const padding = /^0*/.exec(original)?.[0] ?? '';
  const pan = original.slice(padding.length);
  if (pan.length < 12) return sameShape(original, () => digit(f));
  const payload = pan.slice(0, 6) + digits(f, pan.length - 7);
  return padding + payload + String(luhnCheckDigit(payload));
}

function fakePhone(f: Faker, original: string): string {
  // The area code (and the country code) stay: the last eight digits are the subscriber's.
  const total = original.replace(/\D/g, '').length;
  let seen = 0;
  // A leading digit stays non-zero: a phone sent as an integer keeps its length.
  return original.replace(/\d/g, (kept) => (++seen > total - 8 ? (seen === 1 ? String(f.number.int({ min: 1, max: 9 })) : digit(f)) : kept));
}

function fakeEmail(f: Faker): string {
  const name = `${f.person.firstName()}.${f.person.lastName()}`.normalize('NFD').replace(/[^A-Za-z.]/g, '');
  return `${name.toLowerCase()}${f.number.int({ min: 1, max: 999 })}@example.com`;
}

/**
 * A fake for one personal value, from a faker already seeded for it: valid CPFs and CNPJs in the original's
 * punctuation, Luhn-valid PANs of the original's BIN and length, pt_BR names and streets in the original's case.
 * @example fakePersonal(faker, 'document', '529.982.247-25') // e.g. '318.072.655-04'
 */
export function fakePersonal(f: Faker, kind: PersonalKind, original: string): string {
  switch (kind) {
    case 'document':
      return fakeDocument(f, original);
    case 'pan':
      return fakePan(f, original);
    case 'name':
      return styled(f.person.fullName(), original);
    case 'email':
      return fakeEmail(f);
    case 'phone':
      return fakePhone(f, original);
    case 'street':
      return styled(f.location.street(), original);
    case 'postalCode':
      return sameShape(original, () => String(f.number.int({ min: 1, max: 9 })));
  }
}
