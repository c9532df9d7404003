import { EntityFaker } from '../src/fake/entity-faker.js';
import type { SandboxEnv } from '../src/plugin/api-plugin.js';
import { Clock } from '../src/state/clock.js';
import { MemoryState } from '../src/state/memory-state.js';
import type { MountedApi } from './mounted-api.js';

/**
 * One sandbox: its state (every API's collections), what its APIs share (name, seed, clock, faker) and each API's
 * own part (configuration views, reference data, caches), by plug-in name. Worlds share nothing mutable.
 */
export type World = {
  readonly name: string;
  readonly env: SandboxEnv;
  readonly state: MemoryState;
  readonly parts: ReadonlyMap<string, unknown>;
};

export type WorldSettings = { seed: number; apis: readonly MountedApi[]; /** Persist this sandbox to this file. */ dataFile?: string; log?: (line: string) => void };

/** An API's part of a world. */
export function partOf<S>(world: World, api: string): S {
  if (!world.parts.has(api)) throw new Error(`sandbox ${world.name} has no API ${api}`);
  return world.parts.get(api) as S;
}

/**
 * Builds an empty world for sandbox `name` and runs each API's `initialize` (reference state) in order; scenarios
 * are applied by the caller.
 */
export async function createWorld(name: string, settings: WorldSettings): Promise<World> {
  const env: SandboxEnv = { name, seed: settings.seed, clock: new Clock(), faker: new EntityFaker(settings.seed) };
  const collections = settings.apis.flatMap((api) => api.plugin.collections);
  const state = new MemoryState({ collections, ...(settings.dataFile ? { file: settings.dataFile } : {}), ...(settings.log ? { log: settings.log } : {}) });
  const parts = new Map(settings.apis.map((api) => [api.plugin.name, api.runtime.sandbox(env)] as const));
  for (const api of settings.apis) {
    const initialize = api.runtime.initialize;
    if (initialize) await state.transaction((tx) => initialize(tx, parts.get(api.plugin.name)), { atomic: false });
  }
  return { name, env, state, parts };
}
