import type { StateSnapshot } from '../../src/state/state-store.js';
import { CREATED_OUT_OF_ORDER, customers, NEWEST_CREATED } from './credere-collections.js';
import { customerSpec, type NestedKind, type ObjectSpec } from './customer-spec.js';
import { counterOf } from './id-sequences.js';

type Highest = Map<NestedKind, number>;

function noteIds(value: unknown, spec: ObjectSpec, highest: Highest): void {
  if (Array.isArray(value)) {
    for (const item of value) noteIds(item, spec, highest);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const row = value as Record<string, unknown>;
  const id = Number(row.id);
  if (Number.isSafeInteger(id) && id > (highest.get(spec.kind) ?? 0)) highest.set(spec.kind, id);
  for (const child of spec.children) noteIds(row[child.key], child.spec, highest);
}

/**
 * The Credere counters the rows of a snapshot imply: each id sequence at the highest id of its kind (customers and
 * every nested object), the newest `created_at`, and whether the rows were created out of `created_at` order.
 * @example credereCountersOf({ 'credere.customers': { 1: { id: 1, phones: [{ id: 4 }] } } }) // { 'credere.seq.Customer': 1, 'credere.seq.Phone': 4, … }
 */
export function credereCountersOf(tables: StateSnapshot['tables']): Record<string, number> {
  const highest: Highest = new Map();
  let newest = 0;
  let outOfOrder = 0;
  for (const [key, row] of Object.entries(tables[customers.name] ?? {})) {
    noteIds(row, customerSpec, highest);
    noteIds({ id: key }, { ...customerSpec, children: [] }, highest);
    const created = Number((row as { created_at?: unknown }).created_at);
    if (!Number.isFinite(created)) continue;
    if (created < newest) outOfOrder = 1;
    newest = Math.max(newest, created);
  }
  const counters: Record<string, number> = Object.fromEntries([...highest].map(([kind, id]) => [counterOf(kind), id]));
  if (newest > 0) counters[NEWEST_CREATED] = newest;
  if (outOfOrder) counters[CREATED_OUT_OF_ORDER] = 1;
  return counters;
}
