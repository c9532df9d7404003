import { describe, expect, it } from 'vitest';
import { customers } from '../../mock/firstvision/domain/firstvision-collections.js';
import { sharedMock, startMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, customerAddBody, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();

describe('Customer Add', () => {
  it.each([
    ['absent', undefined],
    ['blank', ' '.repeat(19)],
    ['all zeros', '0'.repeat(19)],
  ])('generates a 19-digit Luhn number from org 970 and logo 000 when the number is %s', async (_name, number) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer/l8v2', customerAddBody({ number }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ hasError: false, errors: [] });
    expect(response.body.data.customerNumber).toMatch(/^970000\d{13}$/);
  });

  it('keeps a client number (the seed customer 123 padded to 19) and the linked account number', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer/l8v2', customerAddBody({ number: '0000000000000000123', account: '9704010000000001467' }));
    expect(response.body.data).toMatchObject({ customerNumber: '0000000000000000123', accountNumber: '9704010000000001467', organizationNumber: 970 });
    const account = await addAccount(call, '0000000000000000123');
    expect(account).toBe('9704010000000001467');
  });

  it('answers 422 VPL5SNA90S when the customer number already exists, and changes nothing', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await addCustomer(call, { number: '0000000000000000123' });
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', customerAddBody({ number: '0000000000000000123' })), 422, 'VPL5SNA90S');
  });

  it.each([
    ['the customer number is not 19 digits', customerAddBody({ number: '123' }), 422, 'VPL5SCA07E'],
    ['the organization is not numeric', customerAddBody({ org: 'ABC' }), 422, 'VPL5SGC01E'],
    ['the organization is unknown', customerAddBody({ org: 555 }), 422, 'VPL5SGCZ4S'],
    ['the CUIT is not numeric', customerAddBody({ owner: { cuit: 'ABC' } }), 422, 'VPL5SNA04E'],
    ['customerData is missing', {}, 422, 'CLTVAL001E'],
  ])('answers %s with %s %s and changes nothing', async (_name, body, status, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', body), status, code);
  });

  it.each([
    ['malformed JSON', '{"customerData": ', 400],
    ['a __proto__ key', '{"customerData":{"__proto__":{"x":1}}}', 400],
  ])('answers %s with %s and changes nothing', async (_name, raw, status) => {
    const mock = sandbox();
    const { auth } = await fvSession(mock);
    await expectRefusal(mock, () => mock.call('POST', '/firstvision/customer/l8v2', { headers: { ...auth, 'content-type': 'application/json' }, raw }), status, String(status));
  });

  it('answers 413 for a body over the limit and changes nothing', async () => {
    const mock = await startMock({ bodyLimit: '1kb' });
    const { call } = await fvSession(mock);
    const body = customerAddBody({ owner: { memo1: 'x'.repeat(60), memo2: 'y'.repeat(60), nameLine1: 'z'.repeat(40), user12: 'a'.repeat(30), user13: 'b'.repeat(30) } });
    (body.customerData.ownerCoOwnerData as Record<string, unknown>).coOwnerData = { memo1: 'x'.repeat(60), memo2: 'y'.repeat(60), houseAddress1: 'w'.repeat(40), houseAddress2: 'v'.repeat(40) };
    (body as Record<string, unknown>).resvData = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`reservedCode${i}`, 'r'.repeat(20)]));
    (body.customerData.ownerCoOwnerData.ownerData as Record<string, unknown>).employerName = 'e'.repeat(40);
    (body.customerData.ownerCoOwnerData.ownerData as Record<string, unknown>).relativeName = 'q'.repeat(40);
    (body.customerData.ownerCoOwnerData.ownerData as Record<string, unknown>).employerAddress1 = 'q'.repeat(40);
    expect(JSON.stringify(body).length).toBeGreaterThan(1024);
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', body), 413, '413');
  });
});

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

describe('Demographic inquiry', () => {
  it('answers owner and co-owner entries by customer, account or card number, the fakes stable', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call, { coOwner: { nameLine1: 'ANA SOUZA' } });
    const accountNumber = await addAccount(call, customerNumber);
    await addCard(call, accountNumber, { cardNumber: '4000970199999992' });
    const ask = async (number: string, numberType: string) =>
      call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: number, numberType });
    const byCustomer = await ask(customerNumber, '1');
    expect(byCustomer.status).toBe(200);
    expect(byCustomer.body.data).toMatchObject({ customerNumber, makerCoMakerIndicator: '2' });
    expect(byCustomer.body.data.nameAddrData.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2]);
    const byAccount = await ask(accountNumber, '0');
    const byCard = await ask('0004000970199999992', ' ');
    expect(byAccount.body.data.customerNumber).toBe(customerNumber);
    expect(byCard.body.data.nameAddrData[0].accountCardNumber).toBe('4000xxxxxxxx9992');
    expect(byAccount.body.data.nameAddrData[0].email).toBe(byCustomer.body.data.nameAddrData[0].email);
    expect(byAccount.body.data.nameAddrData[0].email).toMatch(/@example\.com\.br$/);
  });

  it.each([
    ['an unknown customer number', { customerAccountCardNumber: '9709999999999999999', numberType: '1' }, 'VPL5SGC04S'],
    ['an unknown card or account number', { customerAccountCardNumber: '9709999999999999999', numberType: '0' }, 'VPL5SGC01S'],
    ['an unknown organization', { customerAccountCardNumber: '9709999999999999999', numberType: '1', organizationNumber: 555 }, 'VPL5SGCZ4S'],
    ['a number of 20 characters', { customerAccountCardNumber: '97099999999999999999', numberType: '1' }, 'VPL5SZL27S'],
    ['a number type 5', { customerAccountCardNumber: '9709999999999999999', numberType: '5' }, 'VPL5SGC04E'],
  ])('answers 422 for %s and changes nothing', async (_name, override, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, ...override }), 422, code);
  });
});

// Customer Add checks the contact-flag and date-of-birth edits Customer Update checks (same codes), and Customer
// Update checks only the rules the fields it sends touch, so a stored record never blocks an unrelated change.

const owner = (extra: Record<string, unknown>) => ({ nameLine1: 'MARIA APARECIDA SOUZA', city: 'SAO PAULO', ...extra });

describe('Customer Add contact-flag and date-of-birth edits', () => {
  it.each([
    ['two channels are preferred (2)', { owner: owner({ homePhoneNumber: '1133334444', homePhoneFlag: 2, email: 'maria@example.com', emailFlag: 2 }) }, 'VPL5SGC42E'],
    ['the date of birth is in the future', { owner: owner({ dateOfBirth: '2999-01-01' }) }, 'VPL5SGC53E'],
    ['the e-mail flag is set without an e-mail', { owner: owner({ emailFlag: 1 }) }, 'VPL5SGC47E'],
    ['the home phone flag is set without a phone', { owner: owner({ homePhoneFlag: 2 }) }, 'VPL5SGC44E'],
    ["the co-owner's date of birth is in the future", { coOwner: { nameLine1: 'JOAO SOUZA', dateOfBirth: '2999-01-01' } }, 'VPL5SGC53E'],
  ])('answers 422 when %s, and changes nothing', async (_name, options, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', customerAddBody(options)), 422, code);
  });

  it('accepts one preferred channel with its entry and a past date of birth', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const number = await addCustomer(call, { owner: owner({ email: 'maria@example.com', emailFlag: 2, mobilePhoneNumber: '11988887777', mobilePhoneFlag: 1, dateOfBirth: '1980-05-17' }) });
    expect(number).toMatch(/^\d{19}$/);
  });
});

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
