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
  /** Group members by key: one id as itself, more as an array (most keys of a big index hold one row). */
  #groups = new Map<string, Map<string, string | string[]>>();
  #count = 0;
  /** The indexes kept up to date: every eager one, and the lazy ones built so far. */
  #active: IndexSpec<T>[] = [];
  /** The collection's table in the live document (fetched again when the document is replaced). */
  #table: Record<string, T> = {};

  constructor(db: Database, spec: Collection<T>) {
    this.spec = spec;
    this.#db = db;
    db.onReplace(() => this.#rebuild());
    this.#rebuild();
  }

  get #rows(): Record<string, T> {
    return this.#table;
  }

  get size(): number {
    return this.#count;
  }

  get(id: string): T | undefined {
    const rows = this.#rows;
    return Object.hasOwn(rows, id) ? rows[id] : undefined;
  }

  find(index: string, key: string): T | undefined {
    this.#ensure(index);
    const id = this.#unique.get(index)?.get(key);
    return id === undefined ? undefined : this.get(id);
  }

  groupIds(index: string, key: string): readonly string[] {
    this.#ensure(index);
    const members = this.#groups.get(index)?.get(key);
    if (members === undefined) return [];
    return typeof members === 'string' ? [members] : members;
  }

  insert(row: T): void {
    const id = this.spec.id(row);
    if (this.get(id) !== undefined) throw new IdTakenError(this.spec.name, id);
    this.#rows[id] = row;
    this.#count++;
    this.#index(id, row, this.#active);
  }

  /** Stores `row` and answers the version it replaced. Only indexes whose key changed move, so a row keeps its place. */
  replace(row: T): T | undefined {
    const id = this.spec.id(row);
    const old = this.get(id);
    const changed = old ? this.#active.filter((index) => index.key(old) !== index.key(row)) : this.#active;
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
    this.#unindex(id, old, this.#active);
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
        const members = groups?.get(key);
        if (members === undefined) groups?.set(key, id);
        else if (typeof members === 'string') groups?.set(key, [members, id]);
        else members.push(id);
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
      const groups = this.#groups.get(spec.name);
      const members = groups?.get(key);
      if (members === id) groups?.delete(key);
      else if (Array.isArray(members)) {
        // Undo removes the newest id: search from the end.
        const at = members.lastIndexOf(id);
        if (at >= 0) members.splice(at, 1);
      }
    }
  }

  /** Builds a lazy index on its first lookup (one pass over the rows); from then on every write keeps it. */
  #ensure(index: string): void {
    if (this.#active.some((spec) => spec.name === index)) return;
    const spec = this.spec.indexes.find((candidate) => candidate.name === index);
    if (!spec) return;
    this.#empty(spec);
    for (const [id, row] of Object.entries(this.#rows)) this.#index(id, row, [spec]);
    this.#active.push(spec);
  }

  #empty(spec: IndexSpec<T>): void {
    if (spec.kind === 'unique') this.#unique.set(spec.name, new Map());
    else this.#groups.set(spec.name, new Map());
  }

  #rebuild(): void {
    this.#table = this.#db.table(this.spec.name) as Record<string, T>;
    this.#active = this.spec.indexes.filter((spec) => !spec.lazy);
    this.#unique.clear();
    this.#groups.clear();
    for (const spec of this.#active) this.#empty(spec);
    this.#count = 0;
    for (const [id, row] of Object.entries(this.#rows)) {
      try {
        this.#index(id, row, this.#active);
      } catch (error) {
        throw new Error(`collection ${this.spec.name}, row ${id}: ${(error as Error).message}`, { cause: error });
      }
      this.#count++;
    }
  }
}
