import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

const banks = (mock: RunningMock, query: string, headers: Record<string, string> = {}) =>
  mock.call('GET', `/credere/api/v1/banks?${query}`, { headers: credereHeaders(headers) });

/** The three journal reads, each of which must answer 200 whatever the journal holds. */
async function readsAnswer200(mock: RunningMock): Promise<void> {
  expect((await mock.call('GET', '/__admin/requests')).status).toBe(200);
  expect((await mock.call('POST', '/__admin/requests/count', { body: {} })).status).toBe(200);
  expect((await mock.call('DELETE', '/__admin/requests?sandbox=other')).status).toBe(200);
}

describe('request journal with long requests', () => {
  it('keeps reading after a URL longer than a journal slot, the path clipped and marked so', async () => {
    const mock = await startMock();
    await banks(mock, 'a=1');
    const long = await banks(mock, `z=${'u'.repeat(16_150)}`);
    expect(long.status).toBe(200);
    await readsAnswer200(mock);
    const { body } = await mock.call('GET', '/__admin/requests');
    expect(body.requests).toHaveLength(2);
    const [clipped, short] = body.requests;
    expect(clipped.path.startsWith('/credere/api/v1/banks?z=uuu')).toBe(true);
    expect(clipped.path.length).toBeLessThan(4200);
    expect(clipped.path).toMatch(/… \(clipped, 16174 characters\)$/);
    expect(clipped.clipped).toEqual({ path: 16_174 });
    expect(short).toMatchObject({ path: '/credere/api/v1/banks?a=1' });
    expect(short.clipped).toBeUndefined();
    expect((await mock.call('POST', '/__admin/requests/count', { body: { path: '/credere/api/v1/banks?z=uuu' } })).body).toEqual({ count: 1 });
  });

  it('keeps reading after a long URL with many headers, every header kept', async () => {
    const mock = await startMock();
    const headers = Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`x-filler-${i}`, 'h'.repeat(500)]));
    const long = await banks(mock, `z=${'u'.repeat(12_400)}`, headers);
    expect(long.status).toBe(200);
    await readsAnswer200(mock);
    const [entry] = (await mock.call('GET', '/__admin/requests')).body.requests;
    expect(entry).toMatchObject({ operationId: 'banksList', status: 200, clipped: { path: 12_424 } });
    expect(entry.request.headers).toMatchObject({ authorization: expect.any(String), ...headers });
  });

  it('keeps the headers that fit when they are too many, naming those left out', async () => {
    const mock = await startMock();
    const headers = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`x-filler-${i}`, 'h'.repeat(500)]));
    await banks(mock, 'a=1', headers);
    await readsAnswer200(mock);
    const [entry] = (await mock.call('GET', '/__admin/requests')).body.requests;
    expect(entry.request.headers).toMatchObject({ authorization: expect.any(String), 'user-agent': expect.any(String) });
    expect(entry.clipped.headers.length).toBeGreaterThan(0);
    for (const name of entry.clipped.headers) {
      expect(name).toMatch(/^x-filler-\d+$/);
      expect(entry.request.headers[name]).toBeUndefined();
    }
    expect(Object.keys(entry.request.headers).filter((name) => name.startsWith('x-filler-')).length + entry.clipped.headers.length).toBe(12);
  });

  it('clips one very long header value, keeping the others', async () => {
    const mock = await startMock();
    await banks(mock, 'a=1', { 'x-long': 'v'.repeat(6000) });
    await readsAnswer200(mock);
    const [entry] = (await mock.call('GET', '/__admin/requests')).body.requests;
    expect(entry.request.headers['x-long']).toMatch(/^v+… \(clipped, 6000 characters\)$/);
    expect(entry.request.headers['x-long'].length).toBeLessThan(1100);
    expect(entry.request.headers.authorization).toBeDefined();
    expect(entry.clipped).toEqual({ headers: ['x-long'] });
  });

  it('masks a card number that a clipped path cuts through', async () => {
    const mock = await startMock();
    const pan = '4111111111111111';
    // The PAN straddles the shown limit: masking sees it whole before the path is clipped.
    await banks(mock, `z=${'u'.repeat(4055)}&pan=${pan}&${'w'.repeat(8000)}`);
    const text = JSON.stringify((await mock.call('GET', '/__admin/requests')).body);
    expect(text).not.toContain(pan.slice(0, 12));
  });
});
