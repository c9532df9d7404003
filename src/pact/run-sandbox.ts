import { randomUUID } from 'node:crypto';
import { resetProvider } from './provider-state-client.js';

/** A sandbox one verification run owns on the provider: created before the first interaction, removed after the last. */
export type RunSandbox = {
  name: string;
  create: () => Promise<void>;
  /** Removes the sandbox (once; later calls answer the first call's outcome). Resolves to a warning, or undefined. */
  remove: () => Promise<string | undefined>;
};

/**
 * A fresh sandbox name, unique across runs against the same provider (so two runs, or a run and a person at the
 * mock, never share state): `verify-` and 12 hex digits of a random UUID.
 */
export function runSandboxName(): string {
  return `verify-${randomUUID().replaceAll('-', '').slice(0, 12)}`;
}

function adminHeaders(adminToken: string | undefined): Record<string, string> {
  return adminToken ? { authorization: `Bearer ${adminToken}` } : {};
}

async function deleteSandbox(baseUrl: string, name: string, adminToken: string | undefined): Promise<string | undefined> {
  try {
    const response = await fetch(`${baseUrl}/__admin/sandboxes/${encodeURIComponent(name)}`, { method: 'DELETE', headers: adminHeaders(adminToken) });
    await response.arrayBuffer();
    // 404: the sandbox is already gone (evicted, or never used); nothing is left behind either way.
    if (response.ok || response.status === 404) return undefined;
    return `could not remove sandbox ${name} (DELETE /__admin/sandboxes/${name} answered ${response.status})`;
  } catch (error) {
    return `could not remove sandbox ${name}: the provider cannot be reached (${(error as Error).message})`;
  }
}

/**
 * A sandbox of the run's own on the provider, so a verification never touches the default sandbox of a provider
 * it did not start. `create()` makes it (`POST /__admin/reset?sandbox=NAME`: a write, which creates it from the
 * start-up scenarios) and throws an `Error` with one clear line when the provider refuses; `remove()` deletes it.
 * The name is known before it exists, so an interrupt during `create()` still removes it.
 * @example const sandbox = runSandbox(url); await sandbox.create(); try { … } finally { await sandbox.remove() }
 */
export function runSandbox(baseUrl: string, adminToken?: string, name = runSandboxName()): RunSandbox {
  let removed: Promise<string | undefined> | undefined;
  // A sandbox whose creation failed (or never began) has nothing to remove.
  let exists: 'no' | 'maybe' = 'no';
  return {
    name,
    create: async () => {
      exists = 'maybe';
      const created = await resetProvider(baseUrl, name, adminToken);
      if (created.ok) return;
      exists = 'no';
      throw new Error(`cannot create sandbox ${name} on ${baseUrl}: ${created.reason}`);
    },
    remove: () => (removed ??= exists === 'no' ? Promise.resolve(undefined) : deleteSandbox(baseUrl, name, adminToken)),
  };
}
