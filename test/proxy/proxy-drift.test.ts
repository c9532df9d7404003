import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { listen } from '../../src/cli/listen.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import type { ApiPlugin } from '../../src/plugin/api-plugin.js';
import { createProxy } from '../../src/proxy/create-proxy.js';

type Json = Record<string, any>;
const registry = loadContracts();
/** Requests any fake provider received. */
let providerHits = 0;
const stops: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const stop of stops) await stop();
});

const plugin = (name: string): ApiPlugin => builtInPlugins.find((one) => one.name === name) as ApiPlugin;

/** A provider that answers every request with `answer` (after `delayMs`), as a drifting real host would. */
async function fakeProvider(answer: { status: number; body: unknown }, delayMs = 0): Promise<string> {
  const server: Server = createServer((_request, response) => {
    providerHits++;
    setTimeout(() => response.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body)), delayMs);
  });
  server.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  stops.push(() => {
    server.closeAllConnections();
    server.close();
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`;
}

async function proxyTo(api: string, target: string, options: { strict?: boolean; timeoutMs?: number } = {}): Promise<string> {
  const chosen = plugin(api);
  const { app } = createProxy({ plugin: chosen, registry, errors: chosen.create(chosen.defaultConfig).errors, target, ...options });
  const { url, stop } = await listen(app, 0, '127.0.0.1');
  stops.push(stop);
  return url;
}

async function get(url: string): Promise<{ status: number; body: Json; drift: string | null }> {
  const response = await fetch(url, { headers: { authorization: 'Bearer test-key' } });
  return { status: response.status, body: (await response.json()) as Json, drift: response.headers.get('x-clientela-drift') };
}

const renamed = { status: 200, body: { banks: [{ id: 1, nome: 'Santander' }] } };

describe('clientela proxy and a provider that drifts', () => {
  it('passes a response outside the contract on, with its findings in x-clientela-drift', async () => {
    const proxy = await proxyTo('credere', await fakeProvider(renamed));
    const answer = await get(`${proxy}/credere/api/v1/banks`);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual(renamed.body);
    expect(answer.drift).toMatch(/^response \d+: \/banks\/0/);
  });

  it('turns it into the API\'s own 502 when strict', async () => {
    const proxy = await proxyTo('credere', await fakeProvider(renamed), { strict: true });
    const answer = await get(`${proxy}/credere/api/v1/banks`);
    expect(answer.status).toBe(502);
    expect(answer.body).toEqual({ error: { status: 502, message: expect.stringMatching(/^Bad Gateway: the provider answered outside the contract/) } });
    expect(answer.drift).toMatch(/^response \d+: /);
  });

  it('reports an undeclared status', async () => {
    const proxy = await proxyTo('credere', await fakeProvider({ status: 202, body: { banks: [] } }));
    expect((await get(`${proxy}/credere/api/v1/banks`)).drift).toBe('response 1: / status');
  });

  it.each([
    ['credere', '/credere/api/v1/banks', (body: Json) => body.error.status],
    ['firstvision', '/firstvision/customer/v1/cards?organizationNumber=970', (body: Json) => body.errors?.[0]?.code ?? body.messages?.[0]?.code],
  ])('answers the %s 502 when the provider refuses the connection', async (api, path, statusIn) => {
    const closed = await fakeProvider(renamed);
    stops.pop()?.();
    const proxy = await proxyTo(api, closed);
    const answer = await get(`${proxy}${path}`);
    expect(answer.status).toBe(502);
    expect(String(statusIn(answer.body))).toBe('502');
    expect(JSON.stringify(answer.body)).toMatch(/connection refused/i);
  });

  it("answers the API's own 504 when the provider is too slow", async () => {
    const proxy = await proxyTo('credere', await fakeProvider(renamed, 1000), { timeoutMs: 100 });
    const answer = await get(`${proxy}/credere/api/v1/banks`);
    expect(answer.status).toBe(504);
    expect(answer.body.error.message).toMatch(/^Gateway Timeout: /);
  });

  it('answers a path outside the mount with a 404 problem, without forwarding it', async () => {
    const proxy = await proxyTo('credere', 'http://127.0.0.1:9/never');
    const response = await fetch(`${proxy}/elsewhere`);
    expect([response.status, response.headers.get('content-type')]).toEqual([404, 'application/problem+json; charset=utf-8']);
  });
});

describe('clientela proxy and a body it cannot read', () => {
  it("answers the API's own 413 for a body over 10 MB, without forwarding it", async () => {
    const proxy = await proxyTo('credere', await fakeProvider(renamed));
    const before = providerHits;
    const response = await fetch(`${proxy}/credere/api/v1/customers`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer k' }, body: `{"x":"${'a'.repeat(11 * 2 ** 20)}"}` });
    expect(response.status).toBe(413);
    expect(((await response.json()) as Json).error.status).toBe(413);
    expect(providerHits).toBe(before);
  });
});
