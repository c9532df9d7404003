import { ProblemError } from '../../src/problems/problem.js';
import { DEFAULT_SCENARIO_CLOCK, type Scenario, type ScenarioEntities } from '../../src/scenarios/scenario.js';
import type { World } from '../world.js';
import { applyCredereCustomer, applyStore } from './apply-credere.js';
import { applyCustomer, applyReservation } from './apply-firstvision.js';
import { emptyCounts, forEachCopy, runFaker, type ScenarioCounts, type ScenarioRun, ScenarioStepError } from './scenario-run.js';

/** Called as entities are created: `done` of `total` top-level entities (customers of both APIs). */
export type ScenarioProgress = (done: number, total: number) => void;

export type ApplyOptions = {
  onProgress?: ScenarioProgress;
  /** Undo everything on failure (a snapshot is taken first; skip it for big start-up loads). Default true. */
  atomic?: boolean;
};

/** What a run did. */
export type ScenarioReport = {
  scenario: string;
  created: ScenarioCounts;
  credereIds: Record<string, number>;
  reserved: Record<string, unknown>;
  ms: number;
};

function totalOf(entities: ScenarioEntities): number {
  const sum = (items: Array<{ count?: number }> | undefined) => (items ?? []).reduce((n, item) => n + (item.count ?? 1), 0);
  return sum(entities.firstvision?.customers) + sum(entities.credere?.customers);
}

function applyEntities(run: ScenarioRun, entities: ScenarioEntities): void {
  (entities.firstvision?.reservations ?? []).forEach((spec, i) => applyReservation(run, spec, `/firstvision/reservations/${i}`));
  forEachCopy(entities.firstvision?.customers, '/firstvision/customers', (spec, pointer) => applyCustomer(run, spec, pointer));
  (entities.credere?.stores ?? []).forEach((spec, i) => applyStore(run, spec, `/credere/stores/${i}`));
  forEachCopy(entities.credere?.customers, '/credere/customers', (spec, pointer) => applyCredereCustomer(run, spec, pointer));
}

/**
 * Creates a scenario's entities (parameters already substituted) in a world, with the world's clock pinned to the
 * scenario's instant, so the same seed gives the same state byte for byte. A broken domain rule is a
 * `scenario-failed` problem naming the entity (JSON pointer) and the rule; with `atomic`, the world is unchanged.
 * @example applyScenario(world, catalogue.get('corporate-program').scenario)
 */
export function applyScenario(world: World, scenario: Scenario | (ScenarioEntities & { name: string; clock?: string }), options: ApplyOptions = {}): ScenarioReport {
  const started = performance.now();
  const total = totalOf(scenario);
  let done = 0;
  const every = Math.max(1, Math.floor(total / 200));
  const run: ScenarioRun = {
    world,
    name: scenario.name,
    counts: emptyCounts(),
    credereIds: {},
    reserved: {},
    faker: runFaker(world.faker.seed, scenario.name),
    tick: () => {
      done++;
      if (options.onProgress && (done % every === 0 || done === total)) options.onProgress(done, total);
    },
  };
  const before = options.atomic === false ? undefined : world.db.snapshot();
  const previous = world.clock.pinnedAt;
  world.clock.pin(new Date(scenario.clock ?? DEFAULT_SCENARIO_CLOCK));
  try {
    applyEntities(run, scenario);
  } catch (error) {
    if (before) world.db.replace(before);
    if (error instanceof ScenarioStepError) {
      throw new ProblemError('scenario-failed', `scenario ${scenario.name} ${error.message}`, { scenario: scenario.name, pointer: error.pointer });
    }
    throw error;
  } finally {
    world.clock.pin(previous);
  }
  return { scenario: scenario.name, created: run.counts, credereIds: run.credereIds, reserved: run.reserved, ms: Math.round(performance.now() - started) };
}
