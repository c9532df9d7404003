import { describe, expect, it } from 'vitest';
import { sharedMock, startMock } from '../helpers/start-mock.js';
import { addAccount, addCustomer, customerAddBody, expectRefusal, fvSession } from './fv-session.js';

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

  it('takes maritalStatus as a number (as the 2021 L8V2 schema and its example send it) and answers it back as a string', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer/l8v2', customerAddBody({ owner: { maritalStatus: 1 } }));
    expect(response.status).toBe(200);
    const customerNumber = response.body.data.customerNumber as string;
    const inquiry = await call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: customerNumber, numberType: '1' });
    expect(inquiry.body.data.nameAddrData[0].maritalStatus).toBe('1');
  });

  it.each([
    ['a number of two digits', 12],
    ['a string of two characters', '12'],
  ])('refuses maritalStatus as %s and changes nothing', async (_name, maritalStatus) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/l8v2', customerAddBody({ owner: { maritalStatus } })), 422, 'CLTVAL001E');
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

// Customer Add checks the contact-flag and date-of-birth edits Customer Update checks (same codes, customer-update.test.ts).

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
