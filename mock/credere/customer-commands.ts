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

/**
 * How an update treats nested collections and which banks it checks: those `bankValidations` picks, as on
 * create; without it every integrated bank, or none with `config.lenientUpdates`.
 */
export type UpdateOptions = { replaceCollections?: boolean; bankValidations?: BankValidationsInput };

/** Which banks a save checks (`false`: none), and whether an update that changes nothing skips that check. */
type BankCheck = { validations: BankValidationsInput | undefined | false; skipWhenUnchanged: boolean };

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

async function save(tx: StateWriter, context: CustomerContext, base: CustomerRecord | undefined, input: CustomerInput, check: BankCheck, replaceCollections: boolean): Promise<CustomerRecord> {
  const bankValidations = check.validations;
  const errors: FieldErrors = {};
  const ids = await IdSequences.read(tx);
  checkDomains(input, customerSpec, '', context.data, errors);
  await checkUnique(tx, base, input, errors);
  const merge = { now: context.clock.now().getTime(), nextId: ids.next.bind(ids), replaceCollections, errors };
  const merged = mergeObject(customerSpec, base as Row | undefined, input, '', merge, true) as CustomerRecord;
  const banks = bankValidations === false ? [] : await selectBanks(bankValidations, (id) => tx.get(stores, String(id)), context.data, errors);
  if (hasFieldErrors(errors)) throw invalidFields(errors);
  // Nothing to save, nothing to validate: a customer sent back as it was answers 200 even when it is incomplete.
  const missing = check.skipWhenUnchanged && merged === base ? {} : missingBankFields(merged, banks, context.data);
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
  return save(tx, context, undefined, input, { validations: bankValidations, skipWhenUnchanged: false }, false);
}

/**
 * Changes the fields sent; nested objects merge by id (see `mergeObject`). `not-found` for an unknown id. The
 * merged customer is checked against the banks of `options` (see `UpdateOptions`); with no `bankValidations`,
 * an update that changes nothing is not checked.
 * @example await updateCustomer(tx, sandbox, 1, { nickname: 'Nina' })
 */
export async function updateCustomer(tx: StateWriter, context: CustomerContext, id: number, input: CustomerInput, options: UpdateOptions = {}): Promise<CustomerRecord> {
  const base = await tx.get(customers, String(id));
  if (!base) throw notFound('Customer', id);
  const implicit = options.bankValidations === undefined;
  const check: BankCheck = { validations: implicit && context.config.lenientUpdates ? false : options.bankValidations, skipWhenUnchanged: implicit };
  return save(tx, context, base, input, check, options.replaceCollections ?? context.config.replaceCollections);
}
