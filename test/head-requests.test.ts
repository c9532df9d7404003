import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../mock/plugins.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import type { Contract } from '../src/contracts/contract.js';
import { fvSession } from './firstvision/fv-session.js';
import { startMock } from './helpers/start-mock.js';

const mock = await startMock();
const { auth: firstVisionAuth } = await fvSession(mock);
const authOf: Record<string, Record<string, string>> = { firstvision: firstVisionAuth, credere: { authorization: 'Bearer any-key' } };
const mountOf: Record<string, string> = Object.fromEntries(builtInPlugins.map((plugin) => [plugin.name, plugin.mount]));
const gets = loadContracts().all().map(({ contract }) => contract).filter((contract) => contract.method === 'GET');

/** The URL and headers of a contract's first example, with working credentials. */
function exampleRequest(contract: Contract): { url: string; headers: Record<string, string> } {
  const request = contract.examples?.[0]?.request ?? {};
  const path = contract.path.replace(/\{(\w+)\}/g, (_all, name: string) => encodeURIComponent(request.params?.[name] ?? '1'));
  const query = new URLSearchParams(request.query ?? {}).toString();
  return { url: `${mountOf[contract.api]}${path}${query ? `?${query}` : ''}`, headers: { ...request.headers, ...authOf[contract.api] } };
}

describe('HEAD requests', () => {
  it.each(gets.map((contract) => [`${contract.method} ${mountOf[contract.api]}${contract.path}`, contract] as const))(
    'answers HEAD on %s with the status and headers of GET and no body',
    async (_name, contract) => {
      const { url, headers } = exampleRequest(contract);
      const get = await fetch(`${mock.url}${url}`, { headers });
      const getText = await get.text();
      const head = await fetch(`${mock.url}${url}`, { method: 'HEAD', headers });
      expect(head.status, getText).toBe(get.status);
      expect(head.status).not.toBe(405);
      expect(await head.text()).toBe('');
      for (const name of ['content-type', 'content-length']) expect(head.headers.get(name), name).toBe(get.headers.get(name));
    },
  );

  it('lists HEAD next to GET in the Allow header of a 405', async () => {
    const response = await mock.call('DELETE', '/credere/api/v1/banks');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('journals a HEAD request with its status and no response body', async () => {
    await mock.call('DELETE', '/__admin/requests');
    await fetch(`${mock.url}/credere/api/v1/banks`, { method: 'HEAD', headers: authOf.credere });
    const { body } = await mock.call('GET', '/__admin/requests');
    expect(body.requests[0]).toMatchObject({ method: 'HEAD', operationId: 'banksList', status: 200 });
    expect(body.requests[0].responseBody).toBeUndefined();
  });
});
