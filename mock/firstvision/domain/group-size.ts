import type { Collection, StateReader } from '../../../src/state/state-store.js';

/** How many rows group index `index` holds under `key` (a new row's position in that list). */
export async function groupSize<T extends object>(tx: StateReader, collection: Collection<T>, index: string, key: string): Promise<number> {
  return (await tx.groupIds(collection, index, key, 0, 0)).total;
}
