import { base, en, Faker, pt_BR } from '@faker-js/faker';
import { describe, expect, it } from 'vitest';
import { entitySeed } from '../../src/fake/seeded-random.js';
import type { ScenarioRun } from '../../src/plugin/scenario-run.js';
import { customers, stores } from './credere-collections.js';
import type { CredereSandbox } from './credere-sandbox.js';
import { credereScenarios } from './credere-scenarios.js';
import { credereTestSandbox } from './credere-test-sandbox.js';
import { createCustomer } from './customer-commands.js';

type Outcome = { counts: Record<string, number>; results: Record<string, unknown>; state: unknown; error?: string };

async function apply(part: unknown, seed = 7, prepare?: (run: ScenarioRun<CredereSandbox>) => Promise<void>): Promise<Outcome> {
  const { state, sandbox, env } = await credereTestSandbox({}, seed);
  const counts: Record<string, number> = {};
  const results = credereScenarios.results?.() ?? {};
  const faker = new Faker({ locale: [pt_BR, en, base] });
  faker.seed(entitySeed(seed, 'scenario:unit'));
  const error = await state
    .transaction(async (tx) => {
      const run: ScenarioRun<CredereSandbox> = { name: 'unit', env, sandbox, tx, faker, results, count: (kind, by = 1) => (counts[kind] = (counts[kind] ?? 0) + by), tick: () => undefined };
      await prepare?.(run);
      await credereScenarios.apply(run, part, '/credere');
    })
    .then(() => undefined, (failure: Error) => failure.message);
  return { counts, results, state: await state.snapshot(), ...(error ? { error } : {}) };
}

describe('Credere scenarios', () => {
  it('creates stores, then customers (faked CPF, name and what the banks require), reporting their ids', async () => {
    const outcome = await apply({ stores: [{ id: 4, integratedBanks: ['341'] }, { id: 1, integratedBanks: ['623'] }], customers: [{ count: 2, completeFor: ['341'] }] });
    expect(outcome.counts).toEqual({ stores: 2, credereCustomers: 2 });
    expect(Object.values(outcome.results.credereIds as object)).toEqual([1, 2]);
    const tables = (outcome.state as { tables: Record<string, Record<string, Record<string, unknown>>> }).tables;
    expect(tables[stores.name]?.['4']).toMatchObject({ name: expect.stringMatching(/ Veículos$/), integrated_bank_codes: ['341'] });
    expect(tables[stores.name]?.['1']).toMatchObject({ integrated_bank_codes: ['623'] });
    expect(tables[customers.name]?.['1']).toMatchObject({ born_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), has_cnh: expect.any(Boolean) });
  });

  it('gives the same state for the same seed, and another for another seed', async () => {
    const part = { customers: [{ count: 3, completeFor: ['655'] }] };
    expect(await apply(part, 7)).toEqual(await apply(part, 7));
    expect((await apply(part, 8)).state).not.toEqual((await apply(part, 7)).state);
  });

  it('reuses the customer holding the CPF when asked, without counting it', async () => {
    const part = { customers: [{ customer: { cpf: '529.982.247-25' }, ifExists: 'reuse' }] };
    const outcome = await apply(part, 7, (run) => credereScenarios.apply(run, part, '/credere'));
    expect(outcome.counts).toEqual({ credereCustomers: 1 });
    expect(outcome.results.credereIds).toEqual({ '52998224725': 1 });
    expect(credereScenarios.stateResult?.(outcome.results)).toEqual({ id: 1 });
  });

  it('draws another CPF when a faked one is already held, so large counts load', async () => {
    const first = await apply({ customers: [{ count: 1 }] });
    const held = Object.values((first.state as { tables: Record<string, Record<string, { cpf: string }>> }).tables[customers.name] ?? {})[0]?.cpf as string;
    const outcome = await apply({ customers: [{ count: 1 }] }, 7, async (run) => void (await createCustomer(run.tx, run.sandbox, { cpf: held, name: 'Já Cadastrado' }, false)));
    expect(outcome.error).toBeUndefined();
    expect(outcome.counts).toEqual({ credereCustomers: 1 });
    const cpfs = Object.values((outcome.state as { tables: Record<string, Record<string, { cpf: string }>> }).tables[customers.name] ?? {}).map((c) => c.cpf);
    expect(cpfs).toHaveLength(2);
    expect(new Set(cpfs).size).toBe(2);
  });

  it('names the pointer and answers the failure as Credere would', async () => {
    const taken = await apply({ customers: [{ customer: { cpf: '529.982.247-25' } }, { customer: { cpf: '529.982.247-25' } }] });
    expect(taken.error).toMatch(/^\/credere\/customers\/1: \{"error":\{"class":"ModelValidationError","message":"CPF já está em uso","status":422,/);
    expect((await apply({ customers: [{ completeFor: ['nope'] }] })).error).toMatch(/^\/credere\/customers\/0\/completeFor: bank nope has no requirements; known: /);
    expect((await apply({ stores: [{ id: 5, integratedBanks: ['999'] }] })).error).toMatch(/^\/credere\/stores\/0: \{"error":\{"class":"ModelValidationError"/);
  });

  it('counts customer copies for progress', () => {
    expect(credereScenarios.total({ customers: [{ count: 3 }, {}] })).toBe(4);
    expect(credereScenarios.total(undefined)).toBe(0);
  });
});
