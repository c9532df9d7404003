import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createMockServer, type MockServer, type MockServerOptions } from '../../mock/server.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import type { StateSnapshot } from '../../src/state/state-store.js';
import type { World } from '../../mock/world.js';

/** Contracts are loaded once per test file and shared by every mock it starts. */
const registry = loadContracts();

export type RunningMock = MockServer & {
  url: string;
  server: Server;
  /** fetch relative to the mock's base URL, JSON in and out. */
  call: (method: string, path: string, options?: { headers?: Record<string, string>; body?: unknown; raw?: string }) => Promise<{ status: number; body: any; headers: Headers }>;
  /** A deep copy of a sandbox's whole state (to prove a rejected request changed nothing). */
  state: (sandbox?: string) => Promise<StateSnapshot>;
  /** A sandbox's world (created when new). */
  world: (sandbox?: string) => Promise<World>;
  /** The rows of one collection of a sandbox, by id (e.g. `rows('credere.customers')`). */
  rows: (collection: string, sandbox?: string) => Promise<Record<string, any>>;
  close: () => Promise<void>;
};

/**
 * Starts a mock on 127.0.0.1 and an ephemeral port, strict (every response checked against its contract),
 * and stops it after the test file.
 */
export async function startMock(options: MockServerOptions = {}): Promise<RunningMock> {
  // A mock of other plug-ins loads their contracts; the built-in ones share the file's registry.
  const shared = options.plugins ? {} : { registry };
  const mock = createMockServer({ ...shared, strict: true, seed: 42, log: (line) => process.stderr.write(`[mock] ${line}\n`), ...options });
  const server = mock.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = () => new Promise<void>((resolve) => { server.close(() => resolve()); server.closeAllConnections(); });
  afterAll(close);
  return {
    ...mock,
    url,
    server,
    close,
    state: async (sandbox = 'default') => (await mock.sandboxes.get(sandbox)).state.snapshot(),
    world: (sandbox = 'default') => mock.sandboxes.get(sandbox),
    rows: async (collection, sandbox = 'default') => ((await (await mock.sandboxes.get(sandbox)).state.snapshot()).tables[collection] ?? {}) as Record<string, any>,
    async call(method, path, { headers = {}, body, raw } = {}) {
      const init: RequestInit = { method, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers } };
      if (raw !== undefined) init.body = raw;
      else if (body !== undefined) init.body = JSON.stringify(body);
      const response = await fetch(`${url}${path}`, init);
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: the raw text is returned
      }
      return { status: response.status, body: parsed, headers: response.headers };
    },
  };
}

/** The header that names a caller's sandbox (see the README). */
const SANDBOX_HEADER = 'x-clientela-sandbox';

/** A running mock seen from one sandbox: `call` sends the sandbox header, `state()` reads that sandbox. */
export type SandboxedMock = RunningMock & { sandbox: string };

/** `mock` as seen from `sandbox`: a header the caller gives still wins. */
export function inSandbox(mock: RunningMock, sandbox: string): SandboxedMock {
  return {
    ...mock,
    sandbox,
    state: (name = sandbox) => mock.state(name),
    world: (name = sandbox) => mock.world(name),
    rows: (collection, name = sandbox) => mock.rows(collection, name),
    call: (method, path, options = {}) => mock.call(method, path, { ...options, headers: { [SANDBOX_HEADER]: sandbox, ...options.headers } }),
  };
}

/**
 * One mock for the whole test file (started before its first test, stopped after its last), each test in a fresh
 * sandbox of its own, dropped after the test. Faster than a mock per test, and as isolated for anything a sandbox
 * holds; not for what is server-wide (journal, faults of the default sandbox, tokens, settings).
 * @example const sandbox = sharedMock(); it('…', async () => { const mock = sandbox(); await mock.call('GET', '/') })
 */
export function sharedMock(options: MockServerOptions = {}): () => SandboxedMock {
  let shared: RunningMock | undefined;
  let created = 0;
  const alive: string[] = [];
  beforeAll(async () => {
    shared = await startMock(options);
  });
  afterEach(async () => {
    for (const name of alive.splice(0)) await shared?.call('DELETE', `/__admin/sandboxes/${name}`);
  });
  return () => {
    if (!shared) throw new Error('sharedMock(): call the answer inside a test, after beforeAll has started the mock');
    const name = `test-${++created}`;
    alive.push(name);
    return inSandbox(shared, name);
  };
}
