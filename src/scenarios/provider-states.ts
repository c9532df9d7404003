import { paramReader, type ParamReader, type ProviderStateParams } from './provider-state-params.js';
import type { ScenarioEntities } from './scenario.js';

export { pad19, type ProviderStateParams } from './provider-state-params.js';

/**
 * What a provider state asks of a world: entities to create (or reuse), entities that must not exist, or a whole
 * scenario; or, when its parameters cannot make the state, only `errors` (check a plan with `checkPlan`).
 */
export type ProviderStatePlan = {
  entities?: ScenarioEntities;
  absent?: { firstvisionCustomer?: string; credereCpf?: string };
  scenario?: { name: string; params: Record<string, unknown> };
  errors?: string[];
};

/**
 * One Pact provider state: a name pattern with `{param}` placeholders, its setup and (optionally) its teardown.
 * Both are plans (data), applied to a world by the mock's scenario runner.
 */
export type ProviderStateDefinition = {
  pattern: string;
  description: string;
  setup: (params: ProviderStateParams) => ProviderStatePlan;
  teardown?: (params: ProviderStateParams) => ProviderStatePlan;
};

const DEFAULT_ORG = 970;
const DEFAULT_LOGO = 401;

/** A plan built from read parameters, or only the reasons some could not be read. */
function reading(build: (read: ParamReader) => ProviderStatePlan): (params: ProviderStateParams) => ProviderStatePlan {
  return (params) => {
    const read = paramReader(params);
    const plan = build(read);
    return read.errors.length ? { errors: read.errors } : plan;
  };
}

function customer(read: ParamReader, extra: Record<string, unknown> = {}): ScenarioEntities {
  const spec = { org: read.int('org', DEFAULT_ORG), customerNumber: read.number19('customerNumber'), ifExists: 'reuse' as const, ...extra };
  return { firstvision: { customers: [spec] } };
}

/** The provider states every consumer may rely on (the README lists them); scenario names are states too. */
export const providerStates: ProviderStateDefinition[] = [
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
        relationships: [
          {
            relationshipNumber: read.number19('relationshipNumber'),
            ifExists: 'reuse',
            accounts: [{ count: read.int('count'), logo: DEFAULT_LOGO, cards: [{}] }],
          },
        ],
      }),
    })),
  },
  {
    pattern: 'customer {customerNumber} has a prior address',
    description: 'The customer (created when missing) moves once, so its previous address is a prior address.',
    setup: reading((read) => ({ entities: customer(read, { priorAddresses: 1 }) })),
  },
  {
    pattern: 'no customer {customerNumber} exists',
    description: 'Fails when the customer exists in the sandbox (reset it or use a fresh sandbox).',
    setup: reading((read) => ({ absent: { firstvisionCustomer: read.number19('customerNumber') } })),
  },
  {
    pattern: 'a Credere customer with CPF {cpf} exists',
    description: 'A Credere customer with this CPF (reused when it exists); the result carries its id.',
    setup: reading((read) => ({ entities: { credere: { customers: [{ customer: { cpf: read.cpf('cpf') }, ifExists: 'reuse' }] } } })),
  },
  {
    pattern: 'no Credere customer with CPF {cpf} exists',
    description: 'Fails when a Credere customer has this CPF in the sandbox.',
    setup: reading((read) => ({ absent: { credereCpf: read.cpf('cpf') } })),
  },
  {
    pattern: 'store {storeId} integrates banks {bankCodes}',
    description: 'Store {storeId} (created when missing) integrates exactly these banks (codes separated by commas or spaces).',
    setup: reading((read) => ({
      entities: {
        credere: { stores: [{ id: read.int('storeId'), integratedBanks: read.text('bankCodes').split(/[\s,]+/).filter(Boolean) }] },
      },
    })),
  },
];

// Not `pathTemplate` (src/contracts/path-template.ts): a path parameter is one segment (`[^/]+`, greedy) and is
// percent-decoded, while a state parameter may hold any text (`/`, spaces, commas: `banks 033, 341`) taken as
// written, the shortest that fits, so `patternRegex` stays separate.
function patternRegex(pattern: string): { regex: RegExp; names: string[] } {
  const names: string[] = [];
  const source = pattern
    .split(/(\{[A-Za-z]+\})/)
    .map((piece) => {
      const param = /^\{([A-Za-z]+)\}$/.exec(piece);
      if (!param) return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      names.push(param[1] as string);
      return '(.+?)';
    })
    .join('');
  return { regex: new RegExp(`^${source}$`), names };
}

const compiled = providerStates.map((definition) => ({ definition, ...patternRegex(definition.pattern) }));

/** A state name resolved: its definition (or the scenario it names) and its parameters. */
export type ProviderStateMatch =
  | { ok: true; definition: ProviderStateDefinition; params: ProviderStateParams }
  | { ok: false; reason: string; known: string[] };

/**
 * Finds the state a name means. Parameters come from the name (`customer 123 has 2 cards`) or from `given`
 * (Pact's state params, for a name written with its placeholders); `given` wins.
 * @example matchProviderState('customer 123 has 2 cards', {}, ['corporate-program'])
 */
export function matchProviderState(name: string, given: Record<string, unknown>, scenarioNames: string[]): ProviderStateMatch {
  const known = [...providerStates.map((state) => state.pattern), ...scenarioNames];
  const supplied = Object.fromEntries(Object.entries(given).map(([key, value]) => [key, String(value)]));
  if (scenarioNames.includes(name)) {
    return {
      ok: true,
      definition: { pattern: name, description: `the ${name} scenario`, setup: () => ({ scenario: { name, params: given } }) },
      params: supplied,
    };
  }
  for (const { definition, regex, names } of compiled) {
    const found = regex.exec(name);
    if (!found) continue;
    const params: ProviderStateParams = {};
    names.forEach((param, i) => (params[param] = found[i + 1] as string));
    Object.assign(params, supplied);
    const missing = names.filter((param) => /^\{.*\}$/.test(params[param] ?? ''));
    if (missing.length) return { ok: false, reason: `provider state "${name}" needs the parameter(s) ${missing.join(', ')}`, known };
    return { ok: true, definition, params };
  }
  return { ok: false, reason: `unknown provider state "${name}"; known states: ${known.map((k) => `"${k}"`).join(', ')}`, known };
}
