import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCustomer, expectRefusal, fvSession, relationshipAddBody } from './fv-session.js';

const sandbox = sharedMock();

async function customerWithPriorAddress() {
  const mock = sandbox();
  const { call } = await fvSession(mock);
  const customerNumber = await addCustomer(call, { coOwner: { nameLine1: 'ANA SOUZA' } });
  const relationshipNumber = (await call('POST', '/customer/relationship', relationshipAddBody(customerNumber))).body.data.relationshipNumber as string;
  const accountNumber = await addAccount(call, customerNumber, { relationshipNumber });
  await call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', demographicDataIndicator: '1', houseAddress1: 'RUA NOVA 1', city: 'OSASCO' });
  return { mock, call, customerNumber, accountNumber, relationshipNumber };
}

const ask = (number: string, query: string) => `/customer/${number}/current-prior-address?organizationNumber=970&${query}`;

describe('Current/Prior Address inquiry', () => {
  it.each([
    ['owner (1), current and prior (B)', 'ownerCoOwnerFlag=1&currentPriorFlag=B', ['MARIA APARECIDA SOUZA'], 1],
    ['both (0), current only (C)', 'ownerCoOwnerFlag=0&currentPriorFlag=C', ['MARIA APARECIDA SOUZA', 'ANA SOUZA'], 0],
    ['co-owner (2), current only (C)', 'ownerCoOwnerFlag=2&currentPriorFlag=C', ['ANA SOUZA'], 0],
    ['owner, prior only (P)', 'ownerCoOwnerFlag=1&currentPriorFlag=P', [], 1],
    ['the defaults (owner, both)', '', ['MARIA APARECIDA SOUZA'], 1],
  ])('answers %s', async (_name, query, names, priors) => {
    const { call, accountNumber } = await customerWithPriorAddress();
    const response = await call('GET', ask(accountNumber, query));
    expect(response.status).toBe(200);
    const data = response.body.data.customerData;
    expect(data.nameAddressTable.map((e: { addressData: { nameLine1: string } }) => e.addressData.nameLine1)).toEqual(names);
    expect(data.priorMailerData.priorMailer).toHaveLength(priors);
    if (priors) expect(data.priorMailerData.priorMailer[0]).toMatchObject({ pmAddressLine1: 'AV PAULISTA 1500', pmCity: 'SAO PAULO' });
  });

  it('finds the customer from an account, a relationship or a customer number', async () => {
    const { call, customerNumber, accountNumber, relationshipNumber } = await customerWithPriorAddress();
    for (const number of [accountNumber, relationshipNumber, customerNumber]) {
      const response = await call('GET', ask(number, 'currentPriorFlag=C'));
      expect(response.body.data).toMatchObject({ customerNumber, accountNumber, relationshipNumber, logo: 401 });
    }
  });

  it.each([
    ['the co-owner prior address is asked (2, P)', 'ownerCoOwnerFlag=2&currentPriorFlag=P', 'VPL5SAD05E'],
    ['the co-owner prior address is asked (2, B)', 'ownerCoOwnerFlag=2&currentPriorFlag=B', 'VPL5SAD16E'],
    ['the owner flag is 3', 'ownerCoOwnerFlag=3', 'VPL5SAD03E'],
    ['the current/prior flag is X', 'currentPriorFlag=X', 'VPL5SAD04E'],
  ])('answers 422 when %s and changes nothing', async (_name, query, code) => {
    const { mock, call, accountNumber } = await customerWithPriorAddress();
    await expectRefusal(mock, () => call('GET', ask(accountNumber, query)), 422, code);
  });

  it('answers VPL5SAD17E for prior addresses of a customer who never moved, VPL5SAD10S for an unknown number', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    await expectRefusal(mock, () => call('GET', ask(customerNumber, 'currentPriorFlag=P')), 422, 'VPL5SAD17E');
    await expectRefusal(mock, () => call('GET', ask('9709999999999999999', 'currentPriorFlag=C')), 422, 'VPL5SAD10S');
    await expectRefusal(mock, () => call('GET', ask('123', 'currentPriorFlag=C')), 422, 'VPL5SAD02E');
    await expectRefusal(mock, () => call('GET', `/customer/${customerNumber}/current-prior-address?organizationNumber=555`), 422, 'VPL5SAD07S');
  });

  it('answers VPL5SAD11S for prior addresses in an organization that has them turned off (120)', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call, { org: 120 });
    await expectRefusal(mock, () => call('GET', `/customer/${customerNumber}/current-prior-address?organizationNumber=120&currentPriorFlag=P`), 422, 'VPL5SAD11S');
    expect((await call('GET', `/customer/${customerNumber}/current-prior-address?organizationNumber=120&currentPriorFlag=C`)).status).toBe(200);
  });
});
