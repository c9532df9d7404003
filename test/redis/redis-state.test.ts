import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryState } from '../../src/state/memory-state.js';
import { RedisConnection } from '../../src/state/redis-connection.js';
import { RedisState } from '../../src/state/redis-state.js';
import { collection, IdTakenError, type StateStore, type StateWriter } from '../../src/state/state-store.js';
import { redisInstalled, TestRedis } from './redis-server.js';

type Order = { id: string; code: string; shop: string; total: number };
const orders = collection<Order>('shop.orders', (o) => o.id, [
  { name: 'code', kind: 'unique', key: (o) => o.code },
  { name: 'shop', kind: 'group', key: (o) => o.shop },
]);

/** The same story told to a store; what every read answered, to compare backends. */
async function story(state: StateStore): Promise<unknown[]> {
  const seen: unknown[] = [];
  await state.transaction(async (tx) => {
    for (let i = 1; i <= 5; i++) await tx.insert(orders, { id: `o${i}`, code: `C${i}`, shop: i % 2 ? 'odd' : 'even', total: i });
    await tx.setCounter('seq', 5);
  });
  await state.transaction(async (tx) => {
    // Moves o1 to another group and another unique key: it leaves its old group and keeps its place nowhere else.
    await tx.replace(orders, { id: 'o1', code: 'C1b', shop: 'even', total: 10 });
    seen.push(await tx.find(orders, 'code', 'C1'), await tx.find(orders, 'code', 'C1b'), await tx.groupIds(orders, 'shop', 'even'));
  });
  await state.transaction(async (tx) => {
    await tx.insert(orders, { id: 'o6', code: 'C6', shop: 'odd', total: 6 });
    throw new Error('refused');
  }).catch((error: Error) => seen.push(error.message));
  await state.transaction(async (tx) => tx.insert(orders, { id: 'o2', code: 'X', shop: 'x', total: 0 })).catch((error: unknown) => seen.push(error instanceof IdTakenError));
  await state.transaction(async (tx: StateWriter) => {
    seen.push(await tx.page(orders, 'shop', 'odd', 1, 1), await tx.page(orders, 'shop', 'even', 0, 10), await tx.size(orders), await tx.counter('seq'), await tx.get(orders, 'o6'));
    seen.push(await tx.getMany(orders, ['o3', 'nope', 'o1']), await tx.has(orders, 'o4'));
  }, { readOnly: true });
  seen.push(await state.counts());
  const snapshot = await state.snapshot();
  await state.transaction(async (tx) => tx.insert(orders, { id: 'o7', code: 'C7', shop: 'odd', total: 7 }));
  await state.restore(snapshot);
  seen.push(await state.transaction(async (tx) => [await tx.size(orders), await tx.groupIds(orders, 'shop', 'odd'), await tx.find(orders, 'code', 'C7')], { readOnly: true }));
  return seen;
}

describe.runIf(redisInstalled())('RedisState answers as MemoryState', () => {
  let redis: TestRedis;
  let connection: RedisConnection;
  beforeAll(async () => {
    redis = await TestRedis.start();
    connection = new RedisConnection(redis.url);
  });
  afterAll(async () => {
    await connection.close();
    await redis.stop();
  });

  it('gives the same reads, pages, refusals, snapshots and restores as the in-memory backend', async () => {
    const memory = await story(new MemoryState({ collections: [orders] }));
    const shared = await story(new RedisState({ redis: connection, sandbox: 'conformance', collections: [orders] }));
    expect(shared).toEqual(memory);
    expect(memory).toContain('refused');
  });

  it('keeps sandboxes apart and wipes one without touching another', async () => {
    const one = new RedisState({ redis: connection, sandbox: 'one', collections: [orders] });
    const two = new RedisState({ redis: connection, sandbox: 'two', collections: [orders] });
    await one.transaction(async (tx) => tx.insert(orders, { id: 'a', code: 'A', shop: 's', total: 1 }));
    await two.transaction(async (tx) => tx.insert(orders, { id: 'a', code: 'A', shop: 's', total: 2 }));
    await one.wipe();
    expect(await one.counts()).toEqual({});
    expect((await two.snapshot()).tables['shop.orders']).toEqual({ a: { id: 'a', code: 'A', shop: 's', total: 2 } });
  });

  it('runs a start-up load once across instances even when it outlasts the init lock (the lock is renewed)', async () => {
    const options = { redis: connection, sandbox: 'slow-load', collections: [orders], initTtlMs: 200 };
    const first = new RedisState(options);
    const second = new RedisState(options);
    const runs: string[] = [];
    const slowLoad = first.once(async () => {
      runs.push('first');
      await new Promise((resolve) => setTimeout(resolve, 1000)); // five init-lock lifetimes
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    await second.once(async () => void runs.push('second'));
    await slowLoad;
    expect(runs).toEqual(['first']);
  });
});
