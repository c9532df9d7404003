import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCustomer, expectRefusal, fvSession, relationshipAddBody } from './fv-session.js';

const sandbox = sharedMock();
const validate200 = loadContracts().get('relationshipCustomerInquiry').responses.get(200);
/** The 2021 spec's example customer number. */
const EXAMPLE_CUSTOMER = '9704010000000001467';

describe('Inquire Relationship Customer (POST /customer/{customerNumber}/relationshipNumber, 2021)', () => {
  it('answers the spec example (customer 9704010000000001467, organization 970) as the GET inquiry does, in the contract’s shape', async () => {
    const { call } = await fvSession(sandbox());
    await addCustomer(call, { number: EXAMPLE_CUSTOMER });
    const relationshipNumber = (await call('POST', '/customer/relationship', relationshipAddBody(EXAMPLE_CUSTOMER))).body.data.relationshipNumber as string;
    for (const creditLimit of [1000, 2500]) await addAccount(call, EXAMPLE_CUSTOMER, { relationshipNumber, creditLimit });
    const posted = await call('POST', `/customer/${EXAMPLE_CUSTOMER}/relationshipNumber?organizationNumber=970`);
    expect(posted.status).toBe(200);
    expect(validate200?.(posted.body)).toBe(true);
    expect(posted.body.data).toMatchObject({ organizationNumber: 970, relationshipCustomerNumber: relationshipNumber, totalCreditLimit: 3500, accountsInPesosOrganization: 2 });
    expect(posted.body).toEqual((await call('GET', `/customer/${EXAMPLE_CUSTOMER}/relationship?organizationNumber=970`)).body);
  });

  it.each([
    ['the organization is not numeric', '?organizationNumber=ABC', 'VPL5SRC06E'],
    ['the organization is missing', '', 'VPL5SRC06E'],
    ['the organization is not on file', '?organizationNumber=555', 'VPL5SRC13S'],
  ])('answers 422 when %s, and changes nothing', async (_name, query, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    await expectRefusal(mock, () => call('POST', `/customer/${customerNumber}/relationshipNumber${query}`), 422, code);
  });

  it.each([
    ['the customer number is not 19 digits', '123', 'VPL5SRC07E'],
    ['the customer is not on file', '9709999999999999999', 'VPL5SGC04S'],
  ])('answers 422 when %s, and changes nothing', async (_name, customerNumber, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', `/customer/${customerNumber}/relationshipNumber?organizationNumber=970`), 422, code);
  });

  it('answers VPL5S0026S for a customer without relationships', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    await expectRefusal(mock, () => call('POST', `/customer/${customerNumber}/relationshipNumber?organizationNumber=970`), 422, 'VPL5S0026S');
  });
});
