import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { ScenarioCatalogue } from '../../src/scenarios/scenario-catalogue.js';
import { scenarioPartsOf } from '../../src/scenarios/scenario-parts.js';
import { type SandboxedMock, sharedMock } from '../helpers/start-mock.js';
import { API, auth, fullCustomer, lenient } from './credere-fixtures.js';

type Json = Record<string, any>;

const sandbox = sharedMock();
const catalogue = new ScenarioCatalogue(scenarioPartsOf(builtInPlugins));
/** load-100k holds no Credere customer and takes long to load. */
const shipped = catalogue.names().filter((name) => name !== 'load-100k');

/** Every customer of the sandbox, as GET /customers/:id answers it. */
async function everyCustomer(mock: SandboxedMock): Promise<Json[]> {
  const out: Json[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await mock.call('GET', `${API}/customers?page=${page}&per_page=100`, { headers: auth });
    expect(status).toBe(200);
    if (body.customers.length === 0) return out;
    for (const listed of body.customers) {
      const one = await mock.call('GET', `${API}/customers/${listed.id}`, { headers: auth });
      expect(one.status).toBe(200);
      out.push(one.body.customer);
    }
  }
}

/** `customer` without the timestamps an update may move. */
function withoutUpdatedAt(customer: Json): Json {
  return JSON.parse(JSON.stringify(customer, (key, value) => (key === 'updated_at' ? undefined : value)));
}

let roundTripped = 0;

describe('Credere round trip: a customer as returned, sent back, changes nothing', () => {
  it.each(shipped.flatMap((name) => ['PUT', 'PATCH'].map((method) => [name, method] as const)))('%s, every customer sent back with %s', async (name, method) => {
    const mock = sandbox();
    const loaded = await mock.call('POST', `/__admin/scenarios/${name}?sandbox=${mock.sandbox}`, { body: {} });
    expect(loaded.status, JSON.stringify(loaded.body)).toBe(200);
    const customers = await everyCustomer(mock);
    roundTripped += customers.length;
    for (const customer of customers) {
      const response = await mock.call(method, `${API}/customers/${customer.id}`, { headers: auth, body: { customer } });
      expect(response.status, `${name} customer ${customer.id}: ${JSON.stringify(response.body).slice(0, 2000)}`).toBe(200);
      expect(withoutUpdatedAt(response.body.customer)).toEqual(withoutUpdatedAt(customer));
      const again = await mock.call('GET', `${API}/customers/${customer.id}`, { headers: auth });
      expect(withoutUpdatedAt(again.body.customer)).toEqual(withoutUpdatedAt(customer));
    }
  });
});

describe('Credere round trip: what else Rails accepts and refuses', () => {
  it('sent every shipped customer back (the loop above is not empty)', () => {
    expect(roundTripped).toBeGreaterThanOrEqual(16);
  });

  /** A fresh sandbox holding one full customer, and a PATCH of it. */
  async function oneCustomer(): Promise<{ customer: Json; patch: (customer: Json) => Promise<{ status: number; body: any }>; mock: SandboxedMock }> {
    const mock = sandbox();
    const created = await mock.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: lenient, customer: { ...fullCustomer(), nickname: 'Nina', born_at: '14/03/1988' } } });
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const customer = created.body.customer as Json;
    return { customer, mock, patch: (body) => mock.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body: { bank_validations: lenient, customer: body } }) };
  }

  it.each([
    ['yyyy-mm-dd', '2001-12-25'],
    ['dd/mm/yyyy', '25/12/2001'],
  ])('takes a date written %s and answers it as yyyy-mm-dd', async (_form, date) => {
    const { patch } = await oneCustomer();
    const response = await patch({ born_at: date, job_reference: { joined_at: date } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.customer.born_at).toBe('2001-12-25');
    expect(response.body.customer.job_reference.joined_at).toBe('2001-12-25');
  });

  it('clears an optional attribute sent as null, and a nested object sent as null', async () => {
    const { patch, mock, customer } = await oneCustomer();
    const response = await patch({ nickname: null, born_at: null, accountant: null, job_reference: { id: customer.job_reference.id, income_cents: null, address: null } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.customer).toMatchObject({ nickname: null, born_at: null, accountant: null, job_reference: { income_cents: null, address: null, name: 'Oficina' } });
    const stored = (await mock.rows('credere.customers'))[customer.id];
    expect(stored).not.toHaveProperty('nickname');
    expect(stored.job_reference).not.toHaveProperty('address');
  });

  it('reads numeric strings as the integers of integer columns', async () => {
    const { patch, customer } = await oneCustomer();
    const response = await patch({ genre_id: '2', phones: [{ id: customer.phones[0].id, code: '21', number: '987650000' }], job_reference: { id: customer.job_reference.id, income_cents: '420000' } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.customer).toMatchObject({ genre_id: 2, genre: { id: 2 }, job_reference: { income_cents: 420000 } });
    expect(response.body.customer.phones[0]).toMatchObject({ code: 21, number: 987650000 });
  });

  it('ignores the read-only attributes it returns, whatever they hold', async () => {
    const { patch, customer } = await oneCustomer();
    const response = await patch({ object_type: 'Nothing', created_at: 'yesterday', state: 'aprovado', genre: { id: 1, name: 'Outro' }, partners: [{ x: 1 }], phones: [{ id: customer.phones[0].id, phone_type: null, object_type: 'Phone' }] });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.customer).toMatchObject({ object_type: 'Customer', created_at: customer.created_at, state: 'checagem', genre: customer.genre, partners: [] });
    expect(response.body.customer.phones[0].phone_type).toEqual(customer.phones[0].phone_type);
  });

  it.each([
    ['an impossible date', { born_at: '31/02/2000' }, 'born_at', 'invalid'],
    ['an impossible ISO date', { rg_date: '2000-02-30' }, 'rg_date', 'invalid'],
    ['an unknown domain id', { genre_id: 999 }, 'genre_id', 'inclusion'],
    ['an unknown domain id as a string', { marital_status_id: '999' }, 'marital_status_id', 'inclusion'],
    ['a CPF with a wrong check digit', { spouse_cpf: '529.982.247-26' }, 'spouse_cpf', 'invalid'],
    ['an employer CNPJ with a wrong check digit', { job_reference: { cnpj: '11.222.333/0001-82' } }, 'job_reference.cnpj', 'invalid'],
    ['a non-numeric string for an integer', { phones: [{ code: '8a' }] }, 'phones.0.code', 'invalid'],
    ['null for the name', { name: null }, 'name', 'invalid'],
    ['an unknown key', { foo: 1 }, 'customer.foo', 'unknown_attribute'],
  ])('still refuses %s, changing nothing', async (_case, body, path, error) => {
    const { patch, mock } = await oneCustomer();
    const before = await mock.state();
    const response = await patch(body);
    expect(response.status, JSON.stringify(response.body)).toBe(422);
    expect(response.body.error.details).toEqual({ [path]: [expect.objectContaining({ error })] });
    expect(await mock.state()).toEqual(before);
  });
});
