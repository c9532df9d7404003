import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock } from '../helpers/start-mock.js';

describe('admin reads never create a sandbox (issue 5)', () => {
  it.each([
    ['GET', '/__admin/health?sandbox=ghost'],
    ['GET', '/__admin/state?sandbox=ghost'],
    ['GET', '/__admin/faults?sandbox=ghost'],
    ['DELETE', '/__admin/sandboxes/ghost'],
  ])('answers 404 not-found to %s %s and loads no start-up scenario', async (method, path) => {
    const loaded: string[] = [];
    const mock = await startMock({ initWorld: (world) => loaded.push(world.name) });
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
