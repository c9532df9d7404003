import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { API, auth, fullCustomer, lenient, withValue } from './credere-fixtures.js';

const sandbox = sharedMock();

describe('Credere messages name what is wrong', () => {
  it.each([
    ['a key of the customer', { bank_validations: lenient, customer: { ...fullCustomer(), foo: 1 } }, 'customer.foo', { attribute: 'foo', model: 'Cliente' }, '"foo" não é um atributo conhecido de Cliente'],
    ['a top-level key', { bank_validations: lenient, customer: fullCustomer(), foo: 1 }, 'foo', { attribute: 'foo' }, '"foo" não é um parâmetro conhecido'],
    ['a key of a nested phone', { bank_validations: lenient, customer: withValue(fullCustomer(), 'phones.1.foo', 1) }, 'phones.1.foo', { attribute: 'foo', model: 'Telefone' }, '"foo" não é um atributo conhecido de Telefone'],
    ['a key of bank_validations', { bank_validations: { ...lenient, foo: 1 }, customer: fullCustomer() }, 'bank_validations.foo', { attribute: 'foo', model: 'Validação por banco' }, '"foo" não é um atributo conhecido de Validação por banco'],
  ])('names an unknown key: %s', async (_case, body, field, entry, message) => {
    const mock = sandbox();
    const response = await mock.call('POST', `${API}/customers`, { headers: auth, body });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({ [field]: [{ error: 'unknown_attribute', ...entry }] });
    expect(response.body.error.message).toBe(message);
  });

  it('gives one message for an employer CNPJ with a wrong check digit', async () => {
    const mock = sandbox();
    const customer = withValue(fullCustomer(), 'job_reference.cnpj', '11.222.333/0001-82');
    const response = await mock.call('POST', `${API}/customers`, { headers: auth, body: { bank_validations: lenient, customer } });
    expect(response.status).toBe(422);
    expect(response.body.error.details).toEqual({ 'job_reference.cnpj': [{ error: 'invalid' }] });
    expect(response.body.error.message).toBe('Referência profissional - CNPJ da empresa não é válido');
  });

  it.each(['12345', 'abc.def.ghi-jk'])('says in Portuguese, without a regular expression, that cpf_cnpj=%s is malformed', async (value) => {
    const mock = sandbox();
    const response = await mock.call('GET', `${API}/customers/find?cpf_cnpj=${encodeURIComponent(value)}`, { headers: auth });
    expect(response.status).toBe(400);
    expect(response.body.error.message).toBe(
      'Parâmetro inválido: cpf_cnpj não está no formato esperado: deve ser um CPF (000.000.000-00 ou 11 dígitos) ou um CNPJ (00.000.000/0000-00 ou 14 dígitos)',
    );
    expect(response.body.error.message).not.toMatch(/[\\^$]/);
  });
});
