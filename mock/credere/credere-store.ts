import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { Database } from '../../src/state/database.js';
import type { CredereConfig } from './credere-config.js';

export type CredereStoreContext = { seed: number; faker: EntityFaker; config: CredereConfig };

/** Credere's state in one sandbox: customers and their nested objects, stores. */
export class CredereStore {
  readonly db: Database;
  readonly context: CredereStoreContext;

  constructor(db: Database, context: CredereStoreContext) {
    this.db = db;
    this.context = context;
  }
}
