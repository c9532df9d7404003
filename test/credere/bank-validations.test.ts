import { describe, expect, it } from 'vitest';
import { setIntegratedBanks } from '../../mock/credere/store-commands.js';
import { startMock } from '../helpers/start-mock.js';
import { API, auth, credereWrite, newCpf } from './credere-fixtures.js';

type Json = Record<string, any>;

const mock = await startMock();
const create = (body: unknown) => mock.call('POST', `${API}/customers`, { headers: auth, body });
/** Only what every bank of the plausible table asks for. */
const bare = (): Json => ({ cpf: newCpf(), name: 'Rita Lopes', has_cnh: true, phones: [{ code: 84, number: 991234567, phone_type_id: 1 }] });

describe('Credere bank validations', () => {
  it.each([
    ['bank_codes alone', { bank_codes: ['341'] }, { born_at: ['341'], genre_id: ['341'] }],
    ['bank_codes over store_id', { bank_codes: ['moneyplus'], store_id: 1 }, {}],
    ['several bank_codes, each field naming its banks', { bank_codes: ['341', '655'] }, {
      born_at: ['341', '655'], genre_id: ['341', '655'], 'address.zip_code': ['655'], 'address.street': ['655'], 'address.number': ['655'], 'address.city': ['655'], 'address.state_id': ['655'],
    }],
    ['store_id alone: the banks integrated with store 2', { store_id: 2 }, {
      born_at: ['394', '623'], emails: ['342', '623'], 'job_reference.income_cents': ['342'], rg: ['394'], rg_state_id: ['394'],
      'job_reference.profession_id': ['fontecred'], 'job_reference.professional_ocupation_id': ['fontecred'],
    }],
    ['an empty bank_codes list, which falls back to store_id', { bank_codes: [], store_id: 3 }, {
      born_at: ['033', '422'], emails: ['033'], mother: ['033'], genre_id: ['422'], marital_status_id: ['422'],
    }],
  ])('checks the required fields of the banks chosen by %s', async (_case, validations, missing) => {
    const before = await mock.state();
    const response = await create({ bank_validations: validations, customer: bare() });
    if (Object.keys(missing).length === 0) {
      expect(response.status).toBe(200);
      return;
    }
    expect(response.status).toBe(422);
    const expected = Object.fromEntries(Object.entries(missing).map(([field, banks]) => [field, [{ error: 'blank', banks }]]));
    expect(response.body.error.details).toEqual(expected);
    expect(await mock.state()).toEqual(before);
  });

  it('checks every bank integrated with Credere when bank_validations is absent', async () => {
    const response = await create({ customer: bare() });
    expect(response.status).toBe(422);
    expect(Object.keys(response.body.error.details).sort()).toEqual([
      'address.city', 'address.number', 'address.state_id', 'address.street', 'address.zip_code', 'born_at', 'education_id', 'emails', 'genre_id',
      'job_reference.income_cents', 'job_reference.profession_id', 'job_reference.professional_ocupation_id', 'marital_status_id', 'mother', 'rg', 'rg_state_id',
    ]);
    expect(response.body.error.details.mother).toEqual([{ error: 'blank', banks: ['033'] }]);
  });

  it('says in Portuguese which banks require each missing field', async () => {
    const response = await create({ bank_validations: { bank_codes: ['341', '422'] }, customer: bare() });
    expect(response.body.error.message).toBe(
      'Data de nascimento não pode ficar em branco (exigido pelos bancos Itaú (341) e Safra (422)), Gênero não pode ficar em branco (exigido pelos bancos Itaú (341) e Safra (422)), ' +
        'Estado civil não pode ficar em branco (exigido pelo banco Safra (422)); envie bank_validations.bank_codes ou bank_validations.store_id para validar só os bancos escolhidos',
    );
  });

  it('names the banks in one stable order, whatever the order they were asked in', async () => {
    const response = await create({ bank_validations: { bank_codes: ['moneyplus', '655', 'M22', '341', 'fontecred', '033', '623'] }, customer: bare() });
    expect(response.body.error.details.born_at).toEqual([{ error: 'blank', banks: ['033', '341', '623', '655'] }]);
    expect(response.body.error.message).toContain('Data de nascimento não pode ficar em branco (exigido pelos bancos Santander (033), Itaú (341), Pan (623) e BV (655))');
  });

  it('reports every unknown code and every known bank that is not integrated, by name', async () => {
    const before = await mock.state();
    const response = await create({ bank_validations: { bank_codes: ['999', '341', '888', '001', '104'] }, customer: bare() });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({
      'bank_validations.bank_codes': [{ error: 'unknown_bank', value: ['888', '999'] }, { error: 'not_integrated', value: ['001', '104'] }],
    });
    expect(response.body.error.message).toBe('Códigos dos bancos 888 e 999 não são bancos conhecidos, Códigos dos bancos BB (001) e Caixa (104) não são integrados à Credere');
    expect(await mock.state()).toEqual(before);
  });

  it('says "Loja não foi encontrada" for an unknown store_id', async () => {
    const response = await create({ bank_validations: { store_id: 999 }, customer: bare() });
    expect(response.status).toBe(422);
    expect(response.body.error.message).toBe('Loja não foi encontrada');
  });

  it.each([
    ['an unknown bank code', { bank_codes: ['999', '341'] }, 'bank_validations.bank_codes', { error: 'unknown_bank', value: ['999'] }],
    ['a bank that is not integrated with Credere', { bank_codes: ['001'] }, 'bank_validations.bank_codes', { error: 'not_integrated', value: ['001'] }],
    ['an unknown store', { store_id: 999 }, 'bank_validations.store_id', { error: 'not_found', value: 999 }],
  ])('answers 422 for %s before checking any field', async (_case, validations, path, entry) => {
    const before = await mock.state();
    const response = await create({ bank_validations: validations, customer: bare() });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({ [path]: [entry] });
    expect(await mock.state()).toEqual(before);
  });

  it('follows the banks a scenario integrates with a store', async () => {
    const call = (body: unknown) => mock.call('POST', `${API}/customers`, { headers: { ...auth, 'x-clientela-sandbox': 'integrations' }, body });
    expect((await call({ bank_validations: { store_id: 2 }, customer: bare() })).status).toBe(422);
    await credereWrite(mock, 'integrations', (tx, credere) => setIntegratedBanks(tx, credere, 2, ['moneyplus', '001']));
    expect((await call({ bank_validations: { store_id: 2 }, customer: bare() })).status).toBe(200);
  });

  it('checks the merged customer on update with bank_validations as on create', async () => {
    const customer = (await create({ bank_validations: { bank_codes: ['moneyplus'] }, customer: bare() })).body.customer;
    const update = (body: unknown) => mock.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body });
    expect((await update({ bank_validations: { bank_codes: ['moneyplus'] }, customer: { nickname: 'Rita' } })).status).toBe(200);
    const before = await mock.state();
    const refused = await update({ bank_validations: { bank_codes: ['341'] }, customer: { born_at: '10/10/1990' } });
    expect(refused.body.error.details).toEqual({ genre_id: [{ error: 'blank', banks: ['341'] }] });
    expect(await mock.state()).toEqual(before);
    const stillMissing = await update({ bank_validations: { bank_codes: ['341'] }, customer: { genre_id: 2 } });
    expect(stillMissing.body.error.details).toEqual({ born_at: [{ error: 'blank', banks: ['341'] }] });
    expect((await update({ bank_validations: { bank_codes: ['341'] }, customer: { genre_id: 2, born_at: '10/10/1990' } })).body.customer).toMatchObject({ genre_id: 2, born_at: '1990-10-10', nickname: 'Rita' });
  });

  it('checks every integrated bank on an update without bank_validations, as on create', async () => {
    const customer = (await create({ bank_validations: { bank_codes: ['moneyplus'] }, customer: bare() })).body.customer;
    const update = (method: string, body: unknown) => mock.call(method, `${API}/customers/${customer.id}`, { headers: auth, body });
    for (const method of ['PUT', 'PATCH']) {
      const before = await mock.state();
      const refused = await update(method, { customer: { nickname: 'Rita' } });
      expect(refused.status).toBe(422);
      expect(refused.body.error.details.mother).toEqual([{ error: 'blank', banks: ['033'] }]);
      expect(refused.body.error.message).toMatch(/; envie bank_validations\.bank_codes ou bank_validations\.store_id para validar só os bancos escolhidos$/);
      expect(await mock.state()).toEqual(before);
    }
    // A store narrows the check as on create; a body that changes nothing has nothing to check.
    expect((await update('PATCH', { bank_validations: { store_id: 1 }, customer: { nickname: 'Rita' } })).status).toBe(422);
    expect((await update('PATCH', { customer: { name: customer.name } })).status).toBe(200);
  });

  it('checks no bank on an update without bank_validations when the server runs with lenient updates', async () => {
    const lenientMock = await startMock({ config: { credere: { lenientUpdates: true } } });
    const created = await lenientMock.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: { bank_codes: ['moneyplus'] }, customer: bare() } });
    const path = `${API}/customers/${created.body.customer.id}`;
    const response = await lenientMock.call('PATCH', path, { headers: auth, body: { customer: { nickname: 'Rita' } } });
    expect(response.status).toBe(200);
    expect(response.body.customer.nickname).toBe('Rita');
    const asked = await lenientMock.call('PATCH', path, { headers: auth, body: { bank_validations: { bank_codes: ['341'] }, customer: { nickname: 'Rosa' } } });
    expect(asked.status).toBe(422);
  });

  it('reads the required fields from the bank requirements file option', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'credere-')), 'requirements.json');
    writeFileSync(file, JSON.stringify({ requirements: { '341': { required: ['nickname', 'phones.phone_type_id'] } } }));
    const custom = await startMock({ config: { credere: { bankRequirementsFile: file } } });
    const response = await custom.call('POST', `${API}/customers`, { headers: auth, body: { customer: bare() } });
    expect(response.body.error.details).toEqual({ nickname: [{ error: 'blank', banks: ['341'] }] });
  });
});
