import type { NestedKind } from './customer-spec.js';

/**
 * Per-type id sequences kept in the sandbox's `meta`. Ids handed out are only written back by `commit`, so a
 * request rejected after reserving ids leaves the sequences (and so the state) as they were.
 * @example const ids = new IdSequences(db.data.meta); ids.next('Phone'); ids.commit()
 */
export class IdSequences {
  #meta: Record<string, unknown>;
  #pending = new Map<string, number>();

  constructor(meta: Record<string, unknown>) {
    this.#meta = meta;
  }

  next(kind: NestedKind): number {
    const key = `credere.seq.${kind}`;
    const current = this.#pending.get(key) ?? Number(this.#meta[key] ?? 0);
    this.#pending.set(key, current + 1);
    return current + 1;
  }

  commit(): void {
    for (const [key, value] of this.#pending) this.#meta[key] = value;
    this.#pending.clear();
  }
}
