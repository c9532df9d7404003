import { Database, type DatabaseOptions } from './database.js';
import { Exclusive } from './exclusive.js';
import { Changes } from './changes.js';
import { MemoryCollection } from './memory-collection.js';
import type { AnyCollection, Collection, Page, StateReader, StateSnapshot, StateStore, StateWriter, TransactionOptions } from './state-store.js';

type Undo = () => void;

export type MemoryStateOptions = DatabaseOptions & {
  /** Every collection the sandbox's APIs use (their indexes are rebuilt from the rows on open and restore). */
  collections: readonly AnyCollection[];
};

function slice<T>(ids: readonly T[], offset: number, limit: number): T[] {
  return ids.slice(Math.max(0, offset), Math.min(ids.length, Math.max(0, offset) + limit));
}

/**
 * The default state backend: one lowdb document per sandbox, in memory (or batched to a JSON file), indexes in
 * Maps. Transactions run one at a time per sandbox and keep an undo log, so a failed one leaves nothing behind.
 * @example const state = new MemoryState({ collections: [cards] }); await state.transaction((tx) => tx.insert(cards, card))
 */
export class MemoryState implements StateStore {
  readonly db: Database;
  #collections = new Map<string, MemoryCollection<object>>();
  #lock = new Exclusive();
  readonly #reader: StateReader = this.#makeReader();
  readonly #readOnly: StateWriter = this.#readOnlyView();

  constructor(options: MemoryStateOptions) {
    this.db = new Database(options);
    for (const spec of options.collections) {
      if (this.#collections.has(spec.name)) throw new Error(`collection ${spec.name} is declared twice`);
      this.#collections.set(spec.name, new MemoryCollection(this.db, spec as unknown as Collection<object>));
    }
  }

  #of<T extends object>(spec: Collection<T>): MemoryCollection<T> {
    const found = this.#collections.get(spec.name);
    if (!found) throw new Error(`collection ${spec.name} is not declared by any API`);
    return found as unknown as MemoryCollection<T>;
  }

  /**
   * Runs `work` alone. With a data file, the transaction's changes are logged when it ends and it resolves only
   * once they are on disk; the next transaction does not wait for that (its own commit is ordered after).
   */
  async transaction<R>(work: (tx: StateWriter) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    let durable: Promise<void> | undefined;
    try {
      return await this.#lock.run(async () => {
        if (options.readOnly) return work(this.#readOnly);
        const undo: Undo[] | undefined = options.atomic === false ? undefined : [];
        const changes = this.db.persistent ? new Changes() : undefined;
        const tx = this.#writer(undo, changes);
        try {
          return await work(tx);
        } catch (error) {
          if (undo) for (let i = undo.length - 1; i >= 0; i--) (undo[i] as Undo)();
          changes?.clear();
          throw error;
        } finally {
          if (undo?.length !== 0) this.db.changed();
          if (changes && !changes.empty) durable = this.db.commit(changes.take());
        }
      });
    } finally {
      // A failed transaction that left writes (not atomic) still logs them; its own error is the one reported.
      await durable;
    }
  }

  /** The reads, made once: every lookup goes to the live document (a restore replaces it). */
  #makeReader(): StateReader {
    return {
      get: async (spec, id) => this.#of(spec).get(id),
      getMany: async (spec, ids) => ids.map((id) => this.#of(spec).get(id)),
      has: async (spec, id) => this.#of(spec).get(id) !== undefined,
      find: async (spec, index, key) => this.#of(spec).find(index, key),
      groupIds: async (spec, index, key, offset = 0, limit = Number.POSITIVE_INFINITY) => {
        const ids = this.#of(spec).groupIds(index, key);
        return { rows: slice(ids, offset, limit), total: ids.length };
      },
      page: async <T extends object>(spec: Collection<T>, index: string, key: string, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<Page<T>> => {
        const table = this.#of(spec);
        const ids = table.groupIds(index, key);
        return { rows: slice(ids, offset, limit).map((id) => table.get(id) as T), total: ids.length };
      },
      size: async (spec) => this.#of(spec).size,
      counter: async (name) => Number(this.db.data.meta[name] ?? 0),
    };
  }

  /** A read-only transaction's view: the reads, and writes that refuse. */
  #readOnlyView(): StateWriter {
    const refuse = async (): Promise<never> => {
      throw new Error('a read-only transaction cannot write');
    };
    return { ...this.#reader, insert: refuse, replace: refuse, setCounter: refuse };
  }

  /** A writing transaction's view; each write leaves its undo in `undo` (none kept when undefined). */
  #writer(undo: Undo[] | undefined, changes: Changes | undefined): StateWriter {
    return {
      ...this.#reader,
      insert: async (spec, row) => {
        const table = this.#of(spec);
        table.insert(row);
        changes?.row(spec.name, spec.id(row), row);
        undo?.push(() => table.remove(spec.id(row)));
        return row;
      },
      replace: async (spec, row) => {
        const table = this.#of(spec);
        const old = table.replace(row);
        changes?.row(spec.name, spec.id(row), row);
        undo?.push(() => (old ? table.replace(old) : table.remove(spec.id(row))));
        return row;
      },
      setCounter: async (name, value) => {
        const meta = this.db.data.meta;
        const had = Object.hasOwn(meta, name);
        const old = meta[name];
        meta[name] = value;
        changes?.counter(name, value);
        undo?.push(() => {
          if (had) meta[name] = old;
          else delete meta[name];
        });
      },
    };
  }

  async version(): Promise<number> {
    return this.db.version;
  }

  /** The version now, without a promise. */
  get currentVersion(): number {
    return this.db.version;
  }

  snapshot(): Promise<StateSnapshot> {
    return this.#lock.run(async () => this.db.snapshot());
  }

  restore(snapshot: StateSnapshot): Promise<void> {
    return this.#lock.run(async () => {
      this.db.replace(snapshot);
      await this.db.persist();
    });
  }

  async counts(): Promise<Record<string, number>> {
    const counts: Record<string, number> = {};
    // Each collection keeps its count: listing 100,000 keys per table made `GET /__admin/sandboxes` take 0.5 s.
    for (const [name, rows] of Object.entries(this.db.data.tables)) counts[name] = this.#collections.get(name)?.size ?? Object.keys(rows).length;
    return counts;
  }

  open(): Promise<void> {
    return this.db.open();
  }

  flush(): Promise<void> {
    return this.db.flush();
  }

  close(): Promise<void> {
    return this.db.close();
  }
}
