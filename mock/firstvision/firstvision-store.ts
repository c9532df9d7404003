import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { Database } from '../../src/state/database.js';
import type { FirstVisionConfig } from './firstvision-config.js';

export type FirstVisionStoreContext = { seed: number; faker: EntityFaker; config: FirstVisionConfig };

/** FirstVision's state in one sandbox: customers, relationships, accounts, cards, reservations. */
export class FirstVisionStore {
  readonly db: Database;
  readonly context: FirstVisionStoreContext;

  constructor(db: Database, context: FirstVisionStoreContext) {
    this.db = db;
    this.context = context;
  }
}
