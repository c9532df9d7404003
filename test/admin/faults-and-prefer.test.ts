import { describe, expect, it } from 'vitest';
import { validateResponse } from '../../src/validation/validate-response.js';
import { credereHeaders, firstVisionHeaders } from './api-headers.js';
import { startMock } from '../helpers/start-mock.js';

describe('faults', () => {
  it('adds latency within the range asked', async () => {
    const mock = await startMock();
    await mock.call('PUT', '/__admin/faults', { body: { latency: { minMs: 80, maxMs: 120 } } });
    const started = performance.now();
    expect((await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() })).status).toBe(200);
    const ms = performance.now() - started;
    expect(ms).toBeGreaterThanOrEqual(75);
    expect(ms).toBeLessThan(1000);
  });

  it('answers the API own 503 body at error rate 1', async () => {
    const mock = await startMock();
    await mock.call('PUT', '/__admin/faults', { body: { errorRate: 1, errorStatus: 503 } });
    const credere = await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() });
    expect(credere.status).toBe(503);
    expect(credere.body.error).toMatchObject({ status: 503 });
    // Faults answer after authentication: an anonymous caller still gets its 401, a signed-in one the 503.
    const anonymous = await mock.call('POST', '/firstvision/customer/accountNumber', { headers: { apikey: 'k' }, body: {} });
    expect(anonymous.status).toBe(401);
    await mock.call('DELETE', '/__admin/faults');
    const headers = await firstVisionHeaders(mock);
    await mock.call('PUT', '/__admin/faults', { body: { errorRate: 1, errorStatus: 503 } });
    const firstvision = await mock.call('POST', '/firstvision/customer/accountNumber', { headers, body: { organizationNumber: 970, customerNumber: '0000000000000000123', functionCode: ' ' } });
    expect(firstvision.status).toBe(503);
    expect(firstvision.body).toMatchObject({ hasError: true, data: null });
    await mock.call('DELETE', '/__admin/faults');
    expect((await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() })).status).toBe(200);
  });

  it('applies a per-operation rule only to its operation', async () => {
    const mock = await startMock();
    await mock.call('PUT', '/__admin/faults', { body: { rules: [{ operationId: 'banksList', errorRate: 1, errorStatus: 500 }, { path: '/stores', status: 418, body: { teapot: true } }] } });
    expect((await mock.call('GET', '/credere/api/v1/banks', { headers: credereHeaders() })).status).toBe(500);
    expect((await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() })).body).toEqual({ teapot: true });
    expect((await mock.call('GET', '/credere/api/v1/domains', { headers: credereHeaders() })).status).toBe(200);
  });

  it('draws the error rate from the seed, so a run repeats', async () => {
    const mock = await startMock();
    const run = async () => {
      await mock.call('PUT', '/__admin/faults', { body: { errorRate: 0.5, seed: 9 } });
      const statuses = [];
      for (let i = 0; i < 20; i++) statuses.push((await mock.call('GET', '/credere/api/v1/banks', { headers: credereHeaders() })).status);
      return statuses;
    };
    const first = await run();
    expect(first).toContain(500);
    expect(first).toContain(200);
    expect(await run()).toEqual(first);
  });

  it.each([
    [{ errorRate: 2 }, '/errorRate'],
    [{ latency: { minMs: 10 } }, '/latency'],
    [{ latency: { minMs: 50, maxMs: 10 } }, 'minMs 50 is above maxMs 10'],
    [{ errorStatus: 502 }, '/errorStatus'],
  ])('refuses invalid settings %j', async (settings, reason) => {
    const mock = await startMock();
    const { status, body } = await mock.call('PUT', '/__admin/faults', { body: settings });
    expect(status).toBe(400);
    expect(body.type).toContain('invalid-faults');
    expect(body.detail).toContain(reason);
  });
});

describe('Prefer header', () => {
  it('answers the contract example for a code', async () => {
    const mock = await startMock();
    const { status, body, headers } = await mock.call('GET', '/credere/api/v1/customers/1', { headers: credereHeaders({ prefer: 'code=404' }) });
    expect(status).toBe(404);
    expect(headers.get('preference-applied')).toBe('code=404');
    expect(body.error.status).toBe(404);
  });

  it('answers a named example', async () => {
    const mock = await startMock();
    // A valid request with the preference gets the contract's named example (an invalid one gets its validation error, as Prism does).
    const example = mock.registry.get('customersCreate').contract.examples?.find((e) => e.name === 'duplicate-cpf');
    const { status, body } = await mock.call('POST', '/credere/api/v1/customers', {
      headers: credereHeaders({ prefer: 'example=duplicate-cpf' }),
      body: { bank_validations: { bank_codes: ['moneyplus'] }, customer: { cpf: '529.982.247-25', name: 'Ana', has_cnh: true, phones: [{ code: 84, number: 991234567, phone_type_id: 1 }], born_at: '01/01/1990', emails: [{ address: 'a@example.com' }] } },
    });
    expect(status).toBe(422);
    expect(body).toEqual(example?.response?.body);
    const invalid = await mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders({ prefer: 'example=duplicate-cpf' }), body: { customer: { name: 'x' } } });
    expect(invalid.body.error.details.cpf).toEqual([{ error: 'blank' }]);
  });

  it('synthesizes a FirstVision 422 with the operation first VPL code', async () => {
    const mock = await startMock();
    const headers = { ...(await firstVisionHeaders(mock)), prefer: 'code=422' };
    const { status, body } = await mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe(mock.registry.get('relationshipAccounts').contract.errors?.[0]?.code);
  });

  it('fakes a body valid against the contract when no example has that status', async () => {
    const mock = await startMock();
    const headers = { ...(await firstVisionHeaders(mock)), prefer: 'code=200' };
    const { status, body } = await mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    expect(status).toBe(200);
    expect(validateResponse(mock.registry.get('relationshipAccounts'), 200, body)).toEqual([]);
  });

  it('waits for delay=MS and then answers normally', async () => {
    const mock = await startMock();
    const started = performance.now();
    expect((await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ prefer: 'delay=150' }) })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    ['code=418', 'declares no 418 response', 'statuses'],
    ['example=nope', 'has no response example "nope"', 'examples'],
    ['delay=soon', 'whole number of milliseconds', undefined],
  ])('refuses %s with a problem naming what exists', async (prefer, detail, listed) => {
    const mock = await startMock();
    const { status, body, headers } = await mock.call('GET', '/credere/api/v1/customers/1', { headers: credereHeaders({ prefer }) });
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(body.detail).toContain(detail);
    if (listed) expect(body[listed].length).toBeGreaterThan(0);
  });
});
