import { isValidCnpj } from '../numbers/cnpj.js';
import { isValidCpf } from '../numbers/cpf.js';
import { brDateToIso, isRealIsoDate } from '../numbers/dates.js';
import { isValidCep } from '../numbers/is-valid-cep.js';

/**
 * A custom string format: its validator, a short English description used in diagnostics, and the regular
 * expression of its spelling (check digits and calendars aside) that exported documents carry for tools that
 * do not know the format.
 */
export type CustomFormat = { validate: (value: string) => boolean; describes: string; pattern: string };

/**
 * The string formats contracts may use beyond ajv-formats' own (`date`, `date-time`, `email`, …).
 * The fake-data bridge registers a generator for each of them.
 */
export const customFormats: Record<string, CustomFormat> = {
  cpf: { validate: isValidCpf, describes: 'a CPF with valid check digits (000.000.000-00)', pattern: String.raw`^(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11})$` },
  cnpj: { validate: isValidCnpj, describes: 'a CNPJ with valid check digits (00.000.000/0000-00)', pattern: String.raw`^(\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})$` },
  'cpf-cnpj': {
    validate: (v) => isValidCpf(v) || isValidCnpj(v),
    describes: 'a CPF or CNPJ with valid check digits, formatted or bare',
    pattern: String.raw`^(\d{3}\.\d{3}\.\d{3}-\d{2}|\d{11}|\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{14})$`,
  },
  cep: { validate: isValidCep, describes: 'a CEP written 00000-000', pattern: String.raw`^\d{5}-\d{3}$` },
  'date-br': { validate: (v) => brDateToIso(v) !== undefined, describes: 'a real calendar date written dd/mm/yyyy', pattern: String.raw`^(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/\d{4}$` },
  'date-br-or-iso': {
    validate: (v) => brDateToIso(v) !== undefined || isRealIsoDate(v),
    describes: 'a real calendar date written dd/mm/yyyy or yyyy-mm-dd',
    pattern: String.raw`^((0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/\d{4}|\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))$`,
  },
  'org-logo': {
    validate: (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 998,
    describes: 'a number from 001 to 998',
    pattern: '^[0-9]{1,3}$',
  },
};
