import type { BankValidationsInput, CustomerRecord } from './customer-record.js';
import type { CredereData, StoreRecord } from './load-credere-data.js';
import { sortBankCodes } from './bank-namer.js';
import { addFieldError, type FieldErrors } from './field-errors.js';

/**
 * The banks a customer is checked against, with Credere's priority: `bank_codes` when given (each must be a
 * bank integrated with Credere), else the banks integrated with store `store_id`, else every bank integrated
 * with Credere (the keys of the requirements table). Problems with the selection itself go to `errors`: every
 * code GET /banks does not know in one `unknown_bank` entry, every known bank Credere does not integrate in one
 * `not_integrated` entry (codes sorted by `sortBankCodes`).
 * @example await selectBanks({ store_id: 2 }, (id) => tx.get(stores, String(id)), data, errors) // ['623', '394', …]
 */
export async function selectBanks(
  validations: BankValidationsInput | undefined,
  storeOf: (id: number) => Promise<StoreRecord | undefined>,
  data: CredereData,
  errors: FieldErrors,
): Promise<string[]> {
  if (validations?.bank_codes && validations.bank_codes.length > 0) {
    const codes = sortBankCodes(new Set(validations.bank_codes));
    const unknown = codes.filter((code) => !data.requirements.has(code) && !data.banksByCode.has(code));
    const notIntegrated = codes.filter((code) => !data.requirements.has(code) && data.banksByCode.has(code));
    if (unknown.length > 0) addFieldError(errors, 'bank_validations.bank_codes', { error: 'unknown_bank', value: unknown });
    if (notIntegrated.length > 0) addFieldError(errors, 'bank_validations.bank_codes', { error: 'not_integrated', value: notIntegrated });
    return codes;
  }
  if (validations?.store_id !== undefined) {
    const store = await storeOf(validations.store_id);
    if (!store) addFieldError(errors, 'bank_validations.store_id', { error: 'not_found', value: validations.store_id });
    return store?.integrated_bank_codes.slice() ?? [];
  }
  return [...data.requirements.keys()];
}

function filled(value: unknown, rest: string[]): boolean {
  if (Array.isArray(value)) return rest.length === 0 ? value.length > 0 : value.some((item) => filled(item, rest));
  if (rest.length > 0) {
    if (value === null || typeof value !== 'object') return false;
    const [head, ...tail] = rest as [string, ...string[]];
    return Object.hasOwn(value, head) && filled((value as Record<string, unknown>)[head], tail);
  }
  if (typeof value === 'string') return value.trim() !== '';
  return value !== undefined && value !== null;
}

/**
 * The fields the selected banks require that the (merged) customer lacks: `{ born_at: [{ error: 'blank',
 * banks: ['341', '655'] }] }`. A path into a list (`phones`) needs one item; booleans count when true or false.
 * @example missingBankFields({ id: 1, cpf, name, created_at: 0, updated_at: 0 }, ['341'], data) // { has_cnh: [{ error: 'blank', banks: ['341'] }], … }
 */
export function missingBankFields(customer: CustomerRecord, codes: readonly string[], data: CredereData): FieldErrors {
  const banksByField = new Map<string, string[]>();
  for (const code of codes) {
    for (const path of data.requirements.get(code) ?? []) {
      if (filled(customer, path.split('.'))) continue;
      const banks = banksByField.get(path);
      if (banks) banks.push(code);
      else banksByField.set(path, [code]);
    }
  }
  const details: FieldErrors = {};
  for (const [path, banks] of banksByField) addFieldError(details, path, { error: 'blank', banks: sortBankCodes(banks) });
  return details;
}
