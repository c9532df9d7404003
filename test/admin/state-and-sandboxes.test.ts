import { describe, expect, it } from 'vitest';
import { credereHeaders, firstVisionHeaders } from './api-headers.js';
import { accounts } from '../../mock/firstvision/domain/firstvision-collections.js';
import { startMock } from '../helpers/start-mock.js';

describe('admin state and sandboxes', () => {
  it('export, reset, import gives the same answers as before', async () => {
    const mock = await startMock({ scenarios: [{ name: 'corporate-program' }] });
    const headers = await firstVisionHeaders(mock);
    await mock.call('POST', '/__admin/scenarios/individual-with-history', { body: {} });
    const ask = () => mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    const world = await mock.world();
    const account = (await world.state.transaction((tx) => tx.groupIds(accounts, 'customer', '0000000000000000234'), { readOnly: true })).rows[0];
    const askPrior = () => mock.call('GET', `/firstvision/customer/${account}/current-prior-address?organizationNumber=970`, { headers });
    const before = [await ask(), await askPrior()].map((r) => JSON.stringify(r.body));
    const exported = await mock.call('GET', '/__admin/state');
    expect(exported.status).toBe(200);
    expect((await mock.call('POST', '/__admin/reset')).status).toBe(200);
    expect((await mock.rows('firstvision.customers'))['0000000000000000234']).toBeUndefined();
    const imported = await mock.call('PUT', '/__admin/state', { body: exported.body });
    expect(imported.status, JSON.stringify(imported.body)).toBe(200);
    const after = [await ask(), await askPrior()].map((r) => JSON.stringify(r.body));
    expect(after).toEqual(before);
    expect(JSON.stringify((await mock.call('GET', '/__admin/state')).body)).toBe(JSON.stringify(exported.body));
  });

  it('refuses a state that is not {tables, meta} with an invalid-state problem', async () => {
    const mock = await startMock();
    const { status, body } = await mock.call('PUT', '/__admin/state', { body: { tables: { 'firstvision.customers': [1, 2] } } });
    expect(status).toBe(422);
    expect(body.type).toContain('invalid-state');
  });

  it('keeps two sandboxes apart under concurrent writes of the same CPFs', async () => {
    const mock = await startMock();
    const create = (sandbox: string, i: number) =>
      mock.call('POST', '/credere/api/v1/customers', {
        headers: credereHeaders({ 'x-clientela-sandbox': sandbox }),
        body: { customer: { name: `Cliente ${sandbox} ${i}`, cpf: cpfFor(i), has_cnh: true, phones: [{ code: 84, number: 988887777 }] }, bank_validations: { bank_codes: ['moneyplus'] } },
      });
    // Both sandboxes create the same 40 CPFs: a write leaking into the other sandbox would answer 422 taken.
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => [create('a', i), create('b', i)]).flat());
    expect(results.filter((r) => r.status !== 200).map((r) => JSON.stringify(r.body))).toEqual([]);
    const cpfsOf = async (sandbox: string) => Object.values(await mock.rows('credere.customers', sandbox)).map((c) => (c as { cpf: string }).cpf).sort();
    expect(await cpfsOf('a')).toHaveLength(40);
    expect(await cpfsOf('b')).toEqual(await cpfsOf('a'));
    expect(await cpfsOf('default')).toHaveLength(0);
    const inB = await mock.call('GET', `/credere/api/v1/customers/find?cpf_cnpj=${cpfFor(0)}`, { headers: credereHeaders({ 'x-clientela-sandbox': 'b' }) });
    expect(inB.status).toBe(200);
    expect(inB.body.customer.name).toBe('Cliente b 0');
    // Within one sandbox the same CPF is still refused, so the all-200 above is not vacuous.
    const again = await create('a', 0);
    expect(again.status).toBe(422);
    expect(again.body.error.details).toEqual({ cpf: [{ error: 'taken', value: cpfFor(0) }] });
  });

  it('gives each new sandbox the start-up scenarios, lists and deletes sandboxes', async () => {
    const mock = await startMock({ scenarios: [{ name: 'dealership' }] });
    await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': 'job-1' }) });
    expect((await mock.rows('credere.stores', 'job-1'))['100']).toBeDefined();
    const listed = await mock.call('GET', '/__admin/sandboxes');
    expect(listed.body.sandboxes.map((s: { name: string }) => s.name)).toEqual(['default', 'job-1']);
    expect((await mock.call('DELETE', '/__admin/sandboxes/job-1')).status).toBe(200);
    expect((await mock.call('DELETE', '/__admin/sandboxes/job-1')).status).toBe(404);
  });

  it('answers 429 when the sandbox limit is reached', async () => {
    const mock = await startMock({ sandboxes: { max: 2 } });
    const ask = (sandbox: string) => mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': sandbox }) });
    expect((await ask('one')).status).toBe(200);
    const refused = await ask('two');
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toContain('at most 2 sandboxes may be alive');
  });

  it('reports health: uptime, sandboxes, journal size and rows per table', async () => {
    const mock = await startMock({ scenarios: [{ name: 'corporate-program' }], journalSize: 50 });
    const { body } = await mock.call('GET', '/__admin/health');
    expect(body).toMatchObject({ status: 'ok', journal: { capacity: 50 }, sandboxes: { count: 1 }, scenarios: ['corporate-program'] });
    expect(body.tables['firstvision.accounts']).toBe(50);
  });

  it('resets a sandbox to its start-up scenarios', async () => {
    const mock = await startMock({ scenarios: [{ name: 'corporate-program' }] });
    await mock.call('POST', '/__admin/scenarios/dealership?sandbox=s1', { body: {} });
    const { body } = await mock.call('POST', '/__admin/reset?sandbox=s1');
    expect(body).toMatchObject({ sandbox: 's1', reset: true, scenarios: ['corporate-program'] });
    expect((await mock.rows('credere.stores', 's1'))['100']).toBeUndefined();
    expect(Object.keys(await mock.rows('firstvision.accounts', 's1'))).toHaveLength(50);
  });

  it('refuses a scenario that breaks a rule of the current state, leaving it unchanged', async () => {
    const mock = await startMock({ scenarios: [{ name: 'corporate-program' }] });
    const before = JSON.stringify(await mock.state());
    const { status, body } = await mock.call('POST', '/__admin/scenarios/corporate-program', { body: { relationshipNumber: '0000000000000000999' } });
    expect(status).toBe(409);
    expect(body.pointer).toBe('/firstvision/customers/0');
    expect(JSON.stringify(await mock.state())).toBe(before);
  });
});

describe('admin reads never create a sandbox', () => {
  it.each([
    ['GET', '/__admin/health?sandbox=ghost'],
    ['GET', '/__admin/state?sandbox=ghost'],
    ['GET', '/__admin/faults?sandbox=ghost'],
    ['DELETE', '/__admin/sandboxes/ghost'],
  ])('answers 404 not-found to %s %s and loads no start-up scenario', async (method, path) => {
    const loaded: string[] = [];
    const mock = await startMock({ initWorld: (world) => { loaded.push(world.name); } });
    const { status, body } = await mock.call(method, path);
    expect(status).toBe(404);
    expect(body).toMatchObject({ type: expect.stringContaining('not-found'), detail: expect.stringContaining('"ghost"') });
    expect(mock.sandboxes.names()).toEqual(['default']);
    expect(loaded).toEqual(['default']);
  });

  it('reads a sandbox its first request created', async () => {
    const mock = await startMock();
    await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': 'job-7' }) });
    expect((await mock.call('GET', '/__admin/health?sandbox=job-7')).body).toMatchObject({ status: 'ok', sandbox: 'job-7' });
    expect((await mock.call('GET', '/__admin/state?sandbox=job-7')).status).toBe(200);
  });

  it.each([
    ['POST', '/__admin/reset?sandbox=job-8', undefined],
    ['PUT', '/__admin/state?sandbox=job-8', { tables: {}, meta: {} }],
    ['PUT', '/__admin/faults?sandbox=job-8', { latency: { fixedMs: 0 } }],
  ])('lets the write %s %s create the sandbox', async (method, path, body) => {
    const mock = await startMock();
    expect((await mock.call(method, path, body === undefined ? {} : { body })).status).toBe(200);
    expect(mock.sandboxes.names()).toContain('job-8');
  });
});

describe('PUT /__admin/state with a snapshot its tables cannot index', () => {
  const malformed = { tables: { 'credere.customers': { '1': { id: 1, name: 'X' } } }, meta: {} };

  it('answers 422 invalid-state with the reason and leaves the sandbox as it was', async () => {
    const mock = await startMock();
    const created = await mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders(), body: {
      customer: { name: 'Ana', cpf: '529.982.247-25', has_cnh: true, phones: [{ code: 84, number: 988887777 }] },
      bank_validations: { bank_codes: ['moneyplus'] },
    } });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const before = await mock.call('GET', '/__admin/state');
    const { status, body } = await mock.call('PUT', '/__admin/state', { body: malformed });
    expect(status).toBe(422);
    expect(body.type).toContain('invalid-state');
    expect(body.detail).toContain('the sandbox is unchanged');
    expect(body.errors).toHaveLength(1);
    expect((await mock.call('GET', '/__admin/state')).body).toEqual(before.body);
    // The indexes are back too: the customer is still found by its CPF.
    const found = await mock.call('GET', `/credere/api/v1/customers/find?cpf_cnpj=${encodeURIComponent('529.982.247-25')}`, { headers: credereHeaders() });
    expect(found.status).toBe(200);
    expect(found.body.customer.id).toBe(created.body.customer.id);
  });
});

function cpfFor(n: number): string {
  const base = String(100_000_000 + n * 7919).slice(0, 9);
  const digit = (digits: string, weight: number) => {
    const sum = [...digits].reduce((acc, d, i) => acc + Number(d) * (weight - i), 0);
    const rest = (sum * 10) % 11;
    return rest === 10 ? 0 : rest;
  };
  const d1 = digit(base, 10);
  return `${base}${d1}${digit(`${base}${d1}`, 11)}`;
}
