import { describe, expect, it } from 'vitest';
import { cards } from '../../mock/firstvision/domain/firstvision-collections.js';
import { credereHeaders, firstVisionHeaders } from './api-headers.js';
import { customerAddBody, signed } from '../firstvision/fv-session.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

describe('request journal', () => {
  it('lists requests newest first with sandbox, operation, status and duration', async () => {
    const mock = await startMock();
    await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() });
    await mock.call('GET', '/credere/api/v1/banks', { headers: credereHeaders({ 'x-clientela-sandbox': 'ci-7' }) });
    const { body } = await mock.call('GET', '/__admin/requests');
    expect(body.requests.map((r: { path: string }) => r.path)).toEqual(['/credere/api/v1/banks', '/credere/api/v1/stores']);
    expect(body.requests[0]).toMatchObject({ sandbox: 'ci-7', method: 'GET', operationId: 'banksList', status: 200 });
    expect(typeof body.requests[0].durationMs).toBe('number');
  });

  it.each([
    ['method=POST', 1],
    ['path=/credere/api/v1/customers', 2],
    ['status=404', 1],
    ['sandbox=other', 1],
    ['operationId=storesList', 1],
    ['limit=2', 2],
  ])('filters with %s', async (query, expected) => {
    const mock = await startMock();
    await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() });
    await mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders(), body: { customer: { name: 'Ana', cpf: '529.982.247-25' } } });
    await mock.call('GET', '/credere/api/v1/customers/999', { headers: credereHeaders({ 'x-clientela-sandbox': 'other' }) });
    const { body } = await mock.call('GET', `/__admin/requests?${query}`);
    expect(body.requests).toHaveLength(expected);
  });

  it('masks CPFs, card numbers, tokens and secrets', async () => {
    const mock = await startMock({ scenarios: [{ name: 'blocked-and-expired-cards' }] });
    const headers = await firstVisionHeaders(mock);
    const world = await mock.world();
    const pan = (await world.state.transaction((tx) => tx.groupIds(cards, 'customer', '0000000000000000345'), { readOnly: true })).rows[0] as string;
    await mock.call('GET', `/firstvision/customer/${pan}/current-prior-address?organizationNumber=970`, { headers });
    await mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders(), body: { customer: { name: 'Ana', cpf: '529.982.247-25' } } });
    const raw = JSON.stringify(customerAddBody());
    const signature = signed(raw, 'req-journal');
    const add = await mock.call('POST', '/firstvision/customer/l8v2', { headers: { ...headers, 'content-type': 'application/json', ...signature }, raw });
    expect(add.status, JSON.stringify(add.body)).toBe(200);
    const journal = (await mock.call('GET', '/__admin/requests')).body;
    expect(journal.requests).toHaveLength(4);
    const text = JSON.stringify(journal);
    const token = (headers.authorization as string).replace(/^Bearer /, '');
    expect(token.length).toBeGreaterThan(8);
    for (const secret of [
      '529.982.247-25', '52998224725', pan, 'clientela-secret', headers.authorization, token, signature.signature,
      'qa-key', Buffer.from('clientela-key:clientela-secret').toString('base64'),
    ]) {
      expect(text).not.toContain(secret);
    }
    // The API key never appears in what was sent (the `apikey` header of every FirstVision call).
    expect(JSON.stringify(journal.requests.map((record: { request: unknown }) => record.request))).not.toContain('clientela-key');
    expect(text).toContain('***.***.***-25');
  });

  it('masks the API key a token answer carries as client_id in the journal', async () => {
    const mock = await startMock();
    const basic = Buffer.from('clientela-key:clientela-secret').toString('base64');
    const token = await mock.call('POST', '/firstvision/x/token', {
      headers: { apikey: 'clientela-key', authorization: `Basic ${basic}`, 'content-type': 'application/x-www-form-urlencoded' },
      raw: 'grant_type=client_credentials',
    });
    expect(token.status).toBe(200);
    const journal = await mock.call('GET', '/__admin/requests');
    // The answer is recorded, its client_id masked: the checks below are not about an empty journal.
    expect(journal.body.requests).toMatchObject([{ path: '/firstvision/x/token', status: 200, response: { body: { client_id: expect.stringMatching(/^\*+/) } } }]);
    expect(JSON.stringify(journal.body)).not.toContain('clientela-key');
    expect(JSON.stringify(journal.body)).not.toContain(token.body.access_token);
  });

  it('counts requests by matcher, for "called N times" assertions', async () => {
    const mock = await startMock();
    for (let i = 0; i < 3; i++) await mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders() });
    await mock.call('POST', '/credere/api/v1/customers', { headers: credereHeaders(), body: { customer: { name: 'Ana', cpf: '529.982.247-25' } } });
    const count = async (matcher: object) => (await mock.call('POST', '/__admin/requests/count', { body: matcher })).body.count;
    expect(await count({ method: 'GET', operationId: 'storesList' })).toBe(3);
    expect(await count({ pathPattern: '^/credere/api/v1/(stores|customers)$' })).toBe(4);
    expect(await count({ bodyContains: '529.982.247-25' })).toBe(1);
    expect(await count({ status: 500 })).toBe(0);
    const bad = await mock.call('POST', '/__admin/requests/count', { body: { pathPattern: '(' } });
    expect(bad.status).toBe(400);
  });

  it('is a bounded ring buffer and can be cleared', async () => {
    const mock = await startMock({ journalSize: 3 });
    for (let i = 0; i < 5; i++) await mock.call('GET', `/credere/api/v1/customers/${i + 1}`, { headers: credereHeaders() });
    const { body } = await mock.call('GET', '/__admin/requests');
    expect(body.requests.map((r: { path: string }) => r.path)).toEqual(['/credere/api/v1/customers/5', '/credere/api/v1/customers/4', '/credere/api/v1/customers/3']);
    expect((await mock.call('GET', '/__admin/health')).body.journal).toMatchObject({ size: 3, capacity: 3, recorded: 5 });
    await mock.call('DELETE', '/__admin/requests');
    expect((await mock.call('GET', '/__admin/requests')).body.requests).toEqual([]);
  });
});

// Parallel jobs sharing one mock never interfere (issue 5): one job clearing its journal keeps the others'.
const stores = (mock: RunningMock, sandbox: string) => mock.call('GET', '/credere/api/v1/stores', { headers: credereHeaders({ 'x-clientela-sandbox': sandbox }) });
const sandboxesOf = (body: { requests: Array<{ sandbox: string }> }) => body.requests.map((r) => r.sandbox);

describe('request journal per sandbox', () => {
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
