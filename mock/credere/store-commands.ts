import { isValidCnpj } from '../../src/numbers/cnpj.js';
import type { StateReader, StateWriter } from '../../src/state/state-store.js';
import { ALL, stores } from './credere-collections.js';
import { invalidFields, notFound } from './credere-domain-error.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { addFieldError, type FieldErrors, hasFieldErrors } from './field-errors.js';
import type { CredereData, StoreRecord } from './load-credere-data.js';
import { formatTimestamp } from './render-reference.js';

/** A store to add: `name` is enough; the other fields default to null (id: the next free one). */
export type StoreInput = Partial<StoreRecord> & { name: string };

type StoreContext = Pick<CredereSandbox, 'data' | 'clock'>;

const NULLABLE = [
  'display_name', 'uf', 'city', 'cnpj', 'new_vehicle_sales', 'used_vehicle_sales', 'publish', 'public_api_identifier',
  'avatar', 'limit_fi_performance_visibility', 'limit_simulation_bank_visibility',
] as const satisfies readonly (keyof StoreRecord)[];

/** Known keys only, nulls for the rest: a store from data or a scenario never carries anything else. */
function storeRecord(input: StoreInput & { id: number }, now: string): StoreRecord {
  const record = { id: input.id, name: input.name } as StoreRecord;
  for (const key of NULLABLE) (record as Record<string, unknown>)[key] = input[key] ?? null;
  record.created_at = input.created_at ?? now;
  record.updated_at = input.updated_at ?? now;
  record.integrated_bank_codes = [...(input.integrated_bank_codes ?? [])];
  return record;
}

function checkCodes(codes: readonly string[], data: CredereData, errors: FieldErrors): void {
  for (const code of codes) {
    if (!data.banksByCode.has(code)) addFieldError(errors, 'integrated_bank_codes', { error: 'inclusion', value: code });
  }
}

/** Every store, in the order listed (GET /stores: an account's stores are few). */
export async function listStores(state: StateReader): Promise<StoreRecord[]> {
  return (await state.page(stores, 'order', ALL)).rows;
}

/**
 * Loads the stores of data/credere/stores.json into a sandbox that has none (a new or reset one).
 * @example await initializeStores(tx, sandbox)
 */
export async function initializeStores(tx: StateWriter, context: StoreContext): Promise<void> {
  if ((await tx.size(stores)) > 0) return;
  const now = formatTimestamp(context.clock.now().getTime());
  for (const store of context.data.stores) await tx.insert(stores, storeRecord(store, now));
}

/** The next free id: one past the largest (store ids are few, so reading the `order` ids is cheap). */
async function nextStoreId(state: StateReader): Promise<number> {
  const { rows } = await state.groupIds(stores, 'order', ALL);
  return Math.max(0, ...rows.map(Number)) + 1;
}

/**
 * Adds a store (id given or next free); `invalid` for a taken id, a blank name, a bad CNPJ or an unknown bank code.
 * @example await addStore(tx, sandbox, { name: 'Recife Motos', integrated_bank_codes: ['623'] })
 */
export async function addStore(tx: StateWriter, context: StoreContext, input: StoreInput): Promise<StoreRecord> {
  const errors: FieldErrors = {};
  if (input.id !== undefined && (await tx.has(stores, String(input.id)))) addFieldError(errors, 'id', { error: 'taken', value: input.id });
  if (typeof input.name !== 'string' || input.name.trim() === '') addFieldError(errors, 'name', { error: 'blank' });
  if (input.cnpj && !isValidCnpj(input.cnpj)) addFieldError(errors, 'cnpj', { error: 'invalid', value: input.cnpj });
  checkCodes(input.integrated_bank_codes ?? [], context.data, errors);
  if (hasFieldErrors(errors)) throw invalidFields(errors);
  const id = input.id ?? (await nextStoreId(tx));
  return tx.insert(stores, storeRecord({ ...input, id }, formatTimestamp(context.clock.now().getTime())));
}

/**
 * Replaces the banks integrated with a store; `not-found` for an unknown store, `invalid` for an unknown bank code.
 * @example await setIntegratedBanks(tx, sandbox, 1, ['341', 'M22'])
 */
export async function setIntegratedBanks(tx: StateWriter, context: StoreContext, storeId: number, codes: string[]): Promise<StoreRecord> {
  const store = await tx.get(stores, String(storeId));
  if (!store) throw notFound('Store', storeId);
  const errors: FieldErrors = {};
  checkCodes(codes, context.data, errors);
  if (hasFieldErrors(errors)) throw invalidFields(errors);
  return tx.replace(stores, { ...store, integrated_bank_codes: [...new Set(codes)], updated_at: formatTimestamp(context.clock.now().getTime()) });
}
