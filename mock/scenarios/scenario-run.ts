import { base, en, Faker, pt_BR } from '@faker-js/faker';
import { entitySeed } from '../../src/fake/seeded-random.js';
import { substitute } from '../../src/scenarios/substitute-parameters.js';
import type { World } from '../world.js';

/** What a scenario run created, for its report and for provider-state results. */
export type ScenarioCounts = {
  customers: number;
  relationships: number;
  accounts: number;
  cards: number;
  priorAddresses: number;
  reservations: number;
  credereCustomers: number;
  stores: number;
};

/** The state of one run: the world, the scenario's name (fakes are keyed by it), counts and progress. */
export type ScenarioRun = {
  world: World;
  name: string;
  counts: ScenarioCounts;
  /** Credere customers touched, by CPF digits → id (provider states answer the id). */
  credereIds: Record<string, number>;
  /** Reserved numbers by label (e.g. branch). */
  reserved: Record<string, unknown>;
  /**
   * The run's faker, seeded once from the world's seed and the scenario's name, drawn in entity order: the same
   * seed and scenario give the same fakes (reseeding per entity costs 30 µs, too much for 100,000 customers).
   */
  faker: Faker;
  tick: () => void;
};

/** A pt_BR faker for one scenario run in a world of seed `seed`. */
export function runFaker(seed: number, scenario: string): Faker {
  const faker = new Faker({ locale: [pt_BR, en, base] });
  faker.seed(entitySeed(seed, `scenario:${scenario}`));
  return faker;
}

export function emptyCounts(): ScenarioCounts {
  return { customers: 0, relationships: 0, accounts: 0, cards: 0, priorAddresses: 0, reservations: 0, credereCustomers: 0, stores: 0 };
}

/** A step failed: where in the scenario (a JSON pointer) and why. */
export class ScenarioStepError extends Error {
  readonly pointer: string;

  constructor(pointer: string, cause: unknown) {
    super(`${pointer}: ${cause instanceof Error ? describe(cause) : String(cause)}`);
    this.name = 'ScenarioStepError';
    this.pointer = pointer;
  }
}

function describe(error: Error): string {
  const response = (error as { response?: { body?: unknown } }).response;
  if (response?.body !== undefined) return JSON.stringify(response.body);
  return error.message;
}

/** Runs `step` and names the scenario pointer when it throws (nested failures keep the innermost pointer). */
export function at<T>(pointer: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof ScenarioStepError) throw error;
    throw new ScenarioStepError(pointer, error);
  }
}

/**
 * Expands a list whose items may carry `count`: calls `each(copy, pointer, index)` once per copy, with `{index}`
 * (1-based) filled in when the item uses it.
 */
export function forEachCopy<T extends { count?: number }>(items: T[] | undefined, pointer: string, each: (item: T, pointer: string, index: number) => void): void {
  (items ?? []).forEach((item, position) => {
    const copies = item.count ?? 1;
    const templated = JSON.stringify(item).includes('{index}');
    for (let index = 1; index <= copies; index++) {
      const copy = templated ? (substitute(item, { index }) as T) : item;
      each(copy, `${pointer}/${position}`, index);
    }
  });
}
