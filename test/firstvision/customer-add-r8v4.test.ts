import { describe, expect, it } from 'vitest';
import { organizationOfClient } from '../../mock/firstvision/handlers/customer-add-r8v4.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCustomer, customerAddBody, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();
const contract = loadContracts().get('customerAddR8V4');
const validate200 = contract.responses.get(200);
const example = contract.contract.examples?.[0]?.request?.body as { customerData: { customerKeyData: { accountNumber: string } } };

describe('Add new Customer, 2021 R8V4 (POST /customer/)', () => {
  it('answers the vendor’s published example: the organization from X-ClientID, a generated number, the account linked', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer/', example);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
    const { data } = response.body;
    expect(data).toMatchObject({ organizationNumber: 970, accountNumber: example.customerData.customerKeyData.accountNumber, reservedAmt1: 0 });
    expect(data.customerNumber).toMatch(/^970000\d{13}$/);
    expect((await mock.rows('firstvision.customers'))[data.customerNumber]).toMatchObject({ organization: 970, owner: { firstName: 'Pavan', city: 'BUENOS AIRES' }, linkedAccount: example.customerData.customerKeyData.accountNumber });
    const inquiry = await call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: data.customerNumber, numberType: '1' });
    expect(inquiry.body.data.nameAddrData[0].nameAddressData.firstName).toBe('Pavan');
  });

  it('adds the customer Customer Add would, with a given number and organization, and its accounts follow', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer', { ...customerAddBody({ number: '9700000000000000123' }), resvData: { reservedCode1: '4', reservedAmt2: 7.5 } });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
    expect(response.body.data).toMatchObject({ customerNumber: '9700000000000000123', organizationNumber: 970, reservedCode1: 4, reservedAmt2: 7.5 });
    expect(response.body.data.reservedAmount1).toBeUndefined();
    expect(await addAccount(call, '9700000000000000123')).toMatch(/^\d{19}$/);
  });

  it('reads the organization from the X-ClientID', () => {
    expect([organizationOfClient('00970'), organizationOfClient(' 970 '), organizationOfClient(undefined), organizationOfClient('ab')]).toEqual([970, 970, 0, 0]);
  });

  it.each<[string, (existing: string) => unknown, string]>([
    ['the organization is unknown', () => customerAddBody({ org: 555 }), 'VPL5SGCZ4S'],
    ['the organization is out of range', () => customerAddBody({ org: 999 }), 'VPL5SGC01E'],
    ['the customer number exists', (existing) => customerAddBody({ number: existing }), 'VPL5SNA90S'],
    ['the customer number is not 19 digits', () => customerAddBody({ number: '97000000000000001' }), 'VPL5SCA07E'],
    ['the account to link is another customer’s', (existing) => customerAddBody({ account: existing }), 'VPL5SNA92S'],
    ['the email flag is set without an e-mail', () => customerAddBody({ owner: { nameLine1: 'X', emailFlag: 1 } }), 'VPL5SGC47E'],
    ['the date of birth is not in the past', () => customerAddBody({ owner: { nameLine1: 'X', dateOfBirth: '2999-01-01' } }), 'VPL5SGC53E'],
    ['the account number is a JSON number (its digits are lost)', () => ({ customerData: { customerKeyData: { accountNumber: Number('9704010000000001467') } } }), 'CLTVAL001E'],
    ['customerData is missing', () => ({}), 'CLTVAL001E'],
  ])('refuses with 422 when %s, changing nothing', async (_what, body, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const existing = await addCustomer(call);
    await expectRefusal(mock, () => call('POST', '/customer/', body(existing)), 422, code);
  });
});
