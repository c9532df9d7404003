import type { RedisConnection } from './redis-connection.js';
import type { RedisKeys } from './redis-keys.js';
import type { RedisWrites } from './redis-writes.js';
import { type Collection, IdTakenError, type IndexSpec, type Page, type StateWriter } from './state-store.js';

function parse<T>(text: string | null | undefined): T | undefined {
  return text === null || text === undefined ? undefined : (JSON.parse(text) as T);
}

function slice<T>(ids: readonly T[], offset: number, limit: number): T[] {
  return ids.slice(Math.max(0, offset), Math.min(ids.length, Math.max(0, offset) + limit));
}

/**
 * The reads and writes of one transaction on Redis. Reads go to Redis (through what the transaction wrote itself);
 * writes are buffered in a `RedisWrites` and applied by `RedisState` at commit, in one script.
 */
export class RedisTransaction implements StateWriter {
  readonly writes: RedisWrites | undefined;
  #redis: RedisConnection;
  #keys: RedisKeys;
  #afterWrite: (() => Promise<void>) | undefined;

  /** Without `writes`, a read-only transaction: its writes refuse. `afterWrite` runs after each write (chunked commits). */
  constructor(redis: RedisConnection, keys: RedisKeys, writes?: RedisWrites, afterWrite?: () => Promise<void>) {
    this.#redis = redis;
    this.#keys = keys;
    this.writes = writes;
    this.#afterWrite = afterWrite;
  }

  async get<T extends object>(spec: Collection<T>, id: string): Promise<T | undefined> {
    const own = this.writes?.rows.get(spec.name)?.get(id);
    if (own) return own as T;
    return parse<T>(await this.#redis.run((client) => client.hget(this.#keys.rows(spec.name), id)));
  }

  async getMany<T extends object>(spec: Collection<T>, ids: readonly string[]): Promise<Array<T | undefined>> {
    if (ids.length === 0) return [];
    const own = this.writes?.rows.get(spec.name);
    const stored = await this.#redis.run((client) => client.hmget(this.#keys.rows(spec.name), ...ids));
    return ids.map((id, i) => (own?.get(id) as T | undefined) ?? parse<T>(stored[i]));
  }

  async has<T extends object>(spec: Collection<T>, id: string): Promise<boolean> {
    return (await this.get(spec, id)) !== undefined;
  }

  async find<T extends object>(spec: Collection<T>, index: string, key: string): Promise<T | undefined> {
    const uniqueKey = this.#keys.unique(spec.name, index);
    const own = this.writes?.unique.get(`${uniqueKey}\u0000${key}`);
    const id = own !== undefined ? own : await this.#redis.run((client) => client.hget(uniqueKey, key));
    return id === null ? undefined : this.get(spec, id);
  }

  async groupIds<T extends object>(spec: Collection<T>, index: string, key: string, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<Page<string>> {
    const groupKey = this.#keys.group(spec.name, index, key);
    const overlay = this.writes?.groups.get(groupKey);
    if (!overlay) {
      const start = Math.max(0, offset);
      const stop = limit === Number.POSITIVE_INFINITY ? -1 : start + Math.max(0, limit) - 1;
      if (stop !== -1 && stop < start) return { rows: [], total: await this.#redis.run((client) => client.llen(groupKey)) };
      const [rows, total] = await this.#redis.run(async (client) => Promise.all([client.lrange(groupKey, start, stop), client.llen(groupKey)]));
      return { rows, total };
    }
    const stored = await this.#redis.run((client) => client.lrange(groupKey, 0, -1));
    const ids = [...stored.filter((id) => !overlay.removed.has(id)), ...overlay.added];
    return { rows: slice(ids, offset, limit), total: ids.length };
  }

  async page<T extends object>(spec: Collection<T>, index: string, key: string, offset = 0, limit = Number.POSITIVE_INFINITY): Promise<Page<T>> {
    const ids = await this.groupIds(spec, index, key, offset, limit);
    return { rows: (await this.getMany(spec, ids.rows)) as T[], total: ids.total };
  }

  async size<T extends object>(spec: Collection<T>): Promise<number> {
    return (await this.#redis.run((client) => client.hlen(this.#keys.rows(spec.name)))) + (this.writes?.inserted.get(spec.name) ?? 0);
  }

  async counter(name: string): Promise<number> {
    const own = this.writes?.counters.get(name);
    if (own !== undefined) return own;
    return Number(parse<unknown>(await this.#redis.run((client) => client.hget(this.#keys.meta, name))) ?? 0);
  }

  async insert<T extends object>(spec: Collection<T>, row: T): Promise<T> {
    const writes = this.#writable();
    const id = spec.id(row);
    if ((await this.get(spec, id)) !== undefined) throw new IdTakenError(spec.name, id);
    writes.row(spec.name, id, row, true);
    writes.op('N', this.#keys.rows(spec.name), id, JSON.stringify(row));
    this.#index(spec, id, row, spec.indexes);
    await this.#afterWrite?.();
    return row;
  }

  async replace<T extends object>(spec: Collection<T>, row: T): Promise<T> {
    const writes = this.#writable();
    const id = spec.id(row);
    const old = await this.get(spec, id);
    // Only indexes whose key changed move, so a row keeps its place in its groups.
    const changed = old ? spec.indexes.filter((index) => index.key(old) !== index.key(row)) : spec.indexes;
    if (old) this.#unindex(spec, id, old, changed);
    writes.row(spec.name, id, row, old === undefined);
    writes.op('H', this.#keys.rows(spec.name), id, JSON.stringify(row));
    this.#index(spec, id, row, changed);
    await this.#afterWrite?.();
    return row;
  }

  async setCounter(name: string, value: number): Promise<void> {
    const writes = this.#writable();
    writes.counters.set(name, value);
    writes.op('H', this.#keys.meta, name, JSON.stringify(value));
    await this.#afterWrite?.();
  }

  #writable(): RedisWrites {
    if (!this.writes) throw new Error('a read-only transaction cannot write');
    return this.writes;
  }

  #index<T extends object>(spec: Collection<T>, id: string, row: T, indexes: readonly IndexSpec<T>[]): void {
    const writes = this.#writable();
    for (const index of indexes) {
      const key = index.key(row);
      if (key === undefined) continue;
      if (index.kind === 'unique') {
        const uniqueKey = this.#keys.unique(spec.name, index.name);
        writes.unique.set(`${uniqueKey}\u0000${key}`, id);
        writes.op('H', uniqueKey, key, id);
      } else {
        const groupKey = this.#keys.group(spec.name, index.name, key);
        writes.group(groupKey).added.push(id);
        writes.op('R', groupKey, id);
      }
    }
  }

  #unindex<T extends object>(spec: Collection<T>, id: string, row: T, indexes: readonly IndexSpec<T>[]): void {
    const writes = this.#writable();
    for (const index of indexes) {
      const key = index.key(row);
      if (key === undefined) continue;
      if (index.kind === 'unique') {
        const uniqueKey = this.#keys.unique(spec.name, index.name);
        const own = writes.unique.get(`${uniqueKey}\u0000${key}`);
        if (own === undefined || own === id) writes.unique.set(`${uniqueKey}\u0000${key}`, null);
        writes.op('X', uniqueKey, key, id);
      } else {
        const groupKey = this.#keys.group(spec.name, index.name, key);
        const overlay = writes.group(groupKey);
        const at = overlay.added.lastIndexOf(id);
        if (at >= 0) overlay.added.splice(at, 1);
        else overlay.removed.add(id);
        writes.op('L', groupKey, id);
      }
    }
  }
}
