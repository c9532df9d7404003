import { Exclusive } from './exclusive.js';
import type { RedisConnection } from './redis-connection.js';
import { redisKeys, type RedisKeys } from './redis-keys.js';
import { acquireLock, type HeldLock, LOCK_TTL_MS } from './redis-lock.js';
import { restoreCommands } from './redis-restore.js';
import { RedisTransaction } from './redis-transaction.js';
import { RedisWrites } from './redis-writes.js';
import { type AnyCollection, IdTakenError, type StateSnapshot, type StateStore, type StateWriter, type TransactionOptions } from './state-store.js';

export type RedisStateOptions = {
  /** The connection (one per server, shared by its sandboxes). */
  redis: RedisConnection;
  sandbox: string;
  collections: readonly AnyCollection[];
  /** How long the init lock of `once` lives between renewals (default 30 s; tests shorten it). */
  initTtlMs?: number;
};

/** Ops per commit of a non-atomic transaction (a big load is written in chunks, holding the lock throughout). */
const CHUNK_OPS = 4 * 5000;

/** How long the init lock of `once` lives without being renewed (an instance that died mid-load frees it then). */
const INIT_TTL_MS = 30_000;


/**
 * A sandbox's state in Redis, shared by every instance that points at the same server. A writing transaction
 * takes the sandbox's lock (queued locally first, so one process sends one contender), reads through to Redis,
 * buffers its writes and applies them at commit in one script that checks the lock is still held: a failed
 * transaction writes nothing, and no instance ever sees half of one. Read-only transactions take no lock.
 * @example const state = new RedisState({ redis, sandbox: 'ci-1', collections }); await state.transaction((tx) => tx.insert(cards, card))
 */
export class RedisState implements StateStore {
  readonly keys: RedisKeys;
  #redis: RedisConnection;
  #collections: readonly AnyCollection[];
  #initTtlMs: number;
  #local = new Exclusive();
  /** The sandbox lock, kept for the next transaction of this process that already waits (see `#handOver`). */
  #held: HeldLock | undefined;
  #streak = 0;

  constructor(options: RedisStateOptions) {
    this.#redis = options.redis;
    this.keys = redisKeys(options.sandbox);
    this.#collections = options.collections;
    this.#initTtlMs = options.initTtlMs ?? INIT_TTL_MS;
  }

  async transaction<R>(work: (tx: StateWriter) => Promise<R>, options: TransactionOptions = {}): Promise<R> {
    if (options.readOnly) return work(new RedisTransaction(this.#redis, this.keys));
    return this.#local.run(async () => {
      const lock = await this.#lock();
      const writes = new RedisWrites(this.keys.lock, this.keys.version);
      const chunked = options.atomic === false;
      try {
        // A non-atomic transaction (a big load) commits whenever its buffer grows past a chunk, keeping the lock.
        const flush = chunked ? async () => void (writes.ops.length >= CHUNK_OPS && (await this.#commit(writes, lock.token, false))) : undefined;
        const result = await work(new RedisTransaction(this.#redis, this.keys, writes, flush));
        const keep = this.#handOver();
        if (!writes.empty) {
          if (!keep) lock.forget();
          await this.#commit(writes, lock.token, !keep);
        } else if (!keep) await lock.release();
        if (keep) this.#held = lock;
        return result;
      } catch (error) {
        if (chunked && !writes.empty) await this.#commit(writes, lock.token, false).catch(() => undefined);
        await lock.release();
        throw error;
      }
    });
  }

  /** The lock handed over by the previous transaction, or a fresh one. Called only inside `#local`. */
  async #lock(): Promise<HeldLock> {
    const held = this.#held;
    this.#held = undefined;
    return held ?? acquireLock(this.#redis, this.keys.lock);
  }

  /**
   * Whether to keep the lock for the next transaction of this process: only when one already waits, and at most
   * 8 times in a row, so other instances get their turn. Saves the lock's two round trips under load.
   */
  #handOver(): boolean {
    this.#streak = this.#local.waiting > 0 && this.#streak < 8 ? this.#streak + 1 : 0;
    return this.#streak > 0;
  }

  async #commit(writes: RedisWrites, token: string, release: boolean): Promise<void> {
    try {
      await this.#redis.script('clientelaCommit', writes.keys, [token, release ? '1' : '0', LOCK_TTL_MS, ...writes.ops]);
    } catch (error) {
      const message = (error as Error).message;
      if (message.startsWith('CLIENTELA_TAKEN ')) throw new IdTakenError('(commit)', message.slice('CLIENTELA_TAKEN '.length));
      throw error;
    } finally {
      writes.clear();
    }
  }

  async version(): Promise<number> {
    return Number(await this.#redis.run((client) => client.get(this.keys.version)));
  }

  /** Every row and counter, read in one MULTI (a consistent picture without taking the lock). */
  async snapshot(): Promise<StateSnapshot> {
    const names = this.#collections.map((spec) => spec.name);
    const replies = await this.#redis.run(async (client) => {
      const multi = client.multi();
      for (const name of names) multi.hgetall(this.keys.rows(name));
      multi.hgetall(this.keys.meta);
      return (await multi.exec()) ?? [];
    });
    const values = replies.map(([error, value]) => {
      if (error) throw error;
      return value as Record<string, string>;
    });
    const decode = (hash: Record<string, string> | undefined) => Object.fromEntries(Object.entries(hash ?? {}).map(([k, v]) => [k, JSON.parse(v) as unknown]));
    const tables: StateSnapshot['tables'] = {};
    names.forEach((name, i) => {
      if (Object.keys(values[i] ?? {}).length) tables[name] = decode(values[i]);
    });
    return { tables, meta: decode(values[names.length]) };
  }

  /** Replaces everything in one MULTI, under the lock; rows that cannot be indexed are refused before anything is written. */
  async restore(snapshot: StateSnapshot): Promise<void> {
    const commands = restoreCommands(this.#collections, this.keys, snapshot);
    await this.#local.run(async () => {
      const lock = await this.#lock();
      try {
        const old = (await this.#redis.keys(this.keys.pattern)).filter((key) => key.startsWith(`${this.keys.prefix}rows:`) || key.startsWith(`${this.keys.prefix}unique:`) || key.startsWith(`${this.keys.prefix}group:`) || key === this.keys.meta);
        await this.#redis.run(async (client) => {
          const multi = client.multi();
          if (old.length) multi.del(...old);
          for (const [command, ...args] of commands) multi.call(command, ...args);
          multi.incr(this.keys.version);
          const replies = (await multi.exec()) ?? [];
          for (const [error] of replies) if (error) throw error;
        });
      } finally {
        await lock.release();
      }
    });
  }

  async counts(): Promise<Record<string, number>> {
    const sizes = await this.#redis.run((client) => Promise.all(this.#collections.map((spec) => client.hlen(this.keys.rows(spec.name)))));
    return Object.fromEntries(this.#collections.map((spec, i) => [spec.name, sizes[i] ?? 0]).filter(([, n]) => n !== 0));
  }

  /**
   * Runs `work` (reference data, start-up scenarios) once for the sandbox across every instance: the first to
   * take the init lock runs it and marks the sandbox ready; the others wait for the mark.
   */
  async once(work: () => Promise<void>): Promise<void> {
    for (;;) {
      if (await this.#redis.run((client) => client.exists(this.keys.ready))) return;
      const taken = await this.#redis.run((client) => client.set(this.keys.init, '1', 'PX', this.#initTtlMs, 'NX'));
      if (taken === 'OK') {
        // Kept alive while the work runs: a load longer than the TTL (load-100k takes minutes into Redis) must not
        // let another instance start the same load beside it.
        const ttl = this.#initTtlMs;
        const keepAlive = setInterval(() => void this.#redis.run((client) => client.pexpire(this.keys.init, ttl)).catch(() => undefined), ttl / 3);
        try {
          if (!(await this.#redis.run((client) => client.exists(this.keys.ready)))) {
            await work();
            await this.#redis.run((client) => client.set(this.keys.ready, '1'));
          }
          return;
        } finally {
          clearInterval(keepAlive);
          await this.#redis.run((client) => client.del(this.keys.init)).catch(() => undefined);
        }
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Deletes every key of the sandbox (a reset or a drop), under its lock. */
  async wipe(): Promise<void> {
    await this.#local.run(async () => {
      const lock = await this.#lock();
      try {
        const keys = (await this.#redis.keys(this.keys.pattern)).filter((key) => key !== this.keys.lock);
        for (let i = 0; i < keys.length; i += 1000) await this.#redis.run((client) => client.unlink(...keys.slice(i, i + 1000)));
      } finally {
        await lock.release();
      }
    });
  }

  async open(): Promise<void> {}

  async flush(): Promise<void> {}

  async close(): Promise<void> {}
}
