import type { CredereData } from './load-credere-data.js';
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

/** Free-form lists the mock does not look into. */
const OPAQUE = new Set(['attachments']);

/**
 * Records `<path>: inclusion` for every domain or bank id of a request body that GET /domains or GET /banks
 * does not list. Walks the (contract-checked) body, so any nesting depth is covered.
 * @example checkDomains({ phones: [{ phone_type_id: 99 }] }, '', data, errors) // errors['phones.0.phone_type_id']
 */
export function checkDomains(input: unknown, path: string, data: CredereData, errors: FieldErrors): void {
  if (Array.isArray(input)) {
    input.forEach((item, index) => checkDomains(item, joinPath(path, index), data, errors));
    return;
  }
  if (input === null || typeof input !== 'object') return;
  for (const [key, value] of Object.entries(input)) {
    if (OPAQUE.has(key)) continue;
    const at = joinPath(path, key);
    const domain = DOMAIN_FIELDS[key];
    if (domain !== undefined) {
      if (!data.domains.get(domain)?.has(value as number | string)) addFieldError(errors, at, { error: 'inclusion', value });
    } else if (BANK_FIELDS.has(key)) {
      if (!data.banksById.has(value as number)) addFieldError(errors, at, { error: 'inclusion', value });
    } else if (typeof value === 'object') {
      checkDomains(value, at, data, errors);
    }
  }
}
