import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { loadCredereData } from '../../mock/credere/load-credere-data.js';
import type { CredereSandbox } from '../../mock/credere/credere-sandbox.js';
import { addStore, setIntegratedBanks } from '../../mock/credere/store-commands.js';
import { DomainError } from '../../src/plugin/domain-error.js';
import type { StateWriter } from '../../src/state/state-store.js';
import { API, auth, credereWrite } from './credere-fixtures.js';

type Json = Record<string, any>;

const mock = await startMock();
const get = (path: string, sandbox = 'default') => mock.call('GET', `${API}${path}`, { headers: { ...auth, 'x-clientela-sandbox': sandbox } });

describe('Credere domains', () => {
  it('lists every domain, the 27 states among them', async () => {
    const response = await get('/domains');
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.domains).sort()).toEqual([
      'address_type', 'another_income_type', 'build_type', 'cnh_type', 'company_activity', 'document_type', 'education', 'genre', 'marital_status',
      'phone_type', 'profession', 'professional_ocupation', 'property', 'relationship', 'states',
    ]);
    expect(response.body.domains.states).toHaveLength(27);
    expect(response.body.domains.states[19]).toEqual({ id: 20, name: 'Rio Grande do Norte', abbreviation: 'RN' });
  });

  it('lists only the types asked for', async () => {
    const response = await get('/domains?types=genre,marital_status');
    expect(response.body.domains).toEqual({
      genre: [{ id: 1, name: 'Masculino' }, { id: 2, name: 'Feminino' }],
      marital_status: expect.arrayContaining([{ id: 1, name: 'Casado', honda_code: 'C' }]),
    });
  });

  it.each([
    ['genre,colour', /^unknown domain type colour; known types: address_type, /],
    ['Genre', /^Parâmetro inválido: types não está no formato esperado$/],
  ])('answers 400 to types=%s', async (types, message) => {
    const response = await get(`/domains?types=${types}`);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ class: 'ActionController::BadRequest', message: expect.stringMatching(message) });
  });

  it.each([
    ['phone_type', [1, 2, 3, 5]], ['build_type', [3, 6]], ['states', [2, 20]], ['profession', [1, 2]], ['professional_ocupation', [6, 7]],
    ['address_type', [1, 2, 3, 4]], ['another_income_type', [2]], ['company_activity', [2]], ['education', [5]], ['property', [4]], ['marital_status', [1, 2]],
  ])('holds the %s ids used by the references (%j)', async (type, ids) => {
    const listed = (await get(`/domains?types=${type}`)).body.domains[type].map((item: Json) => item.id);
    expect(listed).toEqual(expect.arrayContaining(ids));
  });
});

describe('Credere banks and stores', () => {
  it('lists the banks with their codes, the non-FEBRABAN lenders included', async () => {
    const response = await get('/banks');
    const codes = response.body.banks.map((bank: Json) => bank.code);
    expect(codes).toEqual(expect.arrayContaining(['001', '033', '341', '655', 'fontecred', 'moneyplus', 'M22']));
    expect(response.body.banks[0]).toMatchObject({ object_type: 'Bank', id: 1, code: '001' });
  });

  it('has one bank integrated with Credere per entry of the requirements table, each a listed bank', () => {
    const data = loadCredereData();
    const integrated = data.banks.filter((bank) => bank.integrated).map((bank) => bank.code).sort();
    expect([...data.requirements.keys()].sort()).toEqual(integrated);
  });

  it('lists the stores without their bank metadata', async () => {
    const response = await get('/stores');
    expect(response.body.stores.map((store: Json) => store.id)).toEqual([1, 2, 3]);
    expect(response.body.stores[0]).not.toHaveProperty('integrated_bank_codes');
  });

  it('lists the banks integrated with a store', async () => {
    const response = await get('/stores/1/integrated_banks');
    expect(response.body.banks.map((bank: Json) => bank.code)).toEqual(['033', '341', '655', 'M22']);
  });

  it.each([['/stores/999/integrated_banks', "Couldn't find Store with 'id'=999"], ['/stores/x/integrated_banks', "Couldn't find Store"]])('answers 404 for %s', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { message, class: 'ActiveRecord::RecordNotFound', status: 404 } });
  });

  it('serves the stores and integrations a scenario adds, in that sandbox only', async () => {
    const store = await credereWrite(mock, 'stores', (tx, credere) => addStore(tx, credere, { name: 'Recife Motos Ltda', uf: 'PE', city: 'Recife', cnpj: '11.222.333/0001-81', integrated_bank_codes: ['623'] }));
    expect(store.id).toBe(4);
    await credereWrite(mock, 'stores', (tx, credere) => setIntegratedBanks(tx, credere, store.id, ['341', 'M22']));
    expect((await get('/stores', 'stores')).body.stores.at(-1)).toMatchObject({ id: 4, name: 'Recife Motos Ltda', uf: 'PE', display_name: null });
    expect((await get('/stores/4/integrated_banks', 'stores')).body.banks.map((bank: Json) => bank.code)).toEqual(['341', 'M22']);
    expect((await get('/stores/4/integrated_banks')).status).toBe(404);
  });

  it.each([
    ['a taken id', (tx: StateWriter, credere: CredereSandbox) => addStore(tx, credere, { id: 1, name: 'Outra' }), { id: [{ error: 'taken', value: 1 }] }],
    ['a bad CNPJ', (tx: StateWriter, credere: CredereSandbox) => addStore(tx, credere, { name: 'Outra', cnpj: '11.222.333/0001-82' }), { cnpj: [{ error: 'invalid', value: '11.222.333/0001-82' }] }],
    ['an unknown bank code', (tx: StateWriter, credere: CredereSandbox) => setIntegratedBanks(tx, credere, 1, ['999']), { integrated_bank_codes: [{ error: 'inclusion', value: '999' }] }],
  ])('refuses a store command with %s and changes nothing', async (_case, command, details) => {
    const before = await mock.state('bad-stores');
    const refusal = await credereWrite(mock, 'bad-stores', command).then(() => undefined, (error: unknown) => error);
    expect(refusal).toBeInstanceOf(DomainError);
    // Rendered as Credere answers it: 422 ModelValidationError naming the fields.
    const rendered = mock.api('credere').runtime.errors.domain(refusal as DomainError, mock.registry.get('storesList'));
    expect(rendered).toMatchObject({ status: 422, body: { error: expect.objectContaining({ details }) } });
    expect(await mock.state('bad-stores')).toEqual(before);
  });
});
