import { describe, expect, it } from 'vitest';
import { isLuhnValid } from '../../src/numbers/luhn.js';
import { sharedMock, startMock } from '../helpers/start-mock.js';
import { addAccount, addCustomer, expectRefusal, fvSession } from './fv-session.js';

const sandbox = sharedMock();

const generate = (extra: Record<string, unknown> = {}) => ({
  organizationNumber: 970, logo: '401', dualIndicator: '0',
  customerNumbersRequested: 2, accountNumbersRequested: 3, relationshipNumbersRequested: 1, embosserNumbersRequested: 2, ...extra,
});

describe('Number Generation', () => {
  it('reserves customer, account, relationship and card numbers of org 970 logo 401', async () => {
    const mock = await startMock({ config: { firstvision: { panDisplay: 'full' } } });
    const { call } = await fvSession(mock);
    const response = await call('POST', '/customer/generation', generate({ dualIndicator: '1' }));
    expect(response.status).toBe(200);
    const data = response.body.data;
    expect(data).toMatchObject({ organizationNumber: 970, foreignOrganizationNumber: 999, dualIndicator: 1, logo: 401 });
    expect(data.customerData).toHaveLength(2);
    expect(data.accountData).toHaveLength(3);
    expect(data.relationshipData).toHaveLength(1);
    const numbers = [...data.customerData.map((r: { customerNumber: string }) => r.customerNumber), ...data.accountData.map((r: { accountNumber: string }) => r.accountNumber), data.relationshipData[0].relationshipNumber];
    for (const number of numbers) {
      expect(number).toMatch(/^970401\d{13}$/);
      expect(isLuhnValid(number)).toBe(true);
    }
    expect(data.embosserData).toHaveLength(2);
    for (const { cardNumber } of data.embosserData) {
      expect(cardNumber).toMatch(/^40009701\d{8}$/);
      expect(isLuhnValid(cardNumber)).toBe(true);
    }
    expect(data.accountData.map((r: { sequence: number }) => r.sequence)).toEqual([1, 2, 3]);
  });

  it('never issues a reserved or issued number again, neither by generation nor by an add', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const reserved = (await call('POST', '/customer/generation', generate({ accountNumbersRequested: 10 }))).body.data.accountData.map((r: { accountNumber: string }) => r.accountNumber);
    const customerNumber = await addCustomer(call);
    const added = [];
    for (let i = 0; i < 5; i++) added.push(await addAccount(call, customerNumber));
    const again = (await call('POST', '/customer/generation', generate({ accountNumbersRequested: 10 }))).body.data.accountData.map((r: { accountNumber: string }) => r.accountNumber);
    const all = [...reserved, ...added, ...again];
    expect(new Set(all).size).toBe(all.length);
    // A reserved number can be used by the client explicitly.
    expect(await addAccount(call, customerNumber, { accountNumber: reserved[0] })).toBe(reserved[0]);
  });

  it('gives 20 concurrent requests 20 disjoint sets of numbers', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const responses = await Promise.all(Array.from({ length: 20 }, () => call('POST', '/customer/generation', generate({ customerNumbersRequested: 10, accountNumbersRequested: 10, embosserNumbersRequested: 10 }))));
    const numbers = responses.flatMap((r) => [...r.body.data.customerData.map((x: { customerNumber: string }) => x.customerNumber), ...r.body.data.accountData.map((x: { accountNumber: string }) => x.accountNumber)]);
    expect(numbers).toHaveLength(400);
    expect(new Set(numbers).size).toBe(400);
    expect(Object.keys((await mock.state()).tables['firstvision.reservations'] ?? {})).toHaveLength(620);
  });

  it.each([
    ['11 customer numbers', { customerNumbersRequested: 11 }, 'VPL5SNG21E'],
    ['11 relationship numbers', { relationshipNumbersRequested: 11 }, 'VPL5SNG22E'],
    ['-1 account numbers', { accountNumbersRequested: -1 }, 'VPL5SNG23E'],
    ['11 billing accounts', { billAccountNumbersRequested: 11 }, 'VPL5SNG24E'],
    ['11 control accounts', { controlAccountNumbersRequested: 11 }, 'VPL5SNG25E'],
    ['11 card numbers', { embosserNumbersRequested: 11 }, 'VPL5SNG26E'],
    ['an unknown organization', { organizationNumber: 555 }, 'VPL5SNG17S'],
    ['organization 999', { organizationNumber: 999 }, 'VPL5SNG05S'],
    ['an unknown logo', { logo: 777 }, 'VPL5SNG32S'],
    ['logo 0', { logo: 0 }, 'VPL5SNG06S'],
    ['a logo without auto generation (120/202)', { organizationNumber: 120, logo: 202 }, 'VPL5SNG10S'],
    ['dual currency in a single-currency org', { organizationNumber: 120, logo: 201, dualIndicator: '1' }, 'VPL5SNG15S'],
    ['dual indicator 2', { dualIndicator: '2' }, 'VPL5SNG29E'],
  ])('answers 422 for %s, and changes nothing', async (_name, override, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    await expectRefusal(mock, () => call('POST', '/customer/generation', generate(override)), 422, code);
  });
});

describe('determinism', () => {
  it('gives the same numbers and the same faked fields for the same seed, other fakes for another seed', async () => {
    const run = async (seed: number) => {
      const mock = await startMock({ seed });
      const { call } = await fvSession(mock);
      const customerNumber = await addCustomer(call, { owner: { nameLine1: 'EMPRESA X' } });
      const accountNumber = await addAccount(call, customerNumber);
      await call('POST', '/cards/embosser/l8vf', { organizationNumber: 970, postToAccount: accountNumber });
      const demographic = (await call('POST', '/customer/demographicData-l8v2', { organizationNumber: 970, customerAccountCardNumber: customerNumber, numberType: '1' })).body.data;
      const cards = (await call('GET', '/customer/v3/cards/details', undefined, { customernumber: customerNumber })).body.data;
      const generated = (await call('POST', '/customer/generation', generate())).body.data;
      return { customerNumber, accountNumber, demographic: { ...demographic, dateLastMaintenance: '', dateLastAddressChange: '' }, cards, generated };
    };
    const [a, b, c] = [await run(7), await run(7), await run(8)];
    expect(b).toEqual(a);
    expect(c.demographic.nameAddrData[0].email).not.toBe(a.demographic.nameAddrData[0].email);
  });
});
