import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

type Json = Record<string, any>;
type Mode = { status?: number; mutate?: (body: Json) => unknown };

const bin = join(import.meta.dirname, '..', '..', 'bin', 'clientela.js');

/** Runs the real CLI as a child process: its exit code and output. */
function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, CLIENTELA_FROM_SOURCE: '1' }, timeout: 120_000 }, (error, out, err) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 99) : 0, out, err });
    });
  });
}

let mock: RunningMock;
let provider: Server;
let root = '';
/** What the drifting provider does to the answers of GET /customers/find. */
let mode: Mode = {};
const seen: string[] = [];

/**
 * A provider that is not the mock: a plain node:http server serving the Credere API at `/api/v1` (no mock mount),
 * taking its facts from an upstream and drifting on purpose per `mode`.
 */
function startProvider(): Promise<Server> {
  const server = createServer((request, response) => {
    void (async () => {
      seen.push(`${request.method} ${request.url}`);
      const path = (request.url ?? '').replace(/^\/api\/v1/, '');
      const upstream = await fetch(`${mock.url}/credere/api/v1${path}`, {
        method: request.method,
        headers: { authorization: request.headers.authorization ?? '' },
      });
      let status = upstream.status;
      let body: unknown = await upstream.json();
      if (status === 200 && path.startsWith('/customers/find') && mode.mutate) body = mode.mutate(body as Json);
      if (path === '/banks' && mode.status) status = mode.status;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    })();
  });
  server.listen(0, '127.0.0.1');
  return new Promise((resolve) => server.once('listening', () => resolve(server)));
}

beforeAll(async () => {
  mock = await startMock();
  // The customer the contract example of customersFind looks up.
  const made = await mock.call('POST', '/credere/api/v1/customers', {
    headers: { authorization: 'Bearer k' },
    body: {
      bank_validations: { bank_codes: ['moneyplus'] },
      customer: { cpf: '390.533.447-05', name: 'Ana', has_cnh: true, phones: [{ code: 84, number: 991234567, phone_type_id: 1 }] },
    },
  });
  expect(made.status).toBe(200);
  provider = await startProvider();
  root = `http://127.0.0.1:${(provider.address() as AddressInfo).port}/api/v1`;
});
afterAll(() => {
  provider.close();
  provider.closeAllConnections();
});

const drifts: Array<{ kind: string; mode: Mode; finding: RegExp }> = [
  {
    kind: 'a renamed field',
    mode: { mutate: ({ customer: { name, ...rest } }) => ({ customer: { ...rest, full_name: name } }) },
    finding: /drift customersFind GET \/customers\/find .*→ 200: \/customer\/full_name .*\[additionalProperties\]/,
  },
  {
    kind: 'a wrong type',
    mode: { mutate: ({ customer }) => ({ customer: { ...customer, id: String(customer.id) } }) },
    finding: /drift customersFind .*→ 200: \/customer\/id must be integer \[type\]/,
  },
  { kind: 'an undeclared status', mode: { status: 202 }, finding: /drift banksList GET \/banks .*→ 202: \/ .*\[status\]/ },
  {
    kind: 'a missing required field',
    mode: { mutate: ({ customer: { name: _name, ...rest } }) => ({ customer: rest }) },
    finding: /drift customersFind .*→ 200: \/customer\/name is required \[required\]/,
  },
  {
    kind: 'a changed envelope',
    mode: { mutate: ({ customer }) => ({ data: customer }) },
    finding: /drift customersFind .*→ 200: \/customer is required \[required\]/,
  },
];

describe('clientela check against a provider at its own API root', () => {
  it('exits 0 against a faithful provider and prints every probe with its full URL', async () => {
    mode = {};
    const run = await cli(['check', '--api', 'credere', '--base-url', root, '--token', 'k', '--header', 'x-gateway: g1']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`probe GET ${root}/customers/find?cpf_cnpj=390.533.447-05`);
    expect(run.out).toContain(`probe GET ${root}/banks`);
    expect(run.out).toMatch(/no drift: 11 answers/);
    expect(seen.every((line) => line.startsWith('GET /api/v1/'))).toBe(true);
  }, 120_000);

  it('exits 0 against the mock at its API root', async () => {
    const run = await cli([
      'check',
      '--api',
      'firstvision',
      '--base-url',
      `${mock.url}/firstvision`,
      '--api-key',
      'clientela-key',
      '--api-secret',
      'clientela-secret',
      '--client-id',
      '00970',
    ]);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`probe POST ${mock.url}/firstvision/cards/token`);
  }, 120_000);

  for (const drift of drifts) {
    it(`exits 1 and names ${drift.kind}`, async () => {
      mode = drift.mode;
      const run = await cli(['check', '--api', 'credere', '--base-url', root, '--token', 'k']);
      mode = {};
      expect(run.code).toBe(1);
      expect(run.out).toMatch(drift.finding);
    }, 120_000);
  }

  it('exits 2 with one line when the connection is refused, and says so in its JUnit report', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const junit = join(mkdtempSync(join(tmpdir(), 'clientela-check-')), 'check.xml');
    const run = await cli(['check', '--api', 'credere', '--base-url', `http://127.0.0.1:${port}/api/v1`, '--token', 'k', '--junit', junit]);
    expect(run.code).toBe(2);
    expect(run.err.trim()).toBe(`could not check http://127.0.0.1:${port}/api/v1: connection refused by 127.0.0.1:${port}`);
    // The JUnit report says so too, as one failed case (CI shows the report, not the log).
    expect(readFileSync(junit, 'utf8')).toContain(`<failure message="could not check: connection refused by 127.0.0.1:${port}">`);
  }, 120_000);

  it('exits 2 when the first call is refused with 401', async () => {
    const locked = createServer((_request, response) => response.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"no"}'));
    await new Promise<void>((resolve) => locked.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(locked.address() as AddressInfo).port}/api/v1`;
    const run = await cli(['check', '--api', 'credere', '--base-url', url, '--token', 'k']);
    locked.close();
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^could not check .*: 401 on the first call \(GET .*\/api\/v1\/banks\)/);
  }, 120_000);
});
