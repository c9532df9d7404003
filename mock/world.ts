import { EntityFaker } from '../src/fake/entity-faker.js';
import type { SandboxEnv } from '../src/plugin/api-plugin.js';
import { Clock } from '../src/state/clock.js';
import { MemoryState } from '../src/state/memory-state.js';
import type { RedisConnection } from '../src/state/redis-connection.js';
import { RedisState } from '../src/state/redis-state.js';
import type { StateStore } from '../src/state/state-store.js';
import type { MountedApi } from './mounted-api.js';

/**
 * One sandbox: its state (every API's collections), what its APIs share (name, seed, clock, faker) and each API's
 * own part (configuration views, reference data, caches), by plug-in name. Worlds share nothing mutable.
 */
export type World = {
  readonly name: string;
  readonly env: SandboxEnv;
  readonly state: WorldState;
  readonly parts: ReadonlyMap<string, unknown>;
};

/**
 * A world's state: in memory, or in Redis, shared by every instance (`once` runs set-up once across them, `wipe`
 * deletes the sandbox's keys).
 */
export type WorldState = StateStore & { once?: (work: () => Promise<void>) => Promise<void>; wipe?: () => Promise<void> };

export type WorldSettings = {
  seed: number;
  apis: readonly MountedApi[];
  /** Persist this sandbox to this file. */
  dataFile?: string;
  /** Keep the state in this Redis instead of memory. */
  redis?: RedisConnection;
  /** Runs after each API's `initialize`, inside the same once-only set-up (start-up scenarios). */
  setUp?: (world: World) => Promise<void>;
  log?: (line: string) => void;
};

/** An API's part of a world. */
export function partOf<S>(world: World, api: string): S {
  if (!world.parts.has(api)) throw new Error(`sandbox ${world.name} has no API ${api}`);
  return world.parts.get(api) as S;
}

/**
 * Builds a world for sandbox `name` and, unless its shared state is set up already (Redis, another instance),
 * runs each API's `initialize` (reference state) in order, then `setUp`.
 */
export async function createWorld(name: string, settings: WorldSettings): Promise<World> {
  const env: SandboxEnv = { name, seed: settings.seed, clock: new Clock(), faker: new EntityFaker(settings.seed) };
  const collections = settings.apis.flatMap((api) => api.plugin.collections);
  const state: WorldState = settings.redis
    ? new RedisState({ redis: settings.redis, sandbox: name, collections })
    : new MemoryState({ collections, ...(settings.dataFile ? { file: settings.dataFile } : {}), ...(settings.log ? { log: settings.log } : {}) });
  const parts = new Map(settings.apis.map((api) => [api.plugin.name, api.runtime.sandbox(env)] as const));
  const world: World = { name, env, state, parts };
  const setUp = async (): Promise<void> => {
    for (const api of settings.apis) {
      const initialize = api.runtime.initialize;
      if (initialize) await state.transaction((tx) => initialize(tx, parts.get(api.plugin.name)), { atomic: false });
    }
    await settings.setUp?.(world);
  };
  await (state.once ? state.once(setUp) : setUp());
  return world;
}
