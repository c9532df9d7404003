import { MatchersV3 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { createCredereClient } from '../../mock/credere/client/credere-client.js';
import type { CustomersCreateRequest } from '../../mock/credere/client/credere-api.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { checkPactInteractions } from '../../src/pact/check-pact.js';
import { normalizeInteractions } from '../../src/pact/normalize-interactions.js';
import { readPactFiles } from '../../src/pact/read-pact-files.js';
import { verifyPacts } from '../../src/pact/verify-pacts.js';
import { startMock } from '../helpers/start-mock.js';
import { consumerPact } from './consumer-pact.js';

const { like, integer, regex, eachLike, fromProviderState } = MatchersV3;
const { pact, file } = consumerPact('Credere');
const apiKey = 'consumer-recorded-key';
const headers = { authorization: `Bearer ${apiKey}` };
const jsonHeaders = { ...headers, 'content-type': 'application/json' };
const timestamp = regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{2}:\d{2}$/, '2024-05-10T14:32:11.000-03:00');
const existing = '390.533.447-05';
const existingState = `a Credere customer with CPF ${existing} exists`;
/** The path of the customer the state created: its id is only known to the provider. */
const customerPath = fromProviderState('/credere/api/v1/customers/${id}', '/credere/api/v1/customers/42');
const client = (url: string) => createCredereClient({ baseUrl: url, apiKey });

describe('Credere consumer (PactV4)', () => {
  it('creates a customer whose CPF is new', async () => {
    const body = loadContracts().get('customersCreate').contract.examples?.[0]?.request?.body as CustomersCreateRequest;
    await pact
      .addInteraction()
      .given(`no Credere customer with CPF ${body.customer.cpf} exists`, { cpf: body.customer.cpf })
      .uponReceiving('a customer create')
      .withRequest('POST', '/credere/api/v1/customers', (b) => b.headers(jsonHeaders).jsonBody(body))
      .willRespondWith(200, (b) => b.jsonBody({ customer: { object_type: 'Customer', id: integer(44), cpf: body.customer.cpf, name: like(body.customer.name), created_at: timestamp } }))
      .executeTest(async (server) => {
        const result = await client(server.url).create(body);
        expect(result.ok && result.body.customer.cpf).toBe(body.customer.cpf);
      });
  });

  it('finds a customer by CPF', async () => {
    await pact
      .addInteraction()
      .given(existingState, { cpf: existing })
      .uponReceiving('a customer find by CPF')
      .withRequest('GET', '/credere/api/v1/customers/find', (b) => b.query({ cpf_cnpj: existing }).headers(headers))
      .willRespondWith(200, (b) => b.jsonBody({ customer: { id: integer(42), cpf: existing, updated_at: timestamp } }))
      .executeTest(async (server) => {
        const result = await client(server.url).find(existing);
        expect(result.ok && result.body.customer.id).toBe(42);
      });
  });

  it('gets a customer by the id the provider state created', async () => {
    await pact
      .addInteraction()
      .given(existingState, { cpf: existing })
      .uponReceiving('a customer get by id')
      .withRequest('GET', customerPath, (b) => b.headers(headers))
      .willRespondWith(200, (b) => b.jsonBody({ customer: { id: integer(42), cpf: existing, phones: eachLike({ number: integer(991234567) }, 0) } }))
      .executeTest(async (server) => {
        const result = await client(server.url).get(42);
        expect(result.ok && result.body.customer.cpf).toBe(existing);
      });
  });

  it('updates a customer', async () => {
    const body = { customer: { nickname: 'Cida' } };
    await pact
      .addInteraction()
      .given(existingState, { cpf: existing })
      .uponReceiving('a customer update')
      .withRequest('PUT', customerPath, (b) => b.headers(jsonHeaders).jsonBody(body))
      .willRespondWith(200, (b) => b.jsonBody({ customer: { id: integer(42), nickname: 'Cida', updated_at: timestamp } }))
      .executeTest(async (server) => {
        const result = await client(server.url).update(42, body);
        expect(result.ok && result.body.customer.nickname).toBe('Cida');
      });
  });

  it('lists the domains it needs', async () => {
    await pact
      .addInteraction()
      .uponReceiving('a domains list for genre and marital status')
      .withRequest('GET', '/credere/api/v1/domains', (b) => b.query({ types: 'genre,marital_status' }).headers(headers))
      .willRespondWith(200, (b) => b.jsonBody({ domains: { genre: eachLike({ id: integer(1), name: like('Masculino') }), marital_status: eachLike({ id: integer(1), name: like('Casado') }) } }))
      .executeTest(async (server) => {
        const result = await client(server.url).domains(['genre', 'marital_status']);
        expect(result.ok && result.body.domains.genre?.[0]?.name).toBe('Masculino');
      });
  });

  it('lists the banks a store integrates', async () => {
    await pact
      .addInteraction()
      .given('store 1 integrates banks 033,341', { storeId: '1', bankCodes: '033,341' })
      .uponReceiving('an integrated banks list')
      .withRequest('GET', '/credere/api/v1/stores/1/integrated_banks', (b) => b.headers(headers))
      .willRespondWith(200, (b) => b.jsonBody({ banks: eachLike({ object_type: 'Bank', code: like('033'), name: like('Banco Santander (Brasil) S.A.') }, 2) }))
      .executeTest(async (server) => {
        const result = await client(server.url).integratedBanks(1);
        expect(result.ok && result.body.banks).toHaveLength(2);
      });
  });

  it('writes a pact that conforms to the contracts (pact-check)', () => {
    const results = checkPactInteractions(loadContracts(), builtInPlugins, readPactFiles([file]).flatMap(normalizeInteractions));
    expect(results.filter((r) => r.findings.length > 0)).toEqual([]);
    expect(results).toHaveLength(6);
  });

  it('writes a pact the mock honours (verify, fresh sandbox)', async () => {
    const mock = await startMock();
    const report = await verifyPacts({ pacts: [file], plugins: builtInPlugins, providerBaseUrl: mock.url, credentials: { apis: { firstvision: mock.api('firstvision').config } }, sandbox: 'credere-consumer' });
    expect(report.interactions).toHaveLength(6);
    expect(report.interactions.filter((o) => !o.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
