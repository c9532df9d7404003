import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll } from 'vitest';
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
