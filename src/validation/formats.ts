import { isValidCnpj } from '../numbers/cnpj.js';
import { isValidCpf } from '../numbers/cpf.js';
import { brDateToIso } from '../numbers/dates.js';
import { isValidCep } from '../numbers/is-valid-cep.js';

/** A custom string format: its validator and a short English description used in diagnostics. */
export type CustomFormat = { validate: (value: string) => boolean; describes: string };

/**
 * The string formats contracts may use beyond ajv-formats' own (`date`, `date-time`, `email`, …).
 * The fake-data bridge registers a generator for each of them.
 */
export const customFormats: Record<string, CustomFormat> = {
  cpf: { validate: isValidCpf, describes: 'a CPF with valid check digits (000.000.000-00)' },
  cnpj: { validate: isValidCnpj, describes: 'a CNPJ with valid check digits (00.000.000/0000-00)' },
  'cpf-cnpj': {
    validate: (v) => isValidCpf(v) || isValidCnpj(v),
    describes: 'a CPF or CNPJ with valid check digits, formatted or bare',
  },
  cep: { validate: isValidCep, describes: 'a CEP written 00000-000' },
  'date-br': { validate: (v) => brDateToIso(v) !== undefined, describes: 'a real calendar date written dd/mm/yyyy' },
  'org-logo': {
    validate: (v) => /^\d{1,3}$/.test(v) && Number(v) >= 1 && Number(v) <= 998,
    describes: 'a number from 001 to 998',
  },
};
