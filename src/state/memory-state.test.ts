import { describe, expect, it } from 'vitest';
import { MemoryState } from './memory-state.js';
import { collection, IdTakenError } from './state-store.js';

type Card = { pan: string; account: string; mask: string };
const cards = collection<Card>('test.cards', (card) => card.pan, [
  { name: 'account', kind: 'group', key: (card) => card.account },
  { name: 'mask', kind: 'unique', key: (card) => card.mask },
]);
const card = (pan: string, account = 'a1'): Card => ({ pan, account, mask: `****${pan.slice(-4)}` });

function state(): MemoryState {
  return new MemoryState({ collections: [cards] });
}

describe('MemoryState', () => {
  it('finds rows by id, by unique index and pages a group in insertion order', async () => {
    const memory = state();
    await memory.transaction(async (tx) => {
      for (const pan of ['4000000000000001', '4000000000000002', '4000000000000003']) await tx.insert(cards, card(pan));
      await tx.insert(cards, card('4000000000000009', 'a2'));
    });
    await memory.transaction(async (tx) => {
      expect(await tx.get(cards, '4000000000000002')).toEqual(card('4000000000000002'));
      expect((await tx.find(cards, 'mask', '****0003'))?.pan).toBe('4000000000000003');
      expect(await tx.page(cards, 'account', 'a1', 1, 1)).toEqual({ rows: [card('4000000000000002')], total: 3 });
      expect(await tx.groupIds(cards, 'account', 'a2')).toEqual({ rows: ['4000000000000009'], total: 1 });
      expect(await tx.size(cards)).toBe(4);
    }, { readOnly: true });
  });

  it('reserves an id exactly once: a second insert is an IdTakenError', async () => {
    const memory = state();
    await memory.transaction((tx) => tx.insert(cards, card('4000000000000001')));
    await expect(memory.transaction((tx) => tx.insert(cards, card('4000000000000001', 'other')))).rejects.toBeInstanceOf(IdTakenError);
    expect((await memory.snapshot()).tables['test.cards']).toEqual({ '4000000000000001': card('4000000000000001') });
  });

  it('undoes every write of a transaction that throws, counters and indexes included', async () => {
    const memory = state();
    await memory.transaction(async (tx) => {
      await tx.insert(cards, card('4000000000000001'));
      await tx.setCounter('seq', 1);
    });
    const before = await memory.snapshot();
    const version = memory.currentVersion;
    await expect(
      memory.transaction(async (tx) => {
        await tx.setCounter('seq', 2);
        await tx.insert(cards, card('4000000000000002'));
        await tx.replace(cards, { ...card('4000000000000001'), account: 'a9' });
        throw new Error('refused');
      }),
    ).rejects.toThrow('refused');
    expect(await memory.snapshot()).toEqual(before);
    await memory.transaction(async (tx) => {
      expect(await tx.counter('seq')).toBe(1);
      expect((await tx.groupIds(cards, 'account', 'a1')).rows).toEqual(['4000000000000001']);
      expect((await tx.groupIds(cards, 'account', 'a9')).total).toBe(0);
      expect(await tx.find(cards, 'mask', '****0002')).toBeUndefined();
    }, { readOnly: true });
    expect(memory.currentVersion).toBeGreaterThanOrEqual(version);
  });

  it('runs the transactions of one sandbox one at a time, in arrival order', async () => {
    const memory = state();
    const order: string[] = [];
    const slow = memory.transaction(async (tx) => {
      order.push('a start');
      await new Promise((resolve) => setTimeout(resolve, 10));
      await tx.setCounter('n', (await tx.counter('n')) + 1);
      order.push('a end');
    });
    const fast = memory.transaction(async (tx) => {
      order.push('b');
      await tx.setCounter('n', (await tx.counter('n')) + 1);
    });
    await Promise.all([slow, fast]);
    expect(order).toEqual(['a start', 'a end', 'b']);
    expect(await memory.transaction((tx) => tx.counter('n'), { readOnly: true })).toBe(2);
  });

  it('refuses writes in a read-only transaction, and versions grow only with writes', async () => {
    const memory = state();
    const version = memory.currentVersion;
    await expect(memory.transaction((tx) => tx.insert(cards, card('4000000000000001')), { readOnly: true })).rejects.toThrow('read-only');
    await memory.transaction(async (tx) => tx.get(cards, 'x'));
    expect(memory.currentVersion).toBe(version);
    await memory.transaction((tx) => tx.insert(cards, card('4000000000000001')));
    expect(memory.currentVersion).toBeGreaterThan(version);
  });

  it('restores a snapshot with its indexes, and refuses one whose rows cannot be indexed', async () => {
    const memory = state();
    await memory.restore({ tables: { 'test.cards': { '4000000000000007': card('4000000000000007', 'a7') } }, meta: { seq: 7 } });
    expect(await memory.transaction((tx) => tx.groupIds(cards, 'account', 'a7'), { readOnly: true })).toEqual({ rows: ['4000000000000007'], total: 1 });
    await expect(memory.restore({ tables: { 'test.cards': { x: null } }, meta: {} } as never)).rejects.toThrow();
    expect((await memory.snapshot()).meta).toEqual({ seq: 7 });
  });
});

describe('MemoryState lazy indexes', () => {
  const lazyCards = collection<Card>('test.lazy', (c) => c.pan, [{ name: 'account', kind: 'group', key: (c) => c.account, lazy: true }]);
  const lazyState = () => new MemoryState({ collections: [lazyCards] });

  it('builds a lazy index on its first lookup and keeps it through later writes, undo and restore', async () => {
    const memory = lazyState();
    await memory.transaction(async (tx) => void (await tx.insert(lazyCards, card('4000000000000001'))));
    const ids = () => memory.transaction(async (tx) => (await tx.groupIds(lazyCards, 'account', 'a1')).rows, { readOnly: true });
    expect(await ids()).toEqual(['4000000000000001']);
    await memory.transaction(async (tx) => {
      await tx.insert(lazyCards, card('4000000000000002'));
      await tx.replace(lazyCards, card('4000000000000001', 'a2'));
    });
    expect(await ids()).toEqual(['4000000000000002']);
    await expect(memory.transaction(async (tx) => {
      await tx.insert(lazyCards, card('4000000000000003'));
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(await ids()).toEqual(['4000000000000002']);
    await memory.restore({ tables: { 'test.lazy': { '4000000000000007': card('4000000000000007') } }, meta: {} });
    expect(await ids()).toEqual(['4000000000000007']);
  });
});
