import type { PersonalKind } from '../../../src/plugin/recording-support.js';

/**
 * Credere's personal fields, in customers and their nested records. `number` is a phone's number and an address's
 * house number alike: both get the phone fake (digits replaced, the first one non-zero). `address` is an e-mail's
 * address when it is a string (the nested address object is walked into).
 */
export const crederePersonalFields: Record<string, PersonalKind> = {
  cpf: 'document',
  spouse_cpf: 'document',
  cpf_cnpj: 'document',
  cnpj: 'document',
  rg: 'document',
  cnh: 'document',
  account_number: 'document',
  name: 'name',
  nickname: 'name',
  mother: 'name',
  father: 'name',
  spouse_name: 'name',
  street: 'street',
  zip_code: 'postalCode',
  number: 'phone',
  address: 'email',
};
