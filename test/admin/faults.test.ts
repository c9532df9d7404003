import { describe, expect, it } from 'vitest';
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
