/**
 * `npm run fuzz`: bad requests generated with fast-check from the contracts, over every operation of both APIs,
 * sent over real HTTP to an in-process mock. Asserts no 5xx, every refusal in the API's own envelope and no
 * state change after a refusal (hash of the sandbox snapshot). Bounded by FUZZ_RUNS (requests) and FUZZ_SECONDS.
 */
import { createHash } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { createMockServer } from '../mock/server.js';
import { loadContracts } from '../src/contracts/load-contracts.js';
import type { CompiledContract } from '../src/validation/compile-contract.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 100_000);
const SECONDS = Number(process.env.FUZZ_SECONDS ?? 120);
// With FUZZ_MIN_RUNS, stopping at the time bound before that many requests is a failure (CI asks for 100,000).
const MIN_RUNS = Number(process.env.FUZZ_MIN_RUNS ?? 0);
const WORKERS = Number(process.env.FUZZ_WORKERS ?? 16);
const SEED = Number(process.env.FUZZ_SEED ?? 13);

const PREFIX: Record<string, string> = { credere: '/credere/api/v1', firstvision: '/firstvision' };
const registry = loadContracts();
const operations = registry.all();
const mock = createMockServer({ registry, strict: true, seed: 42, log: () => undefined });
const server = mock.app.listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function firstVisionToken(): Promise<string> {
  const response = await fetch(`${base}/firstvision/x/token`, {
    method: 'POST',
    headers: { authorization: `Basic ${Buffer.from('clientela-key:clientela-secret').toString('base64')}`, apikey: 'clientela-key', 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
  });
  return ((await response.json()) as { access_token: string }).access_token;
}
const token = await firstVisionToken();

type Bad = { path: string; query: Record<string, string>; body: unknown; raw: string | undefined; auth: boolean };

/** Path parameters, query, body and raw text a contract does not promise to accept. */
function badRequest(compiled: CompiledContract): fc.Arbitrary<Bad> {
  const names = [...compiled.contract.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  const text = fc.oneof(fc.string().filter((t) => t !== '.' && t !== '..'), fc.stringMatching(/^[0-9\-%]{0,24}$/), fc.constantFrom('0', '-1', '9'.repeat(40), '%00', 'null'));
  const queryKeys = Object.keys(compiled.coercions.query ?? {}).concat(['page', 'cpf_cnpj', '__proto__', 'x']);
  return fc.record({
    params: fc.tuple(...names.map(() => text)),
    query: fc.dictionary(fc.constantFrom(...queryKeys), text, { maxKeys: 3 }),
    body: fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.record({ customer: fc.jsonValue({ maxDepth: 3 }) }), fc.object({ maxDepth: 3 })),
    raw: fc.option(fc.oneof(fc.string(), fc.constantFrom('{', '{"a":', '[1,', '{"__proto__":{"x":1}}')), { freq: 4 }),
    // Most requests carry valid credentials, so they reach validation; a fifth test the refusal of no credentials.
    auth: fc.nat(9).map((n) => n < 8),
  }).map(({ params, query, body, raw, auth }) => {
    let path = compiled.contract.path;
    names.forEach((name, i) => (path = path.replace(`{${name}}`, encodeURIComponent(params[i] ?? '') || 'x')));
    return { path: `${PREFIX[compiled.contract.api]}${path}`, query, body, raw: raw ?? undefined, auth };
  });
}

type Envelope = { hasError?: unknown; errors?: unknown; data?: unknown; error?: { message?: unknown; status?: unknown } | null };

/** FirstVision `{hasError:true, errors:[…], data:null}`, Credere `{error:{message|status}}`. */
function envelopeOk(api: string, status: number, body: unknown): boolean {
  if (status < 400) return true;
  const answer = (typeof body === 'object' && body !== null ? body : {}) as Envelope;
  if (api === 'firstvision') return answer.hasError === true && Array.isArray(answer.errors) && answer.data === null;
  return typeof answer.error === 'object' && answer.error !== null && (typeof answer.error.message === 'string' || typeof answer.error.status === 'number');
}

async function stateHash(sandbox: string): Promise<string> {
  const snapshot = (await mock.sandboxes.get(sandbox)).state.snapshot();
  return createHash('sha256').update(JSON.stringify(await snapshot)).digest('hex');
}

const figures = { requests: 0, rejected: 0, accepted: 0, fiveXX: 0, badEnvelope: 0, stateChanged: 0, byStatus: {} as Record<number, number> };
const failures: string[] = [];
const deadline = Date.now() + SECONDS * 1000;
const started = Date.now();
const samples = operations.map((compiled) => fc.sample(badRequest(compiled), { numRuns: Math.ceil(RUNS / operations.length), seed: SEED }));

async function worker(index: number): Promise<void> {
  const sandbox = `fuzz-${index}`;
  let before = await stateHash(sandbox);
  for (let n = index; n < RUNS && Date.now() < deadline; n += WORKERS) {
    const op = n % operations.length;
    const compiled = operations[op] as CompiledContract;
    const bad = samples[op]?.[Math.floor(n / operations.length)] as Bad;
    const { api, method } = compiled.contract;
    const headers: Record<string, string> = { 'x-clientela-sandbox': sandbox };
    if (bad.auth) Object.assign(headers, api === 'firstvision' ? { authorization: `Bearer ${token}`, apikey: 'clientela-key', 'x-clientid': '00970' } : { authorization: 'Bearer fuzz' });
    const query = new URLSearchParams(bad.query).toString();
    const init: RequestInit = { method, headers };
    if (method !== 'GET') {
      headers['content-type'] = 'application/json';
      init.body = bad.raw ?? JSON.stringify(bad.body);
    }
    const response = await fetch(`${base}${bad.path}${query ? `?${query}` : ''}`, init);
    const text = await response.text();
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    figures.requests++;
    figures.byStatus[response.status] = (figures.byStatus[response.status] ?? 0) + 1;
    const after = await stateHash(sandbox);
    if (response.status >= 500) figures.fiveXX++;
    if (!envelopeOk(api, response.status, body)) figures.badEnvelope++;
    if (response.status >= 400) {
      figures.rejected++;
      if (after !== before) figures.stateChanged++;
    } else figures.accepted++;
    if ((response.status >= 500 || !envelopeOk(api, response.status, body) || (response.status >= 400 && after !== before)) && failures.length < 10) {
      failures.push(`${method} ${bad.path}?${query} ${String(init.body).slice(0, 200)} → ${response.status} ${text.slice(0, 300)}`);
    }
    before = after;
  }
}

await Promise.all(Array.from({ length: WORKERS }, (_, i) => worker(i)));
server.close();
server.closeAllConnections();
const seconds = (Date.now() - started) / 1000;
console.log(JSON.stringify({ operations: operations.length, seconds, ...figures }, null, 1));
for (const failure of failures) console.log(`FAIL ${failure}`);
if (figures.requests < MIN_RUNS) console.log(`FAIL only ${figures.requests} requests in ${SECONDS} s, ${MIN_RUNS} asked (FUZZ_MIN_RUNS)`);
const ok = figures.fiveXX === 0 && figures.badEnvelope === 0 && figures.stateChanged === 0 && figures.requests >= MIN_RUNS;
process.exitCode = ok ? 0 : 1;
