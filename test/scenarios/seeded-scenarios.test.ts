import { describe, expect, it } from 'vitest';
import { createMockServer } from '../../mock/server.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';

const registry = loadContracts();
const scenarios = [{ name: 'corporate-program' }, { name: 'individual-with-history' }, { name: 'dealership' }, { name: 'branch-replacement-stock' }];

async function snapshotFor(seed: number): Promise<string> {
  const mock = createMockServer({ registry, seed, scenarios });
  return JSON.stringify(await (await mock.sandboxes.get()).state.snapshot());
}

describe('seeded scenarios', () => {
  it('the same seed gives a byte-identical snapshot', async () => {
    expect(await snapshotFor(7)).toBe(await snapshotFor(7));
  });

  it('a different seed gives different names and documents', async () => {
    expect(await snapshotFor(7)).not.toBe(await snapshotFor(8));
  });

  it('a reset sandbox comes back byte for byte', async () => {
    const mock = createMockServer({ registry, seed: 3, scenarios });
    const first = await mock.sandboxes.get();
    const before = JSON.stringify(await first.state.snapshot());
    await mock.sandboxes.renew();
    const renewed = await mock.sandboxes.get();
    expect(renewed).not.toBe(first);
    expect(JSON.stringify(await renewed.state.snapshot())).toBe(before);
  });
});
