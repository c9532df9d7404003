import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock } from '../helpers/start-mock.js';

const stores = '/credere/api/v1/stores';

describe('creating a sandbox on an exposed mock', () => {
  it('refuses a new sandbox name without the sandbox key, with a 403 that says what to send, and creates nothing', async () => {
    const mock = await startMock({ sandboxKeys: ['ci-key'] });
    const refused = await mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': 'job-1' }) });
    expect(refused.status).toBe(403);
    expect(refused.body.type).toContain('sandbox-key-required');
    expect(refused.body.detail).toContain('x-clientela-sandbox-key');
    const wrong = await mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': 'job-1', 'x-clientela-sandbox-key': 'nope' }) });
    expect(wrong.status).toBe(403);
    expect(mock.sandboxes.names()).toEqual(['default']);
    // The default sandbox needs no key.
    expect((await mock.call('GET', stores, { headers: credereHeaders() })).status).toBe(200);
  });

  it('creates it with the sandbox key or the admin token, and later calls to it need no key', async () => {
    const mock = await startMock({ sandboxKeys: ['ci-key'], adminToken: 'admin-secret' });
    expect((await mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': 'job-1', 'x-clientela-sandbox-key': 'ci-key' }) })).status).toBe(200);
    expect((await mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': 'job-2', 'x-clientela-sandbox-key': 'admin-secret' }) })).status).toBe(200);
    expect((await mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': 'job-1' }) })).status).toBe(200);
  });

  it('needs the key once an admin token is set, even without --sandbox-key', async () => {
    const mock = await startMock({ adminToken: 'admin-secret' });
    expect((await mock.call('GET', stores, { headers: credereHeaders({ 'x-clientela-sandbox': 'job-1' }) })).status).toBe(403);
  });
});
