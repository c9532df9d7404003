import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { applyPrefer } from '../../mock/middleware/apply-prefer.js';
import { validateResponse } from '../../src/validation/validate-response.js';
import { credereHeaders, firstVisionHeaders } from './api-headers.js';
import { sharedMock, startMock } from '../helpers/start-mock.js';

const sandbox = sharedMock();

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
