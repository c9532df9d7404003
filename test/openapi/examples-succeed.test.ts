import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportOpenApi, type OpenApiVersion } from '../../src/contracts/export-openapi.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { builtInPlugins } from '../../mock/plugins.js';
import { type Credentials, type ExampleRequest, exampleRequests } from '../helpers/example-requests.js';
import { startMock } from '../helpers/start-mock.js';

// What `npm start` serves: the scenarios its script names, the CLI's default seed and credentials.
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> };
const startScenarios = [...(pkg.scripts.start ?? '').matchAll(/--scenario[ =](\S+)/g)].flatMap((m) => (m[1] ?? '').split(','));
const mock = await startMock({ seed: 1, scenarios: startScenarios.map((name) => ({ name })) });
const registry = loadContracts();
const basic = `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`;

/** The default credentials, by security scheme; FirstVision's bearer token comes from its token operation's example. */
async function credentialsOf(api: string, version: OpenApiVersion): Promise<Credentials> {
  if (api === 'credere') return { bearer: { authorization: 'Bearer any-key' } };
  const partial: Credentials = { apikey: { apikey: 'clientela-key' }, clientId: { 'X-ClientID': '00970' }, basic: { authorization: basic } };
  const document = exportOpenApi(registry, builtInPlugins.find((p) => p.name === api) as (typeof builtInPlugins)[number], { version });
  const token = exampleRequests(document, partial).find((r) => r.operationId === 'token') as ExampleRequest;
  const answer = await send('firstvision', token);
  expect(answer.status).toBe(200);
  const bearer = { authorization: `Bearer ${(JSON.parse(answer.text) as { access_token: string }).access_token}` };
  return { ...partial, bearer, oauth2: bearer };
}

const mounts = Object.fromEntries(builtInPlugins.map((plugin) => [plugin.name, plugin.mount]));

async function send(api: string, request: ExampleRequest, sandbox?: string): Promise<{ status: number; text: string }> {
  const headers = { ...request.headers, ...(sandbox ? { 'x-clientela-sandbox': sandbox } : {}) };
  const response = await fetch(`${mock.url}${mounts[api]}${request.path}`, { method: request.method, headers, ...(request.body === undefined ? {} : { body: request.body }) });
  return { status: response.status, text: await response.text() };
}

const cases = builtInPlugins.flatMap((plugin) => (['3.1', '3.0'] as const).map((version) => ({ api: plugin.name, plugin, version })));
let sandboxes = 0;

describe('the export examples against the default scenario (npm start)', () => {
  it('npm start loads the default scenario', () => {
    expect(startScenarios).toContain('default');
  });

  describe.each(cases)('$api $version', ({ api, plugin, version }) => {
    const document = exportOpenApi(registry, plugin, { version });

    it('every request built from the examples alone succeeds, each in a fresh sandbox', { timeout: 60_000 }, async () => {
      const requests = exampleRequests(document, await credentialsOf(api, version));
      expect(new Set(requests.map((r) => r.operationId))).toEqual(new Set(registry.contracts(api).map((c) => c.operationId)));
      const failed: string[] = [];
      for (const request of requests) {
        const answer = await send(api, request, `examples-${++sandboxes}`);
        if (answer.status < 200 || answer.status > 299) failed.push(`${request.operationId}/${request.example} ${request.method} ${request.path}: ${answer.status} ${answer.text.slice(0, 300)}`);
        else if (api === 'firstvision' && request.operationId !== 'token') expect(JSON.parse(answer.text), request.operationId).toMatchObject({ hasError: false });
      }
      expect(failed).toEqual([]);
    });

    it('and all of them in one sandbox, in document order (creates do not collide with the world or each other)', { timeout: 60_000 }, async () => {
      const requests = exampleRequests(document, await credentialsOf(api, version));
      const sandbox = `examples-${++sandboxes}`;
      const statuses = [];
      for (const request of requests) statuses.push(`${request.operationId}/${request.example} ${(await send(api, request, sandbox)).status}`);
      expect(statuses.filter((s) => !/ 2\d\d$/.test(s))).toEqual([]);
    });
  });

  it('has teeth: the same requests in a sandbox without the default scenario fail', { timeout: 60_000 }, async () => {
    const empty = await startMock({ seed: 1 });
    const document = exportOpenApi(registry, builtInPlugins.find((p) => p.name === 'credere') as (typeof builtInPlugins)[number]);
    const get = exampleRequests(document, { bearer: { authorization: 'Bearer k' } }).find((r) => r.operationId === 'customersGet') as ExampleRequest;
    const response = await fetch(`${empty.url}${mounts.credere}${get.path}`, { headers: get.headers });
    expect(response.status).toBe(404);
    await empty.close();
  });
});
