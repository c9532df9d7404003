import type { EntityFaker } from '../../src/fake/entity-faker.js';
import { onlyDigits } from '../../src/numbers/cpf.js';
import type { Clock } from '../../src/state/clock.js';
import type { Database } from '../../src/state/database.js';
import { Table } from '../../src/state/table.js';
import { ApiError } from '../api-error.js';
import { missingBankFields, selectBanks } from './check-bank-requirements.js';
import { checkDomains } from './check-domains.js';
import { invalidFields } from './customer-labels.js';
import type { CredereConfig } from './credere-config.js';
import type { BankValidationsInput, CustomerInput, CustomerRecord } from './customer-record.js';
import { customerSpec } from './customer-spec.js';
import { IdSequences } from './id-sequences.js';
import { listCustomers, type ListQuery } from './list-customers.js';
import { type CredereData, loadCredereData, type StoreRecord } from './load-credere-data.js';
import { mergeObject, type Row } from './merge-nested.js';
import { addFieldError, credereNotFound, type FieldErrors } from './render-credere-error.js';
import { renderCustomer } from './render-customer.js';
import { StoreBook, type StoreInput } from './store-book.js';

export type CredereStoreContext = { seed: number; faker: EntityFaker; clock: Clock; config: CredereConfig };

/** How an update treats nested collections and which banks it checks (none unless `bankValidations` is given). */
export type UpdateOptions = { replaceCollections?: boolean; bankValidations?: BankValidationsInput };

/**
 * Credere's state in one sandbox: customers (with every nested object) and stores. Its methods are the domain
 * commands shared by the HTTP handlers and the scenario runner: synchronous, they check everything before
 * changing anything and throw `ApiError` (a rendered Credere 404 or 422) when a rule is broken.
 */
export class CredereStore {
  readonly db: Database;
  readonly context: CredereStoreContext;
  readonly data: CredereData;
  #customers: Table<CustomerRecord>;
  #stores: StoreBook;

  constructor(db: Database, context: CredereStoreContext) {
    this.db = db;
    this.context = context;
    this.data = loadCredereData(context.config.bankRequirementsFile);
    this.#customers = new Table<CustomerRecord>(db, 'credere.customers', (c) => String(c.id), [
      { name: 'cpf', kind: 'unique', key: (c) => onlyDigits(c.cpf) },
      { name: 'cnpj', kind: 'unique', key: (c) => (c.cnpj ? onlyDigits(c.cnpj) : undefined) },
      { name: 'created', kind: 'group', key: () => 'all' },
    ]);
    this.#stores = new StoreBook(db, this.data, context.clock);
  }

  /**
   * Registers a customer. `bankValidations` picks the banks whose required fields are checked (codes, else
   * store, else every integrated bank when absent); `false` skips that check (scenarios).
   * @example store.createCustomer({ cpf: '529.982.247-25', name: 'Ana' }, { bank_codes: ['moneyplus'] })
   */
  createCustomer(input: CustomerInput, bankValidations?: BankValidationsInput | false): CustomerRecord {
    return this.#save(undefined, input, bankValidations, false);
  }

  /** Changes the fields sent; nested objects merge by id (see `mergeObject`). 404 for an unknown id. */
  updateCustomer(id: number, input: CustomerInput, options: UpdateOptions = {}): CustomerRecord {
    const base = this.#customers.get(String(id));
    if (!base) throw new ApiError(credereNotFound('Customer', id));
    return this.#save(base, input, options.bankValidations ?? false, options.replaceCollections ?? this.context.config.replaceCollections);
  }

  getCustomer(id: number): CustomerRecord | undefined {
    return this.#customers.get(String(id));
  }

  /** The customer holding a CPF (11 digits) or CNPJ (14 digits), formatted or bare. */
  findByDocument(cpfOrCnpj: string): CustomerRecord | undefined {
    const digits = onlyDigits(cpfOrCnpj);
    if (digits.length === 11) return this.#customers.find('cpf', digits);
    if (digits.length === 14) return this.#customers.find('cnpj', digits);
    return undefined;
  }

  listCustomers(query: ListQuery = {}): CustomerRecord[] {
    return listCustomers(this.#customers, query);
  }

  /** The full response shape of a customer, rendered now (nothing rendered is stored). */
  toResponse(customer: CustomerRecord): Record<string, unknown> {
    return renderCustomer(customer, this.data, this.context.faker);
  }

  stores(): StoreRecord[] {
    return this.#stores.all();
  }

  store(id: number): StoreRecord | undefined {
    return this.#stores.get(id);
  }

  /** Adds a store (id given or next free); 422 for a taken id, a bad CNPJ or an unknown bank code. */
  addStore(store: StoreInput): StoreRecord {
    return this.#stores.add(store);
  }

  /** Replaces the banks integrated with a store; 404 for an unknown store, 422 for an unknown bank code. */
  setIntegratedBanks(storeId: number, codes: string[]): StoreRecord {
    return this.#stores.setIntegratedBanks(storeId, codes);
  }

  #save(base: CustomerRecord | undefined, input: CustomerInput, bankValidations: BankValidationsInput | undefined | false, replaceCollections: boolean): CustomerRecord {
    const errors: FieldErrors = {};
    const ids = new IdSequences(this.db.data.meta);
    checkDomains(input, '', this.data, errors);
    this.#checkUnique(base, input, errors);
    const context = { now: this.context.clock.now().getTime(), nextId: ids.next.bind(ids), replaceCollections, errors };
    const merged = mergeObject(customerSpec, base as Row | undefined, input, '', context, true) as CustomerRecord;
    const banks = bankValidations === false ? [] : selectBanks(bankValidations, (id) => this.#stores.get(id), this.data, errors);
    if (Object.keys(errors).length > 0) throw invalidFields(errors);
    const missing = missingBankFields(merged, banks, this.data);
    if (Object.keys(missing).length > 0) throw invalidFields(missing);
    ids.commit();
    if (!base) this.#customers.insert(merged);
    else if (merged !== base) this.#customers.replace(merged);
    return merged;
  }

  #checkUnique(base: CustomerRecord | undefined, input: CustomerInput, errors: FieldErrors): void {
    for (const field of ['cpf', 'cnpj'] as const) {
      const value = input[field];
      if (typeof value !== 'string' || value === '') continue;
      const holder = this.#customers.find(field, onlyDigits(value));
      if (holder && holder.id !== base?.id) addFieldError(errors, field, { error: 'taken', value });
    }
  }
}
