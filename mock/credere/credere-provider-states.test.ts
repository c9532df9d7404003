import { describe, expect, it } from 'vitest';
import { credereProviderStates } from './credere-provider-states.js';
import { credereTestSandbox } from './credere-test-sandbox.js';
import { createCustomer } from './customer-commands.js';

const state = (pattern: string) => {
  const found = credereProviderStates.find((definition) => definition.pattern === pattern);
  if (!found) throw new Error(pattern);
  return found;
};

describe('Credere provider states', () => {
  it('plans a reused customer and a store integration from the parameters', () => {
    expect(state('a Credere customer with CPF {cpf} exists').setup({ cpf: '529.982.247-25' })).toEqual({
      entities: { credere: { customers: [{ customer: { cpf: '529.982.247-25' }, completeFor: ['*'], ifExists: 'reuse' }] } },
    });
    expect(state('store {storeId} integrates banks {bankCodes}').setup({ storeId: '1', bankCodes: '033, 341' })).toEqual({
      entities: { credere: { stores: [{ id: 1, integratedBanks: ['033', '341'] }] } },
    });
  });

  it('answers only the errors for parameters it cannot use', () => {
    expect(state('a Credere customer with CPF {cpf} exists').setup({ cpf: '111.111.111-12' }).errors).toEqual([
      'cpf must be a CPF with valid check digits (000.000.000-00), got "111.111.111-12"',
    ]);
  });

  it('fails an absent customer that exists, naming the sandbox', async () => {
    const { state: store, sandbox, env } = await credereTestSandbox();
    const plan = state('no Credere customer with CPF {cpf} exists').setup({ cpf: '529.982.247-25' });
    expect(await store.transaction((tx) => plan.absent?.(tx, sandbox, env) ?? Promise.resolve(undefined))).toBeUndefined();
    await store.transaction((tx) => createCustomer(tx, sandbox, { cpf: '52998224725', name: 'Ana' }, false));
    expect(await store.transaction((tx) => plan.absent?.(tx, sandbox, env) ?? Promise.resolve(undefined))).toBe(
      'a Credere customer with CPF 529.982.247-25 exists in sandbox "unit"; reset the sandbox or use a fresh one',
    );
  });
});
