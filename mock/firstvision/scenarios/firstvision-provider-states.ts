import { paramReader, type ParamReader, type ProviderStateParams } from '../../../src/scenarios/provider-state-params.js';
import type { ProviderStateDefinition, ProviderStatePlan } from '../../../src/scenarios/provider-state-definition.js';
import { customers } from '../domain/firstvision-collections.js';
import { identifierKey } from '../domain/lookup-keys.js';
import type { FirstVisionSandbox } from '../firstvision-sandbox.js';
import type { FirstVisionScenarioPart, FvCustomerSpec } from './firstvision-scenario-spec.js';

type Plan = ProviderStatePlan<FirstVisionSandbox>;

const DEFAULT_ORG = 970;
const DEFAULT_LOGO = 401;

/** A plan built from read parameters, or only the reasons some could not be read. */
function reading(build: (read: ParamReader) => Plan): (params: ProviderStateParams) => Plan {
  return (params) => {
    const read = paramReader(params);
    const plan = build(read);
    return read.errors.length ? { errors: read.errors } : plan;
  };
}

/** The state's customer (reused when it exists), with `extra` entities under it. */
function customer(read: ParamReader, extra: Partial<FvCustomerSpec> = {}): Plan['entities'] {
  const spec: FvCustomerSpec = { org: read.int('org', DEFAULT_ORG), customerNumber: read.number19('customerNumber'), ifExists: 'reuse', ...extra };
  const part: FirstVisionScenarioPart = { customers: [spec] };
  return { firstvision: part };
}

/** FirstVision's Pact provider states (the README lists them). */
export const firstVisionProviderStates: ProviderStateDefinition<FirstVisionSandbox>[] = [
  {
    pattern: 'a customer {customerNumber} exists in organization {org}',
    description: 'A FirstVision customer with this number (19 digits, zero padded) in this organization; reused when it exists.',
    setup: reading((read) => ({ entities: customer(read) })),
  },
  {
    pattern: 'customer {customerNumber} has {count} cards',
    description: 'The customer (created in organization 970 when missing) gets one logo-401 account holding {count} cards.',
    setup: reading((read) => ({ entities: customer(read, { accounts: [{ logo: DEFAULT_LOGO, cards: [{ count: read.int('count') }] }] }) })),
  },
  {
    pattern: 'customer {customerNumber} has relationship {relationshipNumber} with {count} accounts',
    description: 'The customer gets relationship {relationshipNumber} (reused when it exists) with {count} logo-401 accounts, one card each.',
    setup: reading((read) => ({
      entities: customer(read, {
        relationships: [{ relationshipNumber: read.number19('relationshipNumber'), ifExists: 'reuse', accounts: [{ count: read.int('count'), logo: DEFAULT_LOGO, cards: [{}] }] }],
      }),
    })),
  },
  {
    pattern: 'customer {customerNumber} has account {accountNumber} with card {cardNumber} awaiting activation',
    description: 'The customer (created in organization 970 when missing) gets logo-401 account {accountNumber} holding the physical card {cardNumber} (a Luhn-valid PAN), not yet activated.',
    setup: reading((read) => ({
      entities: customer(read, { accounts: [{ logo: DEFAULT_LOGO, accountNumber: read.number19('accountNumber'), cards: [{ cardNumber: read.text('cardNumber'), activationRequired: true }] }] }),
    })),
  },
  {
    pattern: 'customer {customerNumber} has a prior address',
    description: 'The customer (created when missing) moves once, so its previous address is a prior address.',
    setup: reading((read) => ({ entities: customer(read, { priorAddresses: 1 }) })),
  },
  {
    pattern: 'a customer {customerNumber} with identification number {identificationNumber} exists',
    description: 'The customer (organization 970, created when missing) whose owner has this identification number, so Customer Lookup finds it; fails when the customer exists with another one.',
    setup: reading((read) => {
      const customerNumber = read.number19('customerNumber');
      const identificationNumber = read.text('identificationNumber');
      return {
        entities: customer(read, { owner: { identificationNumber } }),
        absent: async (state, _sandbox, env) => {
          const existing = await state.get(customers, customerNumber);
          const same = existing === undefined || identifierKey(existing.owner.identificationNumber) === identifierKey(identificationNumber);
          return same ? undefined : `customer ${customerNumber} exists in sandbox "${env.name}" with another identification number; reset the sandbox or use a fresh one`;
        },
      };
    }),
  },
  {
    pattern: 'no customer {customerNumber} exists',
    description: 'Fails when the customer exists in the sandbox (reset it or use a fresh sandbox).',
    setup: reading((read) => {
      const customerNumber = read.number19('customerNumber');
      return {
        absent: async (state, _sandbox, env) =>
          (await state.has(customers, customerNumber)) ? `customer ${customerNumber} exists in sandbox "${env.name}"; reset the sandbox or use a fresh one` : undefined,
      };
    }),
  },
];
