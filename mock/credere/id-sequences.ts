import type { StateReader, StateWriter } from '../../src/state/state-store.js';
import { customers } from './credere-collections.js';
import { NESTED_KINDS, type NestedKind } from './customer-spec.js';

/** The counter of a kind's sequence. */
export const counterOf = (kind: NestedKind): string => `credere.seq.${kind}`;

/**
 * Per-type id sequences (counters `credere.seq.<Kind>`). Read once before a save, handed out synchronously while
 * merging, and written back by `commit` only, so a request rejected after reserving ids leaves them as they were.
 * @example const ids = await IdSequences.read(tx); ids.next('Phone'); await ids.commit(tx)
 */
export class IdSequences {
  #current: Map<NestedKind, number>;
  #pending = new Map<NestedKind, number>();

  private constructor(current: Map<NestedKind, number>) {
    this.#current = current;
  }

  static async read(state: StateReader): Promise<IdSequences> {
    const values = await Promise.all(NESTED_KINDS.map((kind) => state.counter(counterOf(kind))));
    const current = new Map(NESTED_KINDS.map((kind, i) => [kind, values[i] ?? 0]));
    // A customer id is never handed out twice, even when the counter fell behind the rows (a state file without it).
    let customer = current.get('Customer') ?? 0;
    while (await state.has(customers, String(customer + 1))) customer++;
    current.set('Customer', customer);
    return new IdSequences(current);
  }

  next(kind: NestedKind): number {
    const value = (this.#pending.get(kind) ?? this.#current.get(kind) ?? 0) + 1;
    this.#pending.set(kind, value);
    return value;
  }

  async commit(tx: StateWriter): Promise<void> {
    for (const [kind, value] of this.#pending) {
      await tx.setCounter(counterOf(kind), value);
      this.#current.set(kind, value);
    }
    this.#pending.clear();
  }
}
