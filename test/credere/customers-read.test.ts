import { describe, expect, it } from 'vitest';
import { createCustomer } from '../../mock/credere/customer-commands.js';
import { startMock } from '../helpers/start-mock.js';
import { API, auth, credereWrite, fullCustomer, lenient, newCpf } from './credere-fixtures.js';

type Json = Record<string, any>;

const mock = await startMock();
const names = ['Bruno Costa', 'Álvaro Lima', 'ana souza', 'Carla Álves'];
const customers: Json[] = [];
for (const name of names) {
  const response = await mock.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: lenient, customer: { ...fullCustomer(newCpf()), name } } });
  customers.push(response.body.customer);
}
const get = (path: string) => mock.call('GET', `${API}${path}`, { headers: auth });
const namesOf = (response: { body: Json }) => response.body.customers.map((c: Json) => c.name);

describe('Credere get and find customer', () => {
  it('gets a customer by id with every nested object', async () => {
    const response = await get(`/customers/${customers[1]?.id}`);
    expect(response.status).toBe(200);
    expect(response.body.customer).toEqual(customers[1]);
  });

  it.each([
    ['formatted', (cpf: string) => cpf],
    ['bare', (cpf: string) => cpf.replace(/\D/g, '')],
  ])('finds a customer by CPF sent %s', async (_how, shape) => {
    const response = await get(`/customers/find?cpf_cnpj=${encodeURIComponent(shape(customers[2]?.cpf))}`);
    expect(response.status).toBe(200);
    expect(response.body.customer.id).toBe(customers[2]?.id);
  });

  it.each([
    ['find with a CPF nobody holds', `/customers/find?cpf_cnpj=${encodeURIComponent('111.444.777-35')}`, "Couldn't find Customer"],
    ['find with a CNPJ nobody holds', '/customers/find?cpf_cnpj=11222333000181', "Couldn't find Customer"],
    ['get an unknown id', '/customers/99999', "Couldn't find Customer with 'id'=99999"],
    ['get an id that is not a number', '/customers/abc', "Couldn't find Customer"],
  ])('answers 404 ActiveRecord::RecordNotFound to %s', async (_case, path, message) => {
    const response = await get(path);
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { message, class: 'ActiveRecord::RecordNotFound', status: 404 } });
  });

  it.each([
    ['no cpf_cnpj', '/customers/find'],
    ['a cpf_cnpj that is neither a CPF nor a CNPJ', '/customers/find?cpf_cnpj=123'],
  ])('answers 400 to find with %s', async (_case, path) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ class: 'ActionController::BadRequest', status: 400 });
  });
});

describe('Credere list customers', () => {
  it.each([
    ['newest first by default', '', ['Carla Álves', 'ana souza', 'Álvaro Lima', 'Bruno Costa']],
    ['created_at_desc', '?sort=created_at_desc', ['Carla Álves', 'ana souza', 'Álvaro Lima', 'Bruno Costa']],
    ['created_at_asc', '?sort=created_at_asc', names],
    ['name_asc, ignoring case and accents', '?sort=name_asc', ['Álvaro Lima', 'ana souza', 'Bruno Costa', 'Carla Álves']],
    ['name_desc', '?sort=name_desc', ['Carla Álves', 'Bruno Costa', 'ana souza', 'Álvaro Lima']],
    ['page 2 of 3 per page', '?sort=created_at_asc&per_page=3&page=2', ['Carla Álves']],
    ['page 2 of 2 per page, newest first', '?per_page=2&page=2', ['Álvaro Lima', 'Bruno Costa']],
    ['a page past the end', '?page=9', []],
    ['a name filter without accents or case', '?name=ALVES', ['Carla Álves']],
    ['a name filter matching accented names', '?name=alv&sort=created_at_asc', ['Álvaro Lima', 'Carla Álves']],
    ['a name filter with paging', '?name=a&sort=name_asc&per_page=2&page=2', ['Bruno Costa', 'Carla Álves']],
    ['a name filter with paging, created order', '?name=l&sort=created_at_asc&per_page=1&page=2', ['Carla Álves']],
    ['a name nobody has', '?name=zzz', []],
  ])('lists %s', async (_case, query, expected) => {
    const response = await get(`/customers${query}`);
    expect(response.status).toBe(200);
    expect(namesOf(response)).toEqual(expected);
  });

  it.each([
    ['formatted', (cpf: string) => encodeURIComponent(cpf)],
    ['bare', (cpf: string) => cpf.replace(/\D/g, '')],
  ])('filters by cpf_cnpj sent %s', async (_how, shape) => {
    expect(namesOf(await get(`/customers?cpf_cnpj=${shape(customers[3]?.cpf)}`))).toEqual(['Carla Álves']);
    expect(namesOf(await get(`/customers?cpf_cnpj=${shape(customers[3]?.cpf)}&name=bruno`))).toEqual([]);
    expect(namesOf(await get('/customers?cpf_cnpj=11144477735'))).toEqual([]);
  });

  it('pages 25 customers by default and at most 100 per page', async () => {
    const many = await startMock();
    await credereWrite(many, 'default', async (tx, credere) => {
      for (let i = 0; i < 120; i++) await createCustomer(tx, credere, { cpf: newCpf(), name: `Cliente ${i}` }, false);
    });
    expect((await many.call('GET', `${API}/customers`, { headers: auth })).body.customers).toHaveLength(25);
    expect((await many.call('GET', `${API}/customers?per_page=500`, { headers: auth })).body.customers).toHaveLength(100);
  });

  it.each([['page=0'], ['per_page=0'], ['sort=newest'], ['page=x']])('answers 400 to %s', async (query) => {
    const response = await get(`/customers?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error).toMatchObject({ class: 'ActionController::BadRequest', status: 400 });
  });
});
