import { describe, expect, it } from 'vitest';
import { startMock } from '../helpers/start-mock.js';
import { API, auth, exampleBody, fullCustomer, lenient, withoutIds } from './credere-fixtures.js';

type Json = Record<string, any>;

// These tests are about merging: updates check no bank here (bank checks on update: bank-validations.test.ts).
const mock = await startMock({ config: { credere: { lenientUpdates: true } } });
const replacing = await startMock({ config: { credere: { replaceCollections: true, lenientUpdates: true } } });

async function created(target = mock, customer: Json = fullCustomer()): Promise<Json> {
  const response = await target.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: lenient, customer } });
  expect(response.status).toBe(200);
  return response.body.customer;
}

const counts = (customer: Json) => ({
  phones: customer.phones.length,
  emails: customer.emails.length,
  addresses: customer.addresses.length,
  bank_references: customer.bank_references.length,
  personal_references: customer.personal_references.length,
});

/** The ids of every nested object, by where it sits. */
const idsOf = (c: Json) => ({
  address: c.address.id, addresses: c.addresses.map((a: Json) => a.id), phones: c.phones.map((p: Json) => p.id), emails: c.emails.map((e: Json) => e.id),
  bank_references: c.bank_references.map((b: Json) => b.id), job_reference: c.job_reference.id, job_address: c.job_reference.address.id,
  job_phone: c.job_reference.phone.id, previous_job_phone: c.job_reference.previous_job_phone.id,
  personal_references: c.personal_references.map((p: Json) => p.id), reference_phone: c.personal_references[0].phone.id,
  accountant: c.accountant.id, accountant_phone: c.accountant.phone.id,
});

/** A fresh sandbox of its own and the customer of the "seed" create example made in it, so each test stands alone. */
async function seedFlow(sandbox: string): Promise<{ call: (method: string, path: string, body?: unknown) => ReturnType<typeof mock.call>; first: Json }> {
  const call = (method: string, path: string, body?: unknown) => mock.call(method, `${API}${path}`, { headers: { ...auth, 'x-clientela-sandbox': sandbox }, body });
  expect((await mock.state(sandbox)).tables['credere.customers'] ?? {}).toEqual({});
  const response = await call('POST', '/customers', exampleBody('customersCreate', 'seed'));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return { call, first: response.body.customer };
}

describe('Credere update customer, with the "atualizar cliente" example', () => {
  it('creates the example body and assigns, in a fresh sandbox, exactly the ids the update example carries', async () => {
    const { first } = await seedFlow('seed-ids');
    expect(idsOf(first)).toEqual({
      address: 1, addresses: [2, 3], phones: [1, 2], emails: [1], bank_references: [1], job_reference: 1, job_address: 4, job_phone: 3,
      previous_job_phone: 4, personal_references: [1], reference_phone: 5, accountant: 2, accountant_phone: 6,
    });
  });

  it('updates with the ids returned by create without creating a single duplicate', async () => {
    const { call, first } = await seedFlow('seed-update');
    const body = exampleBody('customersUpdate', 'seed');
    (body.customer as Json).nickname = 'Novo apelido';
    (body.customer as Json).phones[1].number = 988776655;
    const response = await call('PUT', `/customers/${first.id}`, body);
    expect(response.status).toBe(200);
    const updated = response.body.customer;
    expect(counts(updated)).toEqual(counts(first));
    expect(counts(updated)).toEqual({ phones: 2, emails: 1, addresses: 2, bank_references: 1, personal_references: 1 });
    expect(idsOf(updated)).toEqual(idsOf(first));
    expect(updated.nickname).toBe('Novo apelido');
    expect(updated.phones[1].number).toBe(988776655);
    expect(updated.created_at).toBe(first.created_at);
  });

  it('shows the duplicates the docs warn about when the same body is sent again without ids', async () => {
    const { call, first } = await seedFlow('seed-duplicates');
    const body = withoutIds(exampleBody('customersUpdate', 'seed'));
    const response = await call('PATCH', `/customers/${first.id}`, body);
    expect(response.status).toBe(200);
    const twice = response.body.customer;
    expect(counts(twice)).toEqual({ phones: 4, emails: 2, addresses: 4, bank_references: 2, personal_references: 2 });
    expect(twice.phones.slice(0, 2).map((p: Json) => p.id)).toEqual([1, 2]);
    // A single nested object sent without its id is a new object that takes the place of the old one.
    expect(twice.address.id).not.toBe(first.address.id);
    expect(twice.accountant.id).not.toBe(first.accountant.id);
  });
});

describe('Credere update customer', () => {
  it('changes the scalars sent and keeps the others, on PUT and on PATCH', async () => {
    const customer = await created();
    for (const method of ['PUT', 'PATCH']) {
      const response = await mock.call(method, `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { nickname: method, genre_id: 2 } } });
      expect(response.status).toBe(200);
      expect(response.body.customer).toMatchObject({ name: 'Ana Souza', nickname: method, genre: { id: 2 }, phones: customer.phones });
    }
  });

  it('merges the fields sent into the nested object whose id is given and leaves its other fields', async () => {
    const customer = await created();
    const phone = customer.phones[1];
    const response = await mock.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { phones: [{ id: phone.id, number: 912345678 }] } } });
    expect(response.body.customer.phones).toHaveLength(2);
    expect(response.body.customer.phones[1]).toMatchObject({ id: phone.id, code: 84, number: 912345678, phone_type: { id: 3 } });
    expect(response.body.customer.phones[0]).toEqual(customer.phones[0]);
  });

  it.each([
    ['a phone of another customer', (other: Json) => ({ phones: [{ code: 84 }, { id: other.phones[0].id, number: 912345678 }] }), 'phones.1.id'],
    ['the address of another customer', (other: Json) => ({ address: { id: other.address.id, city: 'Recife' } }), 'address.id'],
    ['a nested phone of another customer', (other: Json) => ({ job_reference: { phone: { id: other.job_reference.phone.id } } }), 'job_reference.phone.id'],
    ['an id that exists nowhere', () => ({ emails: [{ id: 99999, address: 'x@example.com' }] }), 'emails.0.id'],
  ])('answers 422 not_found naming the path for %s, and changes nothing', async (_case, patch, path) => {
    const other = await created();
    const customer = await created();
    const before = await mock.state();
    const response = await mock.call('PUT', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: patch(other) } });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({ [path]: [expect.objectContaining({ error: 'not_found' })] });
    expect(await mock.state()).toEqual(before);
  });

  it('answers 422 taken when the CPF is changed to another customer\'s', async () => {
    const other = await created();
    const customer = await created();
    const before = await mock.state();
    const response = await mock.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { cpf: other.cpf } } });
    expect(response.body.error.details).toEqual({ cpf: [{ error: 'taken', value: other.cpf }] });
    expect(await mock.state()).toEqual(before);
  });

  it.each([
    ['PUT', '/customers/99999', 404],
    ['PATCH', '/customers/99999', 404],
    ['PUT', '/customers/abc', 404],
  ])('%s %s answers %i ActiveRecord::RecordNotFound', async (method, path, status) => {
    const before = await mock.state();
    const response = await mock.call(method, `${API}${path}`, { headers: auth, body: { customer: { name: 'X' } } });
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ class: 'ActiveRecord::RecordNotFound', status: 404, message: expect.stringMatching(/^Couldn't find Customer/) });
    expect(await mock.state()).toEqual(before);
  });

  it('keeps updated_at when an update changes nothing', async () => {
    const customer = await created();
    const response = await mock.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { name: customer.name, phones: [{ id: customer.phones[0].id, code: 84 }] } } });
    expect(response.body.customer).toEqual(customer);
  });
});

describe('Credere update customer with the replace-collections option', () => {
  it('replaces a collection that is sent by its items (ids kept) and keeps collections not sent', async () => {
    const customer = await created(replacing);
    const kept = customer.phones[1];
    const response = await replacing.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { phones: [{ id: kept.id, number: 912345678 }, { code: 11, number: 30304040, phone_type_id: 4 }] } } });
    expect(response.status).toBe(200);
    const phones = response.body.customer.phones;
    expect(phones.map((p: Json) => p.id)).toEqual([kept.id, expect.any(Number)]);
    expect(phones[1].id).toBeGreaterThan(customer.job_reference.phone.id);
    expect(response.body.customer.emails).toEqual(customer.emails);
    expect(response.body.customer.addresses).toEqual(customer.addresses);
  });

  it('empties a collection sent as an empty list', async () => {
    const customer = await created(replacing);
    const response = await replacing.call('PUT', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { emails: [] } } });
    expect(response.body.customer.emails).toEqual([]);
    expect(response.body.customer.phones).toEqual(customer.phones);
  });

  it('merges by default: the same request appends instead', async () => {
    const customer = await created();
    const response = await mock.call('PATCH', `${API}/customers/${customer.id}`, { headers: auth, body: { customer: { emails: [] , phones: [{ code: 11, number: 30304040 }] } } });
    expect(response.body.customer.emails).toEqual(customer.emails);
    expect(response.body.customer.phones).toHaveLength(3);
  });
});
