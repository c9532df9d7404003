import type { Database } from './database.js';
import { type Collection, IdTakenError, type IndexSpec } from './state-store.js';

/**
 * The rows of one collection in a sandbox's lowdb document, with its indexes in Maps: every lookup is O(1), a
 * group keeps ids in insertion order so a page is a slice. Synchronous; `MemoryState` puts the async interface
 * and the transactions around it.
 */
export class MemoryCollection<T extends object> {
  readonly spec: Collection<T>;
  #db: Database;
  #unique = new Map<string, Map<string, string>>();
  #groups = new Map<string, Map<string, string[]>>();
  #count = 0;

  constructor(db: Database, spec: Collection<T>) {
    this.spec = spec;
    this.#db = db;
    db.onReplace(() => this.#rebuild());
    this.#rebuild();
  }

  get #rows(): Record<string, T> {
    return this.#db.table(this.spec.name) as Record<string, T>;
  }

  get size(): number {
    return this.#count;
  }

  get(id: string): T | undefined {
    const rows = this.#rows;
    return Object.hasOwn(rows, id) ? rows[id] : undefined;
  }

  find(index: string, key: string): T | undefined {
    const id = this.#unique.get(index)?.get(key);
    return id === undefined ? undefined : this.get(id);
  }

  groupIds(index: string, key: string): readonly string[] {
    return this.#groups.get(index)?.get(key) ?? [];
  }

  insert(row: T): void {
    const id = this.spec.id(row);
    if (this.get(id) !== undefined) throw new IdTakenError(this.spec.name, id);
    this.#rows[id] = row;
    this.#count++;
    this.#index(id, row, this.spec.indexes);
  }

  /** Stores `row` and answers the version it replaced. Only indexes whose key changed move, so a row keeps its place. */
  replace(row: T): T | undefined {
    const id = this.spec.id(row);
    const old = this.get(id);
    const changed = old ? this.spec.indexes.filter((index) => index.key(old) !== index.key(row)) : this.spec.indexes;
    if (old) this.#unindex(id, old, changed);
    else this.#count++;
    this.#rows[id] = row;
    this.#index(id, row, changed);
    return old;
  }

  /** Takes a row out (undoing an insert). */
  remove(id: string): void {
    const old = this.get(id);
    if (!old) return;
    this.#unindex(id, old, this.spec.indexes);
    delete this.#rows[id];
    this.#count--;
  }

  #index(id: string, row: T, specs: readonly IndexSpec<T>[]): void {
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

  #unindex(id: string, row: T, specs: readonly IndexSpec<T>[]): void {
    for (const spec of specs) {
      const key = spec.key(row);
      if (key === undefined) continue;
      if (spec.kind === 'unique') {
        if (this.#unique.get(spec.name)?.get(key) === id) this.#unique.get(spec.name)?.delete(key);
        continue;
      }
      const list = this.#groups.get(spec.name)?.get(key);
      // Undo removes the newest id: search from the end.
      const at = list?.lastIndexOf(id) ?? -1;
      if (list && at >= 0) list.splice(at, 1);
    }
  }

  #rebuild(): void {
    for (const spec of this.spec.indexes) {
      if (spec.kind === 'unique') this.#unique.set(spec.name, new Map());
      else this.#groups.set(spec.name, new Map());
    }
    this.#count = 0;
    for (const [id, row] of Object.entries(this.#rows)) {
      try {
        this.#index(id, row, this.spec.indexes);
      } catch (error) {
        throw new Error(`collection ${this.spec.name}, row ${id}: ${(error as Error).message}`, { cause: error });
      }
      this.#count++;
    }
  }
}
