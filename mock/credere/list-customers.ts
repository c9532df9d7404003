import { onlyDigits } from '../../src/numbers/cpf.js';
import type { StateReader } from '../../src/state/state-store.js';
import { ALL, CREATED_OUT_OF_ORDER, customers } from './credere-collections.js';
import type { CustomerRecord } from './customer-record.js';

export type CustomerSort = 'created_at_desc' | 'created_at_asc' | 'name_asc' | 'name_desc';

/** GET /customers query, after defaults. */
export type ListQuery = { page?: number; perPage?: number; name?: string; cpfCnpj?: string; sort?: CustomerSort };

/** Page size when `per_page` is absent, and the largest one served (a larger `per_page` is clamped). */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

/** Rows read per step while a name filter walks the creation order. */
const CHUNK = 256;

/** Lower case without accents, so "JOSÉ" matches "jose". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const collator = new Intl.Collator('pt-BR', { sensitivity: 'base' });

type Window = { offset: number; perPage: number; matches: (customer: CustomerRecord) => boolean };

/** Positions `from`..`to` (exclusive) of the creation order, newest first unless `ascending`. */
async function slice(state: StateReader, total: number, from: number, to: number, ascending: boolean): Promise<CustomerRecord[]> {
  const end = Math.min(to, total);
  if (from >= end) return [];
  const start = ascending ? from : total - end;
  const { rows: ids } = await state.groupIds(customers, 'created', ALL, start, end - from);
  const rows = (await state.getMany(customers, ascending ? ids : ids.slice().reverse())) as CustomerRecord[];
  return rows;
}

/** Created-at orders: a slice of the index; with a name filter, a walk that stops once the page is full. */
async function byCreation(state: StateReader, window: Window, ascending: boolean, filtered: boolean): Promise<CustomerRecord[]> {
  const { total } = await state.groupIds(customers, 'created', ALL, 0, 0);
  if (!filtered) return slice(state, total, window.offset, window.offset + window.perPage, ascending);
  const page: CustomerRecord[] = [];
  let skipped = 0;
  for (let k = 0; k < total && page.length < window.perPage; k += CHUNK) {
    for (const customer of await slice(state, total, k, k + CHUNK, ascending)) {
      if (page.length >= window.perPage) break;
      if (!window.matches(customer) || skipped++ < window.offset) continue;
      page.push(customer);
    }
  }
  return page;
}

/**
 * One page of customers. Costs: a `cpf_cnpj` filter is an index lookup; created-at orders read a slice of the
 * creation-order index (a `name` filter makes that a walk from the newest or oldest end); name orders, and
 * created-at orders once the sandbox clock went back between creates, sort every matching customer (O(n log n)).
 * @example await listCustomers(tx, { sort: 'name_asc', perPage: 10 })
 */
export async function listCustomers(state: StateReader, query: ListQuery): Promise<CustomerRecord[]> {
  const perPage = Math.min(query.perPage ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const offset = ((query.page ?? 1) - 1) * perPage;
  const needle = query.name === undefined ? undefined : foldName(query.name);
  const matches = (customer: CustomerRecord): boolean => needle === undefined || foldName(customer.name).includes(needle);
  if (query.cpfCnpj !== undefined) {
    const digits = onlyDigits(query.cpfCnpj);
    const customer = await state.find(customers, digits.length === 14 ? 'cnpj' : 'cpf', digits);
    return customer && matches(customer) && offset === 0 ? [customer] : [];
  }
  const sort = query.sort ?? 'created_at_desc';
  const byName = sort === 'name_asc' || sort === 'name_desc';
  // Creation order is created_at order until the sandbox clock was moved back between two creates.
  if (!byName && (await state.counter(CREATED_OUT_OF_ORDER)) === 0) return byCreation(state, { offset, perPage, matches }, sort === 'created_at_asc', needle !== undefined);
  const sign = sort === 'name_asc' || sort === 'created_at_asc' ? 1 : -1;
  const all = (await state.page(customers, 'created', ALL)).rows.filter(matches);
  all.sort(byName ? (a, b) => sign * collator.compare(a.name, b.name) || a.id - b.id : (a, b) => sign * (a.created_at - b.created_at) || sign * (a.id - b.id));
  return all.slice(offset, offset + perPage);
}
