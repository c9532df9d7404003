import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { type RunningMock, startMock } from '../helpers/start-mock.js';

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
