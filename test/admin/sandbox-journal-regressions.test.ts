import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

// Issue 5: parallel jobs sharing one mock never interfere; one job clearing its journal keeps the others'.
const stores = (mock: RunningMock, sandbox: string) => mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': sandbox }) });
const sandboxesOf = (body: { requests: Array<{ sandbox: string }> }) => body.requests.map((r) => r.sandbox);

describe('journal per sandbox (issue 5)', () => {
  it('clears only the named sandbox entries with DELETE /__admin/requests?sandbox=', async () => {
    const mock = await startMock();
    for (const sandbox of ['a', 'b', 'a', 'b']) await stores(mock, sandbox);
    const cleared = await mock.call('DELETE', '/__admin/requests?sandbox=a');
    expect(cleared.body).toEqual({ cleared: true, sandbox: 'a' });
    const { body } = await mock.call('GET', '/__admin/requests');
    expect(sandboxesOf(body)).toEqual(['b', 'b']);
    expect(body.size).toBe(2);
    await stores(mock, 'a');
    expect(sandboxesOf((await mock.call('GET', '/__admin/requests')).body)).toEqual(['a', 'b', 'b']);
    expect((await mock.call('GET', '/__admin/health')).body.journal).toMatchObject({ size: 3, recorded: 5 });
  });

  it('clears by sandbox in a full ring buffer, the slots then reused in order', async () => {
    const mock = await startMock({ journalSize: 3 });
    for (const sandbox of ['a', 'b', 'a']) await stores(mock, sandbox);
    await mock.call('DELETE', '/__admin/requests?sandbox=a');
    for (const sandbox of ['c', 'c']) await stores(mock, sandbox);
    const { body } = await mock.call('GET', '/__admin/requests');
    expect(sandboxesOf(body)).toEqual(['c', 'c']);
    expect(body.size).toBe(2);
  });

  it('scopes GET /__admin/requests and count to ?sandbox= or the sandbox header', async () => {
    const mock = await startMock();
    for (const sandbox of ['a', 'b', 'b']) await stores(mock, sandbox);
    expect(sandboxesOf((await mock.call('GET', '/__admin/requests?sandbox=b')).body)).toEqual(['b', 'b']);
    expect((await mock.call('POST', '/__admin/requests/count?sandbox=a', { body: { operationId: 'storesList' } })).body).toEqual({ count: 1 });
    expect((await mock.call('POST', '/__admin/requests/count', { headers: { 'x-clientela-sandbox': 'b' }, body: {} })).body).toEqual({ count: 2 });
    expect((await mock.call('POST', '/__admin/requests/count', { body: {} })).body).toEqual({ count: 3 });
    const clash = await mock.call('POST', '/__admin/requests/count?sandbox=a', { body: { sandbox: 'b' } });
    expect(clash.status).toBe(400);
  });

  it('clears the whole journal without ?sandbox=, as documented', async () => {
    const mock = await startMock();
    for (const sandbox of ['a', 'b']) await stores(mock, sandbox);
    expect((await mock.call('DELETE', '/__admin/requests')).body).toEqual({ cleared: true });
    expect((await mock.call('GET', '/__admin/requests')).body.requests).toEqual([]);
  });

  it('reads the journal of a sandbox that does not exist without creating it', async () => {
    const mock = await startMock();
    const { status, body } = await mock.call('GET', '/__admin/requests?sandbox=ghost');
    expect(status).toBe(200);
    expect(body.requests).toEqual([]);
    expect(mock.sandboxes.names()).toEqual(['default']);
  });
});
