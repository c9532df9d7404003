import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasChromium, launchChromium, type LaunchedBrowser } from '../helpers/launch-chromium.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

const FV_TOKEN = '/firstvision/fvlatam/token';
const preflight = (origin: string, method: string, headers: string) => ({
  method: 'OPTIONS',
  headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers },
});

describe('CORS over HTTP', async () => {
  const mock = await startMock();
  const off = await startMock({ cors: false });

  it('answers a preflight on any API path with 204, the origin, the requested method and headers', async () => {
    for (const path of [FV_TOKEN, '/credere/api/v1/customers', '/credere/api/v1/customers/7', '/firstvision/customer/l8v2']) {
      const response = await fetch(`${mock.url}${path}`, preflight('http://page.test:8080', 'POST', 'authorization,apikey,x-clientid,content-type'));
      expect(response.status, path).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://page.test:8080');
      expect(response.headers.get('access-control-allow-methods')).toContain('POST');
      expect(response.headers.get('access-control-allow-methods')).toContain('PATCH');
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization,apikey,x-clientid,content-type');
      expect(Number(response.headers.get('access-control-max-age'))).toBeGreaterThan(0);
      expect(await response.text()).toBe('');
    }
  });

  it('puts Access-Control-Allow-Origin on every API answer, errors included; * without an Origin', async () => {
    const ok = await fetch(`${mock.url}/credere/api/v1/domains`, { headers: { authorization: 'Bearer k', origin: 'http://a.test' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe('http://a.test');
    expect(ok.headers.get('access-control-expose-headers')).toContain('WWW-Authenticate');
    const denied = await fetch(`${mock.url}/credere/api/v1/domains`);
    expect(denied.status).toBe(401);
    expect(denied.headers.get('access-control-allow-origin')).toBe('*');
    const unmatched = await fetch(`${mock.url}/credere/api/v1/nosuch`, { headers: { origin: 'http://a.test' } });
    expect(unmatched.status).toBe(404);
    expect(unmatched.headers.get('access-control-allow-origin')).toBe('http://a.test');
  });

  it('leaves the admin API out', async () => {
    const response = await fetch(`${mock.url}/__admin/health`, { headers: { origin: 'http://a.test' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('is off with cors: false (what --no-cors sets): no headers, a preflight is not served', async () => {
    const response = await fetch(`${off.url}/credere/api/v1/customers`, preflight('http://a.test', 'POST', 'authorization'));
    expect(response.status).not.toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const get = await fetch(`${off.url}/credere/api/v1/domains`, { headers: { authorization: 'Bearer k', origin: 'http://a.test' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
  });
});

/** The page a browser loads from another origin: it calls both APIs with the headers that force a preflight. */
function page(mockUrl: string): string {
  return `<!doctype html><title>cors</title><script>
window.results = (async () => {
  const token = await fetch('${mockUrl}${FV_TOKEN}', { method: 'POST', headers: {
    apikey: 'clientela-key', authorization: 'Basic ' + btoa('clientela-key:clientela-secret'),
    'content-type': 'application/x-www-form-urlencoded' }, body: 'grant_type=client_credentials' });
  const tokenBody = await token.json();
  const credere = await fetch('${mockUrl}/credere/api/v1/domains?types=genre', { headers: { authorization: 'Bearer k', 'store-id': '1' } });
  const credereBody = await credere.json();
  return { tokenStatus: token.status, accessToken: tokenBody.access_token, credereStatus: credere.status, genres: ((credereBody.domains || {}).genre || []).length };
})().catch((error) => ({ error: String(error) }));
</script>`;
}

describe.skipIf(!hasChromium)('CORS in Chromium, from a page on another origin', async () => {
  let site: Server;
  let launched: LaunchedBrowser;
  const served = new Map<string, string>();

  beforeAll(async () => {
    site = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).end(served.get(request.url ?? '') ?? '');
    }).listen(0, '127.0.0.1');
    await new Promise((resolve) => site.once('listening', resolve));
    launched = await launchChromium();
  }, 60_000);
  afterAll(async () => {
    await launched?.close();
    site?.close();
  });

  const mock: RunningMock = await startMock();
  const off: RunningMock = await startMock({ cors: false });

  const run = async (mockUrl: string, name: string) => {
    served.set(`/${name}`, page(mockUrl));
    // 127.0.0.1 vs localhost: another origin for the browser.
    const origin = `http://localhost:${(site.address() as AddressInfo).port}`;
    const tab = await launched.browser.newPage();
    await tab.goto(`${origin}/${name}`);
    const results = await tab.evaluate('window.results');
    await tab.close();
    return results as Record<string, unknown>;
  };

  it('fetches a FirstVision token and a Credere list', async () => {
    const results = await run(mock.url, 'on');
    expect(results).toMatchObject({ tokenStatus: 200, credereStatus: 200 });
    expect(results.accessToken).toEqual(expect.any(String));
    expect(results.genres).toBeGreaterThan(0);
  }, 60_000);

  it('is refused by the browser with --no-cors', async () => {
    const results = await run(off.url, 'off');
    expect(String(results.error)).toMatch(/Failed to fetch/);
  }, 60_000);
});
