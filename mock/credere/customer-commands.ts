import { onlyDigits } from '../../src/numbers/cpf.js';
import type { StateReader, StateWriter } from '../../src/state/state-store.js';
import { missingBankFields, selectBanks } from './check-bank-requirements.js';
import { checkDomains } from './check-domains.js';
import { CREATED_OUT_OF_ORDER, customers, NEWEST_CREATED, stores } from './credere-collections.js';
import { invalidFields, notFound } from './credere-domain-error.js';
import type { CredereSandbox } from './credere-sandbox.js';
import type { BankValidationsInput, CustomerInput, CustomerRecord } from './customer-record.js';
import { customerSpec } from './customer-spec.js';
import { addFieldError, type FieldErrors, hasFieldErrors } from './field-errors.js';
import { IdSequences } from './id-sequences.js';
import { mergeObject, type Row } from './merge-nested.js';

type CustomerContext = Pick<CredereSandbox, 'data' | 'clock' | 'config'>;

/** How an update treats nested collections and which banks it checks (none unless `bankValidations` is given). */
export type UpdateOptions = { replaceCollections?: boolean; bankValidations?: BankValidationsInput };

/**
 * The customer holding a CPF (11 digits) or CNPJ (14 digits), formatted or bare.
 * @example await findByDocument(tx, '529.982.247-25')
 */
export async function findByDocument(state: StateReader, cpfOrCnpj: string): Promise<CustomerRecord | undefined> {
  const digits = onlyDigits(cpfOrCnpj);
  if (digits.length === 11) return state.find(customers, 'cpf', digits);
  if (digits.length === 14) return state.find(customers, 'cnpj', digits);
  return undefined;
}

async function checkUnique(state: StateReader, base: CustomerRecord | undefined, input: CustomerInput, errors: FieldErrors): Promise<void> {
  for (const field of ['cpf', 'cnpj'] as const) {
    const value = input[field];
    if (typeof value !== 'string' || value === '') continue;
    const holder = await state.find(customers, field, onlyDigits(value));
    if (holder && holder.id !== base?.id) addFieldError(errors, field, { error: 'taken', value });
  }
}

/** Checks every rule, then (only when all hold) writes the merged customer and the ids it took. */
/**
 * Keeps creation order and `created_at` order the same question while they agree: a customer created at an earlier
 * sandbox time than the newest one (the clock was moved back) marks the lists for a full sort by `created_at`.
 */
async function noteCreation(tx: StateWriter, createdAt: number): Promise<void> {
  const newest = await tx.counter(NEWEST_CREATED);
  if (createdAt < newest) await tx.setCounter(CREATED_OUT_OF_ORDER, 1);
  else await tx.setCounter(NEWEST_CREATED, createdAt);
}

async function save(tx: StateWriter, context: CustomerContext, base: CustomerRecord | undefined, input: CustomerInput, bankValidations: BankValidationsInput | undefined | false, replaceCollections: boolean): Promise<CustomerRecord> {
  const errors: FieldErrors = {};
  const ids = await IdSequences.read(tx);
  checkDomains(input, customerSpec, '', context.data, errors);
  await checkUnique(tx, base, input, errors);
  const merge = { now: context.clock.now().getTime(), nextId: ids.next.bind(ids), replaceCollections, errors };
  const merged = mergeObject(customerSpec, base as Row | undefined, input, '', merge, true) as CustomerRecord;
  const banks = bankValidations === false ? [] : await selectBanks(bankValidations, (id) => tx.get(stores, String(id)), context.data, errors);
  if (hasFieldErrors(errors)) throw invalidFields(errors);
  const missing = missingBankFields(merged, banks, context.data);
  if (hasFieldErrors(missing)) throw invalidFields(missing);
  await ids.commit(tx);
  if (!base) await noteCreation(tx, merged.created_at);
  if (!base) await tx.insert(customers, merged);
  else if (merged !== base) await tx.replace(customers, merged);
  return merged;
}

/**
 * Registers a customer. `bankValidations` picks the banks whose required fields are checked (codes, else
 * store, else every integrated bank when absent); `false` skips that check (scenarios).
 * @example await createCustomer(tx, sandbox, { cpf: '529.982.247-25', name: 'Ana' }, { bank_codes: ['moneyplus'] })
 */
export function createCustomer(tx: StateWriter, context: CustomerContext, input: CustomerInput, bankValidations?: BankValidationsInput | false): Promise<CustomerRecord> {
  return save(tx, context, undefined, input, bankValidations, false);
}

/**
 * Changes the fields sent; nested objects merge by id (see `mergeObject`). `not-found` for an unknown id.
 * @example await updateCustomer(tx, sandbox, 1, { nickname: 'Nina' })
 */
export async function updateCustomer(tx: StateWriter, context: CustomerContext, id: number, input: CustomerInput, options: UpdateOptions = {}): Promise<CustomerRecord> {
  const base = await tx.get(customers, String(id));
  if (!base) throw notFound('Customer', id);
  return save(tx, context, base, input, options.bankValidations ?? false, options.replaceCollections ?? context.config.replaceCollections);
}
