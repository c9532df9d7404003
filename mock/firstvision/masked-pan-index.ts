import type { Database } from '../../src/state/database.js';
import type { Table } from '../../src/state/table.js';
import type { CardRow } from './domain/firstvision-rows.js';
import { maskPan } from './pan-display.js';

type CustomerMasks = { seen: number; positions: Map<string, number[]> };

/**
 * Masked PAN → positions in a customer's card list (a Cards Details `startAccount` in the default display mode).
 * Built for a customer on its first masked cursor and extended as its cards are added (a customer's card list
 * only grows), so a lookup costs O(1) amortized and customers never paged by mask cost no memory. Cleared when the
 * sandbox's state is replaced.
 * @example store.maskedPans.positions('0000000000000000124', '4000xxxxxxxx0013') // [0]
 */
export class MaskedPanIndex {
  #cards: Table<CardRow>;
  #byCustomer = new Map<string, CustomerMasks>();

  constructor(db: Database, cards: Table<CardRow>) {
    this.#cards = cards;
    db.onReplace(() => this.#byCustomer.clear());
  }

  /** The positions, in ascending order, of the customer's cards shown as `masked`. */
  positions(customerNumber: string, masked: string): readonly number[] {
    const ids = this.#cards.groupIds('customer', customerNumber);
    let entry = this.#byCustomer.get(customerNumber);
    if (!entry) this.#byCustomer.set(customerNumber, (entry = { seen: 0, positions: new Map() }));
    for (; entry.seen < ids.length; entry.seen++) {
      const key = maskPan(ids[entry.seen] as string);
      const list = entry.positions.get(key);
      if (list) list.push(entry.seen);
      else entry.positions.set(key, [entry.seen]);
    }
    return entry.positions.get(masked) ?? [];
  }
}
