import type { Faker } from '@faker-js/faker';
import { generateCpf } from '../../../src/numbers/cpf.js';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function birthDate(f: Faker): string {
  return `${1950 + f.number.int(50)}-${pad(1 + f.number.int(11))}-${pad(1 + f.number.int(27))}`;
}

function ascii(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * A seeded owner for FirstVision (Customer Add field names, upper case as VisionPLUS keeps them).
 * @example fakeOwner(run.faker).nameLine1 // 'JOAO SILVA SOUZA'
 */
export function fakeOwner(f: Faker): Record<string, string | number> {
  const name = ascii(`${f.person.firstName()} ${f.person.lastName()} ${f.person.lastName()}`).toUpperCase().slice(0, 40);
  return {
    nameLine1: name,
    identificationNumberFlag: 1,
    identificationNumber: generateCpf((max) => f.number.int(max - 1)).replace(/\D/g, ''),
    dateOfBirth: birthDate(f),
    ...fakeAddress(f),
    mobilePhoneNumber: `119${pad(f.number.int(99_999_999), 8)}`,
  };
}

/**
 * A seeded Brazilian mailing address in Customer Add field names.
 * @example fakeAddress(run.faker).countryCode // 'BRA'
 */
export function fakeAddress(f: Faker): Record<string, string> {
  return {
    houseNumber: String(1 + f.number.int(2999)),
    houseAddress1: ascii(f.location.street()).toUpperCase().slice(0, 40),
    city: ascii(f.location.city()).toUpperCase().slice(0, 30),
    state: f.location.state({ abbreviated: true }).slice(0, 3),
    postalCode: `${pad(10000 + f.number.int(89_999), 5)}-${pad(f.number.int(999), 3)}`,
    countryCode: 'BRA',
  };
}
