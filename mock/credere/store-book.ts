import { isValidCnpj } from '../../src/numbers/cnpj.js';
import type { Clock } from '../../src/state/clock.js';
import type { Database } from '../../src/state/database.js';
import { Table } from '../../src/state/table.js';
import { ApiError } from '../api-error.js';
import { invalidFields } from './customer-labels.js';
import type { CredereData, StoreRecord } from './load-credere-data.js';
import { addFieldError, credereNotFound, type FieldErrors } from './render-credere-error.js';
import { formatTimestamp } from './render-reference.js';

/** A store to add: `name` is enough; the other fields default to null (id: the next free one). */
export type StoreInput = Partial<StoreRecord> & { name: string };

const NULLABLE = [
  'display_name', 'uf', 'city', 'cnpj', 'new_vehicle_sales', 'used_vehicle_sales', 'publish', 'public_api_identifier',
  'avatar', 'limit_fi_performance_visibility', 'limit_simulation_bank_visibility',
] as const satisfies readonly (keyof StoreRecord)[];

/**
 * The stores of one sandbox, loaded from data/credere/stores.json when the world is created, so scenarios can
 * add stores and change the banks integrated with each.
 */
export class StoreBook {
  #table: Table<StoreRecord>;
  #data: CredereData;
  #clock: Clock;

  constructor(db: Database, data: CredereData, clock: Clock) {
    this.#data = data;
    this.#clock = clock;
    this.#table = new Table<StoreRecord>(db, 'credere.stores', (s) => String(s.id), [{ name: 'order', kind: 'group', key: () => 'all' }]);
    if (this.all().length === 0) for (const store of data.stores) this.#table.insert(this.#record(store));
  }

  all(): StoreRecord[] {
    return this.#table.group('order', 'all');
  }

  get(id: number): StoreRecord | undefined {
    return this.#table.get(String(id));
  }

  add(input: StoreInput): StoreRecord {
    const errors: FieldErrors = {};
    if (input.id !== undefined && this.#table.has(String(input.id))) addFieldError(errors, 'id', { error: 'taken', value: input.id });
    if (typeof input.name !== 'string' || input.name.trim() === '') addFieldError(errors, 'name', { error: 'blank' });
    if (input.cnpj && !isValidCnpj(input.cnpj)) addFieldError(errors, 'cnpj', { error: 'invalid', value: input.cnpj });
    this.#checkCodes(input.integrated_bank_codes ?? [], errors);
    if (Object.keys(errors).length > 0) throw invalidFields(errors);
    const id = input.id ?? Math.max(0, ...this.all().map((store) => store.id)) + 1;
    return this.#table.insert(this.#record({ ...input, id }));
  }

  setIntegratedBanks(storeId: number, codes: string[]): StoreRecord {
    const store = this.get(storeId);
    if (!store) throw new ApiError(credereNotFound('Store', storeId));
    const errors: FieldErrors = {};
    this.#checkCodes(codes, errors);
    if (Object.keys(errors).length > 0) throw invalidFields(errors);
    return this.#table.replace({ ...store, integrated_bank_codes: [...new Set(codes)], updated_at: formatTimestamp(this.#clock.now().getTime()) });
  }

  #checkCodes(codes: readonly string[], errors: FieldErrors): void {
    for (const code of codes) {
      if (!this.#data.banksByCode.has(code)) addFieldError(errors, 'integrated_bank_codes', { error: 'inclusion', value: code });
    }
  }

  /** Known keys only, nulls for the rest: a store from data or a scenario never carries anything else. */
  #record(input: StoreInput & { id: number }): StoreRecord {
    const now = formatTimestamp(this.#clock.now().getTime());
    const record = { id: input.id, name: input.name } as StoreRecord;
    for (const key of NULLABLE) (record as Record<string, unknown>)[key] = input[key] ?? null;
    record.created_at = input.created_at ?? now;
    record.updated_at = input.updated_at ?? now;
    record.integrated_bank_codes = [...(input.integrated_bank_codes ?? [])];
    return record;
  }
}
