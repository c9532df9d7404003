import type { Faker } from '@faker-js/faker';
import type { StateWriter } from '../state/state-store.js';
import type { SandboxEnv } from './api-plugin.js';

/** One scenario run as an API's `scenarios.apply` sees it. */
export type ScenarioRun<S> = {
  /** The scenario's name (fakes are keyed by it). */
  name: string;
  env: SandboxEnv;
  /** This API's part of the sandbox. */
  sandbox: S;
  /** The run's transaction: with an atomic run, a failure undoes every write. */
  tx: StateWriter;
  /**
   * The run's faker, seeded once from the sandbox seed and the scenario name, drawn in entity order: the same
   * seed and scenario give the same fakes.
   */
  faker: Faker;
  /** Adds to a counter of the report's `created` (one of the API's `scenarios.counts`). */
  count: (kind: string, by?: number) => void;
  /** Extra report fields (ids created, numbers reserved), merged into the run's report. */
  results: Record<string, unknown>;
  /** One top-level entity is done (progress). */
  tick: () => void;
};
