import { describe, expect, it } from 'vitest';
import { panToken } from '../../mock/firstvision/pan-display.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock, type SandboxedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession, type FvCall } from './fv-session.js';

const sandbox = sharedMock();
const contract = loadContracts().get('customerReversalUpdate');
const validate200 = contract.responses.get(200);
const example = contract.contract.examples?.[0]?.request?.body as Record<string, unknown>;
const ZEROS = '0'.repeat(19);

/** A customer, its account and an active card on it; the card as a PAN token. */
async function activeCard(mock: SandboxedMock, call: FvCall) {
  const customerNumber = await addCustomer(call);
  const accountNumber = await addAccount(call, customerNumber);
  await addCard(call, accountNumber, { currentCardActivation: 'Y' });
  const pan = Object.values(await mock.rows('firstvision.cards')).find((card) => card.accountNumber === accountNumber)?.pan as string;
  return { customerNumber, accountNumber, pan, token: panToken(pan) };
}

function reversalBody(customerNumber: string, token: string, extra: Record<string, unknown> = {}) {
  return { organizationNumber: 970, customerNumber, numberType: '1', dummyCustomerNumber: ZEROS, panToken: token, globalQualification: 'A', demographicDataIndicator: '1', vipStatus: 0, status: 0, sicCode: 5999, postalCode: '01310-200', ...extra };
}

const reverse = (call: FvCall, body: unknown) => call('PUT', '/customer/reversal', body);
const cardStatus = async (call: FvCall, customerNumber: string) =>
  (await call('GET', '/customer/v1/cards?hasOtherCardHolder=false&pageNumber=1', undefined, { organizationnumber: '970', customernumber: customerNumber })).body.data.cards[0].cardStatus;

describe('Customer Reversal Update (PUT /customer/reversal)', () => {
  it('updates the customer and puts the card back to awaiting activation, in the contract’s shape; activation then works again', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { customerNumber, accountNumber, pan, token } = await activeCard(mock, call);
    expect(await cardStatus(call, customerNumber)).toBe('1');
    const response = await reverse(call, reversalBody(customerNumber, token, { city: 'CAMPINAS', vipStatus: 1 }));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
    expect(response.body.data.outputArea).toMatchObject({ organizationNumber: 970, customerNumber, numberType: '1', accountNumber, numberCardsActivated: 1 });
    expect(response.body.data.outputArea.cardNumber.endsWith(pan.slice(-4))).toBe(true);
    expect(await cardStatus(call, customerNumber)).toBe('0');
    expect((await mock.rows('firstvision.customers'))[customerNumber]).toMatchObject({ vipStatus: 1, owner: { city: 'CAMPINAS', postalCode: '01310-200' } });
    const again = await reverse(call, reversalBody(customerNumber, token));
    expect(again.body.data.outputArea.numberCardsActivated).toBe(0);
    const owner = { houseNumber: '1', houseName: 'CASA', houseAddress1: 'RUA A', houseAddress2: 'B', houseAddress3: 'C', houseAddress4: 'D', city: 'SAO PAULO', state: 'SP', postalCode: '01310-200', email: 'a@example.com.br', dateOfBirth: '1990-01-01' };
    const activated = await call('POST', '/customer/activation', {
      customerActivationData: { customerActivationKeyData: { organizationNumber: 970, customerNumber: ZEROS, accountNumber, dualFlag: '0', panToken: token, globalQualification: 'A' }, ownerCoOwnerActivationData: { ownerActivationData: owner } },
    });
    expect(activated.body.data.numberCardsActivated).toBe(1);
    expect(await cardStatus(call, customerNumber)).toBe('1');
  });

  it('finds the customer by the card number when numberType is 0', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { customerNumber, token } = await activeCard(mock, call);
    const response = await reverse(call, reversalBody(token, token, { numberType: '0' }));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.data.outputArea).toMatchObject({ customerNumber: token, cmsOrganizationNumber: 970, numberCardsActivated: 1 });
    expect(await cardStatus(call, customerNumber)).toBe('0');
  });

  it('answers the contract’s example unchanged once the provider state puts its customer and card on file', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const number = example.customerNumber as string;
    const state = `customer ${number} has account ${number} with card ${(example.panToken as string).replace(/^0+/, '')} awaiting activation`;
    expect((await mock.call('POST', '/__admin/provider-states', { body: { state } })).status).toBe(200);
    const response = await reverse(call, example);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
    expect(response.body.data.outputArea).toMatchObject({ customerNumber: number, numberCardsActivated: 0 });
  });

  type Keys = { customerNumber: string; token: string; otherCustomer: string; otherToken: string };
  it.each<[string, (k: Keys) => unknown, string]>([
    ['the organization is unknown', (k) => reversalBody(k.customerNumber, k.token, { organizationNumber: 555 }), 'VPL5SGCZ4S'],
    ['the organization is out of range', (k) => reversalBody(k.customerNumber, k.token, { organizationNumber: 999 }), 'VPL5SGC01E'],
    ['the customer is not on file', (k) => reversalBody('9700000000000099999', k.token), 'VPL5SGC04S'],
    ['the card is not on file', (k) => reversalBody(k.customerNumber, '0000004000000000002'), 'VPL5SGC01S'],
    ['the card is another customer’s', (k) => reversalBody(k.customerNumber, k.otherToken), 'VPL5SGC01S'],
    ['the dummy customer is not on file', (k) => reversalBody(k.customerNumber, k.token, { dummyCustomerNumber: '9700000000000099999' }), 'VPL5SGC04S'],
    ['the demographic and user data indicators differ', (k) => reversalBody(k.customerNumber, k.token, { demographicDataIndicator: '1', userDataIndicator: '2' }), 'VPL5SGC08E'],
    ['the home phone flag is set without a number', (k) => reversalBody(k.customerNumber, k.token, { homePhoneIndicator: 1 }), 'VPL5SGC44E'],
    ['the date of birth is not in the past', (k) => reversalBody(k.customerNumber, k.token, { dateOfBirth: '2999-01-01' }), 'VPL5SGC53E'],
    ['the card token is missing', (k) => ({ ...reversalBody(k.customerNumber, k.token), panToken: undefined }), 'CLTVAL001E'],
    ['the postal code is missing (published as required; its VPL code)', (k) => ({ ...reversalBody(k.customerNumber, k.token), postalCode: undefined }), 'VPL5SGC16E'],
  ])('refuses with 422 when %s, changing nothing (the card stays active)', async (_what, body, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const { customerNumber, token } = await activeCard(mock, call);
    const other = await activeCard(mock, call);
    await expectRefusal(mock, () => reverse(call, body({ customerNumber, token, otherCustomer: other.customerNumber, otherToken: other.token })), 422, code);
    expect(await cardStatus(call, customerNumber)).toBe('1');
  });
});
