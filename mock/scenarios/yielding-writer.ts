import { setImmediate as nextTurn } from 'node:timers/promises';
import type { StateWriter } from '../../src/state/state-store.js';

/** Longest a scenario load runs before it lets other requests in (ms). */
export const SLICE_MS = 8;

/**
 * `tx`, but every write first yields to the event loop once `sliceMs` have passed since the last yield: a big
 * scenario load (a new sandbox's start-up world) runs in slices, and requests to other sandboxes, whose
 * transactions do not wait for this one, are answered between them.
 * @example await plugin.apply({ ...run, tx: yieldingWriter(run.tx) }, part)
 */
export function yieldingWriter(tx: StateWriter, sliceMs = SLICE_MS): StateWriter {
  let since = performance.now();
  const pause = async (): Promise<void> => {
    if (performance.now() - since < sliceMs) return;
    await nextTurn();
    since = performance.now();
  };
  return {
    get: (collection, id) => tx.get(collection, id),
    getMany: (collection, ids) => tx.getMany(collection, ids),
    has: (collection, id) => tx.has(collection, id),
    find: (collection, index, key) => tx.find(collection, index, key),
    groupIds: (collection, index, key, offset, limit) => tx.groupIds(collection, index, key, offset, limit),
    page: (collection, index, key, offset, limit) => tx.page(collection, index, key, offset, limit),
    size: (collection) => tx.size(collection),
    counter: (name) => tx.counter(name),
    insert: async (collection, row) => {
      await pause();
      return tx.insert(collection, row);
    },
    replace: async (collection, row) => {
      await pause();
      return tx.replace(collection, row);
    },
    setCounter: async (name, value) => {
      await pause();
      return tx.setCounter(name, value);
    },
  };
}
