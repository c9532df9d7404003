import { MatchersV3, type PactV4 } from '@pact-foundation/pact';
import { describe, expect, it } from 'vitest';
import { builtInPlugins } from '../../mock/plugins.js';
import { FirstVisionClient } from '../../mock/firstvision/client/firstvision-client.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { checkPactInteractions } from '../../src/pact/check-pact.js';
import { normalizeInteractions } from '../../src/pact/normalize-interactions.js';
import { readPactFiles } from '../../src/pact/read-pact-files.js';
import { verifyPacts } from '../../src/pact/verify-pacts.js';
import { startMock } from '../helpers/start-mock.js';
import { consumerPact } from './consumer-pact.js';

const { like, integer, number, regex, eachLike, date } = MatchersV3;
const { pact, file } = consumerPact('FirstVision');
const customerNumber = '9704010000000001467';
const relationshipNumber = '9704010000000002010';
const number19 = (example: string) => regex(/^[0-9]{19}$/, example);
const envelope = (data: unknown) => ({ hasError: false, errors: [], data });
/** What the client sends; the token is whatever this test recorded, `verify` swaps in a real one. */
const authHeaders = { apikey: 'consumer-key', authorization: 'Bearer consumer-recorded-token', 'x-clientid': '00970' };
const client = (url: string, sign = false) =>
  new FirstVisionClient({ baseUrl: url, apiKey: 'consumer-key', apiSecret: 'consumer-secret', clientId: '00970', token: 'consumer-recorded-token', sign });
/** The V4 request builder (pact-js 16 does not export its type). */
type V4RequestBuilder = Parameters<NonNullable<Parameters<ReturnType<PactV4['addInteraction']>['withRequest']>[2]>>[0];
/**
 * pact-js 16 has no text-body method on the V4 request builder, and its binary `body()` fails the form on content
 * sniffing ("detected text/plain"); the interaction underneath takes a text body with its content type.
 */
const formBody = (builder: V4RequestBuilder, text: string): void =>
  (builder as unknown as { interaction: { withRequestBody: (body: string, contentType: string) => void } }).interaction.withRequestBody(text, 'application/x-www-form-urlencoded');
const hasRelationship = `customer ${customerNumber} has relationship ${relationshipNumber} with 3 accounts`;

describe('FirstVision consumer (PactV4)', () => {
  it('obtains a token with its client credentials', async () => {
    await pact
      .addInteraction()
      .uponReceiving('a token request with client credentials')
      .withRequest('POST', '/firstvision/cards/token', (b) => {
        b.headers({ apikey: 'consumer-key', authorization: regex(/^Basic [A-Za-z0-9+/=]+$/, 'Basic Y29uc3VtZXIta2V5OmNvbnN1bWVyLXNlY3JldA=='), 'content-type': 'application/x-www-form-urlencoded' });
        formBody(b, 'grant_type=client_credentials');
      })
      .willRespondWith(200, (b) => b.jsonBody({ token_type: 'BearerToken', access_token: like('vAbsh53JHFSTR23esEtrUI864tt'), expires_in: regex(/^[0-9]{1,6}$/, '900'), status: 'approved' }))
      .executeTest(async (server) => {
        const fv = new FirstVisionClient({ baseUrl: server.url, apiKey: 'consumer-key', apiSecret: 'consumer-secret', clientId: '00970' });
        const result = await fv.requestToken();
        expect(result.body).toMatchObject({ access_token: 'vAbsh53JHFSTR23esEtrUI864tt' });
      });
  });

  it('adds a customer that does not exist yet', async () => {
    const body = loadContracts().get('customerAdd').contract.examples?.[0]?.request?.body as Parameters<FirstVisionClient['customerAdd']>[0];
    await pact
      .addInteraction()
      .given(`no customer ${customerNumber} exists`, { customerNumber })
      .uponReceiving('a customer add')
      .withRequest('POST', '/firstvision/customer/l8v2', (b) => b.headers({ ...authHeaders, 'content-type': 'application/json' }).jsonBody(body))
      .willRespondWith(200, (b) => b.jsonBody(envelope({ customerNumber: number19(customerNumber), organizationNumber: integer(970) })))
      .executeTest(async (server) => {
        const result = await client(server.url).customerAdd(body);
        expect(result.ok && result.body.data.customerNumber).toBe(customerNumber);
      });
  });

  it('lists the cards of a customer, with a signed request', async () => {
    await pact
      .addInteraction()
      .given(`customer ${customerNumber} has 2 cards`, { customerNumber, count: '2' })
      .uponReceiving('a cards details inquiry, signed')
      .withRequest('GET', '/firstvision/customer/v3/cards/details', (b) =>
        b
          .query({ organizationNumber: '970' })
          .headers({
            ...authHeaders,
            customernumber: customerNumber,
            signature: regex(/^[A-Za-z0-9+/]+=*$/, 'q1xY0kQyZ3o4Zl0yq1xY0kQyZ3o4Zl0yq1xY0kQyZ3o='),
            'x-client-request-id': regex(/^[0-9a-f-]{36}$/, '6f1c2f1e-3f7a-4d8e-9a4b-2c1d0e9f8a7b'),
            timestamp: regex(/^[0-9]{13}$/, '1715000000000'),
          }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody(
          envelope({
            outputArea: {
              numberOfReturnedItems: integer(2),
              customerNumber: number19(customerNumber),
              accountTable: eachLike({ accountNumber: number19('9704010000000000014'), cardNumber: like('4000xxxxxxxx0013'), cardExpireDate: date('yyyy-MM-dd', '2031-01-31'), cardBlockCode: regex(/^[A-Z ]?$/, ' ') }, 2),
            },
          }),
        ),
      )
      .executeTest(async (server) => {
        const result = await client(server.url, true).cardsDetails(customerNumber, { organizationNumber: 970 });
        expect(result.ok && result.body.data.outputArea.accountTable).toHaveLength(2);
      });
  });

  it('lists the cards of a customer with Cards Inquiry (organization and customer in headers)', async () => {
    await pact
      .addInteraction()
      .given(`customer ${customerNumber} has 2 cards`, { customerNumber, count: '2' })
      .uponReceiving('a cards inquiry')
      .withRequest('GET', '/firstvision/customer/v1/cards', (b) =>
        b.query({ hasOtherCardHolder: 'false', pageNumber: '1' }).headers({ ...authHeaders, organizationnumber: '970', customernumber: customerNumber }),
      )
      .willRespondWith(200, (b) =>
        b.jsonBody(
          envelope({
            hasMoreRecords: false,
            totalCardsCount: integer(2),
            currentPage: integer(1),
            cards: eachLike({ accountNumber: number19('9704010000000000014'), embosserCustomerNumber: number19(customerNumber), cardNumber: like('4000xxxxxxxx0013'), isActive: like(true) }, 2),
          }),
        ),
      )
      .executeTest(async (server) => {
        const result = await client(server.url).cardsInquiry(970, customerNumber, { hasOtherCardHolder: false, pageNumber: 1 });
        expect(result.ok && result.body.data.cards).toHaveLength(2);
      });
  });

  it('asks the relationship of a customer with the 2021 POST form', async () => {
    await pact
      .addInteraction()
      .given(hasRelationship, { customerNumber, relationshipNumber, count: '3' })
      .uponReceiving('an inquire relationship customer')
      .withRequest('POST', `/firstvision/customer/${customerNumber}/relationshipNumber`, (b) => b.query({ organizationNumber: '970' }).headers(authHeaders))
      .willRespondWith(200, (b) => b.jsonBody(envelope({ organizationNumber: integer(970), relationshipCustomerNumber: number19(relationshipNumber), accountsInPesosOrganization: integer(3) })))
      .executeTest(async (server) => {
        const result = await client(server.url).relationshipCustomerInquiry(customerNumber, 970);
        expect(result.ok && result.body.data.relationshipCustomerNumber).toBe(relationshipNumber);
      });
  });

  it('finds the relationships of a customer', async () => {
    const body = { organizationNumber: 970, customerNumber, functionCode: ' ' };
    await pact
      .addInteraction()
      .given(hasRelationship, { customerNumber, relationshipNumber, count: '3' })
      .uponReceiving('a relationship find')
      .withRequest('POST', '/firstvision/customer/relationshipNumber', (b) => b.headers({ ...authHeaders, 'content-type': 'application/json' }).jsonBody(body))
      .willRespondWith(200, (b) => b.jsonBody(envelope({ more: 'N', numberOfOccurrences: integer(1), relationshipTables: eachLike({ sequence: integer(1), organizationNumber: integer(970), relationshipNumber: number19(relationshipNumber) }) })))
      .executeTest(async (server) => {
        const result = await client(server.url).relationshipFind(body);
        expect(result.ok && result.body.data.relationshipTables[0]?.relationshipNumber).toBe(relationshipNumber);
      });
  });

  it('reads the relationship summary of a customer', async () => {
    await pact
      .addInteraction()
      .given(hasRelationship, { customerNumber, relationshipNumber, count: '3' })
      .uponReceiving('a relationship inquiry')
      .withRequest('GET', `/firstvision/customer/${customerNumber}/relationship`, (b) => b.query({ organizationNumber: '970' }).headers(authHeaders))
      .willRespondWith(200, (b) => b.jsonBody(envelope({ relationshipCustomerNumber: number19(relationshipNumber), accountsInPesosOrganization: integer(3), creditLimit: number(1000000) })))
      .executeTest(async (server) => {
        const result = await client(server.url).relationshipInquiry(customerNumber, 970);
        expect(result.ok && result.body.data.accountsInPesosOrganization).toBe(3);
      });
  });

  it('reads the current and prior addresses of a customer', async () => {
    await pact
      .addInteraction()
      .given(`customer ${customerNumber} has a prior address`, { customerNumber })
      .uponReceiving('a current and prior address inquiry')
      .withRequest('GET', `/firstvision/customer/${customerNumber}/current-prior-address`, (b) => b.query({ organizationNumber: '970', ownerCoOwnerFlag: '0', currentPriorFlag: 'B' }).headers(authHeaders))
      .willRespondWith(200, (b) =>
        b.jsonBody(envelope({ customerNumber: number19(customerNumber), customerData: { occurrencesForNameAddressField: integer(1), nameAddressTable: eachLike({ postalCode: like('18398-030'), dateOfBirth: date('yyyy-MM-dd', '1983-07-07') }) } })),
      )
      .executeTest(async (server) => {
        const result = await client(server.url).currentPriorAddress(customerNumber, { organizationNumber: 970, ownerCoOwnerFlag: 0, currentPriorFlag: 'B' });
        expect(result.ok && result.body.data.customerNumber).toBe(customerNumber);
      });
  });

  it('lists the account numbers of a customer', async () => {
    const body = { organizationNumber: 970, customerNumber, functionCode: ' ' };
    await pact
      .addInteraction()
      .given(hasRelationship, { customerNumber, relationshipNumber, count: '3' })
      .uponReceiving('an account number inquiry')
      .withRequest('POST', '/firstvision/customer/accountNumber', (b) => b.headers({ ...authHeaders, 'content-type': 'application/json' }).jsonBody(body))
      .willRespondWith(200, (b) => b.jsonBody(envelope({ numberOfOccurrences: integer(3), acctTable: eachLike({ organizationNumber: integer(970), accountNumber: number19('9704010000000000014'), logo: integer(401) }, 3) })))
      .executeTest(async (server) => {
        const result = await client(server.url).accountNumberInquiry(body);
        expect(result.ok && result.body.data.acctTable).toHaveLength(3);
      });
  });

  it('writes a pact that conforms to the contracts (pact-check)', () => {
    const results = checkPactInteractions(loadContracts(), builtInPlugins, readPactFiles([file]).flatMap(normalizeInteractions));
    expect(results.filter((r) => r.findings.length > 0)).toEqual([]);
    expect(results).toHaveLength(9);
  });

  it('writes a pact the mock honours (verify, fresh sandbox)', async () => {
    const mock = await startMock();
    const report = await verifyPacts({ pacts: [file], plugins: builtInPlugins, providerBaseUrl: mock.url, credentials: { apis: { firstvision: mock.api('firstvision').config } }, sandbox: 'fv-consumer' });
    expect(report.interactions).toHaveLength(9);
    expect(report.interactions.filter((o) => !o.ok)).toEqual([]);
    expect(report.ok).toBe(true);
  });
});
