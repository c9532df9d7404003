import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import type { MountedApi } from '../mounted-api.js';
import type { World } from '../world.js';
import { applyScenario, type ScenarioProgress } from './apply-scenario.js';
import { loadNamedScenario } from './load-named-scenario.js';

/** A scenario to load into every new sandbox, with its parameters. */
export type StartupScenario = { name: string; params?: Record<string, unknown> };

/**
 * What loads the start-up scenarios into every new world (default sandbox, each named one, each reset). They are
 * resolved at once, so a bad name stops start-up, not the first request.
 */
export function startupLoader(
  catalogue: ScenarioCatalogue,
  apis: readonly MountedApi[],
  scenarios: StartupScenario[],
  onProgress?: (name: string) => ScenarioProgress | undefined,
): (world: World) => Promise<void> {
  const resolved = scenarios.map((entry) => loadNamedScenario(catalogue, entry.name, entry.params));
  return async (world) => {
    for (const scenario of resolved) {
      const progress = onProgress?.(scenario.name);
      await applyScenario(world, apis, scenario, { atomic: false, ...(progress ? { onProgress: progress } : {}) });
    }
  };
}
