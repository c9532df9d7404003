import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { applyPrefer } from '../../mock/middleware/apply-prefer.js';
import { validateResponse } from '../../src/validation/validate-response.js';
import { credereHeaders, firstVisionHeaders } from './api-headers.js';
import { type RunningMock, sharedMock, startMock } from '../helpers/start-mock.js';

const sandbox = sharedMock();

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
    const mock = sandbox();
    const { status, body, headers } = await mock.call('GET', '/credere/api/v1/customers/1', { headers: credereHeaders({ prefer: 'code=404' }) });
    expect(status).toBe(404);
    expect(headers.get('preference-applied')).toBe('code=404');
    expect(body.error.status).toBe(404);
  });

  it('answers a named example', async () => {
    const mock = sandbox();
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
    const mock = sandbox();
    const headers = { ...(await firstVisionHeaders(mock)), prefer: 'code=422' };
    const { status, body } = await mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe(mock.registry.get('relationshipAccounts').contract.errors?.[0]?.code);
  });

  it('fakes a body valid against the contract when no example has that status', async () => {
    const mock = sandbox();
    const headers = { ...(await firstVisionHeaders(mock)), prefer: 'code=200' };
    const { status, body } = await mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    expect(status).toBe(200);
    expect(validateResponse(mock.registry.get('relationshipAccounts'), 200, body)).toEqual([]);
  });

  it('waits for delay=MS and then answers normally', async () => {
    const mock = sandbox();
    const started = performance.now();
    expect((await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ prefer: 'delay=150' }) })).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it.each([
    ['code=418', 'declares no 418 response', 'statuses'],
    ['example=nope', 'has no response example "nope"', 'examples'],
    ['delay=soon', 'whole number of milliseconds', undefined],
  ])('refuses %s with a problem naming what exists', async (prefer, detail, listed) => {
    const mock = sandbox();
    const { status, body, headers } = await mock.call('GET', '/credere/api/v1/customers/1', { headers: credereHeaders({ prefer }) });
    expect(status).toBe(400);
    expect(headers.get('content-type')).toContain('application/problem+json');
    expect(body.detail).toContain(detail);
    if (listed) expect(body[listed].length).toBeGreaterThan(0);
  });
});

// Parallel jobs sharing one mock never interfere (issue 5): faults are set per sandbox (`?sandbox=`).
const stores = (mock: RunningMock, sandbox?: string) =>
  mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders(sandbox ? { 'x-clientela-sandbox': sandbox } : {}) });

describe('faults per sandbox', () => {
  it('applies PUT /__admin/faults?sandbox=other to that sandbox only, never to the default one', async () => {
    const mock = await startMock();
    const put = await mock.call('PUT', '/__admin/faults?sandbox=other', { body: { errorRate: 1, errorStatus: 503 } });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ sandbox: 'other', active: true, settings: { errorRate: 1, errorStatus: 503 } });
    expect((await stores(mock)).status).toBe(200);
    expect((await stores(mock, 'other')).status).toBe(503);
    expect((await mock.call('GET', '/__admin/faults')).body).toEqual({ sandbox: 'default', active: false, settings: {} });
    expect((await mock.call('GET', '/__admin/faults?sandbox=other')).body).toMatchObject({ sandbox: 'other', active: true });
  });

  it('applies PUT /__admin/faults without ?sandbox= to the default sandbox only', async () => {
    const mock = await startMock();
    await stores(mock, 'job-1');
    await mock.call('PUT', '/__admin/faults', { body: { errorRate: 1 } });
    expect((await stores(mock)).status).toBe(500);
    expect((await stores(mock, 'job-1')).status).toBe(200);
  });

  it('clears only the named sandbox with DELETE /__admin/faults?sandbox=', async () => {
    const mock = await startMock();
    await mock.call('PUT', '/__admin/faults?sandbox=a', { body: { errorRate: 1 } });
    await mock.call('PUT', '/__admin/faults?sandbox=b', { body: { errorRate: 1 } });
    expect((await mock.call('DELETE', '/__admin/faults?sandbox=a')).body).toEqual({ sandbox: 'a', active: false, settings: {} });
    expect((await stores(mock, 'a')).status).toBe(200);
    expect((await stores(mock, 'b')).status).toBe(500);
  });

  it('draws each sandbox error rate from its own seeded stream, whatever the interleaving', async () => {
    const mock = await startMock();
    const arm = () => Promise.all(['a', 'b'].map((sandbox) => mock.call('PUT', `/__admin/faults?sandbox=${sandbox}`, { body: { errorRate: 0.5, seed: 9 } })));
    await arm();
    const alone: number[] = [];
    for (let i = 0; i < 16; i++) alone.push((await stores(mock, 'a')).status);
    expect(alone).toContain(500);
    expect(alone).toContain(200);
    await arm();
    const interleaved: number[] = [];
    for (let i = 0; i < 16; i++) {
      // Job b's traffic between job a's requests must not change which of a's requests fail.
      for (let j = 0; j < i % 3; j++) await stores(mock, 'b');
      interleaved.push((await stores(mock, 'a')).status);
    }
    expect(interleaved).toEqual(alone);
  });

  it('keeps a sandbox faults across its reset and forgets them when it is dropped', async () => {
    const mock = await startMock();
    await mock.call('PUT', '/__admin/faults?sandbox=job-2', { body: { errorRate: 1, errorStatus: 503 } });
    expect((await mock.call('POST', '/__admin/reset?sandbox=job-2')).status).toBe(200);
    expect((await stores(mock, 'job-2')).status).toBe(503);
    expect((await mock.call('DELETE', '/__admin/sandboxes/job-2')).status).toBe(200);
    expect((await stores(mock, 'job-2')).status).toBe(200);
  });

  it('answers 404 not-found, creating nothing, when reading or clearing the faults of an unknown sandbox', async () => {
    const mock = await startMock();
    for (const method of ['GET', 'DELETE']) {
      const { status, body } = await mock.call(method, '/__admin/faults?sandbox=ghost');
      expect(status).toBe(404);
      expect(body.type).toContain('not-found');
    }
    expect(mock.sandboxes.names()).toEqual(['default']);
  });
});

describe('Prefer and fault interceptors', () => {
  it('answer synchronously, with no promise, when there is no Prefer header and no fault', async () => {
    const mock = await startMock();
    const compiled = mock.registry.get('storesList');
    const world = await mock.world();
    const context = { compiled, request: { headers: {}, originalUrl: '/credere/api/v1/stores' } as Request, world, errors: mock.api('credere').runtime.errors };
    expect(applyPrefer(mock.registry.ajv)(context)).toBeUndefined();
    expect(mock.faults.interceptor()(context)).toBeUndefined();
    mock.faults.set(world, { errorRate: 1 });
    expect(mock.faults.interceptor()(context)).toMatchObject({ status: 500 });
    mock.faults.set(world, { latency: { fixedMs: 1 } });
    await expect(mock.faults.interceptor()(context)).resolves.toBeUndefined();
  });

  it('answers Prefer code=422 with the API catalogued error, through its renderer (after a delay too)', async () => {
    const mock = await startMock();
    const compiled = mock.registry.get('relationshipAccounts');
    const code = compiled.contract.errors?.[0]?.code;
    expect(mock.api('firstvision').runtime.errors.catalogued(compiled, 422)).toMatchObject({ status: 422, body: { hasError: true, errors: [{ code }] } });
    expect(mock.api('credere').runtime.errors.catalogued(mock.registry.get('customersCreate'), 422)).toBeUndefined();
    const headers = { ...(await firstVisionHeaders(mock)), prefer: 'code=422, delay=20' };
    const { status, body } = await mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe(code);
  });
});
