import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { Clock } from '../../src/state/clock.js';
import type { CredereConfig } from './credere-config.js';
import type { FieldLabels } from './field-labels.js';
import type { CredereData } from './load-credere-data.js';

/**
 * Credere's part of one sandbox: the reference data, labels and configuration of the server (shared, read-only)
 * and the sandbox's own clock and entity faker. Customers and stores are state, in the collections.
 */
export type CredereSandbox = {
  data: CredereData;
  labels: FieldLabels;
  config: CredereConfig;
  clock: Clock;
  /** Fakes an e-mail sent without an address, stable per e-mail id. */
  faker: EntityFaker;
};
