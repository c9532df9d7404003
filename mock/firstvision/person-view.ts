import type { EntityFaker } from '../../src/fake/entity-faker.js';
import type { Customer, Demographics } from './domain/firstvision-records.js';
import { fakeDemographics } from './fake-demographics.js';

/** Reads one person's shown demographics: what the client sent, over the stable fake. */
export type PersonView = {
  fields: Demographics;
  /** A string field cut to the response's maximum length ('' when neither sent nor faked). */
  text: (key: string, max: number) => string;
  /** A numeric field ('fallback' when absent or not numeric). */
  int: (key: string, fallback?: number) => number;
  /** An ISO date field, or `fallback` when absent or not a date. */
  date: (key: string, fallback: string) => string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A view over explicit fields (a prior address snapshot, for instance). */
export function viewOf(fields: Demographics): PersonView {
  return {
    fields,
    text: (key, max) => (fields[key] === undefined ? '' : String(fields[key]).slice(0, max)),
    int: (key, fallback = 0) => {
      const value = Number(fields[key]);
      return fields[key] !== undefined && Number.isInteger(value) ? value : fallback;
    },
    date: (key, fallback) => {
      const value = fields[key];
      return typeof value === 'string' && ISO_DATE.test(value) ? value : fallback;
    },
  };
}

/**
 * The owner's or co-owner's demographics as every inquiry shows them: the sent fields over a fake that is the
 * same for the same customer each time.
 * @example personView(env.faker, customer, 'owner').text('nameLine1', 40)
 */
export function personView(faker: EntityFaker, customer: Customer, role: 'owner' | 'coOwner'): PersonView {
  const sent = role === 'owner' ? customer.owner : (customer.coOwner ?? {});
  return viewOf({ ...fakeDemographics(faker, customer.customerNumber, role), ...sent });
}
