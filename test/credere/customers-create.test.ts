import { describe, expect, it } from 'vitest';
import { inSandbox, startMock } from '../helpers/start-mock.js';
import { API, auth, fullCustomer, lenient, newCpf, withValue } from './credere-fixtures.js';

const mock = await startMock();
const restricted = await startMock({ config: { credere: { tokens: ['good-key'] } } });
const small = await startMock({ bodyLimit: '1kb' });
const create = (body: unknown, headers: Record<string, string> = auth) => mock.call('POST', `${API}/customers`, { headers, body });

describe('Credere create customer', () => {
  it('assigns ids to the customer and every nested object and answers the full customer', async () => {
    const response = await create({ bank_validations: lenient, customer: fullCustomer() });
    expect(response.status).toBe(200);
    const customer = response.body.customer;
    expect(customer).toMatchObject({ object_type: 'Customer', name: 'Ana Souza', state: 'checagem', born_at: null, genre: null });
    for (const nested of [customer.address, customer.job_reference, customer.job_reference.address, customer.job_reference.phone, ...customer.phones, ...customer.emails, ...customer.addresses, ...customer.personal_references, customer.personal_references[0].phone]) {
      expect(nested.id).toBeGreaterThan(0);
    }
    expect(customer.phones[0].phone_type).toMatchObject({ object_type: 'PhoneType', id: 1, name: 'Celular' });
    expect(customer.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}-03:00$/);
  });

  it('stores request dates dd/mm/yyyy and answers them ISO, money in cents and documents formatted', async () => {
    const cpf = newCpf();
    const customer = { ...fullCustomer(cpf.replace(/\D/g, '')), born_at: '29/02/2000', spouse_cpf: '11144477735' };
    const response = await create({ bank_validations: lenient, customer });
    expect(response.body.customer).toMatchObject({ cpf, born_at: '2000-02-29', spouse_cpf: '111.444.777-35', job_reference: { income_cents: 350000 } });
  });

  it.each([
    ['formatted', (cpf: string) => cpf],
    ['bare', (cpf: string) => cpf.replace(/\D/g, '')],
  ])('answers 422 taken on details.cpf when the CPF is already registered (sent %s)', async (_how, shape) => {
    const cpf = newCpf();
    expect((await create({ bank_validations: lenient, customer: fullCustomer(cpf) })).status).toBe(200);
    const before = await mock.state();
    const response = await create({ bank_validations: lenient, customer: fullCustomer(shape(cpf)) });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ class: 'ModelValidationError', status: 422, message: 'CPF já está em uso', details: { cpf: [{ error: 'taken' }] } });
    expect(await mock.state()).toEqual(before);
  });

  it('answers 422 taken on details.cnpj when a company CNPJ is already registered', async () => {
    expect((await create({ bank_validations: lenient, customer: { ...fullCustomer(), cnpj: '11.222.333/0001-81' } })).status).toBe(200);
    const response = await create({ bank_validations: lenient, customer: { ...fullCustomer(), cnpj: '11222333000181' } });
    expect(response.body.error.details).toEqual({ cnpj: [{ error: 'taken', value: '11222333000181' }] });
  });

  it.each([
    ['address_type_id', 'address.address_type_id', 99],
    ['another_income_type_id', 'job_reference.another_income_type_id', 99],
    ['build_type_id', 'addresses.0.build_type_id', 99],
    ['cnh_type_id', 'cnh_type_id', 99],
    ['company_activity_id', 'job_reference.company_activity_id', 99],
    ['document_type', 'document_type', 'XX'],
    ['education_id', 'education_id', 99],
    ['genre_id', 'genre_id', 3],
    ['marital_status_id', 'marital_status_id', 99],
    ['phone_type_id', 'phones.1.phone_type_id', 99],
    ['profession_id', 'job_reference.profession_id', 999],
    ['professional_ocupation_id', 'job_reference.professional_ocupation_id', 99],
    ['property', 'property', 99],
    ['relationship', 'personal_references.0.relationship', 'Vizinho'],
    ['rg_state_id', 'rg_state_id', 28],
    ['state_id', 'job_reference.address.state_id', 28],
    ['state_of_birth_id', 'state_of_birth_id', 28],
    ['bank_id', 'bank_references.0.bank_id', 999],
    ['previous_funding_bank_id', 'previous_funding_bank_id', 999],
  ])('answers 422 inclusion naming %s when it holds no id of its list (at %s)', async (_field, path, value) => {
    const base = { ...fullCustomer(), bank_references: [{ bank_id: 1, agency: '0001' }] };
    const before = await mock.state();
    const response = await create({ bank_validations: lenient, customer: withValue(base, path, value) });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({ [path]: [{ error: 'inclusion', value }] });
    expect(response.body.error.message).toMatch(/não está incluído na lista$/);
    expect(await mock.state()).toEqual(before);
  });

  it('accepts every domain and bank id the seed example uses', async () => {
    const customer = { ...fullCustomer(), genre_id: 2, marital_status_id: 2, property: 4, cnh_type_id: 1, document_type: 'RG', previous_funding_bank_id: 1 };
    expect((await create({ bank_validations: lenient, customer })).status).toBe(200);
  });

  it.each([
    ['an impossible date', withValue(fullCustomer(), 'born_at', '31/02/2000'), 'born_at', { error: 'invalid' }],
    ['an impossible ISO date', withValue(fullCustomer(), 'born_at', '2000-02-31'), 'born_at', { error: 'invalid' }],
    ['an impossible dd/mm/yyyy date', withValue(fullCustomer(), 'born_at', '31/02/2000'), 'born_at', { error: 'invalid' }],
    ['a nested impossible date', withValue(fullCustomer(), 'job_reference.joined_at', '30/02/2010'), 'job_reference.joined_at', { error: 'invalid' }],
    ['a CPF with a wrong check digit', fullCustomer('529.982.247-26'), 'cpf', { error: 'invalid' }],
    ['a CEP without its dash', withValue(fullCustomer(), 'address.zip_code', '59075810'), 'address.zip_code', { error: 'invalid' }],
    ['a number as the name', withValue(fullCustomer(), 'name', 123), 'name', { error: 'invalid' }],
    ['a string as a phone number', withValue(fullCustomer(), 'phones.0.number', 'abc'), 'phones.0.number', { error: 'invalid' }],
    ['money with decimals', withValue(fullCustomer(), 'job_reference.income_cents', 10.5), 'job_reference.income_cents', { error: 'invalid' }],
    ['a name over 255 characters', withValue(fullCustomer(), 'name', 'x'.repeat(256)), 'name', { error: 'too_long', count: 255 }],
    ['an unknown field', withValue(fullCustomer(), 'shoe_size', 42), 'customer.shoe_size', { error: 'unknown_attribute', attribute: 'shoe_size', model: 'Cliente' }],
  ])('answers 422 ModelValidationError for %s, naming the dotted field path', async (_case, customer, path, entry) => {
    const before = await mock.state();
    const response = await create({ bank_validations: lenient, customer });
    expect(response.status).toBe(422);
    expect(response.body.error).toMatchObject({ class: 'ModelValidationError', status: 422 });
    expect(response.body.error.details).toEqual({ [path]: [entry] });
    expect(await mock.state()).toEqual(before);
  });

  it('answers the Portuguese sentence of the guide for a name that is too long', async () => {
    const response = await create({ bank_validations: lenient, customer: withValue(fullCustomer(), 'name', 'x'.repeat(256)) });
    expect(response.body.error.message).toBe('Nome é muito longo (máximo: 255 caracteres)');
  });

  it('answers 422 not_found for a nested id on create (there is nothing to update yet)', async () => {
    const response = await create({ bank_validations: lenient, customer: withValue(fullCustomer(), 'phones.1.id', 1) });
    expect(response.body.error.details).toEqual({ 'phones.1.id': [{ error: 'not_found', value: 1 }] });
  });

  it.each([
    ['malformed JSON', { raw: '{"customer": {', headers: { ...auth, 'content-type': 'application/json' } }, 400],
    ['a __proto__ key', { raw: '{"customer": {"name": "A", "__proto__": {"x": 1}}}', headers: { ...auth, 'content-type': 'application/json' } }, 400],
    ['no customer', { body: { bank_validations: lenient }, headers: auth }, 400],
    ['no body at all', { headers: auth }, 400],
    ['a text body', { raw: 'name=Ana', headers: { ...auth, 'content-type': 'text/plain' } }, 415],
  ])('answers %s with %i in the Credere error format and changes nothing', async (_case, options, status) => {
    const before = await mock.state();
    const response = await mock.call('POST', `${API}/customers`, options);
    expect(response.status).toBe(status);
    expect(response.body.error).toMatchObject({ status, message: expect.any(String) });
    expect(await mock.state()).toEqual(before);
  });

  it('answers 413 for a body over the limit', async () => {
    const before = await small.state();
    const response = await small.call('POST', `${API}/customers`, { headers: auth, body: { customer: { ...fullCustomer(), note: 'x'.repeat(2000) } } });
    expect(response.status).toBe(413);
    expect(response.body.error).toMatchObject({ status: 413, class: 'PayloadTooLarge' });
    expect(await small.state()).toEqual(before);
  });
});

describe('Credere authentication', () => {
  it.each([
    ['no Authorization header', mock, {}, 401],
    ['an empty bearer key', mock, { authorization: 'Bearer ' }, 401],
    ['a Basic credential', mock, { authorization: 'Basic dXNlcjpwYXNz' }, 401],
    ['any key when none is configured', mock, { authorization: 'Bearer whatever' }, 200],
    ['a key that is not configured', restricted, { authorization: 'Bearer other-key' }, 401],
    ['a configured key', restricted, { authorization: 'Bearer good-key' }, 200],
    ['a configured key and a Store-Id header', restricted, { authorization: 'Bearer good-key', 'store-id': '1' }, 200],
  ])('with %s answers %i', async (_case, target, headers, status) => {
    const before = await target.state();
    const response = await target.call('GET', `${API}/banks`, { headers });
    expect(response.status).toBe(status);
    if (status === 401) {
      expect(response.body).toEqual({ error: { message: 'Unauthorized', status: 401 } });
      expect(await target.state()).toEqual(before);
    }
  });

  it('refuses a create without a key and stores nothing', async () => {
    const before = await mock.state();
    expect((await create({ bank_validations: lenient, customer: fullCustomer() }, {})).status).toBe(401);
    expect(await mock.state()).toEqual(before);
  });
});

describe('Credere validation messages', () => {
  it('labels contract violations in Portuguese, nested fields with their parent', async () => {
    const own = inSandbox(mock, 'validation-messages');
    const before = await own.state();
    const { status, body } = await own.call('POST', '/credere/api/v1/customers', {
      headers: { authorization: 'Bearer k' },
      body: { customer: { cpf: '529.982.247-25', name: 'A', born_at: '31/02/2000', phones: [{ code: 84, number: 'x' }] } },
    });
    expect(status).toBe(422);
    expect(body.error.message).toBe('Data de nascimento não é válido, Telefones - Número do telefone não é válido');
    expect(body.error.details).toEqual({ born_at: [{ error: 'invalid' }], 'phones.0.number': [{ error: 'invalid' }] });
    expect(await own.state()).toEqual(before);
  });
});
