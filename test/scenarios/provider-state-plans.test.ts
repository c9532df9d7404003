import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { checkPlan } from '../../src/scenarios/check-plan.js';
import { ProviderStates } from '../../src/scenarios/provider-states.js';
import { scenarioPartsOf } from '../../src/scenarios/scenario-parts.js';

const parts = scenarioPartsOf(builtInPlugins);
const states = new ProviderStates(builtInPlugins.flatMap((plugin) => (plugin.scenarios?.providerStates ?? []).map((definition) => ({ api: plugin.name, definition }))));

function planOf(state: string, given: Record<string, unknown> = {}): string[] {
  const match = states.match(state, given, []);
  if (!match.ok) throw new Error(match.reason);
  return checkPlan(match.definition.setup(match.params), parts);
}

describe('provider-state plans are checked like scenarios', () => {
  it.each([
    ['customer 1 has 1000000000 cards', '/firstvision/customers/0/accounts/0/cards/0/count must be <= 1000000'],
    ['customer 1 has relationship 2 with 1000001 accounts', '/firstvision/customers/0/relationships/0/accounts/0/count must be <= 1000000'],
    ['a customer 1 exists in organization 0', '/firstvision/customers/0/org must be >= 1'],
    ['a customer 1 exists in organization 5000', '/firstvision/customers/0/org must be <= 998'],
    ['a customer abc exists in organization 970', 'customerNumber must be 1 to 19 digits, got "abc"'],
    ['a customer 12345678901234567890 exists in organization 970', 'customerNumber must be 1 to 19 digits'],
    ['customer 1 has -2 cards', 'count must be a whole number, got "-2"'],
    ['customer 1 has 1.5 cards', 'count must be a whole number, got "1.5"'],
    ['customer 1 has relationship x9 with 2 accounts', 'relationshipNumber must be 1 to 19 digits, got "x9"'],
    ['no customer abc exists', 'customerNumber must be 1 to 19 digits, got "abc"'],
    ['a Credere customer with CPF 123.456.789-00 exists', 'cpf must be a CPF with valid check digits'],
    ['no Credere customer with CPF 111.111.111-11 exists', 'cpf must be a CPF with valid check digits'],
    ['store 0 integrates banks 033', '/credere/stores/0/id must be >= 1'],
    ['store x integrates banks 033', 'storeId must be a whole number, got "x"'],
  ])('refuses "%s"', (state, expected) => {
    expect(planOf(state).join('\n')).toContain(expected);
  });

  it.each([
    'a customer 123 exists in organization 970',
    'customer 124 has 3 cards',
    'customer 125 has relationship 567 with 25 accounts',
    'customer 126 has a prior address',
    'no customer 999 exists',
    'a Credere customer with CPF 529.982.247-25 exists',
    'no Credere customer with CPF 52998224725 exists',
    'store 1 integrates banks 033, 341',
  ])('accepts "%s"', (state) => {
    expect(planOf(state)).toEqual([]);
  });

  it('checks Pact params too: an organization given there is held to 1..998', () => {
    expect(planOf('customer 1 has 2 cards', { org: 999 })).toEqual(['/firstvision/customers/0/org must be <= 998']);
  });

  it('names every bad parameter at once', () => {
    expect(planOf('customer {customerNumber} has {count} cards', { customerNumber: 'abc', count: 'many' })).toEqual([
      'count must be a whole number, got "many"',
      'customerNumber must be 1 to 19 digits, got "abc"',
    ]);
  });
});
