import type { CredereData } from './load-credere-data.js';
import type { InputObject } from './customer-record.js';
import type { ObjectSpec } from './customer-spec.js';
import { joinPath } from './merge-nested.js';
import { addFieldError, type FieldErrors } from './field-errors.js';

/** Every field holding a domain id, at any depth, and the domain of GET /domains it must belong to. */
export const DOMAIN_FIELDS: Readonly<Record<string, string>> = {
  address_type_id: 'address_type',
  another_income_type_id: 'another_income_type',
  build_type_id: 'build_type',
  cnh_type_id: 'cnh_type',
  company_activity_id: 'company_activity',
  document_type: 'document_type',
  education_id: 'education',
  genre_id: 'genre',
  marital_status_id: 'marital_status',
  phone_type_id: 'phone_type',
  profession_id: 'profession',
  professional_ocupation_id: 'professional_ocupation',
  property: 'property',
  relationship: 'relationship',
  rg_state_id: 'states',
  state_id: 'states',
  state_of_birth_id: 'states',
};

/** Fields holding the Credere id of a bank of GET /banks. */
const BANK_FIELDS = new Set(['bank_id', 'previous_funding_bank_id']);

/**
 * Records `<path>: inclusion` for every domain or bank id of a request body that GET /domains or GET /banks
 * does not list. Walks the fields `spec` writes (at any depth): attributes only returned (an expanded
 * `relationship` of the accountant, `genre`) are ignored, as the merge ignores them, and `null` clears.
 * @example checkDomains({ phones: [{ phone_type_id: 99 }] }, customerSpec, '', data, errors) // errors['phones.0.phone_type_id']
 */
export function checkDomains(input: InputObject, spec: ObjectSpec, path: string, data: CredereData, errors: FieldErrors): void {
  for (const key of Object.keys(spec.fields)) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    const at = joinPath(path, key);
    const domain = DOMAIN_FIELDS[key];
    if (domain !== undefined) {
      if (!data.domains.get(domain)?.has(value as number | string)) addFieldError(errors, at, { error: 'inclusion', value });
    } else if (BANK_FIELDS.has(key)) {
      if (!data.banksById.has(value as number)) addFieldError(errors, at, { error: 'inclusion', value });
    }
  }
  for (const child of spec.children) {
    const value = input[child.key];
    const at = joinPath(path, child.key);
    if (Array.isArray(value)) value.forEach((item: InputObject, index) => checkDomains(item, child.spec, joinPath(at, index), data, errors));
    else if (value !== null && typeof value === 'object') checkDomains(value as InputObject, child.spec, at, data, errors);
  }
}
