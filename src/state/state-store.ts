/**
 * A secondary index: `unique` maps a key to one row, `group` to the rows that share it (in insertion order). A
 * `lazy` one is built on its first lookup and kept from then on: for indexes only an occasional reader needs (the
 * dashboard's search), so bulk loads do not pay for them.
 */
export type IndexSpec<T> = { name: string; kind: 'unique' | 'group'; key: (row: T) => string | undefined; lazy?: boolean };

/**
 * A named set of rows of one shape, keyed by `id`, with its secondary indexes. It is a description only: every
 * backend stores and indexes it its own way (Maps in memory, hashes and sorted sets over the network).
 */
export type Collection<T extends object> = {
  readonly name: string;
  readonly id: (row: T) => string;
  readonly indexes: readonly IndexSpec<T>[];
};

/** A collection of any row type (what a plug-in lists and a backend is built with). */
export type AnyCollection = Collection<never>;

/**
 * Declares a collection.
 * @example const cards = collection<Card>('fv.cards', (c) => c.cardNumber, [{ name: 'account', kind: 'group', key: (c) => c.accountNumber }])
 */
export function collection<T extends object>(name: string, id: (row: T) => string, indexes: IndexSpec<T>[] = []): Collection<T> {
  return { name, id, indexes };
}

/** One page of a group, and how many rows the whole group holds. */
export type Page<T> = { rows: T[]; total: number };

/** Everything a sandbox holds: rows by id in each collection, and named counters (sequences). */
export type StateSnapshot = { tables: Record<string, Record<string, unknown>>; meta: Record<string, unknown> };

/**
 * Reads of one sandbox's state. Every lookup goes through an id or an index (O(1) in memory); none scans.
 * Asynchronous, so a backend over the network implements the same interface.
 */
export interface StateReader {
  get<T extends object>(collection: Collection<T>, id: string): Promise<T | undefined>;
  /** The rows of these ids, in the same order (undefined where none). */
  getMany<T extends object>(collection: Collection<T>, ids: readonly string[]): Promise<Array<T | undefined>>;
  has<T extends object>(collection: Collection<T>, id: string): Promise<boolean>;
  /** The row whose unique index `index` has `key`. */
  find<T extends object>(collection: Collection<T>, index: string, key: string): Promise<T | undefined>;
  /** The ids grouped under `key` by group index `index`, in insertion order, from `offset`, at most `limit`. */
  groupIds<T extends object>(collection: Collection<T>, index: string, key: string, offset?: number, limit?: number): Promise<Page<string>>;
  /** The rows grouped under `key`, in insertion order, from `offset`, at most `limit`. */
  page<T extends object>(collection: Collection<T>, index: string, key: string, offset?: number, limit?: number): Promise<Page<T>>;
  /** How many rows a collection holds. */
  size<T extends object>(collection: Collection<T>): Promise<number>;
  /** A named counter (0 when never set). */
  counter(name: string): Promise<number>;
}

/** Reads and writes inside one transaction. */
export interface StateWriter extends StateReader {
  /** Adds a row; a taken id is an `IdTakenError` (how a number is reserved exactly once). */
  insert<T extends object>(collection: Collection<T>, row: T): Promise<T>;
  /** Stores a new version of a row (inserted when new), keeping every index right. */
  replace<T extends object>(collection: Collection<T>, row: T): Promise<T>;
  setCounter(name: string, value: number): Promise<void>;
}

export type TransactionOptions = {
  /** Reads only: a backend may skip its write lock. */
  readOnly?: boolean;
  /** Keep no undo log: a failure leaves what was written (big start-up loads). Default true. */
  atomic?: boolean;
};

/**
 * One sandbox's state. Work runs in transactions: alone (no other transaction of the sandbox interleaves), and
 * either every write of it lands or, when it throws, none does.
 */
export interface StateStore {
  transaction<R>(work: (tx: StateWriter) => Promise<R>, options?: TransactionOptions): Promise<R>;
  /** Grows at every committed change: an answer computed from the state stays right while it is the same. */
  version(): Promise<number>;
  snapshot(): Promise<StateSnapshot>;
  /** Replaces everything; a snapshot whose rows cannot be indexed is refused and nothing changes. */
  restore(snapshot: StateSnapshot): Promise<void>;
  /** Rows per collection. */
  counts(): Promise<Record<string, number>>;
  /** Loads persisted state, when the backend keeps any. */
  open(): Promise<void>;
  /** Writes what is pending now; a failed earlier write is reported here. */
  flush(): Promise<void>;
  /** Flushes and lets go (the sandbox is dropped or replaced). */
  close(): Promise<void>;
}

/** An insert met a row with the same id. */
export class IdTakenError extends Error {
  readonly collection: string;
  readonly id: string;

  constructor(collection: string, id: string) {
    super(`${collection}: id ${id} already exists`);
    this.name = 'IdTakenError';
    this.collection = collection;
    this.id = id;
  }
}
