import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();

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
