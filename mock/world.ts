import { EntityFaker } from '../src/fake/entity-faker.js';
import { Clock } from '../src/state/clock.js';
import { Database } from '../src/state/database.js';
import { CredereStore } from './credere/credere-store.js';
import type { CredereConfig } from './credere/credere-config.js';
import { FirstVisionStore } from './firstvision/firstvision-store.js';
import type { FirstVisionConfig } from './firstvision/firstvision-config.js';

/** What every world of one server shares: the seed and each API's configuration and reference data. */
export type WorldSettings = {
  seed: number;
  firstvision: FirstVisionConfig;
  credere: CredereConfig;
  /** Persist the default sandbox to this file. */
  dataFile?: string;
};

/**
 * One sandbox's whole state: its lowdb document, its seeded faker and each API's store over that document.
 * Worlds share nothing mutable, so sandboxes never see each other's data.
 */
export type World = {
  name: string;
  db: Database;
  faker: EntityFaker;
  clock: Clock;
  firstvision: FirstVisionStore;
  credere: CredereStore;
};

/** Builds an empty world for sandbox `name` (scenarios are applied by the caller). */
export function createWorld(name: string, settings: WorldSettings): World {
  const db = new Database(name === 'default' && settings.dataFile ? { file: settings.dataFile } : {});
  const faker = new EntityFaker(settings.seed);
  const clock = new Clock();
  return {
    name,
    db,
    faker,
    clock,
    firstvision: new FirstVisionStore(db, { seed: settings.seed, faker, clock, config: settings.firstvision }),
    credere: new CredereStore(db, { seed: settings.seed, faker, clock, config: settings.credere }),
  };
}
