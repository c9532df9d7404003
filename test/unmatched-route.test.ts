import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../mock/plugins.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { startMock } from './helpers/start-mock.js';

const mock = await startMock();
const mountOf: Record<string, string> = Object.fromEntries(builtInPlugins.map((plugin) => [plugin.name, plugin.mount]));
const operations = loadContracts().all().map(({ contract }) => `${contract.method} ${mountOf[contract.api]}${contract.path}`);

type Row = [what: string, method: string, path: string, status: number, kind: string, extensions: Record<string, unknown>];

describe('requests no contract serves', () => {
  it.each<Row>([
    ['an unknown FirstVision path, naming the nearest operation', 'GET', '/firstvision/nope', 404, 'unmatched-route', {}],
    ['a FirstVision path with a typo, naming the operation it misses', 'GET', '/firstvision/customer/v3/cards/detail', 404, 'unmatched-route', { nearest: 'GET /firstvision/customer/v3/cards/details' }],
    ['a Credere path missing a letter, naming the nearest by edit distance', 'GET', '/credere/api/v1/customer', 404, 'unmatched-route', { nearest: 'GET /credere/api/v1/customers' }],
    ['a FirstVision operation with the wrong version', 'POST', '/firstvision/customer/l8v3', 404, 'unmatched-route', { nearest: 'POST /firstvision/customer/l8v2' }],
    ['a Credere create with a typo, the method breaking the tie', 'POST', '/credere/api/v1/costumers', 404, 'unmatched-route', { nearest: 'POST /credere/api/v1/customers' }],
    ['a Credere path under another method, listing the allowed ones', 'DELETE', '/credere/api/v1/customers/1', 405, 'method-not-allowed', { allowed: ['GET', 'HEAD', 'PUT', 'PATCH'] }],
    ['a path under no API', 'GET', '/nothing', 404, 'unmatched-route', {}],
    ['an unknown scenario on the admin API', 'POST', '/__admin/scenarios/no-such', 404, 'unknown-scenario', {}],
  ])('answers %s with a %i problem', async (_what, method, path, status, kind, extensions) => {
    const before = await mock.state();
    const response = await mock.call(method, path, method === 'POST' ? { body: {} } : {});
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type: `https://clientela.dev/problems/${kind}`, status, title: expect.any(String), ...extensions });
    expect(await mock.state()).toEqual(before);
  });

  it('names a real operation as the nearest for an unknown API path', async () => {
    const { body } = await mock.call('GET', '/firstvision/nope');
    expect(body.detail).toContain('GET /firstvision/nope');
    expect(operations).toContain(body.nearest);
    expect(body.nearest).toMatch(/^[A-Z]+ \/firstvision\//);
  });

  it('sends an Allow header with a 405', async () => {
    const { headers } = await mock.call('DELETE', '/credere/api/v1/customers/1');
    expect(headers.get('allow')).toBe('GET, HEAD, PUT, PATCH');
  });

  it('names the method and path of a request under no API', async () => {
    const { body } = await mock.call('GET', '/nothing');
    expect(body.detail).toContain('GET /nothing');
    expect(body.nearest).toBeUndefined();
  });
});
