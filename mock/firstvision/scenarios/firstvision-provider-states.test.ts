import { describe, expect, it } from 'vitest';
import { addCustomer } from '../domain/add-customer.js';
import { testSandbox } from '../firstvision-test-scope.js';
import { firstVisionProviderStates } from './firstvision-provider-states.js';

const state = (pattern: string) => firstVisionProviderStates.find((definition) => definition.pattern === pattern)!;

describe('FirstVision provider states', () => {
  it('plans a reused customer with its cards, zero padding the number', () => {
    const plan = state('customer {customerNumber} has {count} cards').setup({ customerNumber: '123', count: '2' });
    expect(plan.entities).toEqual({
      firstvision: { customers: [{ org: 970, customerNumber: '0000000000000000123', ifExists: 'reuse', accounts: [{ logo: 401, cards: [{ count: 2 }] }] }] },
    });
    expect(state('customer {customerNumber} has {count} cards').setup({ customerNumber: 'x', count: '2' }).errors).toEqual(['customerNumber must be 1 to 19 digits, got "x"']);
  });

  it('fails "no customer" when the customer exists in the sandbox', async () => {
    const { run, sandbox, env } = testSandbox();
    const plan = state('no customer {customerNumber} exists').setup({ customerNumber: '123' });
    expect(await run(({ tx }) => plan.absent!(tx, sandbox, env))).toBeUndefined();
    await run((scope) => addCustomer(scope, { org: 970, customerNumber: '0000000000000000123', owner: {} }));
    expect(await run(({ tx }) => plan.absent!(tx, sandbox, env))).toBe('customer 0000000000000000123 exists in sandbox "test"; reset the sandbox or use a fresh one');
  });

  it('plans a customer with an identification number, and fails when the customer exists with another one', async () => {
    const { run, sandbox, env } = testSandbox();
    const plan = state('a customer {customerNumber} with identification number {identificationNumber} exists').setup({ customerNumber: '123', identificationNumber: '529.982.247-25' });
    expect(plan.entities).toEqual({ firstvision: { customers: [{ org: 970, customerNumber: '0000000000000000123', ifExists: 'reuse', owner: { identificationNumber: '529.982.247-25' } }] } });
    expect(await run(({ tx }) => plan.absent!(tx, sandbox, env))).toBeUndefined();
    await run((scope) => addCustomer(scope, { org: 970, customerNumber: '0000000000000000123', owner: { identificationNumber: '52998224725' } }));
    expect(await run(({ tx }) => plan.absent!(tx, sandbox, env))).toBeUndefined();
    await run((scope) => addCustomer(scope, { org: 970, customerNumber: '0000000000000000131', owner: { identificationNumber: '11144477735' } }));
    const other = state('a customer {customerNumber} with identification number {identificationNumber} exists').setup({ customerNumber: '131', identificationNumber: '52998224725' });
    expect(await run(({ tx }) => other.absent!(tx, sandbox, env))).toBe('customer 0000000000000000131 exists in sandbox "test" with another identification number; reset the sandbox or use a fresh one');
  });
});
