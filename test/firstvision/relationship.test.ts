import { describe, expect, it } from 'vitest';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession, relationshipAddBody } from './fv-session.js';
import { loadContracts } from '../../src/contracts/load-contracts.js';

const sandbox = sharedMock();

const WALMART = '0000000000000000123';
const WALMART_RELATIONSHIP = '0000000000000000567';

/** The seed page's example: customer 123, relationship 567, many employee accounts and cards under it. */
async function walmart(accounts = 25) {
  const mock = sandbox();
  const { call } = await fvSession(mock);
  await addCustomer(call, { number: WALMART, owner: { nameLine1: 'WALMART BRASIL LTDA' } });
  const relationship = await call('POST', '/customer/relationship', relationshipAddBody(WALMART, { relationshipNumber: WALMART_RELATIONSHIP, relationshipName: 'WALMART' }));
  expect(relationship.body.data).toEqual({ organization: 970, relationshipNumber: WALMART_RELATIONSHIP, foreignOrganization: 999 });
  const numbers: string[] = [];
  for (let i = 0; i < accounts; i++) {
    numbers.push(await addAccount(call, WALMART, { relationshipNumber: WALMART_RELATIONSHIP, creditLimit: 1000 + i, ...(i === 3 ? { primaryAccount: 'P' } : {}) }));
  }
  return { mock, call, accounts: numbers };
}

describe('Relationships', () => {
  it('finds relationship 567 from customer 123 with the legacy find and the inquiry', async () => {
    const { call } = await walmart(3);
    const found = await call('POST', '/customer/relationshipNumber', { organizationNumber: 970, customerNumber: WALMART, functionCode: ' ' });
    expect(found.body.data).toEqual({ more: 'N', numberOfOccurrences: 1, relationshipTables: [{ sequence: 1, organizationNumber: 970, relationshipNumber: WALMART_RELATIONSHIP }] });
    const inquiry = await call('GET', `/customer/${WALMART}/relationship?organizationNumber=970`);
    expect(inquiry.status).toBe(200);
    expect(inquiry.body.data).toMatchObject({ relationshipCustomerNumber: WALMART_RELATIONSHIP, creditLimit: 500000, totalCreditLimit: 3003, accountsInPesosOrganization: 3, sumOfOpenToBuyForAccounts: 3003 });
  });

  it('pages 22 relationships of a customer by 20 with the legacy find (startRelationshipNumber)', async () => {
    const { call } = await walmart(0);
    for (let i = 1; i < 22; i++) await call('POST', '/customer/relationship', relationshipAddBody(WALMART));
    const find = (extra: Record<string, unknown>) => call('POST', '/customer/relationshipNumber', { organizationNumber: 970, customerNumber: WALMART, functionCode: ' ', ...extra });
    const first = (await find({})).body.data;
    expect(first).toMatchObject({ more: 'Y', numberOfOccurrences: 20 });
    const next = (await find({ functionCode: 'N', startRelationshipNumber: first.relationshipTables.at(-1).relationshipNumber })).body.data;
    expect(next).toMatchObject({ more: 'N', numberOfOccurrences: 2 });
    const numbers = [...first.relationshipTables, ...next.relationshipTables].map((row: { relationshipNumber: string }) => row.relationshipNumber);
    expect(new Set(numbers).size).toBe(22);
    expect(numbers[0]).toBe(WALMART_RELATIONSHIP);
    const back = (await find({ functionCode: 'P', startRelationshipNumber: next.relationshipTables[0].relationshipNumber })).body.data;
    expect(back.relationshipTables).toEqual(first.relationshipTables);
  });

  it('pages the 25 accounts of relationship 567 by 20, stable and complete, and answers its primary account', async () => {
    const { call, accounts } = await walmart();
    const base = `/account/relationship/${WALMART_RELATIONSHIP}/account?organizationNumber=970&serviceType=A`;
    const first = (await call('GET', `${base}&scrollingFeature=%20`)).body.data;
    expect(first).toMatchObject({ more: 'Y', numberReturned: 20 });
    const last = first.accountTableData.accountTable.at(-1).accountNumber;
    const second = (await call('GET', `${base}&scrollingFeature=N&startItem=${last}`)).body.data;
    expect(second).toMatchObject({ more: 'N', numberReturned: 5 });
    const all = [...first.accountTableData.accountTable, ...second.accountTableData.accountTable].map((row: { accountNumber: string }) => row.accountNumber);
    expect(all).toEqual(accounts);
    const back = (await call('GET', `${base}&scrollingFeature=P&startItem=${second.accountTableData.accountTable[0].accountNumber}`)).body.data;
    expect(back.accountTableData).toEqual(first.accountTableData);
    const primary = (await call('GET', `/account/relationship/${WALMART_RELATIONSHIP}/account?serviceType=P`)).body.data;
    expect(primary.accountTableData.accountTable).toEqual([{ sequence: 1, organization: '970', accountNumber: accounts[3], accountFlag: 'P' }]);
  });

  it('answers the customer cards of the example across pages', async () => {
    const { call, accounts } = await walmart(3);
    for (const account of accounts) await addCard(call, account);
    const cards = await call('GET', '/customer/v3/cards/details?functionCode=%20', undefined, { customernumber: WALMART });
    expect(cards.body.data.outputArea).toMatchObject({ numberOfReturnedItems: 3, hasMore: 'N', customerNumber: WALMART });
  });

  it.each([
    ['the relationship number already exists', { relationshipNumber: WALMART_RELATIONSHIP }, 'VPL5SAR36S'],
    ['the relationship number is a customer number', { relationshipNumber: WALMART }, 'VPL5SAR37S'],
    ['the customer is unknown', { customerNumber: '9709999999999999999' }, 'VPL5SAR19S'],
    ['the organization is unknown', { organizationNumber: 555 }, 'VPL5SAR07S'],
    ['relationships are off in the organization (120)', { organizationNumber: 120 }, 'VPL5SAR10S'],
    ['the credit limit is zero', { creditLimit: 0 }, 'VPL5SAR04E'],
    ['the billing cycle is 32', { billingCycle: 32 }, 'VPL5SAR19E'],
    ['the billing level is 3', { relationshipBillingLevel: 3 }, 'VPL5SAR22E'],
    ['billing modify is 0 with billing level 0', { modificationAccountLevelFlag: 0 }, 'VPL5SAR13S'],
    ['the account control table is 5 at billing level 1', { relationshipBillingLevel: 1, accountControlTableIdentification: 5 }, 'VPL5SAR28S'],
    ['the block code is a digit', { blockCode: '1' }, 'VPL5SAR05E'],
    ['the customer number is short', { customerNumber: '123' }, 'VPL5SAR03E'],
  ])('Relationship Add answers 422 when %s, and changes nothing', async (_name, override, code) => {
    const { mock, call } = await walmart(1);
    await expectRefusal(mock, () => call('POST', '/customer/relationship', { ...relationshipAddBody(WALMART), ...override }), 422, code);
  });

  it.each([
    ['billing level 1 with control table 0', { relationshipBillingLevel: 1, accountControlTableIdentification: 0 }],
    ['billing level 1 without a control table', { relationshipBillingLevel: 1 }],
    ['billing level 0 with control table 5', { relationshipBillingLevel: 0, accountControlTableIdentification: 5 }],
  ])('Relationship Add takes %s', async (_name, override) => {
    const { call } = await walmart(1);
    const response = await call('POST', '/customer/relationship', { ...relationshipAddBody(WALMART), ...override });
    expect(response.status).toBe(200);
    expect(response.body.data.relationshipNumber).toMatch(/^\d{19}$/);
  });

  it('Relationship Add gives the whole published text of a description with a bar (VPL5SAR11E)', () => {
    const entry = loadContracts().get('relationshipAdd').contract.errors?.find((error) => error.code === 'VPL5SAR11E');
    expect(entry?.description).toBe("CNSLDTD IS NOT ALLOWED| ACCT CTRL TABLE OVERRIDE CAN'T BE INPUT");
  });

  it('Relationship Add answers VPL5SAR38S when the number is an account number', async () => {
    const { mock, call, accounts } = await walmart(1);
    await expectRefusal(mock, () => call('POST', '/customer/relationship', relationshipAddBody(WALMART, { relationshipNumber: accounts[0] })), 422, 'VPL5SAR38S');
  });

  it.each([
    ['find: unknown customer', 'POST', '/customer/relationshipNumber', { organizationNumber: 970, customerNumber: '9709999999999999999', functionCode: ' ' }, 'VPL5SGC04S'],
    ['find: unknown organization', 'POST', '/customer/relationshipNumber', { organizationNumber: 555, customerNumber: WALMART, functionCode: ' ' }, 'VPL5SRC13S'],
    ['find: function code X', 'POST', '/customer/relationshipNumber', { organizationNumber: 970, customerNumber: WALMART, functionCode: 'X' }, 'VPL5SCA09E'],
    ['find: N without a start relationship', 'POST', '/customer/relationshipNumber', { organizationNumber: 970, customerNumber: WALMART, functionCode: 'N' }, 'VPL5SCA09E'],
    ['inquiry: unknown customer', 'GET', '/customer/9709999999999999999/relationship?organizationNumber=970', undefined, 'VPL5SGC04S'],
    ['inquiry: short customer number', 'GET', '/customer/123/relationship?organizationNumber=970', undefined, 'VPL5SRC07E'],
    ['inquiry: unknown organization', 'GET', `/customer/${WALMART}/relationship?organizationNumber=555`, undefined, 'VPL5SRC13S'],
    ['accounts: unknown relationship', 'GET', '/account/relationship/9709999999999999999/account?serviceType=A', undefined, 'VPL5S0025S'],
    ['accounts: other organization', 'GET', `/account/relationship/${WALMART_RELATIONSHIP}/account?serviceType=A&organizationNumber=120`, undefined, 'VPL5S0011S'],
    ['accounts: service type X', 'GET', `/account/relationship/${WALMART_RELATIONSHIP}/account?serviceType=X`, undefined, 'VPL5S0015E'],
    ['accounts: N with an unknown start item', 'GET', `/account/relationship/${WALMART_RELATIONSHIP}/account?serviceType=A&scrollingFeature=N&startItem=1`, undefined, 'VPL5S0028S'],
  ])('%s answers 422, and changes nothing', async (_name, method, path, body, code) => {
    const { mock, call } = await walmart(1);
    await expectRefusal(mock, () => call(method, path, body), 422, code);
  });

  it('inquiry answers VPL5S0026S for a customer without relationships; the primary account VPL5S0039S for an empty relationship', async () => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    await expectRefusal(mock, () => call('GET', `/customer/${customerNumber}/relationship?organizationNumber=970`), 422, 'VPL5S0026S');
    const relationshipNumber = (await call('POST', '/customer/relationship', relationshipAddBody(customerNumber))).body.data.relationshipNumber;
    await expectRefusal(mock, () => call('GET', `/account/relationship/${relationshipNumber}/account?serviceType=P`), 422, 'VPL5S0039S');
  });
});
