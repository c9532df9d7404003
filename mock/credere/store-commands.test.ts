import { describe, expect, it } from 'vitest';
import { stores } from './credere-collections.js';
import { credereTestSandbox } from './credere-test-sandbox.js';
import { addStore, listStores, setIntegratedBanks } from './store-commands.js';

describe('Credere store commands', () => {
  it('starts every sandbox with the stores of data/credere, once', async () => {
    const { state, runtime, sandbox } = await credereTestSandbox();
    await state.transaction((tx) => runtime.initialize?.(tx, sandbox) ?? Promise.resolve());
    const listed = await state.transaction((tx) => listStores(tx));
    expect(listed.map((store) => store.id)).toEqual([1, 2, 3]);
    expect(listed[0]).toMatchObject({ name: 'Natal Motos Comércio de Veículos Ltda', integrated_bank_codes: ['033', '341', '655', 'M22'] });
    expect(listed[0]).not.toHaveProperty('object_type');
  });

  it('adds a store with the next free id, nulls for what is not given, after the others', async () => {
    const { state, sandbox } = await credereTestSandbox();
    const added = await state.transaction((tx) => addStore(tx, sandbox, { name: 'Recife Motos', uf: 'PE', integrated_bank_codes: ['623'] }));
    expect(added).toMatchObject({ id: 4, name: 'Recife Motos', uf: 'PE', display_name: null, created_at: '2026-01-01T12:00:00.000-03:00' });
    await state.transaction((tx) => addStore(tx, sandbox, { id: 10, name: 'Dez' }));
    expect((await state.transaction((tx) => addStore(tx, sandbox, { name: 'Onze' }))).id).toBe(11);
    expect((await state.transaction((tx) => listStores(tx))).map((store) => store.id)).toEqual([1, 2, 3, 4, 10, 11]);
  });

  it.each([
    ['a taken id', { id: 1, name: 'Outra' }, { id: [{ error: 'taken', value: 1 }] }],
    ['a blank name', { name: ' ' }, { name: [{ error: 'blank' }] }],
    ['a bad CNPJ', { name: 'Outra', cnpj: '11.222.333/0001-82' }, { cnpj: [{ error: 'invalid', value: '11.222.333/0001-82' }] }],
    ['an unknown bank code', { name: 'Outra', integrated_bank_codes: ['999'] }, { integrated_bank_codes: [{ error: 'inclusion', value: '999' }] }],
  ])('refuses a store with %s before writing anything', async (_case, input, errors) => {
    const { state, sandbox } = await credereTestSandbox();
    const before = await state.snapshot();
    const refused = await state.transaction((tx) => addStore(tx, sandbox, input), { atomic: false }).catch((error: unknown) => error);
    expect(refused).toMatchObject({ code: 'invalid', detail: { errors } });
    expect(await state.snapshot()).toEqual(before);
  });

  it('sets the banks integrated with a store, each once, and refuses an unknown store or bank', async () => {
    const { state, sandbox } = await credereTestSandbox();
    await state.transaction((tx) => setIntegratedBanks(tx, sandbox, 2, ['341', 'M22', '341']));
    expect((await state.transaction((tx) => tx.get(stores, '2')))?.integrated_bank_codes).toEqual(['341', 'M22']);
    const unknown = await state.transaction((tx) => setIntegratedBanks(tx, sandbox, 9, ['341'])).catch((error: unknown) => error);
    expect(unknown).toMatchObject({ code: 'not-found', detail: { model: 'Store', id: 9 } });
    const bad = await state.transaction((tx) => setIntegratedBanks(tx, sandbox, 2, ['999'])).catch((error: unknown) => error);
    expect(bad).toMatchObject({ code: 'invalid', detail: { errors: { integrated_bank_codes: [{ error: 'inclusion', value: '999' }] } } });
  });
});
