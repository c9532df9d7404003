import { mkdtempSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express, { type NextFunction, type Request, type Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { createMockServer } from '../../mock/server.js';
import { runCli } from '../../src/cli/run-cli.js';
import type { ApiName } from '../../src/contracts/contract.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { checkDrift, type DriftReport } from '../../src/drift/check-drift.js';
import type { ApiPlugin } from '../../src/plugin/api-plugin.js';
import { captureIo } from '../pact/pact-fixture.js';

type Json = Record<string, any>;
/** A diagnostic a drift must produce: its exact pointer (`''` is the whole answer) and rule. */
type Expected = { path: string; code: string };
/** One seeded drift: which answers it changes, how, and the diagnostics that must catch it. */
type Drift = { kind: string; api: ApiName; operationId: string; method: string; path: RegExp; mutate: (status: number, body: Json) => { status: number; body: unknown }; expected: Expected[] };

const drifts: Drift[] = [
  { kind: 'a renamed field', api: 'credere', operationId: 'customersGet', method: 'GET', path: /^\/credere\/api\/v1\/customers\/\d+$/, expected: [{ path: '/customer/name', code: 'required' }, { path: '/customer/full_name', code: 'additionalProperties' }],
    mutate: (status, { customer: { name, ...rest } }) => ({ status, body: { customer: { ...rest, full_name: name } } }) },
  { kind: 'a changed type', api: 'firstvision', operationId: 'token', method: 'POST', path: /\/token$/, expected: [{ path: '/expires_in', code: 'type' }],
    mutate: (status, body) => ({ status, body: { ...body, expires_in: Number(body.expires_in) } }) },
  { kind: 'a missing required field', api: 'firstvision', operationId: 'relationshipFind', method: 'POST', path: /\/customer\/relationshipNumber$/, expected: [{ path: '/data/more', code: 'required' }],
    mutate: (status, { data: { more: _more, ...data }, ...body }) => ({ status, body: { ...body, data } }) },
  { kind: 'a wrong status code', api: 'credere', operationId: 'banksList', method: 'GET', path: /\/banks$/, expected: [{ path: '', code: 'status' }],
    mutate: (_status, body) => ({ status: 202, body }) },
  { kind: 'a changed envelope', api: 'firstvision', operationId: 'accountNumberInquiry', method: 'POST', path: /\/customer\/accountNumber$/,
    expected: [{ path: '/hasError', code: 'required' }, { path: '/data', code: 'required' }, { path: '/success', code: 'unevaluatedProperties' }],
    mutate: (status, body) => ({ status, body: { success: !body.hasError, result: body.data } }) },
  { kind: 'a broken date format', api: 'firstvision', operationId: 'customerAdd', method: 'POST', path: /\/customer\/l8v2$/, expected: [{ path: '/data/reservedDate1', code: 'format' }],
    mutate: (status, body) => ({ status, body: { ...body, data: { ...body.data, reservedDate1: String(body.data.reservedDate1).split('-').reverse().join('/') } } }) },
];

const registry = loadContracts();
const servers: Array<{ close: () => void; closeAllConnections: () => void }> = [];

/**
 * A copy of the mock (strict) as `npm start` serves it (the default scenario, which holds what the examples read),
 * optionally behind a middleware that applies `applied` to the 2xx answers they match.
 */
async function mockCopy(applied: Drift[]): Promise<string> {
  const mock = createMockServer({ registry, strict: true, seed: 7, scenarios: [{ name: 'default' }] });
  const app = express();
  app.use((request: Request, response: Response, next: NextFunction) => {
    const drift = applied.find((d) => d.method === request.method && d.path.test(request.path));
    if (drift) {
      // The mock writes its JSON answers with `res.writeHead(status, headers)` then `res.end(text)`: the drift holds
      // the head back and rewrites status, body and Content-Length together.
      let head: { status: number; headers: string[] } | undefined;
      const writeHead = response.writeHead.bind(response) as (status: number, headers?: string[]) => Response;
      const end = response.end.bind(response) as (chunk?: unknown) => Response;
      response.writeHead = ((status: number, headers?: string[]) => {
        head = { status, headers: headers ?? [] };
        return response;
      }) as Response['writeHead'];
      response.end = ((chunk?: unknown) => {
        if (!head) return end(chunk);
        if (typeof chunk !== 'string' || head.status >= 300) return (writeHead(head.status, head.headers), end(chunk));
        const changed = drift.mutate(head.status, JSON.parse(chunk) as Json);
        const text = JSON.stringify(changed.body);
        const headers = [...head.headers];
        const at = headers.findIndex((name, i) => i % 2 === 0 && name.toLowerCase() === 'content-length');
        if (at >= 0) headers[at + 1] = String(Buffer.byteLength(text));
        writeHead(changed.status, headers);
        return end(text);
      }) as Response['end'];
    }
    next();
  });
  app.use(mock.app);
  const server = app.listen(0, '127.0.0.1');
  servers.push(server);
  await new Promise((resolve) => server.once('listening', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function pluginOf(api: ApiName): ApiPlugin {
  const plugin = builtInPlugins.find((candidate) => candidate.name === api);
  if (!plugin) throw new Error(`no plug-in ${api}`);
  return plugin;
}
/** Each API's check credentials, as its plug-in makes them from the CLI flags. */
const flags: Record<string, Record<string, string>> = {
  firstvision: { 'api-key': 'clientela-key', 'api-secret': 'clientela-secret', 'client-id': '00970' },
  credere: { token: 'drift-check' },
};
const credentialsOf = (api: ApiName) => pluginOf(api).testing?.check.credentials(flags[api] ?? {});
const run = (api: ApiName, baseUrl: string): Promise<DriftReport> => checkDrift({ plugin: pluginOf(api), baseUrl, registry, credentials: credentialsOf(api), allowWrites: true });
const drifted = (report: DriftReport) => report.operations.filter((o) => o.drifted > 0).map((o) => o.operationId).sort();

describe('check (drift against a live API)', () => {
  let clean: string;
  let seeded: string;
  beforeAll(async () => {
    [clean, seeded] = await Promise.all([mockCopy([]), mockCopy(drifts)]);
  });
  afterAll(() => servers.forEach((server) => { server.close(); server.closeAllConnections(); }));

  it.each(['firstvision', 'credere'] as const)('reports zero drift against the unmodified mock (%s, with writes)', async (api) => {
    const report = await run(api, clean);
    expect(report.operations.filter((o) => o.drifted > 0)).toEqual([]);
    expect(report.operations.every((o) => o.requests > 0)).toBe(true);
  });

  it.each(['firstvision', 'credere'] as const)('catches every seeded drift of %s and nothing else', async (api) => {
    const report = await run(api, seeded);
    const expected = drifts.filter((d) => d.api === api);
    expect(drifted(report)).toEqual(expected.map((d) => d.operationId).sort());
    for (const drift of expected) {
      const diagnostics = report.results.filter((r) => r.operationId === drift.operationId).flatMap((r) => r.diagnostics);
      const found = diagnostics.map(({ path, code }) => ({ path, code }));
      expect(found, drift.kind).toEqual(expect.arrayContaining(drift.expected));
    }
  });

  it('probes only read-only operations without --allow-writes', async () => {
    const report = await checkDrift({ plugin: pluginOf('credere'), baseUrl: clean, registry, credentials: credentialsOf('credere') });
    expect(report.operations.find((o) => o.operationId === 'customersCreate')).toMatchObject({ requests: 0, skipped: 'writes (use --allow-writes)' });
    expect(report.results.every((r) => r.method === 'GET')).toBe(true);
  });

  it('prints the table, writes JUnit and JSON and exits 1 from the CLI on drift', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clientela-drift-'));
    const io = captureIo();
    const code = await runCli(['check', '--api', 'credere', '--base-url', `${seeded}/credere/api/v1`, '--token', 'k', '--allow-writes', '--junit', join(dir, 'drift.xml'), '--json', join(dir, 'drift.json')], io);
    expect(code).toBe(1);
    expect(io.lines.find((line) => !line.startsWith('probe '))).toMatch(/^operation\s+requests\s+passed\s+drifted\s+first diagnostic$/);
    expect(io.text()).toMatch(/banksList\s+1\s+0\s+1\s+example default → 202: \/ status 202 is not declared/);
    expect(readFileSync(join(dir, 'drift.xml'), 'utf8')).toMatch(/<testsuite name="credere banksList" tests="1" failures="1"[ >]/);
    expect(JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'))).toMatchObject({ api: 'credere', drifted: 2 });
  });

  it('exits 0 from the CLI when nothing drifted', async () => {
    const io = captureIo();
    expect(await runCli(['check', '--api', 'firstvision', '--base-url', `${clean}/firstvision`, '--api-key', 'clientela-key', '--api-secret', 'clientela-secret', '--client-id', '00970'], io)).toBe(0);
    expect(io.text()).toMatch(/no drift: \d+ answers/);
  });
});
