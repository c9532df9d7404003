import { execFile } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeV4Pact } from './pact-fixture.js';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'clientela.js');

/** Runs the real CLI as a child process: its exit code and output. */
function cli(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, CLIENTELA_FROM_SOURCE: '1' }, timeout: 60_000 }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 99) : 0, out: `${out}${err}` });
    });
  });
}

const readBody = async (request: IncomingMessage): Promise<string> => {
  let text = '';
  for await (const chunk of request) text += String(chunk);
  return text;
};

/** Sandboxes of the provider below: name → the stores it holds. */
const sandboxes = new Map<string, Set<string>>([['default', new Set(['1'])]]);
/** Every admin call it answered, in order, as `METHOD path sandbox`. */
const admin: string[] = [];
let provider: Server;
let url = '';

/**
 * A provider that is not clientela's mock: a plain node:http server implementing only the protocol `verify` needs
 * (provider states, reset, sandbox deletion, the sandbox header) and one Credere-like route.
 */
beforeAll(async () => {
  provider = createServer((request, response) => {
    void (async () => {
      const at = new URL(request.url ?? '/', 'http://provider');
      const sandbox = at.searchParams.get('sandbox') ?? String(request.headers['x-clientela-sandbox'] ?? 'default');
      const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const deleted = /^\/__admin\/sandboxes\/([^/]+)$/.exec(at.pathname);
      if (at.pathname.startsWith('/__admin/')) admin.push(`${request.method} ${at.pathname} ${deleted ? decodeURIComponent(deleted[1] ?? '') : sandbox}`);
      if (request.method === 'POST' && at.pathname === '/__admin/reset') return void (sandboxes.set(sandbox, new Set(['1'])), send(200, {}));
      if (request.method === 'POST' && at.pathname === '/__admin/provider-states') {
        const change = JSON.parse(await readBody(request)) as { state: string; params: { storeId?: string }; action: string };
        if (change.state !== 'store {storeId} exists' || !change.params.storeId) return void send(400, { detail: `unknown state ${change.state}` });
        if (change.action === 'setup') sandboxes.get(sandbox)?.add(change.params.storeId);
        return void send(200, { state: change.state, params: change.params, result: {} });
      }
      if (request.method === 'DELETE' && deleted) return void send(sandboxes.delete(decodeURIComponent(deleted[1] ?? '')) ? 200 : 404, {});
      const store = /^\/credere\/api\/v1\/stores\/(\d+)$/.exec(at.pathname);
      if (request.method === 'GET' && store && request.headers.authorization === 'Bearer provider-key') {
        return void (sandboxes.get(sandbox)?.has(store[1] ?? '') ? send(200, { store: { id: Number(store[1]) } }) : send(404, { error: 'not found' }));
      }
      send(401, { error: 'unauthorized' });
    })();
  });
  await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => provider.close(() => resolve())));

describe('verify --url against a provider that is not the mock', () => {
  it('passes twice in a row through the provider-state protocol, in sandboxes of its own it deletes, never touching the default one', async () => {
    const pact = writeV4Pact('Credere', [
      {
        description: 'a store set up by a provider state',
        states: [{ name: 'store {storeId} exists', params: { storeId: '7' } }],
        request: { method: 'GET', path: '/credere/api/v1/stores/7', headers: { authorization: 'Bearer recorded' } },
        response: { status: 200, body: { store: { id: 7 } } },
      },
    ]);
    for (let run = 1; run <= 2; run++) {
      const result = await cli(['verify', '--pact', pact, '--url', url, '--credere-token', 'provider-key']);
      expect(result.code, result.out).toBe(0);
      expect(result.out).toContain('1 interactions, 1 passed, 0 failed');
    }
    expect([...sandboxes.keys()]).toEqual(['default']);
    expect(sandboxes.get('default')).toEqual(new Set(['1']));
    expect(admin.filter((line) => line.endsWith(' default'))).toEqual([]);
    const runs = [...new Set(admin.map((line) => line.split(' ')[2]))];
    expect(runs).toHaveLength(2);
    for (const name of runs) expect(admin.filter((line) => line.endsWith(` ${name}`)).at(-1)).toBe(`DELETE /__admin/sandboxes/${name} ${name}`);
  }, 120_000);
});
