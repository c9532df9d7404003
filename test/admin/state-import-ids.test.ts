import { describe, expect, it } from 'vitest';
import { credereHeaders } from './api-headers.js';
import { startMock, type RunningMock } from '../helpers/start-mock.js';

const C = '/credere/api/v1';
const headers = { ...credereHeaders(), 'content-type': 'application/json' };
const bankCodes = { bank_codes: ['moneyplus'] };

const create = (mock: RunningMock, cpf: string, phones = [{ code: 84, number: 991234567, phone_type_id: 1 }]) =>
  mock.call('POST', `${C}/customers`, { headers, body: { customer: { cpf, name: 'Ana', has_cnh: true, phones }, bank_validations: bankCodes } });

/** The sandbox's state with its counters dropped, as a hand-made or trimmed snapshot comes. */
async function importWithoutCounters(mock: RunningMock): Promise<void> {
  const exported = (await mock.call('GET', '/__admin/state')).body;
  const imported = await mock.call('PUT', '/__admin/state', { body: { tables: exported.tables, meta: {} } });
  expect(imported.status, JSON.stringify(imported.body)).toBe(200);
}

describe('ids after a snapshot import', () => {
  it('gives a new Credere customer and its phones ids the imported rows do not hold', async () => {
    const mock = await startMock();
    const first = await create(mock, '529.982.247-25', [{ code: 84, number: 991234567, phone_type_id: 1 }, { code: 84, number: 32101234, phone_type_id: 3 }]);
    expect(first.status).toBe(200);
    await importWithoutCounters(mock);
    const second = await create(mock, '111.444.777-35');
    expect(second.status, JSON.stringify(second.body)).toBe(200);
    expect(second.body.customer.id).toBe(2);
    expect(second.body.customer.phones.map((p: { id: number }) => p.id)).toEqual([3]);
  });

  it('gives a phone added to an imported customer an id no other phone holds', async () => {
    const mock = await startMock();
    expect((await create(mock, '529.982.247-25')).status).toBe(200);
    await importWithoutCounters(mock);
    const patch = await mock.call('PATCH', `${C}/customers/1`, { headers, body: { customer: { phones: [{ code: 84, number: 988776655, phone_type_id: 1 }] }, bank_validations: bankCodes } });
    expect(patch.status, JSON.stringify(patch.body)).toBe(200);
    expect(patch.body.customer.phones.map((p: { id: number }) => p.id).sort()).toEqual([1, 2]);
  });

  it('imports a hand-made snapshot of one customer, then creates the next one after it', async () => {
    const mock = await startMock();
    expect((await create(mock, '529.982.247-25')).status).toBe(200);
    const row = (await mock.rows('credere.customers'))['1'];
    const stores = (await mock.call('GET', '/__admin/state')).body.tables['credere.stores'];
    await mock.call('POST', '/__admin/reset');
    const imported = await mock.call('PUT', '/__admin/state', { body: { tables: { 'credere.customers': { '1': row }, 'credere.stores': stores }, meta: {} } });
    expect(imported.status).toBe(200);
    const next = await create(mock, '111.444.777-35');
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body.customer).toMatchObject({ id: 2, phones: [{ id: 2 }] });
  });

  it('gives a new customer the next free id when the state holds customers its counter never issued (a state file without counters)', async () => {
    const mock = await startMock();
    expect((await create(mock, '529.982.247-25')).status).toBe(200);
    const world = await mock.world();
    const { tables } = await world.state.snapshot();
    await world.state.restore({ tables, meta: {} });
    const next = await create(mock, '111.444.777-35');
    expect(next.status, JSON.stringify(next.body)).toBe(200);
    expect(next.body.customer.id).toBe(2);
  });

  it('uses up no id when a create is refused', async () => {
    const mock = await startMock();
    const refused = await mock.call('POST', `${C}/customers`, {
      headers,
      body: { customer: { cpf: '529.982.247-25', name: 'Ana', phones: [{ code: 84, number: 991234567, phone_type_id: 1 }] }, bank_validations: bankCodes },
    });
    expect(refused.status).toBe(422);
    const created = await create(mock, '529.982.247-25');
    expect(created.status).toBe(200);
    expect(created.body.customer).toMatchObject({ id: 1, phones: [{ id: 1 }] });
  });
});
