import { EntityFaker } from '../../src/fake/entity-faker.js';
import type { SandboxEnv } from '../../src/plugin/api-plugin.js';
import { Clock } from '../../src/state/clock.js';
import { MemoryState } from '../../src/state/memory-state.js';
import { firstVisionCollections } from './domain/firstvision-collections.js';
import { defaultFirstVisionConfig, type FirstVisionConfig } from './firstvision-config.js';
import type { FirstVisionSandbox, FirstVisionScope } from './firstvision-sandbox.js';
import { loadOrganizations } from './organizations.js';

/** A sandbox for unit tests: FirstVision's collections in a `MemoryState`, a pinned clock, seed 1. */
export type TestSandbox = {
  state: MemoryState;
  env: SandboxEnv;
  sandbox: FirstVisionSandbox;
  /** Runs `work` in one transaction with a scope over it (a throw rolls the transaction back). */
  run: <R>(work: (scope: FirstVisionScope) => Promise<R>) => Promise<R>;
};

/**
 * A fresh FirstVision sandbox for a unit test (not used by the mock itself).
 * @example const { run } = testSandbox(); await run((scope) => addCustomer(scope, { org: 970, owner: {} }))
 */
export function testSandbox(config: Partial<FirstVisionConfig> = {}): TestSandbox {
  const state = new MemoryState({ collections: firstVisionCollections });
  const clock = new Clock();
  clock.pin(new Date('2026-01-15T12:00:00Z'));
  const env: SandboxEnv = { name: 'test', seed: 1, clock, faker: new EntityFaker(1) };
  const merged = { ...defaultFirstVisionConfig, ...config };
  const sandbox: FirstVisionSandbox = { config: merged, organizations: loadOrganizations(merged.organizationsFile) };
  return { state, env, sandbox, run: (work) => state.transaction((tx) => work({ tx, sandbox, env })) };
}
