import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createCredereClient } from '../mock/credere/client/credere-client.js';
import { FirstVisionClient } from '../mock/firstvision/client/firstvision-client.js';
import { signFirstVisionRequest } from '../mock/firstvision/client/sign-firstvision-request.js';
import { signRequest } from '../mock/firstvision/client/sign-request.js';
import type { FirstVisionConfig } from '../mock/firstvision/firstvision-config.js';
import { createMockServer, registry, serveDuringFile } from './helpers/public-api.js';

const mock = createMockServer({ registry, seed: 7 });
let url = '';
serveDuringFile(mock.app, (base) => (url = base));

describe('typed clients and signing (mock/<api>/client/), against the mock', () => {
  it('signRequest and signFirstVisionRequest compute Base64(HMAC-SHA256(secret, apikey + request id + timestamp + body))', () => {
    const input = { apiKey: 'k', apiSecret: 's', rawBody: '{}', requestId: 'r-1', timestamp: '1700000000000' };
    const expected = createHmac('sha256', 's').update('kr-11700000000000{}').digest('base64');
    expect(signRequest({ secret: 's', apiKey: 'k', requestId: 'r-1', timestamp: '1700000000000', body: '{}' })).toBe(expected);
    expect(signFirstVisionRequest(input)).toEqual({ signature: expected, 'x-client-request-id': 'r-1', timestamp: '1700000000000' });
    const fresh = signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' });
    expect(fresh['x-client-request-id']).not.toBe(signFirstVisionRequest({ apiKey: 'k', apiSecret: 's', rawBody: '{}' })['x-client-request-id']);
  });

  it('FirstVisionClient fetches a token, signs and adds a customer', async () => {
    const { apiKey, apiSecret } = mock.api('firstvision').config as FirstVisionConfig;
    const fv = new FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970', sign: true });
    const added = await fv.customerAdd({ customerData: { customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1, dualFlag: '0' }, ownerCoOwnerData: { ownerData: { nameLine1: 'MARIA SOUZA' } } } });
    expect(added.status, JSON.stringify(added.body)).toBe(200);
    expect(added.ok && added.body.data?.customerNumber).toMatch(/^970000\d{13}$/);
  });

  it('FirstVisionClient.cardsInquiry sends the organization and customer headers and the query (a new customer has no cards)', async () => {
    const { apiKey, apiSecret } = mock.api('firstvision').config as FirstVisionConfig;
    const fv = new FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970' });
    const added = await fv.customerAdd({ customerData: { customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1, dualFlag: '0' }, ownerCoOwnerData: { ownerData: { nameLine1: 'ANA LIMA' } } } });
    const customerNumber = added.ok ? (added.body.data?.customerNumber ?? '') : '';
    const cards = await fv.cardsInquiry(970, customerNumber, { hasOtherCardHolder: true, pageNumber: 1 });
    expect({ status: cards.status, code: (cards.body as { errors?: { code: string }[] }).errors?.[0]?.code }).toEqual({ status: 422, code: 'VPL5SBQ28E' });
  });

  it('FirstVisionClient.customerActivationAdd posts the activation body (an account not on file is VPL5SGC03S)', async () => {
    const { apiKey, apiSecret } = mock.api('firstvision').config as FirstVisionConfig;
    const fv = new FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970' });
    const owner = { houseNumber: '1', houseName: 'CASA', houseAddress1: 'RUA A', houseAddress2: 'B', houseAddress3: 'C', houseAddress4: 'D', city: 'SAO PAULO', state: 'SP', postalCode: '01310-200', email: 'a@example.com.br', dateOfBirth: '1990-01-01' };
    const keys = { organizationNumber: 970, customerNumber: '0'.repeat(19), accountNumber: '9704010000000099999', dualFlag: '0' as const, panToken: '0000004000000000002', globalQualification: 'A' };
    const refused = await fv.customerActivationAdd({ customerActivationData: { customerActivationKeyData: keys, ownerCoOwnerActivationData: { ownerActivationData: owner } } });
    expect({ status: refused.status, code: (refused.body as { errors?: { code: string }[] }).errors?.[0]?.code }).toEqual({ status: 422, code: 'VPL5SGC03S' });
  });

  it('FirstVisionClient.customerLookup posts the search and finds a customer just added by its last name', async () => {
    const { apiKey, apiSecret } = mock.api('firstvision').config as FirstVisionConfig;
    const fv = new FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970' });
    const added = await fv.customerAdd({ customerData: { customerKeyData: { organizationNumber: 970, coOwnerIndicator: 1, dualFlag: '0' }, ownerCoOwnerData: { ownerData: { nameLine1: 'BEATRIZ QUINTELLA' } } } });
    const found = await fv.customerLookup({ numberOfRecords: 5, requestOptionData: { lastNameOption: 1 }, primarySearchData: { lastBusinessName: 'QUINTELLA' } });
    expect(found.ok && found.body.data?.transactionData.map((row) => row.customerNumber)).toEqual([added.ok ? added.body.data?.customerNumber : 'none']);
  });

  it('FirstVisionClient.customerReversalUpdate puts the body (a customer not on file is VPL5SGC04S)', async () => {
    const { apiKey, apiSecret } = mock.api('firstvision').config as FirstVisionConfig;
    const fv = new FirstVisionClient({ baseUrl: url, apiKey, apiSecret, clientId: '00970' });
    const refused = await fv.customerReversalUpdate({
      organizationNumber: 970, customerNumber: '9700000000000099999', numberType: '1', dummyCustomerNumber: '0'.repeat(19), panToken: '0000004000000000002',
      globalQualification: 'A', vipStatus: 0, status: 0, sicCode: 5999, postalCode: '01310-200',
    });
    expect({ status: refused.status, code: (refused.body as { errors?: { code: string }[] }).errors?.[0]?.code }).toEqual({ status: 422, code: 'VPL5SGC04S' });
  });

  it('createCredereClient creates a customer and finds it by CPF', async () => {
    const client = createCredereClient({ baseUrl: url, apiKey: 'k' });
    // Not a literal in the call: the generated CustomersCreateRequest type declares only cpf and name of the customer.
    const body = { customer: { name: 'Ana', cpf: '390.533.447-05', has_cnh: true, phones: [{ code: 84, number: 988887777 }] }, bank_validations: { bank_codes: ['moneyplus'] } };
    const created = await client.create(body);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    const found = await client.find('39053344705');
    expect(found.ok && created.ok && found.body.customer.id).toBe(created.ok && created.body.customer.id);
  });
});
