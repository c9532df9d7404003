import { EntityFaker } from '../../src/fake/entity-faker.js';
import type { ApiRuntime, SandboxEnv } from '../../src/plugin/api-plugin.js';
import { Clock } from '../../src/state/clock.js';
import { MemoryState } from '../../src/state/memory-state.js';
import { type CredereConfig, defaultCredereConfig } from './credere-config.js';
import { credere } from './credere-plugin.js';
import type { CredereSandbox } from './credere-sandbox.js';

/** A sandbox as the core builds it, for unit tests: the runtime, a `MemoryState` of Credere's collections, initialized. */
export type CredereTestSandbox = { runtime: ApiRuntime<CredereSandbox>; state: MemoryState; sandbox: CredereSandbox; env: SandboxEnv };

/**
 * Builds and initializes one Credere sandbox (clock pinned to 2026-01-01T15:00:00Z, seed 1).
 * @example const { state, sandbox } = await credereTestSandbox(); await state.transaction((tx) => createCustomer(tx, sandbox, input))
 */
export async function credereTestSandbox(config: Partial<CredereConfig> = {}, seed = 1): Promise<CredereTestSandbox> {
  const runtime = credere.create({ ...defaultCredereConfig, ...config }) as ApiRuntime<CredereSandbox>;
  const state = new MemoryState({ collections: credere.collections });
  const clock = new Clock();
  clock.pin(new Date('2026-01-01T15:00:00Z'));
  const env: SandboxEnv = { name: 'unit', seed, clock, faker: new EntityFaker(seed) };
  const sandbox = runtime.sandbox(env);
  await state.transaction((tx) => runtime.initialize?.(tx, sandbox) ?? Promise.resolve());
  return { runtime, state, sandbox, env };
}
