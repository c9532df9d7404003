import { describe, expect, it } from 'vitest';
import { yearDay } from '../../mock/firstvision/handlers/demographic-data.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();
const contract = loadContracts().get('demographicData');
const validate200 = contract.responses.get(200);
const example = contract.contract.examples?.[0]?.request?.body as Record<string, unknown>;

describe('Inquire demographic data, 2021 R8V4 (POST /customer/demographicData)', () => {
  it('answers what Demographic Inquiry answers, in the 2021 shape, by customer, account or card number', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const owner = { nameLine1: 'MARIA SOUZA', firstName: 'MARIA', lastName: 'SOUZA', city: 'SAO PAULO', postalCode: '01310-200', maritalStatus: '2', emailFlag: 1, email: 'maria@example.com.br', genderCode: 2 };
    const customerNumber = await addCustomer(call, { owner, coOwner: { nameLine1: 'ANA SOUZA' } });
    const accountNumber = await addAccount(call, customerNumber);
    await addCard(call, accountNumber, { cardNumber: '4000970199999992' });
    const ask = (path: string, number: string, numberType: string) => call('POST', path, { organizationNumber: 970, customerAccountCardNumber: number, numberType });
    const r8v4 = await ask('/customer/demographicData', customerNumber, '1');
    expect(r8v4.status, JSON.stringify(r8v4.body)).toBe(200);
    expect(validate200?.(r8v4.body)).toBe(true);
    const l8v2 = (await ask('/customer/demographicData-l8v2', customerNumber, '1')).body.data;
    const [entry, coOwner] = r8v4.body.data.nameAddrData;
    expect(r8v4.body.data).toMatchObject({ customerNumber, makerCoMakerIndicator: '2', status: l8v2.status, dateLastMaintenance: l8v2.dateLastMaintenance });
    expect(entry).toMatchObject({ sequence: 1, firstName: 'MARIA', lastName: 'SOUZA', maritalStatus: 2, emailFlag: 1, email: 'maria@example.com.br', postalCode: '01310-200' });
    expect(entry.nameAddressData).toMatchObject({ nameLine1: 'MARIA SOUZA', genderCode: '2', cityAndState: l8v2.nameAddrData[0].nameAddressData.cityAndState });
    expect(entry.nameAddressData.firstName).toBeUndefined();
    expect(entry.countryName).toBeUndefined();
    expect(entry.user10).toBe(yearDay(l8v2.nameAddrData[0].user10));
    expect(coOwner.nameAddressData.nameLine1).toBe('ANA SOUZA');
    const byCard = await ask('/customer/demographicData', '0004000970199999992', '0');
    expect(byCard.body.data.nameAddrData[0]).toMatchObject({ accountCardNumber: '4000xxxxxxxx9992', firstName: 'MARIA' });
    expect((await ask('/customer/demographicData', accountNumber, '0')).body.data.customerNumber).toBe(customerNumber);
  });

  it('answers the vendor’s published example once its customer is on file', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await addCustomer(call, { number: example.customerAccountCardNumber as string });
    const response = await call('POST', '/customer/demographicData', example);
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(validate200?.(response.body)).toBe(true);
  });

  it('writes days of the year as yyyyddd', () => {
    expect([yearDay('2011-01-31'), yearDay('2024-12-31'), yearDay('2025-03-01')]).toEqual([2011031, 2024366, 2025060]);
  });

  it.each([
    ['an unknown customer number', { customerAccountCardNumber: '9709999999999999999', numberType: '1' }, 'VPL5SGC04S'],
    ['an unknown card or account number', { customerAccountCardNumber: '9709999999999999999', numberType: '0' }, 'VPL5SGC01S'],
    ['an unknown organization', { customerAccountCardNumber: '9709999999999999999', numberType: '1', organizationNumber: 555 }, 'VPL5SGCZ4S'],
    ['an organization out of range', { customerAccountCardNumber: '9709999999999999999', numberType: '1', organizationNumber: 999 }, 'VPL5SGC01E'],
    ['a number of 20 characters', { customerAccountCardNumber: '97099999999999999999', numberType: '1' }, 'VPL5SZL27S'],
    ['a number type 5', { customerAccountCardNumber: '9709999999999999999', numberType: '5' }, 'VPL5SGC04E'],
    ['a foreign use indicator 7', { customerAccountCardNumber: '9709999999999999999', numberType: '1', foreignUseIndicator: '7' }, 'VPL5SGC03E'],
    ['a field the 2021 form does not take', { customerAccountCardNumber: '9709999999999999999', numberType: '1', context: 'WEB' }, 'CLTVAL001E'],
  ])('answers 422 for %s and changes nothing', async (_name, override, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/demographicData', { organizationNumber: 970, ...override }), 422, code);
  });
});
