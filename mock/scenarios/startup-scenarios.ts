import type { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import type { World } from '../world.js';
import { applyScenario, type ScenarioProgress } from './apply-scenario.js';
import { loadNamedScenario } from './load-named-scenario.js';

/** A scenario to load into every new sandbox, with its parameters. */
export type StartupScenario = { name: string; params?: Record<string, unknown> };

/**
 * The `initWorld` that loads the start-up scenarios into every new world (default sandbox, each named one, each
 * reset). They are resolved at once, so a bad name stops start-up, not the first request.
 */
export function startupLoader(catalogue: ScenarioCatalogue, scenarios: StartupScenario[], onProgress?: (name: string) => ScenarioProgress | undefined): (world: World) => void {
  const resolved = scenarios.map((entry) => loadNamedScenario(catalogue, entry.name, entry.params));
  return (world) => {
    for (const scenario of resolved) {
      const progress = onProgress?.(scenario.name);
      applyScenario(world, scenario, { atomic: false, ...(progress ? { onProgress: progress } : {}) });
    }
  };
}
