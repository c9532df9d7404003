import { describe, expect, it } from 'vitest';
import { customers } from '../../mock/firstvision/domain/firstvision-collections.js';
import { sharedMock, startMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();

describe('Customer Update', () => {
  async function withCustomer() {
    const mock = sandbox();
    const session = await fvSession(mock);
    const customerNumber = await addCustomer(session.call, { coOwner: { nameLine1: 'ANA SOUZA' } });
    const accountNumber = await addAccount(session.call, customerNumber);
    return { mock, ...session, customerNumber, accountNumber };
  }
  const demographics = async (call: Awaited<ReturnType<typeof withCustomer>>['call'], number: string) =>
    (await call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: number, numberType: '1' })).body.data;

  it('changes the owner by customer number (numberType 1) and leaves blanks alone', async () => {
    const { call, customerNumber } = await withCustomer();
    const response = await call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', demographicDataIndicator: '1', email: 'maria@example.com', city: '' });
    expect(response.status).toBe(200);
    expect(response.body.data.outputArea).toMatchObject({ customerNumber, numberType: '1', demographicDataIndicator: '1', cmsOrganizationNumber: 970 });
    const data = await demographics(call, customerNumber);
    expect(data.nameAddrData[0]).toMatchObject({ email: 'maria@example.com', nameAddressData: { nameLine1: 'MARIA APARECIDA SOUZA', cityAndState: 'SAO PAULO SP' } });
  });

  it('changes the co-owner through an account number (numberType 0, indicator 2)', async () => {
    const { call, customerNumber, accountNumber } = await withCustomer();
    const response = await call('PUT', '/customer/', { organizationNumber: 970, customerNumber: accountNumber, numberType: 0, demographicDataIndicator: 2, userDataIndicator: 2, nameLine1: 'ANA SOUZA LIMA' });
    expect(response.status).toBe(200);
    expect(response.body.data.outputArea.accountNumber).toBe(accountNumber);
    const data = await demographics(call, customerNumber);
    expect(data.nameAddrData.map((entry: { nameAddressData: { nameLine1: string } }) => entry.nameAddressData.nameLine1)).toEqual(['MARIA APARECIDA SOUZA', 'ANA SOUZA LIMA']);
  });

  it('changes a customer through one of its cards (PAN token)', async () => {
    const mock = await startMock({ config: { firstvision: { panDisplay: 'token' } } });
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const card = await addCard(call, await addAccount(call, customerNumber));
    const response = await call('PUT', '/customer', { organizationNumber: 970, customerNumber: card, numberType: '0', demographicDataIndicator: '1', city: 'RECIFE' });
    expect(response.status).toBe(200);
    expect((await demographics(call, customerNumber)).nameAddrData[0].nameAddressData.cityAndState).toBe('RECIFE SP');
  });

  it.each([
    ['the customer number is unknown (numberType 1)', { customerNumber: '9709999999999999999', numberType: '1' }, 'VPL5SGC04S'],
    ['the card or account number is unknown (numberType 0)', { customerNumber: '9709999999999999999', numberType: '0' }, 'VPL5SGC01S'],
    ['the organization is unknown', { organizationNumber: 555 }, 'VPL5SGCZ4S'],
    ['the indicators do not correspond', { demographicDataIndicator: '1', userDataIndicator: '2' }, 'VPL5SGC08E'],
    ['the status is 3', { status: 3 }, 'VPL5SGC09E'],
    ['the marital status is 7', { maritalStatus: '7' }, 'VPL5SGC12E'],
    ['the postal code has a symbol', { postalCode: '01310#200' }, 'VPL5SGC16E'],
    ['two channels are preferred (2)', { demographicDataIndicator: '1', employerPhoneFlag: 2, emailIndicator: 2, email: 'a@b.com' }, 'VPL5SGC42E'],
    ['the e-mail flag is set without an e-mail', { demographicDataIndicator: '1', emailIndicator: 1 }, 'VPL5SGC47E'],
    ['the mobile flag is set without a mobile phone', { demographicDataIndicator: '1', mobilePhoneIndicator: 1 }, 'VPL5SGC46E'],
    ['the date of birth is in the future', { demographicDataIndicator: '1', dateOfBirth: '2999-01-01' }, 'VPL5SGC53E'],
    ['the status becomes purge (2) with an active account', { status: 2 }, 'VPL5SGC34E'],
  ])('answers 422 when %s and changes nothing', async (_name, override, code) => {
    const { mock, call, customerNumber } = await withCustomer();
    await expectRefusal(mock, () => call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', ...override }), 422, code);
  });
});

// Customer Update checks only the rules the fields it sends touch, so a stored record never blocks an unrelated change.

describe('Customer Update checks only the rules its fields touch', () => {
  /** A customer whose stored owner breaks the preferred-channel and birth-date rules (as a loaded state may). */
  async function withStoredBreakage() {
    const mock = await startMock();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    const world = await mock.world();
    // Written straight into the state, past the rules (as a loaded state may be).
    await world.state.transaction(async (tx) => {
      const customer = await tx.get(customers, customerNumber);
      if (!customer) throw new Error('customer not stored');
      await tx.replace(customers, { ...customer, owner: { ...customer.owner, homePhoneNumber: '1133334444', homePhoneFlag: 2, email: 'maria@example.com', emailFlag: 2, dateOfBirth: '2999-01-01' } });
    });
    const update = (extra: Record<string, unknown>) => call('PUT', '/customer', { organizationNumber: 970, customerNumber, numberType: '1', ...extra });
    return { mock, update };
  }

  it.each([
    ['only the VIP status', { vipStatus: 1 }],
    ["the owner's city", { demographicDataIndicator: '1', city: 'RECIFE' }],
    ["the owner's mobile phone, not preferred", { demographicDataIndicator: '1', mobilePhoneNumber: '11988887777', mobilePhoneIndicator: 1 }],
  ])('changes %s of a customer whose stored record breaks other rules', async (_name, extra) => {
    const { update } = await withStoredBreakage();
    const response = await update(extra);
    expect(response.status).toBe(200);
  });

  it('answers VPL5SGC42E when the update makes another channel preferred, and changes nothing', async () => {
    const { mock, update } = await withStoredBreakage();
    await expectRefusal(mock, () => update({ demographicDataIndicator: '1', employerPhoneNumber: '1155556666', employerPhoneFlag: 2 }), 422, 'VPL5SGC42E');
  });
});
