import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/plugin/domain-error.js';
import { customers } from './credere-collections.js';
import { credereTestSandbox } from './credere-test-sandbox.js';
import { createCustomer, findByDocument, updateCustomer } from './customer-commands.js';

const ana = { cpf: '529.982.247-25', name: 'Ana Souza', phones: [{ code: 84, number: 911111111 }, { code: 84, number: 922222222 }] };

describe('Credere customer commands', () => {
  it('creates a customer with per-type ids from the sequences and finds it by CPF or CNPJ', async () => {
    const { state, sandbox } = await credereTestSandbox();
    const created = await state.transaction((tx) => createCustomer(tx, sandbox, { ...ana, cnpj: '11.222.333/0001-81' }, false));
    expect(created).toMatchObject({ id: 1, phones: [{ id: 1 }, { id: 2 }], created_at: Date.parse('2026-01-01T15:00:00Z') });
    expect(await state.transaction(async (tx) => [await tx.counter('credere.seq.Customer'), await tx.counter('credere.seq.Phone')])).toEqual([1, 2]);
    expect((await state.transaction((tx) => findByDocument(tx, '52998224725')))?.id).toBe(1);
    expect((await state.transaction((tx) => findByDocument(tx, '11222333000181')))?.id).toBe(1);
    expect(await state.transaction((tx) => findByDocument(tx, '123'))).toBeUndefined();
  });

  it('refuses a taken CPF with an invalid error before any write (even without rollback), not even a sequence', async () => {
    const { state, sandbox } = await credereTestSandbox();
    await state.transaction((tx) => createCustomer(tx, sandbox, ana, false));
    const before = await state.snapshot();
    const refused = await state.transaction((tx) => createCustomer(tx, sandbox, { ...ana, name: 'Outra' }, false), { atomic: false }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'invalid', detail: { errors: { cpf: [{ error: 'taken', value: ana.cpf }] } } });
    expect(await state.snapshot()).toEqual(before);
  });

  it('checks the banks asked for before writing: a missing required field is refused', async () => {
    const { state, sandbox } = await credereTestSandbox();
    const refused = await state.transaction((tx) => createCustomer(tx, sandbox, ana, { bank_codes: ['341'] }), { atomic: false }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'invalid', detail: { errors: { born_at: [{ error: 'blank', banks: ['341'] }] } } });
    expect(await state.transaction((tx) => tx.size(customers))).toBe(0);
    expect(await state.transaction((tx) => tx.counter('credere.seq.Phone'))).toBe(0);
  });

  it('updates by id, merging nested objects, and answers not-found for an unknown customer', async () => {
    const { state, sandbox } = await credereTestSandbox({ lenientUpdates: true });
    await state.transaction((tx) => createCustomer(tx, sandbox, ana, false));
    const updated = await state.transaction((tx) => updateCustomer(tx, sandbox, 1, { nickname: 'Nina', phones: [{ id: 2, number: 933333333 }] }));
    expect(updated).toMatchObject({ nickname: 'Nina', phones: [{ id: 1, number: 911111111 }, { id: 2, number: 933333333 }] });
    expect(await state.transaction((tx) => tx.get(customers, '1'))).toEqual(updated);
    const missing = await state.transaction((tx) => updateCustomer(tx, sandbox, 9, { nickname: 'x' })).catch((error: unknown) => error);
    expect(missing).toMatchObject({ code: 'not-found', detail: { model: 'Customer', id: 9 } });
  });

  it('checks every integrated bank on an update without bank validations, unless lenientUpdates', async () => {
    const strict = await credereTestSandbox();
    await strict.state.transaction((tx) => createCustomer(tx, strict.sandbox, ana, false));
    const refused = await strict.state.transaction((tx) => updateCustomer(tx, strict.sandbox, 1, { nickname: 'Nina' })).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'invalid', detail: { errors: { born_at: [{ error: 'blank' }] } } });
    expect((await strict.state.transaction((tx) => updateCustomer(tx, strict.sandbox, 1, { name: ana.name }))).name).toBe(ana.name);
    const narrowed = await strict.state.transaction((tx) => updateCustomer(tx, strict.sandbox, 1, { nickname: 'Nina', has_cnh: true }, { bankValidations: { bank_codes: ['moneyplus'] } }));
    expect(narrowed.nickname).toBe('Nina');
  });

  it('replaces collections on update when the server is configured so', async () => {
    const { state, sandbox } = await credereTestSandbox({ replaceCollections: true, lenientUpdates: true });
    await state.transaction((tx) => createCustomer(tx, sandbox, ana, false));
    const updated = await state.transaction((tx) => updateCustomer(tx, sandbox, 1, { phones: [{ id: 2 }] }));
    expect(updated.phones?.map((phone) => phone.id)).toEqual([2]);
  });
});
