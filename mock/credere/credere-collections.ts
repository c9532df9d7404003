import { onlyDigits } from '../../src/numbers/cpf.js';
import { nameKey } from '../../src/plugin/browse-support.js';
import { collection } from '../../src/state/state-store.js';
import type { CustomerRecord } from './customer-record.js';
import type { StoreRecord } from './load-credere-data.js';

/**
 * Customers by id; unique by CPF digits and by CNPJ digits (when they have one); `created` groups all of them in
 * creation order (GET /customers pages it); `name` groups them by name as `nameKey` spells it (the dashboard's search).
 */
export const customers = collection<CustomerRecord>('credere.customers', (c) => String(c.id), [
  { name: 'cpf', kind: 'unique', key: (c) => onlyDigits(c.cpf) },
  { name: 'cnpj', kind: 'unique', key: (c) => (c.cnpj ? onlyDigits(c.cnpj) : undefined) },
  { name: 'created', kind: 'group', key: () => 'all' },
  { name: 'name', kind: 'group', key: (c) => nameKey(c.name), lazy: true },
]);

/** Stores by id; `order` groups them as listed (data/credere/stores.json first, then those scenarios add). */
export const stores = collection<StoreRecord>('credere.stores', (s) => String(s.id), [{ name: 'order', kind: 'group', key: () => 'all' }]);

/** Counter: the newest `created_at` (epoch ms) of a customer created so far. */
export const NEWEST_CREATED = 'credere.created.newest';
/** Counter: 1 once a customer was created at an earlier sandbox time than the newest (lists then sort by `created_at`). */
export const CREATED_OUT_OF_ORDER = 'credere.created.out-of-order';

/** The one key of the `created` and `order` groups. */
export const ALL = 'all';

/** Every collection of the Credere plug-in, in the order its tables appear in a snapshot. */
export const credereCollections = [customers, stores];
