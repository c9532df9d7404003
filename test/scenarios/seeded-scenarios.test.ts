import { describe, expect, it } from 'vitest';
import { createMockServer } from '../../mock/server.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';

const registry = loadContracts();
const scenarios = [{ name: 'corporate-program' }, { name: 'individual-with-history' }, { name: 'dealership' }, { name: 'branch-replacement-stock' }];

function snapshotFor(seed: number): string {
  const mock = createMockServer({ registry, seed, scenarios });
  return JSON.stringify(mock.sandboxes.get().db.data);
}

describe('seeded scenarios', () => {
  it('the same seed gives a byte-identical snapshot', () => {
    expect(snapshotFor(7)).toBe(snapshotFor(7));
  });

  it('a different seed gives different names and documents', () => {
    expect(snapshotFor(7)).not.toBe(snapshotFor(8));
  });

  it('a reset sandbox comes back byte for byte', () => {
    const mock = createMockServer({ registry, seed: 3, scenarios });
    const before = JSON.stringify(mock.sandboxes.get().db.data);
    mock.sandboxes.renew();
    expect(JSON.stringify(mock.sandboxes.get().db.data)).toBe(before);
  });
});
