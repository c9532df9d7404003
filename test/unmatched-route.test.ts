import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../mock/plugins.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import { credereHeaders, firstVisionHeaders } from './admin/api-headers.js';
import { acme } from './fixtures/acme/acme-plugin.js';
import { startMock } from './helpers/start-mock.js';

const mock = await startMock({ bodyLimit: '2kb' });
const withAcme = await startMock({ plugins: [...builtInPlugins, acme], bodyLimit: '2kb' });
const mountOf: Record<string, string> = Object.fromEntries(builtInPlugins.map((plugin) => [plugin.name, plugin.mount]));
const operations = loadContracts().all().map(({ contract }) => `${contract.method} ${mountOf[contract.api]}${contract.path}`);
const firstVision = await firstVisionHeaders(mock);
const credere = credereHeaders();
const tooLarge = JSON.stringify({ pad: 'x'.repeat(3 * 1024) });

const credereError = (status: number, message: unknown, extra: Record<string, unknown> = {}) => ({ error: { message, status, ...extra } });
const vplError = (status: number, description: unknown) => ({ hasError: true, errors: [{ code: String(status), description }], data: null });

type Row = [what: string, method: string, path: string, status: number, body: unknown, request?: { headers?: Record<string, string>; raw?: string }];

describe('every answer under an API mount is in that API\'s envelope', () => {
  it.each<Row>([
    ['an unknown Credere path, naming the nearest operation', 'GET', '/credere/api/v1/stores/1', 404, credereError(404, 'Endpoint requested not found', { nearest: 'GET /credere/api/v1/stores' })],
    ['a Credere path missing a letter, naming the nearest by edit distance', 'GET', '/credere/api/v1/customer', 404, credereError(404, 'Endpoint requested not found', { nearest: 'GET /credere/api/v1/customers' })],
    ['a Credere create with a typo, the method breaking the tie', 'POST', '/credere/api/v1/costumers', 404, credereError(404, 'Endpoint requested not found', { nearest: 'POST /credere/api/v1/customers' })],
    ['a Credere path under another method, listing the allowed ones', 'DELETE', '/credere/api/v1/customers/1', 405, credereError(405, 'Only GET, HEAD, PUT, and PATCH requests are allowed.', { class: 'ActionController::MethodNotAllowed', allowed: ['GET', 'HEAD', 'PUT', 'PATCH'] })],
    ['unreadable JSON to Credere', 'POST', '/credere/api/v1/customers', 400, credereError(400, expect.any(String), { class: 'ActionDispatch::Http::Parameters::ParseError' }), { headers: { ...credere, 'content-type': 'application/json' }, raw: '{"customer":' }],
    ['a body over the limit to Credere', 'POST', '/credere/api/v1/customers', 413, credereError(413, 'the body is larger than 2kb', { class: 'PayloadTooLarge' }), { headers: { ...credere, 'content-type': 'application/json' }, raw: tooLarge }],
    ['a form where Credere takes JSON', 'POST', '/credere/api/v1/customers', 415, credereError(415, expect.any(String), { class: 'UnsupportedMediaType' }), { headers: { ...credere, 'content-type': 'application/x-www-form-urlencoded' }, raw: 'a=1' }],
    ['an unknown FirstVision path, naming the nearest operation', 'GET', '/firstvision/customer/v3/cards/detail', 404, vplError(404, 'ENDPOINT NOT FOUND: GET /firstvision/customer/v3/cards/detail; NEAREST OPERATION: GET /firstvision/customer/v3/cards/details')],
    ['a FirstVision operation with the wrong version', 'POST', '/firstvision/customer/l8v3', 404, vplError(404, 'ENDPOINT NOT FOUND: POST /firstvision/customer/l8v3; NEAREST OPERATION: POST /firstvision/customer/l8v2')],
    ['a FirstVision path under another method', 'DELETE', '/firstvision/customer/l8v2', 405, vplError(405, 'METHOD NOT ALLOWED: DELETE /firstvision/customer/l8v2; USE POST')],
    ['unreadable JSON to FirstVision', 'POST', '/firstvision/customer/l8v2', 400, vplError(400, expect.any(String)), { headers: { ...firstVision, 'content-type': 'application/json' }, raw: '{"customer":' }],
    ['a body over the limit to FirstVision', 'POST', '/firstvision/customer/l8v2', 413, vplError(413, 'THE BODY IS LARGER THAN 2KB'), { headers: { ...firstVision, 'content-type': 'application/json' }, raw: tooLarge }],
    ['a form where FirstVision takes JSON', 'POST', '/firstvision/customer/l8v2', 415, vplError(415, expect.any(String)), { headers: { ...firstVision, 'content-type': 'application/x-www-form-urlencoded' }, raw: 'a=1' }],
  ])('answers %s with %i', async (_what, method, path, status, body, request = {}) => {
    const before = await mock.state();
    const response = await mock.call(method, path, request);
    expect(response.status, JSON.stringify(response.body)).toBe(status);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.body).toEqual(body);
    expect(await mock.state()).toEqual(before);
  });

  it('sends an Allow header with a 405 in the API envelope', async () => {
    expect((await mock.call('DELETE', '/credere/api/v1/customers/1')).headers.get('allow')).toBe('GET, HEAD, PUT, PATCH');
    expect((await mock.call('DELETE', '/firstvision/customer/l8v2')).headers.get('allow')).toBe('POST');
  });

  it('names a real operation as the nearest for any unknown FirstVision path', async () => {
    const { body } = await mock.call('GET', '/firstvision/nope');
    const nearest = /NEAREST OPERATION: (.+)$/.exec(body.errors[0].description)?.[1];
    expect(operations).toContain(nearest);
  });

  it.each<Row>([
    ['an unknown acme path', 'GET', '/acme/gadgets', 404, { fault: { code: 'no-route', text: 'GET /acme/gadgets matches no acme contract; nearest: POST /acme/widgets' } }],
    ['an acme path under another method', 'DELETE', '/acme/widgets/1', 405, { fault: { code: 'no-method', text: 'DELETE /acme/widgets/1: use GET or HEAD' } }],
    ['a body over the limit to acme', 'POST', '/acme/widgets', 413, { fault: { code: 'unreadable', text: 'the body is larger than 2kb' } }, { headers: { 'x-acme-key': 'k', 'content-type': 'application/json' }, raw: tooLarge }],
  ])('answers %s in the third API\'s own envelope (%i)', async (_what, method, path, status, body, request = {}) => {
    const response = await withAcme.call(method, path, request);
    expect(response.status).toBe(status);
    expect(response.body).toEqual(body);
    if (status === 405) expect(response.headers.get('allow')).toBe('GET, HEAD');
  });
});

describe('clientela\'s own problems outside the mounts', () => {
  it.each([
    ['a path under no API', 'GET', '/nothing', 404, 'unmatched-route'],
    ['a path that only starts like a mount', 'GET', '/credere-api/v1/customers', 404, 'unmatched-route'],
    ['an unknown scenario on the admin API', 'POST', '/__admin/scenarios/no-such', 404, 'unknown-scenario'],
  ])('answers %s with a %i problem', async (_what, method, path, status, kind) => {
    const response = await mock.call(method, path, method === 'POST' ? { body: {} } : {});
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({ type: `https://clientela.dev/problems/${kind}`, status, title: expect.any(String) });
  });

  it('names the method and path of a request under no API', async () => {
    const { body } = await mock.call('GET', '/nothing');
    expect(body.detail).toContain('GET /nothing');
    expect(body.nearest).toBeUndefined();
  });
});
