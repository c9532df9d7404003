/** One group's changes inside a transaction: ids taken out of the stored list and ids appended to it. */
export type GroupOverlay = { removed: Set<string>; added: string[] };

/**
 * What a Redis transaction has written and not committed yet: the ops for the commit script (with their keys) and
 * the overlay its own reads see (rows, unique keys, group changes, counters), so a transaction reads its writes.
 */
export class RedisWrites {
  keys: string[] = [];
  #keyIndex = new Map<string, number>();
  ops: string[] = [];
  rows = new Map<string, Map<string, object>>();
  inserted = new Map<string, number>();
  unique = new Map<string, string | null>();
  groups = new Map<string, GroupOverlay>();
  counters = new Map<string, number>();

  constructor(lockKey: string, versionKey: string) {
    this.#key(lockKey);
    this.#key(versionKey);
  }

  get empty(): boolean {
    return this.ops.length === 0;
  }

  /** Lua's 1-based index of a key in KEYS. */
  #key(key: string): number {
    let index = this.#keyIndex.get(key);
    if (index === undefined) {
      this.keys.push(key);
      index = this.keys.length;
      this.#keyIndex.set(key, index);
    }
    return index;
  }

  op(code: 'N' | 'H' | 'X' | 'R' | 'L', key: string, field: string, value = ''): void {
    this.ops.push(code, String(this.#key(key)), field, value);
  }

  row(collection: string, id: string, row: object, isNew: boolean): void {
    let rows = this.rows.get(collection);
    if (!rows) this.rows.set(collection, (rows = new Map()));
    rows.set(id, row);
    if (isNew) this.inserted.set(collection, (this.inserted.get(collection) ?? 0) + 1);
  }

  group(key: string): GroupOverlay {
    let overlay = this.groups.get(key);
    if (!overlay) this.groups.set(key, (overlay = { removed: new Set(), added: [] }));
    return overlay;
  }

  /** Forgets everything (after a commit: the reads go to Redis again). */
  clear(): void {
    const [lock, version] = this.keys as [string, string];
    this.keys = [];
    this.#keyIndex.clear();
    this.#key(lock);
    this.#key(version);
    this.ops = [];
    this.rows.clear();
    this.inserted.clear();
    this.unique.clear();
    this.groups.clear();
    this.counters.clear();
  }
}
