import type { Database } from './database.js';

/** A secondary index: `unique` maps a key to one row, `group` to the rows that share it (in insertion order). */
export type IndexSpec<T> = { name: string; kind: 'unique' | 'group'; key: (row: T) => string | undefined };

/**
 * A table of rows keyed by `id`, stored in the sandbox's lowdb document, with secondary indexes kept in Maps.
 * Every lookup is O(1); `group` lookups return ids in insertion order, so paging is a slice.
 * @example const cards = new Table<Card>(db, 'cards', (c) => c.cardNumber, [{ name: 'account', kind: 'group', key: (c) => c.accountNumber }])
 */
export class Table<T extends object> {
  readonly name: string;
  #db: Database;
  #idOf: (row: T) => string;
  #specs: IndexSpec<T>[];
  #unique = new Map<string, Map<string, string>>();
  #groups = new Map<string, Map<string, string[]>>();
  #count = 0;

  constructor(db: Database, name: string, idOf: (row: T) => string, indexes: IndexSpec<T>[] = []) {
    this.name = name;
    this.#db = db;
    this.#idOf = idOf;
    this.#specs = indexes;
    db.onReplace(() => this.#rebuild());
    this.#rebuild();
  }

  get #rows(): Record<string, T> {
    return this.#db.table(this.name) as Record<string, T>;
  }

  get size(): number {
    return this.#count;
  }

  get(id: string): T | undefined {
    return Object.hasOwn(this.#rows, id) ? this.#rows[id] : undefined;
  }

  has(id: string): boolean {
    return Object.hasOwn(this.#rows, id);
  }

  /** The row whose unique index `index` has `key`. */
  find(index: string, key: string): T | undefined {
    const id = this.#unique.get(index)?.get(key);
    return id === undefined ? undefined : this.get(id);
  }

  /** The ids of the rows grouped under `key` by index `index`, in insertion order (do not mutate). */
  groupIds(index: string, key: string): readonly string[] {
    return this.#groups.get(index)?.get(key) ?? [];
  }

  /** The rows grouped under `key`, from `offset`, at most `limit` of them. */
  group(index: string, key: string, offset = 0, limit = Number.POSITIVE_INFINITY): T[] {
    const ids = this.groupIds(index, key);
    const end = Math.min(ids.length, offset + limit);
    const rows: T[] = [];
    for (let i = Math.max(0, offset); i < end; i++) rows.push(this.#rows[ids[i] as string] as T);
    return rows;
  }

  /** Inserts a new row (its id must be free) and indexes it. */
  insert(row: T): T {
    const id = this.#idOf(row);
    if (this.has(id)) throw new Error(`${this.name}: id ${id} already exists`);
    this.#rows[id] = row;
    this.#count++;
    this.#index(id, row);
    this.#db.changed();
    return row;
  }

  /** Replaces a stored row by a new version with the same id, keeping indexes right. */
  replace(row: T): T {
    const id = this.#idOf(row);
    const old = this.get(id);
    // Only indexes whose key changed are touched, so a row keeps its place in its groups.
    const changed = old ? this.#specs.filter((spec) => spec.key(old) !== spec.key(row)) : this.#specs;
    if (old) this.#unindex(id, old, changed);
    else this.#count++;
    this.#rows[id] = row;
    this.#index(id, row, changed);
    this.#db.changed();
    return row;
  }

  /** Every row, in insertion order. Only for snapshots and admin views, never for lookups. */
  *rows(): IterableIterator<T> {
    yield* Object.values(this.#rows);
  }

  #index(id: string, row: T, specs: IndexSpec<T>[] = this.#specs): void {
    for (const spec of specs) {
      const key = spec.key(row);
      if (key === undefined) continue;
      if (spec.kind === 'unique') this.#unique.get(spec.name)?.set(key, id);
      else {
        const groups = this.#groups.get(spec.name);
        const list = groups?.get(key);
        if (list) list.push(id);
        else groups?.set(key, [id]);
      }
    }
  }

  #unindex(id: string, row: T, specs: IndexSpec<T>[]): void {
    for (const spec of specs) {
      const key = spec.key(row);
      if (key === undefined) continue;
      if (spec.kind === 'unique') {
        if (this.#unique.get(spec.name)?.get(key) === id) this.#unique.get(spec.name)?.delete(key);
      } else {
        const list = this.#groups.get(spec.name)?.get(key);
        const at = list?.indexOf(id) ?? -1;
        if (list && at >= 0) list.splice(at, 1);
      }
    }
  }

  #rebuild(): void {
    for (const spec of this.#specs) {
      if (spec.kind === 'unique') this.#unique.set(spec.name, new Map());
      else this.#groups.set(spec.name, new Map());
    }
    this.#count = 0;
    for (const [id, row] of Object.entries(this.#rows)) {
      try {
        this.#index(id, row);
      } catch (error) {
        throw new Error(`table ${this.name}, row ${id}: ${(error as Error).message}`);
      }
      this.#count++;
    }
  }
}
