import type { Faker } from '@faker-js/faker';
import { generateCpf } from '../../src/numbers/cpf.js';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function birthDate(f: Faker): string {
  return `${1950 + f.number.int(50)}-${pad(1 + f.number.int(11))}-${pad(1 + f.number.int(27))}`;
}

/**
 * Faked values for the Credere customer fields a bank may require (dotted paths, as bank-requirements.json names
 * them); undefined for a path it does not know. Draws from `f` in a fixed order per path (scenarios are seeded).
 * @example fakeCredereField(run.faker, 'born_at') // '23/07/1961'
 */
export function fakeCredereField(f: Faker, path: string): unknown {
  switch (path) {
    case 'cpf':
      return generateCpf((max) => f.number.int(max - 1));
    case 'name':
      return `${f.person.firstName()} ${f.person.lastName()}`;
    case 'has_cnh':
      return f.datatype.boolean();
    case 'phones':
      return [{ code: 11 + f.number.int(80), number: 900_000_000 + f.number.int(99_999_999), phone_type_id: 1 }];
    case 'emails':
      return [{ address: f.internet.email().toLowerCase() }];
    case 'born_at':
      return birthDate(f).split('-').reverse().join('/');
    case 'mother':
      return `${f.person.firstName('female')} ${f.person.lastName()}`;
    case 'rg':
      return String(10_000_000 + f.number.int(89_999_999));
    case 'genre_id':
    case 'marital_status_id':
    case 'education_id':
    case 'rg_state_id':
    case 'address.state_id':
    case 'job_reference.profession_id':
    case 'job_reference.professional_ocupation_id':
      return 1 + f.number.int(1);
    case 'address.zip_code':
      return `${pad(10000 + f.number.int(89_999), 5)}-${pad(f.number.int(999), 3)}`;
    case 'address.street':
      return f.location.street();
    case 'address.number':
      return String(1 + f.number.int(2999));
    case 'address.city':
      return f.location.city();
    case 'job_reference.income_cents':
      return 150_000 + f.number.int(1_500_000);
    default:
      return undefined;
  }
}
