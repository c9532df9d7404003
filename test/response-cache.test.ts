import { describe, expect, it } from 'vitest';
import { defaultCredereConfig } from '../mock/credere/credere-config.js';
import { defaultFirstVisionConfig } from '../mock/firstvision/firstvision-config.js';
import { ResponseCache } from '../mock/response-cache.js';
import { createWorld } from '../mock/world.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { startMock } from './helpers/start-mock.js';

const auth = { authorization: 'Bearer k' };
const create = { bank_validations: { bank_codes: ['moneyplus'] }, customer: { cpf: '529.982.247-25', name: 'Ana', has_cnh: true, phones: [{ code: 84, number: 991234567, phone_type_id: 1 }], born_at: '01/01/1990', emails: [{ address: 'ana@example.com' }] } };

describe('cached reads', () => {
  it('answers a repeated read from the cache and a read after a write from the new state', async () => {
    const mock = await startMock();
    const created = await mock.call('POST', '/credere/api/v1/customers', { headers: auth, body: create });
    expect(created.status).toBe(200);
    const find = () => mock.call('GET', '/credere/api/v1/customers/find?cpf_cnpj=52998224725', { headers: auth });
    const first = await find();
    expect(first.body.customer.name).toBe('Ana');
    expect((await find()).body).toEqual(first.body);

    const version = mock.sandboxes.get().db.version;
    expect((await mock.call('PATCH', `/credere/api/v1/customers/${created.body.customer.id}`, { headers: auth, body: { customer: { name: 'Ana Maria' } } })).status).toBe(200);
    expect(mock.sandboxes.get().db.version).toBeGreaterThan(version);
    expect((await find()).body.customer.name).toBe('Ana Maria');
  });

  it('keeps sandboxes apart and follows a snapshot import', async () => {
    const mock = await startMock();
    const inJob = { ...auth, 'x-clientela-sandbox': 'job-1' };
    await mock.call('POST', '/credere/api/v1/customers', { headers: inJob, body: create });
    const find = (headers: Record<string, string>) => mock.call('GET', '/credere/api/v1/customers/find?cpf_cnpj=52998224725', { headers });
    expect((await find(inJob)).status).toBe(200);
    expect((await find(auth)).status).toBe(404);
    mock.sandboxes.get('job-1').db.replace({ tables: {}, meta: {} });
    expect((await find(inJob)).status).toBe(404);
  });

  it('does not keep an answer past the clock hour (answers may carry today’s date)', () => {
    const registry = loadContracts();
    const cache = new ResponseCache(registry, registry.get('cardsDetails').contract);
    const world = createWorld('unit', { seed: 1, firstvision: defaultFirstVisionConfig, credere: defaultCredereConfig });
    const values = { headers: { customernumber: '0000000000000000123', authorization: 'Bearer a' }, params: {}, query: { organizationNumber: 970 }, body: undefined };
    const key = cache.key(values);
    expect(cache.key({ ...values, headers: { ...values.headers, authorization: 'Bearer b' } })).toBe(key);
    expect(cache.key({ ...values, headers: { ...values.headers, customernumber: '0000000000000000124' } })).not.toBe(key);
    world.clock.pin(new Date('2026-03-01T02:59:00Z'));
    cache.set(world, key, { status: 200, body: {} }, '{}');
    expect(cache.get(world, key)?.text).toBe('{}');
    world.clock.pin(new Date('2026-03-01T03:00:00Z'));
    expect(cache.get(world, key)).toBeUndefined();
    cache.set(world, key, { status: 200, body: {} }, '{}');
    world.db.changed();
    expect(cache.get(world, key)).toBeUndefined();
  });
});
