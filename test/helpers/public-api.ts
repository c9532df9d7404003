import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import { afterAll, beforeAll } from 'vitest';
import type * as Clientela from 'clientela';
import type * as ClientelaMock from 'clientela/mock';

type ExportEntry = { types: string; default: string };
export const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, ExportEntry> };

/**
 * What `import 'clientela<subpath>'` gives a user, found through package.json `exports` as Node finds it. The suite
 * runs from the sources (nothing is built), so it loads the file the entry's `types` names; its `default` is that
 * file compiled into dist/ (checked in test/public-api.test.ts).
 */
export async function importEntry<T>(subpath: string): Promise<T> {
  const entry = manifest.exports[subpath];
  if (!entry) throw new Error(`package.json exports no "${subpath}"`);
  return (await import(new URL(`../../${entry.types}`, import.meta.url).href)) as T;
}

export const clientela = await importEntry<typeof Clientela>('.');
export const { createMockServer } = await importEntry<typeof ClientelaMock>('./mock');
export const registry = clientela.loadContracts();

/** Listens on an ephemeral port; answers the base URL and a way to stop. */
export async function listen(app: Express): Promise<{ url: string; close: () => void }> {
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => { server.close(); server.closeAllConnections(); } };
}

/**
 * Serves `app` from the test file's first test to its last, giving `onUrl` its base URL once it listens.
 * @example const mock = createMockServer({ registry, seed: 7 }); let url = ''; serveDuringFile(mock.app, (base) => (url = base));
 */
export function serveDuringFile(app: Express, onUrl: (url: string) => void): void {
  let close = () => undefined as void;
  beforeAll(async () => {
    const served = await listen(app);
    close = served.close;
    onUrl(served.url);
  });
  afterAll(() => close());
}
