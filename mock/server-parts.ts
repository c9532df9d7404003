import { loadContracts } from '../src/contracts/load-contracts.js';
import type { ContractRegistry } from '../src/contracts/contract-registry.js';
import { scenarioPartsOf } from '../src/scenarios/scenario-parts.js';
import { ProviderStates } from '../src/scenarios/provider-states.js';
import { ScenarioCatalogue } from '../src/scenarios/scenario-catalogue.js';
import { SandboxPool } from '../src/state/sandbox-pool.js';
import { RequestJournal } from './admin/request-journal.js';
import { FaultInjector } from './middleware/inject-faults.js';
import type { MountedApi } from './mounted-api.js';
import type { ScenarioProgress } from './scenarios/apply-scenario.js';
import { clockProviderState } from './scenarios/clock-provider-state.js';
import { type StartupScenario, startupLoader } from './scenarios/startup-scenarios.js';
import { createWorld, type World } from './world.js';
import { defaultSandboxMemory, SandboxCost } from './sandbox-cost.js';
import { RedisConnection } from '../src/state/redis-connection.js';
import { RedisJournal } from './admin/redis-journal.js';
import { RedisState } from '../src/state/redis-state.js';

export type ServerPartsOptions = {
  seed: number;
  registry?: ContractRegistry;
  dataFile?: string;
  /** `memory`: bytes every sandbox together may take (default half the heap limit), see `SandboxCost`. */
  sandboxes?: { max?: number; idleMs?: number; memory?: number };
  initWorld?: (world: World) => void | Promise<void>;
  /** The instant the default sandbox's clock starts from (it runs from there). */
  clock?: Date;
  scenarios?: StartupScenario[];
  scenariosDir?: string;
  onScenarioProgress?: (scenario: string) => ScenarioProgress | undefined;
  journalSize?: number;
  /** Keep every sandbox's state and the journal in Redis at this URL (`redis://host:port/db`), shared with other instances. */
  state?: string;
  log?: (line: string) => void;
};

function sandboxPool(apis: readonly MountedApi[], catalogue: ScenarioCatalogue, options: ServerPartsOptions, redis: RedisConnection | undefined): SandboxPool<World> {
  const log = options.log ?? (() => undefined);
  const startup = options.scenarios ?? [];
  const loadStartup = startup.length ? startupLoader(catalogue, apis, startup, options.onScenarioProgress) : undefined;
  const cost = new SandboxCost();
  const create = async (name: string, renewed: boolean): Promise<World> => {
    // A reset starts from nothing, for every instance sharing the Redis.
    if (redis && renewed) await new RedisState({ redis, sandbox: name, collections: [] }).wipe();
    const setUp = loadStartup ? { setUp: loadStartup } : {};
    // The default sandbox, built first, at start, is measured (before its data file, which no other sandbox gets).
    const world = await cost.measure(() => createWorld(name, { seed: options.seed, apis, log, ...setUp, ...(redis ? { redis } : {}), ...(name === 'default' && options.dataFile ? { dataFile: options.dataFile } : {}) }));
    if (name === 'default' && options.clock) world.env.clock.runFrom(options.clock);
    await world.state.open();
    await options.initWorld?.(world);
    return world;
  };
  const dispose = async (world: World, dropped: boolean): Promise<void> => {
    if (dropped) await world.state.wipe?.().catch((error: Error) => log(`sandbox ${world.name}: not deleted from redis: ${error.message}`));
    await world.state.close().catch((error: Error) => log(`sandbox ${world.name}: last write failed: ${error.message}`));
  };
  const memory = { budget: options.sandboxes?.memory ?? defaultSandboxMemory(), perSandbox: () => cost.perSandbox() };
  return new SandboxPool<World>(create, { max: options.sandboxes?.max ?? 100, idleMs: options.sandboxes?.idleMs ?? 30 * 60_000, memory, dispose });
}

/** What one server holds besides its app: contracts, scenarios, provider states, sandboxes, journal and faults. */
export function serverParts(apis: readonly MountedApi[], options: ServerPartsOptions) {
  const registry = options.registry ?? loadContracts({ folders: apis.map(({ plugin }) => ({ api: plugin.name, dir: plugin.contractsDir })) });
  const catalogue = new ScenarioCatalogue(scenarioPartsOf(apis.map((api) => api.plugin)), options.scenariosDir);
  const pluginStates = apis.flatMap(({ plugin }) => (plugin.scenarios?.providerStates ?? []).map((definition) => ({ api: plugin.name, definition: definition as never })));
  const states = new ProviderStates([...pluginStates, { api: undefined, definition: clockProviderState }]);
  const redis = options.state ? new RedisConnection(options.state, options.log ? { log: options.log } : {}) : undefined;
  const sandboxes = sandboxPool(apis, catalogue, options, redis);
  const journalSize = options.journalSize ?? 1000;
  const journal = redis ? new RedisJournal(redis, journalSize) : new RequestJournal(journalSize);
  const disconnect = async (): Promise<void> => {
    await redis?.close();
  };
  return { registry, catalogue, states, sandboxes, journal, faults: new FaultInjector(options.seed), disconnect };
}
