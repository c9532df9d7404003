import { describe, expect, it } from 'vitest';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { ResponseCache } from './response-cache.js';

const registry = loadContracts();
const values = { headers: { customernumber: '0000000000000000123', authorization: 'Bearer a' }, params: {}, query: { organizationNumber: 970 }, body: undefined };
const before3 = Date.parse('2026-03-01T02:59:00Z');
const at3 = Date.parse('2026-03-01T03:00:00Z');

describe('ResponseCache', () => {
  const cache = () => new ResponseCache(registry, registry.get('cardsDetails').contract);

  it('keys on every declared request value except authentication headers', () => {
    const key = cache().key(values);
    expect(cache().key({ ...values, headers: { ...values.headers, authorization: 'Bearer b' } })).toBe(key);
    expect(cache().key({ ...values, headers: { ...values.headers, customernumber: '0000000000000000124' } })).not.toBe(key);
    expect(cache().key({ ...values, query: { organizationNumber: 971 } })).not.toBe(key);
  });

  it('answers only at the state version and within the clock hour the answer was computed', () => {
    const kept = cache();
    const sandbox = {};
    const key = kept.key(values);
    kept.set(sandbox, 5, before3, key, { response: { status: 200, body: {} }, text: '{}' });
    expect(kept.get(sandbox, 5, before3, key)?.text).toBe('{}');
    expect(kept.get(sandbox, 6, before3, key)).toBeUndefined();
    expect(kept.get(sandbox, 5, at3, key)).toBeUndefined();
    expect(kept.get({}, 5, before3, key)).toBeUndefined();
  });

  it('never lets an answer of an older version replace newer ones', () => {
    const kept = cache();
    const sandbox = {};
    kept.set(sandbox, 7, before3, 'a', { response: { status: 200, body: 1 }, text: '1' });
    kept.set(sandbox, 6, before3, 'b', { response: { status: 200, body: 2 }, text: '2' });
    expect(kept.get(sandbox, 7, before3, 'a')?.text).toBe('1');
    expect(kept.get(sandbox, 6, before3, 'b')).toBeUndefined();
  });
});
