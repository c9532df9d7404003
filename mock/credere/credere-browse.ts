import { onlyDigits } from '../../src/numbers/cpf.js';
import { type BrowseChildren, type BrowseNode, type BrowseSupport, nameKey } from '../../src/plugin/browse-support.js';
import type { StateReader } from '../../src/state/state-store.js';
import { ALL, customers, stores } from './credere-collections.js';
import type { CustomerRecord } from './customer-record.js';
import type { StoreRecord } from './load-credere-data.js';

/** The nested objects of a customer, each shown as a list of children. */
const NESTED = ['address', 'job_reference', 'accountant', 'phones', 'emails', 'addresses', 'bank_references', 'personal_references'] as const;

function objectNode(kind: string, value: Record<string, unknown>): BrowseNode {
  const id = String(value.id ?? '');
  return { kind, id, label: `${kind} ${id}`, fields: value, children: [] };
}

function nested(kind: string, value: unknown): BrowseChildren {
  const list = (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Array<Record<string, unknown>>;
  return { kind, total: list.length, nodes: list.map((item) => objectNode(kind, item)) };
}

/** A customer with its nested objects (address, job reference, phones, …) as children. */
function customerNode(customer: CustomerRecord): BrowseNode {
  const fields: Record<string, unknown> = { ...customer };
  for (const key of NESTED) delete fields[key];
  return {
    kind: 'customer',
    id: String(customer.id),
    label: `customer ${customer.id} ${customer.name}`,
    fields,
    children: NESTED.map((key) => nested(key, customer[key])).filter((list) => list.total > 0),
  };
}

function storeNode(store: StoreRecord): BrowseNode {
  return { kind: 'store', id: String(store.id), label: `store ${store.id} ${store.name}`, fields: { ...store }, children: [] };
}

async function search(tx: StateReader, term: string, limit: number): Promise<BrowseNode[]> {
  const digits = onlyDigits(term);
  const numeric = /^[\d.\s/-]+$/.test(term);
  const found: Array<CustomerRecord | undefined> = [];
  if (numeric && digits.length === 11) found.push(await tx.find(customers, 'cpf', digits));
  if (numeric && digits.length === 14) found.push(await tx.find(customers, 'cnpj', digits));
  if (/^\d{1,15}$/.test(term.trim())) found.push(await tx.get(customers, String(Number(term.trim()))));
  const name = nameKey(term);
  if (name && !numeric) found.push(...(await tx.page(customers, 'name', name, 0, limit)).rows);
  const unique = [...new Map(found.filter((c): c is CustomerRecord => c !== undefined).map((c) => [c.id, c])).values()];
  const store = /^\d{1,15}$/.test(term.trim()) ? await tx.get(stores, String(Number(term.trim()))) : undefined;
  return [...unique.map(customerNode), ...(store ? [storeNode(store)] : [])].slice(0, limit);
}

/** The dashboard's view of Credere: customers with their nested objects, and stores; a search by id, CPF, CNPJ or name. */
export const credereBrowse: BrowseSupport = {
  roots: {
    customers: async (tx, offset, limit) => {
      const page = await tx.page(customers, 'created', ALL, offset, limit);
      return { total: page.total, rows: page.rows.map(customerNode) };
    },
    stores: async (tx, offset, limit) => {
      const page = await tx.page(stores, 'order', ALL, offset, limit);
      return { total: page.total, rows: page.rows.map(storeNode) };
    },
  },
  keys: [
    { name: 'customer or store id', example: '1' },
    { name: 'CPF', example: '000.000.000-00' },
    { name: 'CNPJ', example: '11.222.333/0001-81' },
    { name: 'name', example: 'Maria Silva' },
  ],
  search,
};
