import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { applyPrefer } from '../../mock/middleware/apply-prefer.js';
import { firstVisionHeaders } from './api-headers.js';
import { startMock } from '../helpers/start-mock.js';

describe('Prefer and fault interceptors', () => {
  it('answer synchronously, with no promise, when there is no Prefer header and no fault', async () => {
    const mock = await startMock();
    const compiled = mock.registry.get('storesList');
    const context = { compiled, request: { headers: {}, originalUrl: '/credere/api/v1/stores' } as Request, world: mock.sandboxes.get() };
    expect(applyPrefer(mock.modules, mock.registry.ajv)(context)).toBeUndefined();
    expect(mock.faults.interceptor(mock.modules)(context)).toBeUndefined();
    mock.faults.set(context.world, { errorRate: 1 });
    expect(mock.faults.interceptor(mock.modules)(context)).toMatchObject({ status: 500 });
    mock.faults.set(context.world, { latency: { fixedMs: 1 } });
    await expect(mock.faults.interceptor(mock.modules)(context)).resolves.toBeUndefined();
  });

  it('answers Prefer code=422 with the API catalogued error, through its renderer (after a delay too)', async () => {
    const mock = await startMock();
    const compiled = mock.registry.get('relationshipAccounts');
    const code = compiled.contract.errors?.[0]?.code;
    expect(mock.modules.firstvision.errors.catalogued(compiled, 422)).toMatchObject({ status: 422, body: { hasError: true, errors: [{ code }] } });
    expect(mock.modules.credere.errors.catalogued(mock.registry.get('customersCreate'), 422)).toBeUndefined();
    const headers = { ...(await firstVisionHeaders(mock)), prefer: 'code=422, delay=20' };
    const { status, body } = await mock.call('GET', '/firstvision/account/relationship/0000000000000000567/account?serviceType=A', { headers });
    expect(status).toBe(422);
    expect(body.errors[0].code).toBe(code);
  });
});
