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

export type ServerPartsOptions = {
  seed: number;
  registry?: ContractRegistry;
  dataFile?: string;
  sandboxes?: { max?: number; idleMs?: number };
  initWorld?: (world: World) => void | Promise<void>;
  /** The instant the default sandbox's clock starts from (it runs from there). */
  clock?: Date;
  scenarios?: StartupScenario[];
  scenariosDir?: string;
  onScenarioProgress?: (scenario: string) => ScenarioProgress | undefined;
  journalSize?: number;
  log?: (line: string) => void;
};

function sandboxPool(apis: readonly MountedApi[], catalogue: ScenarioCatalogue, options: ServerPartsOptions): SandboxPool<World> {
  const log = options.log ?? (() => undefined);
  const startup = options.scenarios ?? [];
  const loadStartup = startup.length ? startupLoader(catalogue, apis, startup, options.onScenarioProgress) : undefined;
  const create = async (name: string): Promise<World> => {
    const world = await createWorld(name, { seed: options.seed, apis, log, ...(name === 'default' && options.dataFile ? { dataFile: options.dataFile } : {}) });
    await loadStartup?.(world);
    if (name === 'default' && options.clock) world.env.clock.runFrom(options.clock);
    await world.state.open();
    await options.initWorld?.(world);
    return world;
  };
  const dispose = (world: World): void => {
    world.state.close().catch((error: Error) => log(`sandbox ${world.name}: last write failed: ${error.message}`));
  };
  return new SandboxPool<World>(create, { max: options.sandboxes?.max ?? 100, idleMs: options.sandboxes?.idleMs ?? 30 * 60_000, dispose });
}

/** What one server holds besides its app: contracts, scenarios, provider states, sandboxes, journal and faults. */
export function serverParts(apis: readonly MountedApi[], options: ServerPartsOptions) {
  const registry = options.registry ?? loadContracts({ folders: apis.map(({ plugin }) => ({ api: plugin.name, dir: plugin.contractsDir })) });
  const catalogue = new ScenarioCatalogue(scenarioPartsOf(apis.map((api) => api.plugin)), options.scenariosDir);
  const pluginStates = apis.flatMap(({ plugin }) => (plugin.scenarios?.providerStates ?? []).map((definition) => ({ api: plugin.name, definition: definition as never })));
  const states = new ProviderStates([...pluginStates, { api: undefined, definition: clockProviderState }]);
  const sandboxes = sandboxPool(apis, catalogue, options);
  return { registry, catalogue, states, sandboxes, journal: new RequestJournal(options.journalSize ?? 1000), faults: new FaultInjector(options.seed) };
}
