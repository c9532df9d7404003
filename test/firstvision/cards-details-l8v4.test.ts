import { describe, expect, it } from 'vitest';
import { loadContracts } from '../../src/contracts/load-contracts.js';
import { sharedMock } from '../helpers/start-mock.js';
import { addAccount, addCard, addCustomer, expectRefusal, fvSession, relationshipAddBody } from './fv-session.js';

const sandbox = sharedMock();
const validate200 = loadContracts().get('cardsDetailsV4').responses.get(200);
const EXAMPLE_CUSTOMER = '9704010000000001467';
type Row = { cardNumber: string; encryptedCardNumber?: string; sequence: number; accountNumber: string };

describe('Customer Cards Details version 4 (POST /customer/details-l8v4, 2021)', () => {
  it('pages the spec example customer’s seven cards by five (N, then P back), with the account’s limit and relationship, in the contract’s shape', async () => {
    const { call } = await fvSession(sandbox());
    await addCustomer(call, { number: EXAMPLE_CUSTOMER });
    const relationshipNumber = (await call('POST', '/customer/relationship', relationshipAddBody(EXAMPLE_CUSTOMER, { billingCycle: 15 }))).body.data.relationshipNumber as string;
    const accountNumber = await addAccount(call, EXAMPLE_CUSTOMER, { relationshipNumber, creditLimit: 8000 });
    for (let i = 0; i < 7; i++) await addCard(call, accountNumber);
    const ask = (extra: Record<string, unknown> = {}) => call('POST', '/customer/details-l8v4', { customerNumber: EXAMPLE_CUSTOMER, organizationNumber: 970, ...extra });
    const first = await ask({ functionCode: ' ' });
    expect(first.status).toBe(200);
    expect(validate200?.(first.body)).toBe(true);
    expect(first.body.data).toMatchObject({ customerNumber: EXAMPLE_CUSTOMER, itemsReturned: '5', more: 'Y' });
    expect(first.body.data.accountTable[0]).toMatchObject({ accountNumber, relationshipNumber, billingCycle: 15, totalCreditLimit: 8000, pesosOpenToBuy: 8000, cardBlockCode: 'UNBLOCKED', sequence: 1, logo: '401' });
    const rows = first.body.data.accountTable as Row[];
    const next = await ask({ functionCode: 'N', startItem: { startOrganization: '970', startAccount: rows[4]?.cardNumber } });
    expect(next.body.data).toMatchObject({ itemsReturned: '2', more: 'N' });
    expect((next.body.data.accountTable as Row[]).map((row) => row.sequence)).toEqual([6, 7]);
    const back = await ask({ functionCode: 'P', startItem: { startOrganization: '970', startAccount: (next.body.data.accountTable as Row[])[0]?.cardNumber } });
    expect(back.body.data.accountTable).toEqual(first.body.data.accountTable);
  });

  it.each([
    ['the organization is not on file', { organizationNumber: 555 }, 'VPL5SCE06E'],
    ['the organization is not numeric', { organizationNumber: 'ABC' }, 'VPL5SCE06E'],
    ['the customer is not on file', { customerNumber: '9709999999999999999' }, 'VPL5SCE07E'],
    ['the customer number is not 19 digits', { customerNumber: '123' }, 'VPL5SCE07E'],
    ['the function code is X', { functionCode: 'X' }, 'VPL5SCE09E'],
    ['N comes without a start item', { functionCode: 'N' }, 'VPL5SCE08E'],
    ['the start item names no card of the customer', { functionCode: 'N', startItem: { startOrganization: '970', startAccount: '4000970199999992' } }, 'VPL5SCE17S'],
    ['the start item has an unknown field', { functionCode: 'N', startItem: { startOrganization: '970', foo: 1 } }, 'VPL5SCE08E'],
  ])('answers 422 when %s, and changes nothing', async (_name, override, code) => {
    const mock = sandbox();
    const { call } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    await addCard(call, await addAccount(call, customerNumber));
    await expectRefusal(mock, () => call('POST', '/customer/details-l8v4', { customerNumber, organizationNumber: 970, ...override }), 422, code);
  });

  it('answers VPL5SCE07E for a customer without cards, and 400 for a body that is not JSON', async () => {
    const mock = sandbox();
    const { call, auth } = await fvSession(mock);
    const customerNumber = await addCustomer(call);
    await expectRefusal(mock, () => call('POST', '/customer/details-l8v4', { customerNumber, organizationNumber: 970 }), 422, 'VPL5SCE07E');
    const raw = '{"customerNumber": ';
    await expectRefusal(mock, () => mock.call('POST', '/firstvision/customer/details-l8v4', { headers: { ...auth, 'content-type': 'application/json' }, raw }), 400, '400');
  });
});
