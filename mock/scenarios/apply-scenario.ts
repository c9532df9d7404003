import { ProblemError } from '../../src/problems/problem.js';
import type { ScenarioRun } from '../../src/plugin/scenario-run.js';
import { ScenarioStepError } from '../../src/plugin/scenario-steps.js';
import { DEFAULT_SCENARIO_CLOCK, type ScenarioEntities } from '../../src/scenarios/scenario.js';
import type { MountedApi } from '../mounted-api.js';
import type { World } from '../world.js';
import { runFaker } from './scenario-faker.js';
import { yieldingWriter } from './yielding-writer.js';

/** Called as entities are created: `done` of `total` top-level entities (of every API). */
export type ScenarioProgress = (done: number, total: number) => void;

export type ApplyOptions = {
  onProgress?: ScenarioProgress;
  /** Undo everything on failure (skip it for big start-up loads). Default true. */
  atomic?: boolean;
};

/** What a run did: entities created by kind (every API's counts), each API's report fields, and the time taken. */
export type ScenarioReport = { scenario: string; created: Record<string, number>; ms: number } & Record<string, unknown>;

/** What a run applies: a scenario (parameters substituted) or a provider state's entities. */
export type ApplicableScenario = ScenarioEntities & { name: string; clock?: string };

function progress(total: number, onProgress: ScenarioProgress | undefined): () => void {
  let done = 0;
  const every = Math.max(1, Math.floor(total / 200));
  return () => {
    done++;
    if (onProgress && (done % every === 0 || done === total)) onProgress(done, total);
  };
}

function scenarioFailed(name: string, error: unknown): unknown {
  if (!(error instanceof ScenarioStepError)) return error;
  return new ProblemError('scenario-failed', `scenario ${name} ${error.message}`, { scenario: name, pointer: error.pointer });
}

/**
 * Creates a scenario's entities in a world, each API's part by its plug-in, in plug-in order, in one transaction
 * and with the world's clock pinned to the scenario's instant, so the same seed gives the same state byte for byte.
 * A broken domain rule is a `scenario-failed` problem naming the entity (JSON pointer) and the rule; with
 * `atomic`, the world is unchanged.
 * @example await applyScenario(world, apis, catalogue.get('corporate-program').scenario)
 */
export async function applyScenario(world: World, apis: readonly MountedApi[], scenario: ApplicableScenario, options: ApplyOptions = {}): Promise<ScenarioReport> {
  const started = performance.now();
  const present = apis.filter((api) => api.plugin.scenarios && scenario[api.plugin.name] !== undefined);
  const total = present.reduce((sum, api) => sum + (api.plugin.scenarios?.total(scenario[api.plugin.name]) ?? 0), 0);
  const created: Record<string, number> = Object.fromEntries(apis.flatMap((api) => api.plugin.scenarios?.counts ?? []).map((kind) => [kind, 0]));
  const results: Record<string, unknown> = Object.assign({}, ...apis.map((api) => api.plugin.scenarios?.results?.() ?? {}));
  const faker = runFaker(world.env.seed, scenario.name);
  const tick = progress(total, options.onProgress);
  const previous = world.env.clock.pinnedAt;
  world.env.clock.pin(new Date(scenario.clock ?? DEFAULT_SCENARIO_CLOCK));
  try {
    await world.state.transaction(async (transaction) => {
      // In slices: a big load (a new sandbox's start-up world) must not hold up other sandboxes' requests.
      const tx = yieldingWriter(transaction);
      for (const api of present) {
        const run: ScenarioRun<unknown> = { name: scenario.name, env: world.env, sandbox: world.parts.get(api.plugin.name), tx, faker, results, tick, count: (kind, by = 1) => void (created[kind] = (created[kind] ?? 0) + by) };
        await api.plugin.scenarios?.apply(run, scenario[api.plugin.name], `/${api.plugin.name}`);
      }
    }, { atomic: options.atomic !== false });
  } catch (error) {
    throw scenarioFailed(scenario.name, error);
  } finally {
    world.env.clock.pin(previous);
  }
  // A scenario that names its instant also sets the sandbox clock: it runs from there.
  if (scenario.clock !== undefined && previous === undefined) world.env.clock.runFrom(new Date(scenario.clock));
  return { scenario: scenario.name, created, ...results, ms: Math.round(performance.now() - started) };
}
