import { onlyDigits } from '../../src/numbers/cpf.js';
import type { Table } from '../../src/state/table.js';
import type { CustomerRecord } from './customer-record.js';

export type CustomerSort = 'created_at_desc' | 'created_at_asc' | 'name_asc' | 'name_desc';

/** GET /customers query, after defaults. */
export type ListQuery = { page?: number; perPage?: number; name?: string; cpfCnpj?: string; sort?: CustomerSort };

/** Page size when `per_page` is absent, and the largest one served (a larger `per_page` is clamped). */
export const DEFAULT_PER_PAGE = 25;
export const MAX_PER_PAGE = 100;

/** Lower case without accents, so "JOSÉ" matches "jose". */
export function foldName(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

const collator = new Intl.Collator('pt-BR', { sensitivity: 'base' });

/**
 * One page of customers. Costs: a `cpf_cnpj` filter is an index lookup; created-at orders walk the insertion
 * order index from the right end and stop once the page is full (a `name` filter makes that walk a scan);
 * name orders sort every matching customer (O(n log n)), the one place the list is sorted.
 */
export function listCustomers(table: Table<CustomerRecord>, query: ListQuery): CustomerRecord[] {
  const perPage = Math.min(query.perPage ?? DEFAULT_PER_PAGE, MAX_PER_PAGE);
  const offset = ((query.page ?? 1) - 1) * perPage;
  const needle = query.name === undefined ? undefined : foldName(query.name);
  const matches = (customer: CustomerRecord): boolean => needle === undefined || foldName(customer.name).includes(needle);
  if (query.cpfCnpj !== undefined) {
    const digits = onlyDigits(query.cpfCnpj);
    const customer = table.find(digits.length === 14 ? 'cnpj' : 'cpf', digits);
    return customer && matches(customer) && offset === 0 ? [customer] : [];
  }
  const ids = table.groupIds('created', 'all');
  const sort = query.sort ?? 'created_at_desc';
  if (sort === 'name_asc' || sort === 'name_desc') {
    const sign = sort === 'name_asc' ? 1 : -1;
    const all = ids.map((id) => table.get(id) as CustomerRecord).filter(matches);
    all.sort((a, b) => sign * collator.compare(a.name, b.name) || a.id - b.id);
    return all.slice(offset, offset + perPage);
  }
  const ascending = sort === 'created_at_asc';
  const at = (k: number): CustomerRecord => table.get(ids[ascending ? k : ids.length - 1 - k] as string) as CustomerRecord;
  const page: CustomerRecord[] = [];
  if (needle === undefined) {
    for (let k = offset; k < Math.min(ids.length, offset + perPage); k++) page.push(at(k));
    return page;
  }
  let skipped = 0;
  for (let k = 0; k < ids.length && page.length < perPage; k++) {
    const customer = at(k);
    if (!matches(customer) || skipped++ < offset) continue;
    page.push(customer);
  }
  return page;
}
